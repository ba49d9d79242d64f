"""Assigning a mediator (Art. 18), declaring a mediator's conflict of interest, and deciding
on the warnings of the conflict-of-interest check."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QDialog, QWidget

from desktop.core.domain.enums import AssignmentMethod
from desktop.core.domain.labels import label
from desktop.core.errors import HoagiaiError
from desktop.core.services.cases.conflicts import ConflictUndecided
from desktop.core.services.workspace.teams import MediatorView
from desktop.gui.forms.ui_case_assign_dialog import Ui_CaseAssignDialog
from desktop.gui.forms.ui_case_conflict_decision import Ui_CaseConflictDecisionDialog
from desktop.gui.forms.ui_case_conflict_dialog import Ui_CaseConflictDialog
from desktop.gui.kit.form_helpers import clear_error, fill_combo, select_data, show_error, to_qdate
from desktop.gui.kit.picked import picked_date


def mediator_items(mediators: Sequence[MediatorView]) -> list[tuple[str, uuid.UUID]]:
    return [(f"{m.full_name} ({label(m.role)})", m.id) for m in mediators]


@dataclass(frozen=True)
class AssignmentChoice:
    mediator_id: uuid.UUID
    method: AssignmentMethod
    assigned_on: date
    no_conflict_confirmed: bool


class AssignDialog(QDialog):
    def __init__(self, mediators: Sequence[MediatorView], received_on: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseAssignDialog()
        self.ui.setupUi(self)
        fill_combo(self.ui.mediatorCombo, mediator_items(mediators))
        self.ui.assignedOnEdit.setMinimumDate(to_qdate(received_on))
        self.ui.assignedOnEdit.setDate(to_qdate(date.today()))
        clear_error(self.ui.errorLabel)

    def choice(self) -> AssignmentChoice:
        ui = self.ui
        method = (AssignmentMethod.CHOSEN_BY_PARTIES if ui.chosenByPartiesRadio.isChecked()
                  else AssignmentMethod.ASSIGNED_BY_LEADER)
        return AssignmentChoice(ui.mediatorCombo.currentData(), method,
                                picked_date(ui.assignedOnEdit),
                                ui.noConflictCheck.isChecked())

    def show_error(self, error: HoagiaiError) -> None:
        show_error(self.ui.errorLabel, error, {"no_conflict": self.ui.noConflictCheck})


class ConflictDialog(QDialog):
    def __init__(self, mediators: Sequence[MediatorView], selected: uuid.UUID | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseConflictDialog()
        self.ui.setupUi(self)
        fill_combo(self.ui.mediatorCombo, mediator_items(mediators))
        select_data(self.ui.mediatorCombo, selected)
        clear_error(self.ui.errorLabel)

    def mediator_id(self) -> uuid.UUID:
        mediator_id: uuid.UUID = self.ui.mediatorCombo.currentData()
        return mediator_id

    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText()

    def show_error(self, error: HoagiaiError) -> None:
        show_error(self.ui.errorLabel, error, {"reason": self.ui.reasonEdit})


class ConflictDecisionDialog(QDialog):
    """The findings of the conflict-of-interest check, and the leader's decision with a
    reason: assign anyway, or not (both are recorded)."""

    def __init__(self, error: ConflictUndecided, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseConflictDecisionDialog()
        self.ui.setupUi(self)
        self.ui.findingsLabel.setText("\n".join(f"• {f.text}" for f in error.findings))
        self.assign = False
        self.ui.assignButton.clicked.connect(lambda: self._decide(True))
        self.ui.notAssignButton.clicked.connect(lambda: self._decide(False))
        self.ui.cancelButton.clicked.connect(self.reject)
        clear_error(self.ui.errorLabel)

    def _decide(self, assign: bool) -> None:
        self.assign = assign
        self.accept()

    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText()

    def show_error(self, error: HoagiaiError) -> None:
        show_error(self.ui.errorLabel, error, {"reason": self.ui.reasonEdit})
