"""Recording the decision that changed where a version of a convention stands: suspended
(wholly or partly), abolished, or back in force (Decree 61/2023/NĐ-CP)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QWidget

from desktop.core.domain.enums import ConventionStatus
from desktop.core.domain.labels import label
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.core.services.conventions.versions import StatusDecision
from desktop.core.services.conventions.views import VersionView
from desktop.gui.forms.ui_convention_status import Ui_ConventionStatusDialog
from desktop.gui.kit.form_helpers import clear_error, date_text, select_data, show_error

SETTABLE = (ConventionStatus.IN_FORCE, ConventionStatus.PARTLY_SUSPENDED,
            ConventionStatus.SUSPENDED, ConventionStatus.ABOLISHED)


def day_of(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


class StatusDialog(QDialog):
    def __init__(self, title: str, version: VersionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConventionStatusDialog()
        self.ui.setupUi(self)
        self.ui.aboutLabel.setText(_("{title}, version {ordinal} (decision {decision} of {date})")
                                   .format(title=title, ordinal=version.ordinal,
                                           decision=version.decision_no or "-",
                                           date=date_text(version.decision_date) or "-"))
        for status in SETTABLE:
            self.ui.statusCombo.addItem(label(status), status)
        select_data(self.ui.statusCombo, version.status)
        self.ui.sinceEdit.setDate(QDate.currentDate())
        self.ui.decisionDateEdit.setDate(QDate.currentDate())
        self.ui.decisionEdit.setText(version.status_decision_no)
        clear_error(self.ui.errorLabel)

    def decision(self) -> StatusDecision:
        since, decided = day_of(self.ui.sinceEdit), day_of(self.ui.decisionDateEdit)
        return StatusDecision(self.ui.statusCombo.currentData(), since,
                              self.ui.decisionEdit.text(), decided)

    def show_error(self, error: HoagiaiError) -> None:
        fields = {"decision_no": self.ui.decisionEdit, "since": self.ui.sinceEdit,
                  "status": self.ui.statusCombo}
        show_error(self.ui.errorLabel, error, fields)
