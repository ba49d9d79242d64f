"""When a shared family name points to a family link: the lists of common family names and
generic middle names, read from ``resources/reference/conflicts.toml`` (data, not code: the
reasons are written there)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from desktop.core.domain.text import clean, fold
from desktop.core.errors import ValidationError
from desktop.core.i18n import N_
from desktop.core.resources import resource_path


@dataclass(frozen=True)
class KinshipRules:
    common_family_names: frozenset[str]  # folded
    generic_middle_names: frozenset[str]  # folded


@dataclass(frozen=True)
class NameParts:
    family: str  # folded; "" for an empty name
    middle: tuple[str, ...]  # folded, in order; the given name (the last word) is not one


def name_parts(full_name: str) -> NameParts:
    words = fold(clean(full_name)).split()
    return NameParts(words[0] if words else "", tuple(words[1:-1]))


def _folded(values: Any) -> frozenset[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise TypeError("a list of names")
    return frozenset(fold(clean(v)) for v in values)


def parse_rules(data: dict[str, Any]) -> KinshipRules:
    """The lists from the file; a missing or damaged list is refused (fail closed)."""
    try:
        return KinshipRules(_folded(data["family_name"]["common"]),
                            _folded(data["middle_name"]["generic"]))
    except (KeyError, TypeError) as error:
        raise ValidationError(N_("The conflict-of-interest rules are incomplete or damaged "
                                 "({detail})."), detail=str(error)) from error


@cache
def shipped_rules() -> KinshipRules:
    with resource_path("reference", "conflicts.toml").open("rb") as handle:
        return parse_rules(tomllib.load(handle))


def shared_lineage(a: str, b: str, rules: KinshipRules) -> tuple[str, ...] | None:
    """Why two names may be of one family: (the shared family name,) when it is an uncommon
    one, (family, middle...) when they also share a middle name that is not generic; None when
    the names say nothing (different family names, or a common one without such a middle)."""
    first, second = name_parts(a), name_parts(b)
    if not first.family or first.family != second.family:
        return None
    if first.family not in rules.common_family_names:
        return (first.family,)
    shared = [m for m in first.middle if m in second.middle
              and m not in rules.generic_middle_names]
    return (first.family, *shared) if shared else None
