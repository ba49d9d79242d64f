"""The mediators typed into the setup wizard, before anything is saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.core.domain.enums import MediatorRole
from desktop.core.domain.labels import label
from desktop.core.i18n import N_, _
from desktop.core.services.teams import MediatorInput
from desktop.gui.signals import emit

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root of a flat table


class MediatorTableModel(QAbstractTableModel):
    NAME, SEX, ROLE, BIRTH_YEAR, DECISION = range(5)
    HEADERS = (N_("Full name"), N_("Sex"), N_("Role"), N_("Year of birth"),
               N_("Recognition decision"))

    mediators_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._mediators: list[MediatorInput] = []
        for change in (self.rowsInserted, self.rowsRemoved, self.dataChanged):
            change.connect(self.mediators_changed)

    @property
    def mediators(self) -> list[MediatorInput]:
        return list(self._mediators)

    def has_leader(self) -> bool:
        return any(m.role is MediatorRole.LEADER for m in self._mediators)

    def mediator(self, row: int) -> MediatorInput:
        return self._mediators[row]

    def add(self, mediator: MediatorInput) -> None:
        row = len(self._mediators)
        self.beginInsertRows(QModelIndex(), row, row)
        self._mediators.append(mediator)
        self.endInsertRows()

    def replace(self, row: int, mediator: MediatorInput) -> None:
        self._mediators[row] = mediator
        emit(self.dataChanged, self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._mediators[row]
        self.endRemoveRows()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._mediators)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(self._mediators[index.row()], index.column())

    def _text(self, mediator: MediatorInput, column: int) -> str:
        decision = mediator.recognition_decision_no
        if mediator.recognition_decision_date is not None:
            decision = _("{number} of {date}").format(
                number=decision, date=mediator.recognition_decision_date.strftime("%d/%m/%Y"))
        return [mediator.full_name, label(mediator.sex), label(mediator.role),
                str(mediator.birth_year or ""), decision][column]
