"""The day or moment a date editor shows, typed: PySide's ``toPython()`` is declared to return
``object``, so each screen would otherwise need its own cast."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QDateEdit, QDateTimeEdit


def picked_date(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    if not isinstance(value, date):
        raise TypeError(f"{edit.objectName()} gave {value!r}, not a date")
    return value


def picked_moment(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime().toPython()
    if not isinstance(value, datetime):
        raise TypeError(f"{edit.objectName()} gave {value!r}, not a date and time")
    return value
