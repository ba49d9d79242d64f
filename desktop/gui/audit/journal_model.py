"""The journal's table model: newest first, holding only entry numbers and fetching rows a
page at a time as the view scrolls (the pattern of the case list's model).

A book's journal grows by thousands of entries a year; ``journal_seqs`` returns numbers only,
and the rows of a page come from ``journal_rows`` when the view needs them, read in the
background and inserted when they arrive. Filtering happens
in SQL. Reads carry the person's actor, so the core refuses a role that may not read the
journal.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from sqlalchemy.orm import Session

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_, _
from desktop.core.services.history import journal_browser
from desktop.core.services.history.journal_browser import JournalFilter, JournalRow
from desktop.core.services.history.values import local_time
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.signals import emit

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
_Loaded = tuple[list[int], list[JournalRow]]


class JournalTableModel(QAbstractTableModel):
    SEQ, WHEN, WHO, DEVICE, ACTION, ENTITY, DETAILS, REASON = range(8)
    HEADERS = (N_("No."), N_("When"), N_("Who"), N_("Device"), N_("Action"), N_("Record"),
               N_("Details"), N_("Reason"))
    LONG_TEXT = frozenset({DETAILS, REASON, DEVICE})
    SEQ_ROLE = Qt.ItemDataRole.UserRole + 1
    PAGE_SIZE = 200

    reloaded = Signal()
    failed = Signal(object)  # a HoagiaiError (a role that may not read the journal)

    def __init__(self, context: BookContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self.journal_filter = JournalFilter()
        self._seqs: list[int] = []
        self._rows: list[JournalRow] = []
        self._fetched = 0
        self._generation = 0

    @property
    def total(self) -> int:
        """How many entries match the filter (rowCount counts only those fetched so far)."""
        return len(self._seqs)

    def set_filter(self, wanted: JournalFilter) -> None:
        self.journal_filter = wanted
        self.reload()

    def reload(self) -> None:
        """Ask for the numbers and the first page in the background; stale answers are
        dropped."""
        self._generation += 1
        generation, wanted, page = self._generation, self.journal_filter, self.PAGE_SIZE

        def query(session: Session) -> _Loaded:
            seqs = journal_browser.journal_seqs(session, wanted)
            return seqs, journal_browser.journal_rows(session, seqs[:page])
        self._context.read(self, query, lambda loaded: self._on_loaded(generation, loaded),
                           lambda error: self._on_failed(generation, error))

    def _on_loaded(self, generation: int, loaded: _Loaded) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._seqs, self._rows = loaded
        self._fetched = min(len(self._seqs), self.PAGE_SIZE)
        self.endResetModel()
        emit(self.reloaded)

    def _on_failed(self, generation: int, error: HoagiaiError) -> None:
        if generation == self._generation:
            self.beginResetModel()
            self._seqs, self._rows, self._fetched = [], [], 0
            self.endResetModel()
            emit(self.failed, error)

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and self._fetched < len(self._seqs)

    def fetchMore(self, parent: Index = ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        page = self._seqs[self._fetched:self._fetched + self.PAGE_SIZE]
        self._fetched += len(page)  # asked for: the view will not ask for this page again
        generation = self._generation
        self._context.read(self, lambda session: journal_browser.journal_rows(session, page),
                           lambda rows: self._on_page_loaded(generation, rows))

    def _on_page_loaded(self, generation: int, rows: list[JournalRow]) -> None:
        """Append a fetched page, unless a newer filter has replaced the list meanwhile."""
        if generation == self._generation and rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def row_at(self, row: int) -> JournalRow:
        return self._rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

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
        if role == Qt.ItemDataRole.ToolTipRole and column in self.LONG_TEXT:
            return display_text(row, column)
        if role == self.SEQ_ROLE:
            return row.seq
        return None


def display_text(row: JournalRow, column: int) -> str:
    return [str(row.seq), local_time(row.at).strftime("%d/%m/%Y %H:%M:%S"), row.author,
            row.device, row.action, row.entity, row.summary, row.reason][column]
