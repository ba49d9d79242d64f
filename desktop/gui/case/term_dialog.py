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

BOTH_PARTIES = "both"  # the combo's choice for a term every party must carry out


class TermDialog(QDialog):
    def __init__(self, obligable: Sequence[tuple[str, uuid.UUID]], reached_on: date | None,
                 parent: QWidget | None = None, parties: Sequence[uuid.UUID] = ()) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseTermDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(_("Add a term of the agreement"))
        fill_combo(self.ui.obligedCombo, obligable)
        self._parties = tuple(parties)
        if len(self._parties) > 1:  # "both parties": one term written once, kept per party
            self.ui.obligedCombo.addItem(_("Both parties"), BOTH_PARTIES)
        self.ui.contentEdit.setFocus()  # the first thing typed is what must be done
        self._deadline = OptionalDate(self.ui.deadlineEdit, self.ui.noDeadlineCheck)
        self._deadline.set_value(None, default=reached_on)

    def load(self, term: TermInput) -> None:
        self.setWindowTitle(_("Change a term of the agreement"))
        select_data(self.ui.obligedCombo, term.obliged_participant_id)
        self.ui.contentEdit.setPlainText(term.content)
        self._deadline.set_value(term.deadline, default=date.today())

    def term(self) -> TermInput:
        return self.terms()[0]

    def terms(self) -> list[TermInput]:
        """The term as entered; "both parties" gives the same term for each party."""
        chosen = self.ui.obligedCombo.currentData()
        obliged = self._parties if chosen == BOTH_PARTIES else (chosen,)
        return [TermInput(who, self.ui.contentEdit.toPlainText(), self._deadline.value())
                for who in obliged]
