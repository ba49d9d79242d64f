"""Small in-memory tables (a case's parties, hearings, terms; the mediators typed at setup):
one model class, one column list per table.

A case has a handful of rows per table, so each model holds its rows in memory; the column
lists keep every header and every cell's text in one place per table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.core.i18n import _
from desktop.gui.kit.signals import emit

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str  # English msgid, translated when shown
    text: Callable[[Any], str]


class RowsModel(QAbstractTableModel):
    """Rows of plain data shown through a list of columns."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()].text(self._rows[index.row()])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation is Qt.Orientation.Horizontal:
            return _(self._columns[section].header)
        return str(section + 1)


class MovableRowsModel(RowsModel):
    """Rows the user edits in memory before saving them together (the agreement's terms)."""

    def append(self, row: Any) -> None:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(row)
        self.endInsertRows()

    def replace(self, position: int, row: Any) -> None:
        self._rows[position] = row
        emit(self.dataChanged, self.index(position, 0),
                              self.index(position, self.columnCount() - 1))

    def remove(self, position: int) -> None:
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        self.endRemoveRows()

    def move(self, position: int, offset: int) -> bool:
        target = position + offset
        if not (0 <= position < len(self._rows) and 0 <= target < len(self._rows)):
            return False
        destination = target + 1 if offset > 0 else target
        self.beginMoveRows(QModelIndex(), position, position, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(position))
        self.endMoveRows()
        return True
