"""Closing a case (Art. 23): how it ended, when, who asked to stop, and where the parties were
sent next."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QRadioButton, QWidget

from desktop.core.domain.enums import Eligibility, OutcomeKind
from desktop.core.domain.labels import label
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.core.services.cases.detail import OutcomeView
from desktop.gui.forms.ui_case_close_dialog import Ui_CaseCloseDialog
from desktop.gui.kit.form_helpers import clear_error, fill_combo, select_data, show_error, to_qdate
from desktop.gui.kit.picked import picked_date


@dataclass(frozen=True)
class Closing:
    kind: OutcomeKind
    decided_on: date
    guidance: str
    referred_to: str
    note: str
    not_eligible_because: Eligibility | None
    # the parties who asked to stop (Art. 23(2)); () unless a party asked to stop
    stop_requested_by: tuple[uuid.UUID, ...] = ()


class CloseDialog(QDialog):
    def __init__(self, received_on: date, parent: QWidget | None = None,
                 parties: Sequence[tuple[str, uuid.UUID]] = ()) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseCloseDialog()
        self.ui.setupUi(self)
        self.stop_checks = self._stop_checks(parties)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_("Close the case"))
        fill_combo(self.ui.eligibilityCombo,
                   ((label(e), e) for e in Eligibility if not e.is_eligible))
        self.ui.decidedEdit.setMinimumDate(to_qdate(received_on))
        self.ui.decidedEdit.setDate(to_qdate(date.today()))
        for radio in self._radios().values():
            radio.toggled.connect(self._sync_fields)
        clear_error(self.ui.errorLabel)
        self._sync_fields()

    def _stop_checks(self, parties: Sequence[tuple[str, uuid.UUID]]
                     ) -> dict[uuid.UUID, QCheckBox]:
        """One tick box per party: one or several of them asked to stop (Art. 23(2))."""
        checks: dict[uuid.UUID, QCheckBox] = {}
        for number, (name, participant_id) in enumerate(parties, start=1):
            check = QCheckBox(name, self.ui.stopByBox)
            check.setObjectName(f"stopByCheck{number}")
            check.setAccessibleName(_("{name} asked to stop").format(name=name))
            self.ui.stopByLayout.addWidget(check)
            checks[participant_id] = check
        return checks

    def _radios(self) -> dict[OutcomeKind, QRadioButton]:
        ui = self.ui
        return {OutcomeKind.SUCCESSFUL: ui.successfulRadio,
                OutcomeKind.PARTY_ASKED_TO_STOP: ui.stoppedRadio,
                OutcomeKind.MEDIATOR_ENDED: ui.endedRadio,
                OutcomeKind.NOT_ELIGIBLE: ui.notEligibleRadio}

    def kind(self) -> OutcomeKind:
        return next(kind for kind, radio in self._radios().items() if radio.isChecked())

    def load(self, outcome: OutcomeView, eligibility: Eligibility) -> None:
        """Amending an outcome: start from what was recorded."""
        self.setWindowTitle(_("Change how the case ended"))
        ui = self.ui
        self._radios()[outcome.kind].setChecked(True)
        ui.decidedEdit.setDate(to_qdate(outcome.decided_on))
        select_data(ui.eligibilityCombo, eligibility)
        ui.referredEdit.setText(outcome.referred_to)
        ui.guidanceEdit.setPlainText(outcome.guidance)
        ui.noteEdit.setPlainText(outcome.note)
        names = set(outcome.stop_requested_by)
        for check in self.stop_checks.values():
            check.setChecked(check.text() in names)

    def _sync_fields(self) -> None:
        ui = self.ui
        kind = self.kind()
        not_eligible = kind is OutcomeKind.NOT_ELIGIBLE
        eligibility: tuple[QWidget, ...] = (ui.eligibilityLabel, ui.eligibilityCombo,
                                             ui.referredLabel, ui.referredEdit)
        for widget in eligibility:
            widget.setVisible(not_eligible)
        guidance: tuple[QWidget, ...] = (ui.guidanceLabel, ui.guidanceEdit)
        for widget in guidance:
            widget.setVisible(kind is not OutcomeKind.SUCCESSFUL)
        stopped = kind is OutcomeKind.PARTY_ASKED_TO_STOP
        ui.stopByLabel.setVisible(stopped)
        ui.stopByBox.setVisible(stopped)

    def closing(self) -> Closing:
        ui = self.ui
        kind = self.kind()
        not_eligible = kind is OutcomeKind.NOT_ELIGIBLE
        return Closing(
            kind=kind, decided_on=picked_date(ui.decidedEdit),
            guidance="" if kind is OutcomeKind.SUCCESSFUL else ui.guidanceEdit.toPlainText(),
            referred_to=ui.referredEdit.text() if not_eligible else "",
            note=ui.noteEdit.toPlainText(),
            not_eligible_because=(Eligibility(ui.eligibilityCombo.currentData())
                                  if not_eligible else None),
            stop_requested_by=self._stop_requested_by(kind))

    def _stop_requested_by(self, kind: OutcomeKind) -> tuple[uuid.UUID, ...]:
        if kind is not OutcomeKind.PARTY_ASKED_TO_STOP:
            return ()
        return tuple(pid for pid, check in self.stop_checks.items() if check.isChecked())

    def show_error(self, error: HoagiaiError) -> None:
        ui = self.ui
        first_party = next(iter(self.stop_checks.values()), ui.stopByBox)
        show_error(ui.errorLabel, error, {"eligibility": ui.eligibilityCombo,
                                          "stop_requested_by": first_party})
