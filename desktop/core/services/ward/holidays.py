"""The ward updates the public holidays by year (Civil Code Art. 148 moves a time limit off them).

A ward officer gives a file in the form of ``resources/reference/holidays.toml`` (``[[year]]``
tables: year, source, days_off, working). Each year is checked against what the Labour Code
fixes (Art. 112: 01/01, five days of Tết, Giỗ Tổ, 30/4, 01/5, 02/9; Art. 111(3): a holiday on
a rest day is taken on a later working day) before anything is kept; then its years replace the
same years of the ward's earlier update, the change is journaled, and the teams receive it with
the next reference package (``hoagiai ward reference``). A bad file changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from desktop.core.db.journal import record_event
from desktop.core.domain.holidays import WEEKDAYS, HolidayYear, parse_holidays
from desktop.core.domain.roles import Permission
from desktop.core.errors import HoagiaiError, ValidationError, WorkflowError, raise_if_any
from desktop.core.exchange import book
from desktop.core.i18n import N_
from desktop.core.policy import settings
from desktop.core.policy.access import require

FIRST_YEAR, LAST_YEAR = 2000, 2100
REST = frozenset({5, 6})  # Saturday, Sunday: the weekly rest of state offices and courts
FIXED = ((1, 1), (4, 30), (5, 1), (9, 2))  # Labour Code Art. 112(1), solar dates
TET_DAYS = 5  # Art. 112(1)(b)
TET_WINDOW = ((1, 15), (3, 5))  # mùng 1 Tết falls between 21/01 and 20/02
GIO_TO_WINDOW = ((3, 28), (4, 29))  # 10/3 âm lịch falls between about 30/03 and 28/04

NOT_A_WARD = N_("Only the ward's book keeps the public holidays for its teams: open the "
                "ward's book.")
NO_YEAR = N_("The file lists no year: write each year as a [[year]] table with its days off.")
BAD_YEAR = N_("Year {year} is outside the years the program keeps ({first} to {last}).")
NO_SOURCE = N_("Year {year}: write where the days come from (source = the government's "
               "decision or notice for that year).")
MISSING_HOLIDAY = N_("Year {year}: the public holiday of {day} (Labour Code, Article 112) is "
                     "not among the days off.")
MISSING_COMPENSATION = N_("Year {year}: the holiday of {day} falls on a Saturday or Sunday, "
                          "but no working day after it is given off in its place (Labour Code, "
                          "Article 111(3)).")
SHORT_TET = N_("Year {year}: only {count} working day(s) off for Tết between 15 January and "
               "5 March; the Labour Code gives {days} (Article 112).")
NO_GIO_TO = N_("Year {year}: no working day off for Giỗ Tổ Hùng Vương (10 March of the lunar "
               "calendar) between 28 March and 29 April.")
WORKING_NOT_REST = N_("Year {year}: {day} is listed as a working day in exchange (làm bù) but "
                      "is not a Saturday or Sunday.")
WORKING_AND_OFF = N_("Year {year}: {day} is listed both as a day off and as a working day.")


@dataclass(frozen=True)
class YearSummary:
    year: int
    days_off: int  # working days given off (rest days in a break not counted)
    working: int  # swapped working days
    source: str
    replaced: bool  # the ward had already entered this year


def update_holidays(session: Session, text: str, *, dry_run: bool = False
                    ) -> list[YearSummary]:
    """Check the file's years and keep them over the ward's earlier ones (journaled)."""
    require(session, Permission.MANAGE_WARD_DATA)
    if book.kind(session) != book.WARD:
        raise WorkflowError(NOT_A_WARD)
    years = parse_holidays(text)
    if not years:
        raise ValidationError(NO_YEAR)
    raise_if_any([problem for y in sorted(years) for problem in year_problems(years[y])])
    earlier = parse_holidays(settings.value(session, settings.REFERENCE_HOLIDAYS) or "")
    summaries = [_summary(years[y], y in earlier) for y in sorted(years)]
    if not dry_run:
        settings.set_setting(session, settings.REFERENCE_HOLIDAYS.key,
                             holidays_text({**earlier, **years}))
        record_event(session, "update_holidays", "app_settings",
                     settings.REFERENCE_HOLIDAYS.key, None,
                     {"years": {str(s.year): {"days_off": sorted(d.isoformat()
                                                                 for d in years[s.year].days_off),
                                              "working": sorted(d.isoformat()
                                                                for d in years[s.year].working),
                                              "source": s.source, "replaced": s.replaced}
                                for s in summaries}})
    return summaries


def _summary(year: HolidayYear, replaced: bool) -> YearSummary:
    off = sum(d.weekday() not in REST for d in year.days_off)
    return YearSummary(year.year, off, len(year.working), year.source, replaced)


def year_problems(year: HolidayYear) -> list[HoagiaiError]:
    """What in one year's list contradicts the Labour Code (every problem, at once)."""
    y = year.year
    if not FIRST_YEAR <= y <= LAST_YEAR:
        return [ValidationError(BAD_YEAR, year=y, first=FIRST_YEAR, last=LAST_YEAR)]
    problems: list[HoagiaiError] = []
    if not year.source.strip():
        problems.append(ValidationError(NO_SOURCE, year=y))
    problems += _working_problems(year)
    off = year.days_off - year.working
    for month, day in FIXED:
        problems += _fixed_problems(y, date(y, month, day), off)
    tet = _weekdays_off(off, y, TET_WINDOW)
    if tet < TET_DAYS:
        problems.append(ValidationError(SHORT_TET, year=y, count=tet, days=TET_DAYS))
    if not _weekdays_off(off - {date(y, 4, 30)}, y, GIO_TO_WINDOW):
        problems.append(ValidationError(NO_GIO_TO, year=y))
    return problems


def _working_problems(year: HolidayYear) -> list[HoagiaiError]:
    problems: list[HoagiaiError] = []
    for day in sorted(year.working):
        if day.weekday() not in REST:
            problems.append(ValidationError(WORKING_NOT_REST, year=year.year, day=_dmy(day)))
        if day in year.days_off:
            problems.append(ValidationError(WORKING_AND_OFF, year=year.year, day=_dmy(day)))
    return problems


def _fixed_problems(y: int, holiday: date, off: frozenset[date]) -> list[HoagiaiError]:
    if holiday.weekday() not in REST:
        return [] if holiday in off else [ValidationError(MISSING_HOLIDAY, year=y,
                                                          day=_dmy(holiday))]
    later = (holiday + timedelta(days=n) for n in range(1, 8))
    if any(d in off and d.weekday() not in REST for d in later):
        return []
    return [ValidationError(MISSING_COMPENSATION, year=y, day=_dmy(holiday))]


def _weekdays_off(off: frozenset[date], y: int,
                  window: tuple[tuple[int, int], tuple[int, int]]) -> int:
    start, end = date(y, *window[0]), date(y, *window[1])
    return sum(start <= d <= end and d.weekday() not in REST for d in off)


def _dmy(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def holidays_text(years: dict[int, HolidayYear]) -> str:
    """The years in holidays.toml's form (what the setting keeps and the teams receive)."""
    lines = ["format_version = 1",
             f"weekly_rest = {json.dumps([WEEKDAYS[d] for d in sorted(REST)])}"]
    for y in sorted(years):
        item = years[y]
        lines += ["", "[[year]]", f"year = {y}",
                  f"source = {json.dumps(item.source, ensure_ascii=False)}",
                  f"days_off = {json.dumps(sorted(d.isoformat() for d in item.days_off))}",
                  f"working = {json.dumps(sorted(d.isoformat() for d in item.working))}"]
    return "\n".join(lines) + "\n"
