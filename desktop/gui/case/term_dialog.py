"""One term of the agreement: who must do what, by when. Kept in memory until the agreement
is saved, so the order and content of all terms are saved together."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QDialog, QWidget

from desktop.core.i18n import _
from desktop.core.services.cases.outcomes import TermInput
from desktop.gui.forms.ui_case_term_dialog import Ui_CaseTermDialog
from desktop.gui.kit.form_helpers import OptionalDate, fill_combo, select_data


class TermDialog(QDialog):
    def __init__(self, obligable: Sequence[tuple[str, uuid.UUID]], reached_on: date | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseTermDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(_("Add a term of the agreement"))
        fill_combo(self.ui.obligedCombo, obligable)
        self._deadline = OptionalDate(self.ui.deadlineEdit, self.ui.noDeadlineCheck)
        self._deadline.set_value(None, default=reached_on)

    def load(self, term: TermInput) -> None:
        self.setWindowTitle(_("Change a term of the agreement"))
        select_data(self.ui.obligedCombo, term.obliged_participant_id)
        self.ui.contentEdit.setPlainText(term.content)
        self._deadline.set_value(term.deadline, default=date.today())

    def term(self) -> TermInput:
        return TermInput(self.ui.obligedCombo.currentData(), self.ui.contentEdit.toPlainText(),
                         self._deadline.value())
