"""Deadlines counted in months (Civil Code 2015, Art. 147-148)."""

from __future__ import annotations

import calendar
from datetime import date

COURT_RECOGNITION_MONTHS = 6  # Civil Procedure Code 2015, Arts. 416-419 (DOMAIN.md §2.9)


def months_later(start: date, months: int) -> date:
    """The same day ``months`` later; when that month has no such day (31 Aug + 6 months), the
    last day of that month (28 or 29 February)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def court_recognition_deadline(reached_on: date) -> date:
    """The last day to ask a court to recognise an out-of-court mediation reached on
    ``reached_on`` (DOMAIN.md §2.9)."""
    return months_later(reached_on, COURT_RECOGNITION_MONTHS)
