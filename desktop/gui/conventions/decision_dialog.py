"""Recording or correcting the decision that recognised a version of a convention: its number,
its date, and the day the version took effect when that is not the decision's date. An import
that did not know them leaves a version nothing can cite until they are recorded here."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.core.services.conventions.versions import Recognition
from desktop.core.services.conventions.views import VersionView
from desktop.gui.forms.ui_convention_decision import Ui_ConventionDecisionDialog
from desktop.gui.kit.form_helpers import clear_error, show_error


class DecisionDialog(QDialog):
    def __init__(self, title: str, version: VersionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConventionDecisionDialog()
        self.ui.setupUi(self)
        self.ui.aboutLabel.setText(_("{title}, version {ordinal}").format(
            title=title, ordinal=version.ordinal))
        self.ui.decisionEdit.setText(version.decision_no)
        self.ui.decisionDateEdit.set_date(version.decision_date)
        differs = version.effective_on is not None and version.effective_on != (
            version.decision_date)
        self.ui.effectiveEdit.set_date(version.effective_on if differs else None)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(_("&Save"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        clear_error(self.ui.errorLabel)
        self.ui.decisionEdit.setFocus()

    def recognition(self) -> Recognition:
        return Recognition(self.ui.decisionEdit.text(), self.ui.decisionDateEdit.date(),
                           self.ui.effectiveEdit.date())

    def show_error(self, error: HoagiaiError) -> None:
        show_error(self.ui.errorLabel, error, {"decision_no": self.ui.decisionEdit,
                                               "effective_on": self.ui.effectiveEdit})
