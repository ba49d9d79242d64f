"""A forgotten password: the recovery key from the recovery sheet sets a new one
(``encryption.recover``: only that account's slot of the key file changes, the change is
journaled, and a deactivated account stays deactivated)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QWidget

from desktop.core.errors import HoagiaiError, NotFoundError, ValidationError
from desktop.core.i18n import N_, _
from desktop.core.services.workspace import encryption
from desktop.gui.forms.ui_login_forgot import Ui_ForgotPasswordDialog

PASSWORDS_DIFFER = N_("The two new passwords differ. Nothing was changed: type them again.")
NO_USERNAME = N_("Type the user name whose password was forgotten.")
UNKNOWN_USERNAME = N_("There is no account named {username} in this case book. Check the user "
                      "name: the team leader knows each person's.")


class ForgotPasswordDialog(QDialog):
    """On acceptance ``username`` holds the account whose password was set."""

    def __init__(self, path: Path, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ForgotPasswordDialog()
        self.ui.setupUi(self)
        self.path = path
        self.username = username
        self.ui.userEdit.setText(username)
        (self.ui.keyEdit if username else self.ui.userEdit).setFocus()
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_("Set the new password"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        self.ui.buttons.accepted.connect(self.set_password)
        self.ui.buttons.rejected.connect(self.reject)

    def set_password(self) -> None:
        try:
            self._recover()
        except HoagiaiError as error:
            self.show_error(error)
            return
        self.accept()

    def _recover(self) -> None:
        username = self.ui.userEdit.text().strip()
        if not username:
            raise ValidationError(NO_USERNAME, field="username")
        password = self.ui.passwordEdit.text()
        if password != self.ui.againEdit.text():
            raise ValidationError(PASSWORDS_DIFFER, field="password")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            encryption.recover(self.path, self.ui.keyEdit.text(), username, password)
        except NotFoundError as error:  # the service's wording points to the command line
            raise ValidationError(UNKNOWN_USERNAME, field="username",
                                  username=username) from error
        finally:
            QApplication.restoreOverrideCursor()
        self.username = username

    def show_error(self, error: HoagiaiError) -> None:
        self.ui.errorLabel.setText(str(error))
        field = error.field if isinstance(error, ValidationError) else None
        edits: dict[str | None, QLineEdit] = {
            "username": self.ui.userEdit, "recovery_key": self.ui.keyEdit,
            "password": self.ui.passwordEdit}
        target = edits.get(field)
        if field == "password":
            self.ui.passwordEdit.clear()
            self.ui.againEdit.clear()
        if target is not None:
            target.setFocus()
