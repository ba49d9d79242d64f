"""The reminder rules' day counts and legal sources, read from
``resources/reference/reminders.toml``; a ward's own numbers (reference data it sent, stored in
the book) take the place of the shipped ones, key by key."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from desktop.core.domain.enums import FollowUpStatus
from desktop.core.errors import ValidationError
from desktop.core.i18n import N_
from desktop.core.resources import resource_path

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MOST_DAYS = 3660  # ten years: no rule waits longer


@dataclass(frozen=True)
class ReminderRules:
    sources: dict[str, str]  # rule key -> the legal text it rests on, in Vietnamese
    unassigned_after_days: int
    start_within_days: int
    week_starts_on: int  # 0 = Monday, as date.weekday()
    follow_up_before_days: int
    follow_up_again_days: int
    follow_up_undated_days: int
    follow_up_statuses: frozenset[FollowUpStatus]
    court_months: int
    court_closing_days: int
    remuneration_after_days: int
    statistics_closing_days: int
    package_every_days: int
    backup_late_factor: int


def _days(table: dict[str, Any], key: str) -> int:
    value = table[key]
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= _MOST_DAYS:
        raise ValidationError(N_("The reminder rules hold a day count that is not a whole "
                                 "number of days: {key}."), key=key)
    return value


def parse_rules(data: dict[str, Any]) -> ReminderRules:
    """The rules from the file's tables; a missing or wrong number is refused (fail closed)."""
    try:
        follow = data["follow_up"]
        return ReminderRules(
            sources={key: str(table["source"]) for key, table in data.items()
                     if isinstance(table, dict)},
            unassigned_after_days=_days(data["unassigned"], "after_days"),
            start_within_days=_days(data["start_hearing"], "within_days"),
            week_starts_on=WEEKDAYS.index(str(data["hearings"]["week_starts_on"])),
            follow_up_before_days=_days(follow, "before_deadline_days"),
            follow_up_again_days=_days(follow, "again_after_partly_days"),
            follow_up_undated_days=_days(follow, "undated_after_days"),
            follow_up_statuses=frozenset(FollowUpStatus(s) for s in follow["statuses"]),
            court_months=_days(data["court_recognition"], "months"),
            court_closing_days=_days(data["court_recognition"], "closing_within_days"),
            remuneration_after_days=_days(data["remuneration"], "after_days"),
            statistics_closing_days=_days(data["statistics_period"], "closing_within_days"),
            package_every_days=_days(data["ward_package"], "every_days"),
            backup_late_factor=max(1, _days(data["backup"], "late_factor")))
    except (KeyError, TypeError, ValueError) as error:
        raise ValidationError(N_("The reminder rules are incomplete or damaged ({detail})."),
                              detail=str(error)) from error


def shipped_data() -> dict[str, Any]:
    with resource_path("reference", "reminders.toml").open("rb") as handle:
        return tomllib.load(handle)


@cache
def shipped_rules() -> ReminderRules:
    return parse_rules(shipped_data())


def merged(overrides_json: str) -> dict[str, Any]:
    """The shipped tables with a ward's values (JSON {table: {key: value}}) laid over them."""
    data = shipped_data()
    try:
        overrides = json.loads(overrides_json) if overrides_json.strip() else {}
    except ValueError:
        overrides = {}
    if isinstance(overrides, dict):
        for table, values in overrides.items():
            if isinstance(values, dict) and isinstance(data.get(table), dict):
                data[table] = {**data[table], **values}
    return data


def rules_with(overrides_json: str) -> ReminderRules:
    """The rules in force in a book: a damaged override is refused, never half applied."""
    if not overrides_json.strip():
        return shipped_rules()
    return parse_rules(merged(overrides_json))
