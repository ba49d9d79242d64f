"""The ward's tables as models: the cases behind a figure, the overdue items and the
statistics report's tables.

Each model keeps its column numbers and headers in one place, answers ``SORT_ROLE`` with raw
values (a date sorts as a date) and ``ID_ROLE`` with the case's id.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from desktop.core.domain.labels import status_label
from desktop.core.i18n import N_, _
from desktop.core.services.ward.drilldown import DrilldownRow
from desktop.core.statistics.dashboard import OverdueCase
from desktop.core.statistics.tables import Cell, ReportTable
from desktop.gui.kit.page_cache import PageCache
from desktop.gui.kit.signals import emit

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
IDS_ROLE = Qt.ItemDataRole.UserRole  # a report cell: the ids of the cases it counts
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class _CasesModel(QAbstractTableModel):
    """Rows about cases; subclasses say the headers and each cell's text and raw value."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.HEADERS)

    def case_id(self, row: int) -> uuid.UUID:
        return self._case_id(self._rows[row])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        if role == SORT_ROLE:
            return self._raw(row, index.column())
        if role == ID_ROLE:
            return self._case_id(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation is not Qt.Orientation.Horizontal:
            return None
        return _(self.HEADERS[section])

    def _case_id(self, row: Any) -> uuid.UUID:
        raise NotImplementedError

    def _text(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def _raw(self, row: Any, column: int) -> Any:
        return self._text(row, column)


class DrilldownModel(_CasesModel):
    """The cases behind one figure."""

    NUMBER, TEAM, RECEIVED, TITLE, RESULT = range(5)
    HEADERS = (N_("Number"), N_("Team"), N_("Received"), N_("Title"), N_("Result"))

    def _case_id(self, row: DrilldownRow) -> uuid.UUID:
        return row.case.id

    def _text(self, row: DrilldownRow, column: int) -> str:
        case = row.case
        texts = (case.number, row.team, f"{case.received_on:%d/%m/%Y}", case.title,
                 status_label(case.status))
        return texts[column]

    def _raw(self, row: DrilldownRow, column: int) -> Any:
        if column == self.RECEIVED:
            return row.case.received_on.toordinal()
        return self._text(row, column)


PLACEHOLDER = "…"  # a row whose page is being read
PageReader = Callable[[int, Callable[[list[DrilldownRow]], None]], None]


class PagedDrilldownModel(DrilldownModel):
    """The cases of a figure too long to read at once (a province's year): ``rowCount`` is the
    figure, the pages near the view are held (``PageCache``), a row not held shows a
    placeholder and asks for its page, and pages are read one at a time, the one asked last
    first. Listed in the figure's order: sorting would read every page."""

    KEEP_PAGES = 50

    def __init__(self, total: int, read_page: PageReader, page_size: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._total = total
        self._read_page = read_page
        self._pages: PageCache[DrilldownRow] = PageCache(page_size, self.KEEP_PAGES)
        self._reading = False
        self._ask = QTimer(self, singleShot=True, interval=0)  # after the paint that asked
        self._ask.timeout.connect(self._read_wanted)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._total

    def put_page(self, page: int, rows: list[DrilldownRow]) -> None:
        self._reading = False
        self._pages.put(page, rows)
        span = self._pages.rows_of(page, self._total)
        if span:
            emit(self.dataChanged, self.index(span.start, 0),
                 self.index(span.stop - 1, len(self.HEADERS) - 1))
        self._read_wanted()

    def page_failed(self) -> None:
        self._reading = False

    def is_loaded(self, row: int) -> bool:
        return self._pages.row(row) is not None

    def case_id(self, row: int) -> uuid.UUID:
        held = self._pages.row(row)
        if held is None:
            raise LookupError(f"row {row} is not read yet")
        return held.case.id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        held = self._pages.row(index.row())
        if held is None:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            self._pages.want(self._pages.page_of(index.row()))
            if not self._ask.isActive():
                self._ask.start()
            return PLACEHOLDER if index.column() == self.NUMBER else ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(held, index.column())
        if role == SORT_ROLE:
            return self._raw(held, index.column())
        if role == ID_ROLE:
            return held.case.id
        return None

    def _read_wanted(self) -> None:
        page = self._pages.next_wanted()
        if page is None or self._reading:
            return
        self._reading = True
        self._read_page(page, lambda rows: self.put_page(page, rows))


class OverdueModel(_CasesModel):
    """The overdue items of the dashboard's year."""

    CASE, TEAM, WHAT = range(3)
    HEADERS = (N_("Case"), N_("Team"), N_("Overdue"))

    def _case_id(self, row: OverdueCase) -> uuid.UUID:
        return row.case_id

    def _text(self, row: OverdueCase, column: int) -> str:
        return (row.number, row.team, row.what)[column]


class ReportTableModel(QAbstractTableModel):
    """One table of the statistics report; a count's cell carries the cases it stands for
    (``IDS_ROLE``), so a double-click can list them."""

    def __init__(self, table: ReportTable, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.table.header)

    def cell(self, row: int, column: int) -> Cell:
        return self.table.rows[row][column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole and cell.case_ids is not None:
            return _("Double-click to see these cases")
        if role == IDS_ROLE:
            return cell.case_ids
        if role == SORT_ROLE:
            return len(cell.case_ids) if cell.case_ids is not None else cell.text
        if role == Qt.ItemDataRole.TextAlignmentRole and _is_figure(index.column(), cell):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation is not Qt.Orientation.Horizontal:
            return None
        return self.table.header[section]


def _is_figure(column: int, cell: Cell) -> bool:
    """A number (count or rate) beside the row's label: centred under its header."""
    return column > 0 and cell.text[:1].isdigit()
