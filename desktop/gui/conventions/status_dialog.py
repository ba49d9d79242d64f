"""Recording the decision that changed where a version of a convention stands: suspended
(wholly or partly), abolished, or back in force (Decree 61/2023/NĐ-CP)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.enums import ConventionStatus
from desktop.core.domain.labels import label
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.core.services.conventions.versions import StatusDecision
from desktop.core.services.conventions.views import VersionView
from desktop.gui.kit.form_helpers import clear_error, date_text, select_data, show_error
from desktop.gui.kit.optional_date import DATE_FORMAT

SETTABLE = (ConventionStatus.IN_FORCE, ConventionStatus.PARTLY_SUSPENDED,
            ConventionStatus.SUSPENDED, ConventionStatus.ABOLISHED)


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate(), parent)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


def day_of(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


class StatusDialog(QDialog):
    def __init__(self, title: str, version: VersionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Change the status of a version"))
        layout = QVBoxLayout(self)
        about = QLabel(_("{title}, version {ordinal} (decision {decision} of {date})").format(
            title=title, ordinal=version.ordinal, decision=version.decision_no or "-",
            date=date_text(version.decision_date) or "-"))
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        self.statusCombo = QComboBox(self)
        for status in SETTABLE:
            self.statusCombo.addItem(label(status), status)
        select_data(self.statusCombo, version.status)
        self.sinceEdit = _date_edit(self)
        self.decisionEdit = QLineEdit(version.status_decision_no, self)
        self.decisionEdit.setPlaceholderText(_("for example 12/QĐ-UBND"))
        self.decisionDateEdit = _date_edit(self)
        for text, widget in ((_("New &status:"), self.statusCombo),
                             (_("&Applies from:"), self.sinceEdit),
                             (_("&Decision no.:"), self.decisionEdit),
                             (_("Date of the d&ecision:"), self.decisionDateEdit)):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
        layout.addLayout(form)
        self.errorLabel = QLabel(self)
        clear_error(self.errorLabel)
        layout.addWidget(self.errorLabel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def decision(self) -> StatusDecision:
        since, decided = day_of(self.sinceEdit), day_of(self.decisionDateEdit)
        return StatusDecision(self.statusCombo.currentData(), since, self.decisionEdit.text(),
                              decided)

    def show_error(self, error: HoagiaiError) -> None:
        fields = {"decision_no": self.decisionEdit, "since": self.sinceEdit,
                  "status": self.statusCombo}
        show_error(self.errorLabel, error, fields)
