"""The case list's table model: as many rows as the filter keeps, only the pages near the view.

Per filter or sort, one background read brings the count and the first page (``case_page``:
ORDER BY the stored sort keys, LIMIT), so the first rows show at once at 100,000 cases and
``rowCount`` is the whole list: the scroll bar is the list's true length. A row whose page is
not held shows a placeholder and asks for its page; pages are read one at a time in the
background, the page the view asked for last first (a scroll bar dragged to the end reads only
the last page), and at most ``KEEP_PAGES`` of them are kept. Answers to an older filter or sort
are dropped. Sorting and filtering happen in SQL. Every read here is short and goes on the
context's quick lane: it never waits behind the start page's read of a large book.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from sqlalchemy.orm import Session

from desktop.core.domain.labels import status_label
from desktop.core.errors import HoagiaiError
from desktop.core.exchange import book
from desktop.core.i18n import N_, _
from desktop.core.services.cases import listing as case_list
from desktop.core.services.cases.listing import CaseFilter, CaseRow, SortKey
from desktop.gui.kit.background import Lane
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.page_cache import PageCache
from desktop.gui.kit.signals import emit

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root of a flat table
_Loaded = tuple[int, list[CaseRow]]  # the count, the first page's rows
PLACEHOLDER = "…"  # a row whose page is being read


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
    KEEP_PAGES = 20  # 2,000 rows at most, wherever the view has been

    reloaded = Signal()
    page_loaded = Signal(int)  # a page's rows arrived (its number)

    def __init__(self, context: BookContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self.case_filter = CaseFilter(team_id=context.team_id)
        self.sort_key, self.descending = SortKey.NUMBER, True
        self._pages: PageCache[CaseRow] = PageCache(self.PAGE_SIZE, self.KEEP_PAGES)
        self._total = 0
        self._generation = 0
        self._loading = False  # a count and first page are on their way
        self._reading = False  # a page is on its way (one at a time: the view moves on)
        self._ask = QTimer(self, singleShot=True, interval=0)  # after the paint that asked
        self._ask.timeout.connect(self._read_wanted)
        # a team book shows whether each case went to the ward; a ward book sends nothing
        self.shows_export = context.read_now(book.kind) != book.WARD

    @property
    def total(self) -> int:
        """How many cases match the filter (also rowCount, once the count has come)."""
        return self._total

    def set_filter(self, wanted: CaseFilter) -> None:
        self.case_filter = wanted
        self.reload()

    def reload(self) -> None:
        """Count and the first page afresh (a new filter or sort: the view starts at the top)."""
        self._load(keep_place=False)

    def refresh(self) -> None:
        """The same list re-read after an edit: where the count is unchanged, the rows are
        replaced in place (the selection and the scroll position stay)."""
        self._load(keep_place=True)

    def _load(self, keep_place: bool) -> None:
        self._generation += 1
        self._loading = True
        generation, wanted = self._generation, self.case_filter
        sort_key, descending, page = self.sort_key, self.descending, self.PAGE_SIZE

        def query(session: Session) -> _Loaded:
            rows = case_list.case_page(session, wanted, sort_key, descending, 0, page)
            total = len(rows) if len(rows) < page else case_list.case_count(session, wanted)
            return total, rows
        self._context.read(self, query,
                           lambda loaded: self._on_loaded(generation, loaded, keep_place),
                           lambda error: self._on_load_failed(generation, error), lane=Lane.QUICK)

    def _on_loaded(self, generation: int, loaded: _Loaded, keep_place: bool) -> None:
        if generation != self._generation:
            return  # a newer query is under way: this answer is stale
        total, rows = loaded
        self._loading = False
        if keep_place and total == self._total:
            self._pages.clear()
            self._pages.put(0, rows)
            self._changed(range(total))  # the view asks again for what it shows
        else:
            self.beginResetModel()
            self._pages.clear()
            self._total = total
            self._pages.put(0, rows)
            self.endResetModel()
        emit(self.reloaded)
        self._ask.start()

    def _on_load_failed(self, generation: int, error: HoagiaiError) -> None:
        if generation == self._generation:
            self._loading = False
        emit(self._context.runner.error_occurred, error)  # shown by the window, as unasked

    def _on_page_failed(self, error: HoagiaiError) -> None:
        self._reading = False  # the page stays wanted: the next paint asks for it again
        emit(self._context.runner.error_occurred, error)

    def _changed(self, rows: range) -> None:
        if rows:
            last = self.columnCount() - 1
            emit(self.dataChanged, self.index(rows.start, 0), self.index(rows.stop - 1, last))

    def _read_wanted(self) -> None:
        """Read the page the view asked for last, unless a read is under way (its answer
        starts the next one): never a queue of pages the view has already left."""
        page = self._pages.next_wanted()
        if page is None or self._loading or self._reading:
            return
        self._reading = True
        generation, wanted, total = self._generation, self.case_filter, self._total
        sort_key, descending, size = self.sort_key, self.descending, self.PAGE_SIZE
        self._context.read(
            self, lambda session: case_list.case_page(session, wanted, sort_key, descending,
                                                      page * size, size, total),
            lambda rows: self._on_page_loaded(generation, page, rows), self._on_page_failed,
            lane=Lane.QUICK)

    def _on_page_loaded(self, generation: int, page: int, rows: list[CaseRow]) -> None:
        """Keep a fetched page, unless a newer query has replaced the list meanwhile."""
        self._reading = False
        if generation != self._generation:
            self._read_wanted()  # a newer list: what its view asked for meanwhile
            return
        self._pages.put(page, rows)
        self._changed(self._pages.rows_of(page, self._total))
        emit(self.page_loaded, page)
        self._read_wanted()

    def is_loaded(self, row: int) -> bool:
        """Whether the row's data is held (not a placeholder)."""
        return self._pages.row(row) is not None

    def held_pages(self) -> int:
        return self._pages.held()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in self.SORT_KEYS:
            return
        self.sort_key = self.SORT_KEYS[column]
        self.descending = order is Qt.SortOrder.DescendingOrder
        self.reload()

    def sort_column(self) -> int:
        return next(c for c, key in self.SORT_KEYS.items() if key is self.sort_key)

    def case_id(self, row: int) -> uuid.UUID | None:
        """The case on ``row``, None while its page is being read."""
        found = self._pages.row(row)
        return found.id if found else None

    def row_of(self, case_id: uuid.UUID) -> int | None:
        """The case's row among the pages held (None: not held, ask ``locate``)."""
        return next((row for row, item in self._pages.loaded_rows() if item.id == case_id),
                    None)

    def locate(self, case_id: uuid.UUID, on_found: Callable[[int], None]) -> None:
        """Find the case's row in the whole list (in SQL); ``on_found`` gets it, if the
        filter keeps the case and the list has not changed meanwhile."""
        generation, wanted = self._generation, self.case_filter
        sort_key, descending = self.sort_key, self.descending

        def found(row: int | None) -> None:
            if row is not None and generation == self._generation and row < self._total:
                on_found(row)
        self._context.read(self, lambda session: case_list.case_position(
            session, wanted, sort_key, descending, case_id), found, lane=Lane.QUICK)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._total

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
        row, column = self._pages.row(index.row()), index.column()
        if row is None:
            return self._placeholder(index.row(), column, role)
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

    def _placeholder(self, row: int, column: int, role: int) -> Any:
        """A row not held yet: its page is asked for (read after this paint)."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        self._pages.want(self._pages.page_of(row))
        if not self._ask.isActive():
            self._ask.start()
        return PLACEHOLDER if column == self.NUMBER else ""

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
