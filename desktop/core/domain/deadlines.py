"""Time limits to the day (Civil Code 2015, Arts. 147-148), as pure functions of dates and the
year's holidays (``domain.holidays``), so the documents, the reminders and the ward's report all
count the same way.

- Art. 147: a limit in months ends on the corresponding day of the last month, or that month's
  last day when it has no such day; a limit in days starts the day after the event.
- Art. 148(5): when the last day falls on a weekly rest day or a public holiday, the limit ends
  at the end of the next working day.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from desktop.core.domain.holidays import Holidays

COURT_RECOGNITION_MONTHS = 6  # Civil Procedure Code 2015, Arts. 416-419 (DOMAIN.md §2.9)
START_WITHIN_DAYS = 3  # Law 35/2013, Art. 20(1): mediation starts within 3 days of assignment


def months_later(start: date, months: int) -> date:
    """The same day ``months`` later; when that month has no such day (31 Aug + 6 months), the
    last day of that month (28 or 29 February)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def court_recognition_deadline(reached_on: date) -> date:
    """The corresponding day six months after ``reached_on`` (Art. 147), before Art. 148 moves
    it off a day off: use :func:`court_recognition_window_end` for the real last day."""
    return months_later(reached_on, COURT_RECOGNITION_MONTHS)


def is_working_day(day: date, holidays: Holidays) -> bool:
    return not holidays.is_day_off(day)


def next_working_day(day: date, holidays: Holidays) -> date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while holidays.is_day_off(day):
        day += timedelta(days=1)
    return day


def limit_end(last_day: date, holidays: Holidays) -> date:
    """The day a limit really ends whose last day is ``last_day`` (Art. 148(5))."""
    return next_working_day(last_day, holidays)


def court_recognition_window_end(reached_on: date, holidays: Holidays) -> date:
    """The last day to ask the court to recognise an agreement reached on ``reached_on``: six
    months (Art. 147), moved to the next working day off a weekend or holiday (Art. 148)."""
    return limit_end(court_recognition_deadline(reached_on), holidays)


def court_recognition_window_open(reached_on: date, on: date, holidays: Holidays) -> bool:
    """True while a request may still be filed on ``on`` (the last day included)."""
    return reached_on <= on <= court_recognition_window_end(reached_on, holidays)


def follow_up_overdue(due_on: date | None, kept: bool, today: date,
                      holidays: Holidays) -> bool:
    """A term of an agreement is overdue ("quá hạn") when it is not recorded as kept and its
    time (moved off a day off, Art. 148) is over; a term without a date is never overdue."""
    return due_on is not None and not kept and today > limit_end(due_on, holidays)


def start_due(assigned_on: date, agreed_on: date | None = None,
              within_days: int = START_WITHIN_DAYS) -> date:
    """The last day to start mediating a case assigned on ``assigned_on``: three days counted
    from the next day (Art. 147), or the time the parties agreed (Art. 20's exception)."""
    return agreed_on if agreed_on is not None else assigned_on + timedelta(days=within_days)


def start_overdue(assigned_on: date | None, started_on: date | None, today: date,
                  holidays: Holidays, *, on_the_spot: bool = False,
                  agreed_on: date | None = None, within_days: int = START_WITHIN_DAYS) -> bool:
    """True when mediation did not start in time (Law 35/2013, Art. 20): nothing held by the
    due day (or held after it). A case mediated on the spot, or unassigned, is never late."""
    if on_the_spot or assigned_on is None:
        return False
    due = limit_end(start_due(assigned_on, agreed_on, within_days), holidays)
    return (started_on if started_on is not None else today) > due
