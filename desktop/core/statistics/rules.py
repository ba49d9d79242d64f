"""The rules of the statistics report that the law may change, read from
``resources/reference/statistics.toml``: period cut-off dates, the figures and their labels, the
success rate's terms, what counts as overdue."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from desktop.core.domain.enums import FollowUpStatus, MatterGroup
from desktop.core.i18n import current_language
from desktop.core.resources import resource_path


@dataclass(frozen=True)
class Label:
    vi: str
    en: str

    def text(self, **values: object) -> str:
        template = self.vi if current_language() == "vi" else self.en
        return template.format(**values)


@dataclass(frozen=True)
class PeriodRule:
    kind: str
    start: tuple[int, int]  # month, day
    end: tuple[int, int]
    label: Label


@dataclass(frozen=True)
class RemunerationRule:
    """How mediators are paid (Joint Circular 100/2014): a rate per case per team, at most the
    ceiling, for the cases that ended with one of ``ended_results``."""

    ceiling: int  # đồng per case per team
    ended_results: frozenset[str]
    source: Label

    def rate(self, configured: int) -> int:
        """The rate applied: the province's (the setting), never above the ceiling."""
        return min(configured, self.ceiling)


@dataclass(frozen=True)
class Rules:
    periods: dict[str, PeriodRule]
    figures: dict[str, Label]  # in column order
    overdue: dict[str, Label]
    people: dict[str, Label]
    groups: dict[MatterGroup, Label]
    results: dict[str, Label]
    rate_numerator: tuple[str, ...]
    rate_denominator: tuple[str, ...]
    start_within_days: int
    follow_up_statuses: frozenset[FollowUpStatus]
    majority_ethnicities: frozenset[str]
    remuneration: RemunerationRule

    def overdue_label(self, key: str) -> str:
        days = self.start_within_days if key == "start_late" else 0
        return self.overdue[key].text(days=days)


def _label(item: dict[str, Any]) -> Label:
    return Label(str(item["vi"]), str(item["en"]))


def _month_day(text: str) -> tuple[int, int]:
    month, day = (int(part) for part in text.split("-"))
    date(2024, month, day)  # a leap year: checks the day exists
    return month, day


def _keyed(items: list[dict[str, Any]]) -> dict[str, Label]:
    return {str(item["key"]): _label(item) for item in items}


def parse_rules(data: dict[str, Any]) -> Rules:
    periods = {str(p["kind"]): PeriodRule(str(p["kind"]), _month_day(p["start"]),
                                          _month_day(p["end"]), _label(p))
               for p in data["period"]}
    overdue = data["overdue"]
    return Rules(
        periods=periods, figures=_keyed(data["figure"]), overdue=_keyed(data["overdue_figure"]),
        people=_keyed(data["people"]),
        groups={MatterGroup(key): _label(value) for key, value in data["groups"].items()},
        results={key: _label(value) for key, value in data["results"].items()},
        rate_numerator=tuple(data["success_rate"]["numerator"]),
        rate_denominator=tuple(data["success_rate"]["denominator"]),
        start_within_days=int(overdue["start_within_days"]),
        follow_up_statuses=frozenset(FollowUpStatus(s) for s in overdue["follow_up_statuses"]),
        majority_ethnicities=frozenset(
            e.casefold() for e in data["mediators"]["majority_ethnicities"]),
        remuneration=_remuneration(data["remuneration"]))


def _remuneration(item: dict[str, Any]) -> RemunerationRule:
    if item.get("per") != "case_per_team":
        raise ValueError(f"statistics.toml: unknown remuneration rule {item.get('per')!r}")
    return RemunerationRule(int(item["ceiling_vnd"]), frozenset(item["ended_results"]),
                            Label(str(item["source_vi"]), str(item["source_en"])))


@cache
def load_rules() -> Rules:
    with resource_path("reference", "statistics.toml").open("rb") as handle:
        return parse_rules(tomllib.load(handle))
