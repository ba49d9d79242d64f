"""Amendments: where a case stood in a submitted period, compared with where it stands now.

A case's *standing* in a period is its team, matter group, intake (carried over / received) and
result at the period's end. A submission stores every counted case's standing; when a later
change (an edit, a late package, a transfer between teams) moves a case, the next report lists
it: case, what changed, old -> new, and the period's totals old -> new.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.core.domain.enums import MatterGroup
from desktop.core.i18n import N_, _
from desktop.core.statistics.facts import CaseFacts
from desktop.core.statistics.figures import (
    CASE_FIGURES,
    NONE,
    Classification,
    classify,
    figure_keys,
)
from desktop.core.statistics.periods import Period
from desktop.core.statistics.rules import load_rules

Standing = list[str]  # [team id, matter group, intake, result], as stored in JSON
DIMENSIONS = ("team", "group", "intake", "result")
DIMENSION_LABELS = {
    "team": N_("Team"), "group": N_("Matter group"), "intake": N_("Counted as"),
    "result": N_("Result at the end of the period"),
}


@dataclass(frozen=True)
class Amendment:
    period: Period
    case_id: uuid.UUID
    case_number: str
    team_name: str
    dimension: str  # team, group, intake or result
    old: str  # the value as submitted (a team's name, a group, an intake or result key)
    new: str

    @property
    def dimension_label(self) -> str:
        return _(DIMENSION_LABELS[self.dimension])

    def value_label(self, value: str) -> str:
        rules = load_rules()
        if self.dimension == "group":
            return rules.groups[MatterGroup(value)].text()
        if self.dimension == "team":
            return value
        return rules.results[value].text()


@dataclass(frozen=True)
class AmendedTotal:
    period: Period
    key: str  # a figure of the ward row
    old: int
    new: int


def standing(c: Classification) -> Standing:
    return [str(c.team_id), c.group.value, c.intake, c.result]


def standings(cases: Iterable[CaseFacts], period: Period) -> dict[str, Standing]:
    """The standing of every case counted in the period, by case id."""
    found = {}
    for case in cases:
        c = classify(case, period)
        if c.counted:
            found[str(case.id)] = standing(c)
    return found


def _uncounted(like: Standing) -> Standing:
    return [like[0], like[1], NONE, NONE]


def changes(baseline: Mapping[str, Standing],
            current: Mapping[str, Standing]) -> dict[str, Standing]:
    """Cases whose standing moved: case id -> the new standing (uncounted if it left)."""
    moved = {}
    for case_id in sorted(set(baseline) | set(current)):
        old = baseline.get(case_id)
        new = current.get(case_id) or _uncounted(old or [])
        if old is None:
            old = _uncounted(new)
        if old != new:
            moved[case_id] = new
    return moved


def amendments(period: Period, baseline: Mapping[str, Standing],
               moved: Mapping[str, Standing], numbers: Mapping[uuid.UUID, str],
               team_names: Mapping[uuid.UUID, str]) -> list[Amendment]:
    rows = []
    for case_id, new in moved.items():
        old = baseline.get(case_id) or _uncounted(new)
        key = uuid.UUID(case_id)
        team = team_names.get(uuid.UUID(new[0]), "?")
        for index, dimension in enumerate(DIMENSIONS):
            if old[index] == new[index]:
                continue
            before, after = old[index], new[index]
            if dimension == "team":
                before = team_names.get(uuid.UUID(before), "?")
                after = team
            rows.append(Amendment(period, key, numbers.get(key, "?"), team, dimension, before,
                                  after))
    return rows


def _totals(standings_: Iterable[Standing]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for team, group, intake, result in standings_:
        c = Classification(uuid.UUID(team), MatterGroup(group), intake, result)
        counts.update(k for k in figure_keys(c) if k in CASE_FIGURES)
    return counts


def amended_totals(period: Period, baseline: Mapping[str, Standing],
                   moved: Mapping[str, Standing]) -> list[AmendedTotal]:
    after = {**baseline, **moved}
    old, new = _totals(baseline.values()), _totals(after.values())
    return [AmendedTotal(period, key, old[key], new[key]) for key in CASE_FIGURES
            if old[key] != new[key]]
