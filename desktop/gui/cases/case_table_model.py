"""The case list's table model: it holds the ordered ids and fetches rows a page at a time.

Per filter or sort, the first page comes alone (its ids with ``LIMIT``, the count, its rows), so
the first rows show at once even at 100,000 cases; all the ids follow in a second background
read. Rows come from ``case_rows`` when the view scrolls near them (Qt's canFetchMore/fetchMore),
read in the background and inserted when they arrive, so a long list costs no more than the page
on screen and never blocks the UI. Sorting and filtering happen in SQL.
"""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from sqlalchemy.orm import Session

from desktop.core.domain.labels import status_label
from desktop.core.exchange import book
from desktop.core.i18n import N_, _
from desktop.core.services.cases import listing as case_list
from desktop.core.services.cases.listing import CaseFilter, CaseRow, SortKey
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.signals import emit

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root of a flat table
_Loaded = tuple[int, list[uuid.UUID], list[CaseRow]]  # the count, the first ids, their rows


class CaseTableModel(QAbstractTableModel):
    NUMBER, RECEIVED, TITLE, CATEGORY, PARTIES, STATUS, EXPORT = range(7)
    HEADERS = (N_("No."), N_("Date received"), N_("Case"), N_("Kind of matter"),
               N_("Parties"), N_("Status"), N_("Sent to the ward"))
    SORT_KEYS: ClassVar[dict[int, SortKey]] = {
        NUMBER: SortKey.NUMBER, RECEIVED: SortKey.RECEIVED, TITLE: SortKey.TITLE,
        CATEGORY: SortKey.CATEGORY, PARTIES: SortKey.PARTIES, STATUS: SortKey.STATUS}
    LONG_TEXT = frozenset({TITLE, CATEGORY, PARTIES})
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2
    PAGE_SIZE = 100

    reloaded = Signal()

    def __init__(self, context: BookContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self.case_filter = CaseFilter(team_id=context.team_id)
        self.sort_key, self.descending = SortKey.NUMBER, True
        self._ids: list[uuid.UUID] = []  # the first page's, then all of them
        self._total = 0
        self._rows: list[CaseRow] = []
        self._fetched = 0  # ids already asked for (a case deleted meanwhile gives no row)
        self._waiting_for_ids = False  # the view asked for more before all the ids came
        self._generation = 0
        # a team book shows whether each case went to the ward; a ward book sends nothing
        self.shows_export = context.read_now(book.kind) != book.WARD

    @property
    def total(self) -> int:
        """How many cases match the filter (rowCount counts only those fetched so far)."""
        return self._total

    def set_filter(self, wanted: CaseFilter) -> None:
        self.case_filter = wanted
        self.reload()

    def reload(self) -> None:
        """Ask for the ids and the first page in the background; stale answers are dropped."""
        self._generation += 1
        generation, wanted = self._generation, self.case_filter
        sort_key, descending, page = self.sort_key, self.descending, self.PAGE_SIZE

        def query(session: Session) -> _Loaded:
            first = case_list.case_ids(session, wanted, sort_key, descending, limit=page)
            total = len(first) if len(first) < page else case_list.case_count(session, wanted)
            return total, first, case_list.case_rows(session, first)
        self._context.read(self, query, lambda loaded: self._on_loaded(generation, loaded))

    def _on_loaded(self, generation: int, loaded: _Loaded) -> None:
        if generation != self._generation:
            return  # a newer query is under way: this answer is stale
        self.beginResetModel()
        self._total, self._ids, self._rows = loaded
        self._fetched = len(self._ids)
        self._waiting_for_ids = False
        self.endResetModel()
        if self._fetched < self._total:
            self._read_all_ids(generation)
        emit(self.reloaded)

    def _read_all_ids(self, generation: int) -> None:
        wanted, sort_key, descending = self.case_filter, self.sort_key, self.descending
        self._context.read(
            self, lambda session: case_list.case_ids(session, wanted, sort_key, descending),
            lambda ids: self._on_all_ids(generation, ids))

    def _on_all_ids(self, generation: int, ids: list[uuid.UUID]) -> None:
        if generation != self._generation:
            return
        if ids[:len(self._ids)] != self._ids:
            self.reload()  # a case saved between the two reads moved the first page: afresh
            return
        self._ids, self._total = ids, len(ids)
        if self._waiting_for_ids:
            self._waiting_for_ids = False
            self.fetchMore()

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and self._fetched < self._total

    def fetchMore(self, parent: Index = ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        if self._fetched >= len(self._ids):
            self._waiting_for_ids = True  # fetched as soon as the ids arrive
            return
        page = self._ids[self._fetched:self._fetched + self.PAGE_SIZE]
        self._fetched += len(page)  # asked for: the view will not ask for this page again
        generation = self._generation
        self._context.read(self, lambda session: case_list.case_rows(session, page),
                           lambda rows: self._on_page_loaded(generation, rows))

    def _on_page_loaded(self, generation: int, rows: list[CaseRow]) -> None:
        """Append a fetched page, unless a newer query has replaced the list meanwhile."""
        if generation == self._generation and rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in self.SORT_KEYS:
            return
        self.sort_key = self.SORT_KEYS[column]
        self.descending = order is Qt.SortOrder.DescendingOrder
        self.reload()

    def sort_column(self) -> int:
        return next(c for c, key in self.SORT_KEYS.items() if key is self.sort_key)

    def case_id(self, row: int) -> uuid.UUID:
        return self._rows[row].id

    def row_of(self, case_id: uuid.UUID) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == case_id), None)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        if parent.isValid():
            return 0
        return len(self.HEADERS) if self.shows_export else self.EXPORT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(row, column)
        if role == self.SORT_ROLE:
            return sort_value(row, column)
        if role == self.ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column in self.LONG_TEXT:
            return display_text(row, column)  # the whole text of an elided cell
        if role == Qt.ItemDataRole.ToolTipRole and column == self.EXPORT and row.export:
            return row.export.label  # the full sentence behind the short one
        return self._decoration(row, column, role)

    def _decoration(self, row: CaseRow, column: int, role: int) -> Any:
        if column != self.STATUS or not row.sensitive:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return lock_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            return _("Sensitive case: handle its details with care")
        return None


def display_text(row: CaseRow, column: int) -> str:
    export = row.export.short_label if row.export else ""
    return [row.number, row.received_on.strftime("%d/%m/%Y"), row.title, row.category,
            row.parties, status_label(row.status), export][column]


def sort_value(row: CaseRow, column: int) -> Any:
    seq, year = (int(part) for part in row.number.split("/"))
    export = (row.export.sent_sequence or 0) if row.export else 0
    return [(year, seq), row.received_on, row.title, row.category, row.parties,
            row.status.value, export][column]


_LOCK: list[QIcon] = []


def lock_icon() -> QIcon:
    """A small padlock, drawn rather than taken from a font (old PCs may lack the emoji)."""
    if not _LOCK:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#5f4b00"), 1.6))
        painter.drawArc(QRectF(4.5, 1.5, 7, 8), 0, 180 * 16)
        painter.drawLine(QPointF(4.5, 5.5), QPointF(4.5, 7.5))
        painter.drawLine(QPointF(11.5, 5.5), QPointF(11.5, 7.5))
        painter.setBrush(QColor("#c99a00"))
        painter.drawRoundedRect(QRectF(2.5, 7.5, 11, 7.5), 1.5, 1.5)
        painter.end()
        _LOCK.append(QIcon(pixmap))
    return _LOCK[0]
