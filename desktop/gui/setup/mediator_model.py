"""The mediators typed into the setup wizard, before anything is saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal

from desktop.core.domain.enums import MediatorRole
from desktop.core.domain.labels import label
from desktop.core.i18n import N_, _
from desktop.core.services.workspace.teams import MediatorInput
from desktop.gui.kit.rows_model import Column, MovableRowsModel


def _decision(mediator: MediatorInput) -> str:
    decision = mediator.recognition_decision_no
    if mediator.recognition_decision_date is not None:
        decision = _("{number} of {date}").format(
            number=decision, date=mediator.recognition_decision_date.strftime("%d/%m/%Y"))
    return decision


MEDIATOR_COLUMNS = (
    Column(N_("Full name"), lambda m: m.full_name),
    Column(N_("Sex"), lambda m: label(m.sex)),
    Column(N_("Role"), lambda m: label(m.role)),
    Column(N_("Year of birth"), lambda m: str(m.birth_year or "")),
    Column(N_("Recognition decision"), _decision),
    Column(N_("Term ended on"), lambda m: m.end_date.strftime("%d/%m/%Y") if m.end_date else ""),
)


class MediatorTableModel(MovableRowsModel):
    NAME = 0  # the column that takes the spare width

    mediators_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(MEDIATOR_COLUMNS, parent)
        for change in (self.rowsInserted, self.rowsRemoved, self.dataChanged):
            change.connect(self.mediators_changed)

    @property
    def mediators(self) -> list[MediatorInput]:
        return self.rows()

    def has_leader(self) -> bool:
        return any(m.role is MediatorRole.LEADER for m in self.rows())

    def mediator(self, row: int) -> MediatorInput:
        return self.row_at(row)  # type: ignore[no-any-return]

    def add(self, mediator: MediatorInput) -> None:
        self.append(mediator)
