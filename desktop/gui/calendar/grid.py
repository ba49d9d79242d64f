"""The calendar's two tables: the days grid (a week or a month, Monday first) and the list of
hearings shown. Plain functions over ``CalendarHearing`` rows; the page owns the widgets."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from desktop.core.i18n import N_, _
from desktop.core.services.calendar.hearings import CalendarHearing
from desktop.gui.today.groups import weekday

CASE_ROLE = Qt.ItemDataRole.UserRole  # the case a cell or row opens
CLASH_COLOUR = QColor("#ffe3c2")
TODAY_COLOUR = QColor("#e3efff")
LIST_COLUMNS = (N_("Day"), N_("Time"), N_("Case"), N_("Place"), N_("Mediators"), N_("Stage"),
                N_("Clash"))


def span_of(anchor: date, month: bool) -> tuple[date, date]:
    """The days shown: the Monday-to-Sunday week of ``anchor``, or the whole weeks covering
    its month."""
    if not month:
        start = anchor - timedelta(days=anchor.weekday())
        return start, start + timedelta(days=6)
    first = anchor.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    start = first - timedelta(days=first.weekday())
    last = following - timedelta(days=1)
    return start, last + timedelta(days=6 - last.weekday())


def moved(anchor: date, month: bool, step: int) -> date:
    if not month:
        return anchor + timedelta(days=7 * step)
    index = anchor.month - 1 + step
    return date(anchor.year + index // 12, index % 12 + 1, 1)


def case_label(hearing: CalendarHearing) -> str:
    return _("Case {number}").format(number=hearing.slot.case_number)


def _line(hearing: CalendarHearing) -> str:
    mark = "⚠ " if hearing.clashes else ""
    return f"{mark}{hearing.slot.starts_at:%H:%M} {case_label(hearing)} · {hearing.slot.place}"


def fill_days(table: QTableWidget, first: date, last: date,
              hearings: Sequence[CalendarHearing], today: date) -> None:
    days = (last - first).days + 1
    table.clear()
    table.setColumnCount(7)
    table.setRowCount(days // 7)
    table.setHorizontalHeaderLabels([weekday(i) for i in range(7)])
    by_day: dict[date, list[CalendarHearing]] = defaultdict(list)
    for hearing in hearings:
        by_day[hearing.slot.starts_at.date()].append(hearing)
    for offset in range(days):
        day = first + timedelta(days=offset)
        table.setItem(offset // 7, offset % 7, _day_item(day, by_day.get(day, []), today))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()


def _day_item(day: date, hearings: list[CalendarHearing], today: date) -> QTableWidgetItem:
    item = QTableWidgetItem("\n".join([day.strftime("%d/%m"), *(_line(h) for h in hearings)]))
    item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    item.setData(CASE_ROLE, hearings[0].slot.case_id if hearings else None)
    if any(h.clashes for h in hearings):
        item.setBackground(QBrush(CLASH_COLOUR))
        item.setToolTip(_("Hearings that clash: the same mediator or the same place at "
                          "overlapping times."))
    elif day == today:
        item.setBackground(QBrush(TODAY_COLOUR))
    if day == today:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    return item


def _row_items(hearing: CalendarHearing) -> list[QTableWidgetItem]:
    slot = hearing.slot
    texts = [f"{weekday(slot.starts_at.weekday())} {slot.starts_at:%d/%m/%Y}",
             f"{slot.starts_at:%H:%M}–{slot.ends_at:%H:%M}",
             case_label(hearing) + ("" if hearing.sensitive else f": {hearing.case_title}"),
             slot.place, ", ".join(hearing.mediator_names),
             _("Planned") if hearing.planned else _("Held"),
             _("⚠ clash") if hearing.clashes else ""]
    items = [QTableWidgetItem(text) for text in texts]
    for item in items:
        item.setData(CASE_ROLE, slot.case_id)
        if hearing.clashes:
            item.setBackground(QBrush(CLASH_COLOUR))
    return items


def fill_list(table: QTableWidget, hearings: Sequence[CalendarHearing]) -> None:
    table.clear()
    table.setColumnCount(len(LIST_COLUMNS))
    table.setHorizontalHeaderLabels([_(c) for c in LIST_COLUMNS])
    table.setRowCount(len(hearings))
    for row, hearing in enumerate(hearings):
        for column, item in enumerate(_row_items(hearing)):
            table.setItem(row, column, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the case


def case_of(item: QTableWidgetItem | None) -> uuid.UUID | None:
    value = item.data(CASE_ROLE) if item is not None else None
    return value if isinstance(value, uuid.UUID) else None
