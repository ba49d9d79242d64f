"""Recording a new case: title, dates, grounds, kind of matter, eligibility, summary, and the
two parties' names, each with a tick for the party who asked for mediation (issue 14: no trip
to the Parties tab just to write who is in dispute and who asked).

Save runs ``cases.open_case`` and adds the named parties in the background, in one unit of work;
the dialog closes only when the case is saved, and on an error it stays open with everything the
user typed, the problem shown beside it.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import cast

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QWidget,
)

from desktop.core.domain.enums import Eligibility, Grounds, ParticipantRole, Sex
from desktop.core.domain.labels import label
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.core.services.cases import participants
from desktop.core.services.cases import records as cases
from desktop.core.services.cases.records import CaseInput, NewParty
from desktop.core.services.people.persons import PersonInput
from desktop.core.services.workspace import reference
from desktop.gui.forms.ui_new_case_dialog import Ui_NewCaseDialog
from desktop.gui.kit.changes import case_changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.field_errors import FieldErrors
from desktop.gui.kit.signals import emit

# A warning, not an error: the case saves all the same (the sign, not only the colour, says so).
_WARNING_STYLE = "QLabel { color: #6b4a00; background: #fff4d6; padding: 6px; }"
PartyRow = tuple[QLineEdit, QComboBox, QLineEdit, QCheckBox]


class NewCaseDialog(QDialog):
    case_saved = Signal(object)  # the new case's id

    def __init__(self, context: BookContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewCaseDialog()
        self.ui.setupUi(self)
        self.context = context
        self.case_id: uuid.UUID | None = None
        self._saving = False
        self._fill_choices()
        self._set_up_dates()
        self.errors = FieldErrors(self.ui.errorsLabel, {
            "title": self.ui.titleEdit, "received_on": self.ui.receivedEdit,
            "arose_on": self.ui.aroseEdit, "referrer": self.ui.referrerEdit,
            "category": self.ui.categoryCombo})
        self.ui.buttonBox.accepted.connect(self.on_save_clicked)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.groundsCombo.currentIndexChanged.connect(self.on_grounds_changed)
        self.ui.eligibilityCombo.currentIndexChanged.connect(self.on_eligibility_changed)
        for name, _sex, _address, requested in self._party_rows():
            name.textChanged.connect(self.on_parties_changed)
            requested.toggled.connect(self.on_parties_changed)
        self.ui.requesterWarningLabel.setStyleSheet(_WARNING_STYLE)
        self.on_grounds_changed()
        self.on_eligibility_changed()
        self.ui.titleEdit.setFocus()  # the first thing people type: what the case is about

    def _fill_choices(self) -> None:
        for grounds in Grounds:
            self.ui.groundsCombo.addItem(label(grounds), grounds.value)
        for eligibility in Eligibility:
            self.ui.eligibilityCombo.addItem(label(eligibility), eligibility.value)
        for category in self.context.read_now(reference.list_categories):
            self.ui.categoryCombo.addItem(category.name, category.code)
        self.ui.categoryCombo.setCurrentIndex(-1)
        for combo in (self.ui.party1SexCombo, self.ui.party2SexCombo):
            combo.addItem(_("Sex"), None)
            for sex in Sex:
                combo.addItem(label(sex), sex.value)

    def _party_rows(self) -> tuple[PartyRow, ...]:
        ui = self.ui
        return ((ui.party1NameEdit, ui.party1SexCombo, ui.party1AddressEdit,
                 ui.party1RequestedCheck),
                (ui.party2NameEdit, ui.party2SexCombo, ui.party2AddressEdit,
                 ui.party2RequestedCheck))

    def parties(self) -> list[NewParty]:
        """The parties named in the dialog (rows left empty are not parties); a tick on an
        empty row names nobody, so it is left out with its row."""
        return [NewParty(PersonInput(name.text().strip(),
                                     Sex(sex.currentData()) if sex.currentData() else None,
                                     address=address.text().strip()),
                         requested.isChecked())
                for name, sex, address, requested in self._party_rows()
                if name.text().strip()]

    def on_parties_changed(self) -> None:
        """Warn, as the person types, when a party's request is the grounds but no named party
        is ticked as the one who asked; saving is never refused for it."""
        named = self.parties()
        warning = participants.requester_warning(
            self.grounds(), [_Named(party.requested_mediation) for party in named])
        self.ui.requesterWarningLabel.setText(f"⚠ {warning.message}" if warning else "")
        self.ui.requesterWarningLabel.setVisible(warning is not None)

    def _set_up_dates(self) -> None:
        today = QDate.currentDate()
        self.ui.receivedEdit.setDate(today)
        self.ui.receivedEdit.setMaximumDate(today)
        self.ui.aroseEdit.date_edit.setMaximumDate(today)

    def grounds(self) -> Grounds:
        return Grounds(self.ui.groundsCombo.currentData())

    def eligibility(self) -> Eligibility:
        return Eligibility(self.ui.eligibilityCombo.currentData())

    def on_grounds_changed(self) -> None:
        proposed = self.grounds() is Grounds.PROPOSED_BY_OTHER
        self.ui.referrerEdit.setEnabled(proposed)
        self.ui.referrerLabel.setEnabled(proposed)
        self.on_parties_changed()

    def on_eligibility_changed(self) -> None:
        referred = not self.eligibility().is_eligible
        self.ui.eligibilityNoteEdit.setEnabled(referred)
        self.ui.eligibilityNoteLabel.setEnabled(referred)

    def case_input(self) -> CaseInput:
        received_on = cast(date, self.ui.receivedEdit.date().toPython())
        return CaseInput(
            title=self.ui.titleEdit.text(), received_on=received_on, grounds=self.grounds(),
            category_code=self.ui.categoryCombo.currentData() or "",
            eligibility=self.eligibility(), referrer=self.ui.referrerEdit.text(),
            eligibility_note=self.ui.eligibilityNoteEdit.text(),
            summary=self.ui.summaryEdit.toPlainText(),
            sensitive=self.ui.sensitiveCheck.isChecked(), arose_on=self.ui.aroseEdit.date())

    def on_save_clicked(self) -> None:
        if self._saving:
            return
        self.errors.clear()
        self._set_saving(True)
        team_id, data, parties = self.context.team_id, self.case_input(), self.parties()
        assert team_id is not None  # New case is offered only in a team's book
        self.context.write(self, lambda session: cases.open_case_with_parties(
            session, team_id, data, parties), self.on_case_saved, self.on_save_failed,
            changed=case_changed)

    def on_case_saved(self, case_id: uuid.UUID) -> None:
        self._set_saving(False)
        self.case_id = case_id
        emit(self.case_saved, case_id)
        self.accept()

    def on_save_failed(self, error: HoagiaiError) -> None:
        self._set_saving(False)
        self.errors.show(error)

    def reject(self) -> None:
        if not self._saving:  # a save under way finishes first; nothing is left half-done
            super().reject()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(not saving)
        self.setCursor(Qt.CursorShape.BusyCursor if saving else Qt.CursorShape.ArrowCursor)



class _Named:
    """A party named in the dialog, as the requester warning reads it."""

    role = ParticipantRole.PARTY

    def __init__(self, requested_mediation: bool) -> None:
        self.requested_mediation = requested_mediation
