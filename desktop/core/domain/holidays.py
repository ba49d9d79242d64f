"""Public holidays and weekly rest days by year: the reference data behind Civil Code Art. 148.

The shipped list is ``resources/reference/holidays.toml``; a ward's updated list in the same form
(a TOML text, kept in the book's settings) replaces the shipped one year by year, so a new year
or a late change in the government's notice needs no new program. A year in neither list falls
back to the fixed-date holidays of the Labour Code (Art. 112), moved to the next working day
when they fall on a rest day (Art. 111(3)).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

from desktop.core.errors import ValidationError
from desktop.core.i18n import N_
from desktop.core.resources import resource_path

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
BAD_HOLIDAYS = N_("The list of public holidays could not be read: {detail}")


@dataclass(frozen=True)
class HolidayYear:
    """One year's days off and swapped working days, with the notice they come from."""

    year: int
    days_off: frozenset[date]
    working: frozenset[date] = frozenset()
    source: str = ""


@dataclass(frozen=True)
class Holidays:
    """Everything needed to tell a working day from a day off."""

    weekly_rest: frozenset[int] = frozenset({5, 6})  # date.weekday(): Saturday, Sunday
    fixed: tuple[tuple[int, int], ...] = ((1, 1), (4, 30), (5, 1), (9, 2))  # (month, day)
    years: Mapping[int, HolidayYear] = field(default_factory=dict)

    def is_day_off(self, day: date) -> bool:
        known = self.years.get(day.year)
        if known is not None:
            if day in known.working:
                return False
            return day in known.days_off or day.weekday() in self.weekly_rest
        return day.weekday() in self.weekly_rest or day in self._fallback(day.year)

    def covers(self, year: int) -> bool:
        """True when the year's own list (with Tết) is known, not only the fixed dates."""
        return year in self.years

    def _fallback(self, year: int) -> frozenset[date]:
        return _fixed_days_off(self.fixed, self.weekly_rest, year)


@cache
def _fixed_days_off(fixed: tuple[tuple[int, int], ...], rest: frozenset[int],
                    year: int) -> frozenset[date]:
    """The fixed-date holidays of ``year``, each on a rest day also taken on the next day that is
    neither a rest day nor already a holiday (Labour Code Art. 111(3))."""
    days = {date(year, month, day) for month, day in fixed}
    taken = set(days)
    for holiday in sorted(days):
        if holiday.weekday() in rest:
            later = holiday + timedelta(days=1)
            while later.weekday() in rest or later in taken:
                later += timedelta(days=1)
            taken.add(later)
    return frozenset(taken)


def parse_holidays(text: str) -> dict[int, HolidayYear]:
    """The years of a holidays TOML text (the shipped file's form); a clear error if it is not
    one, so a bad update is refused instead of silently dropping days off."""
    try:
        return {y.year: y for y in (_year(item) for item in tomllib.loads(text).get("year", []))}
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as error:
        raise ValidationError(BAD_HOLIDAYS, detail=str(error)) from error


def _year(item: Mapping[str, Any]) -> HolidayYear:
    year = int(item["year"])
    days_off = _dates(item.get("days_off", []), year)
    working = _dates(item.get("working", []), year)
    return HolidayYear(year, days_off, working, str(item.get("source", "")))


def _dates(values: Iterable[Any], year: int) -> frozenset[date]:
    days = frozenset(date.fromisoformat(str(v)) for v in values)
    stray = sorted(d for d in days if d.year != year)
    if stray:
        raise ValueError(f"{stray[0].isoformat()} is listed under {year}")
    return days


@cache
def _shipped_text() -> str:
    return resource_path("reference", "holidays.toml").read_text(encoding="utf-8")


def shipped_holidays() -> Holidays:
    """The holidays shipped with the program."""
    return load_holidays("")


@cache
def load_holidays(update: str) -> Holidays:
    """The shipped holidays, with the years of ``update`` (a ward's TOML text) taking over.
    Read once per text: every document and reminder asks for them."""
    shipped = tomllib.loads(_shipped_text())
    rest = frozenset(WEEKDAYS.index(name) for name in shipped.get("weekly_rest", []))
    fixed = tuple((int(f["date"][:2]), int(f["date"][3:])) for f in shipped.get("fixed", []))
    years = {**parse_holidays(_shipped_text()), **(parse_holidays(update) if update else {})}
    return Holidays(weekly_rest=rest, fixed=fixed, years=years)
