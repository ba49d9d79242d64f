"""The login dialog: user name and password; a refusal (wrong password, locked until HH:MM, a
plain book to encrypt, a missing key file) is shown in the dialog, which stays open.

"Forgot the password?" leads through the recovery key (``ForgotPasswordDialog``); once a new
password is set, the user name is filled in and the person logs in with it here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.core.services.workspace import book as workspace
from desktop.gui.forms.ui_login_dialog import Ui_LoginDialog
from desktop.gui.kit.dialogs import Dialogs


class LoginDialog(QDialog):
    """``book`` holds the opened book once the login succeeded (the dialog is then accepted).
    ``unlock_only`` replaces the login for the idle lock: it only checks the password."""

    def __init__(self, path: Path, parent: QWidget | None = None, username: str = "",
                 unlock_only: bool = False, dialogs: Dialogs | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.path = path
        self.unlock_only = unlock_only
        self.dialogs = dialogs or Dialogs()
        self.book: workspace.OpenedBook | None = None
        self.ui.bookLabel.setText(_("Type your user name and password to open the team's "
                                    "case book."))
        self.ui.bookLabel.setToolTip(str(path))  # for whoever looks after the computer
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Log in"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        self.ui.buttons.accepted.connect(self.log_in)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.forgotButton.clicked.connect(self.on_forgot_clicked)
        if username:
            self.ui.userEdit.setText(username)
            self.ui.userEdit.setReadOnly(unlock_only)
            self.ui.passwordEdit.setFocus()

    def credentials(self) -> workspace.Credentials:
        return workspace.Credentials(self.ui.userEdit.text().strip(),
                                     self.ui.passwordEdit.text())

    def log_in(self) -> None:
        """Try the typed credentials (the key derivation takes about half a second)."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.unlock_only:
                workspace.unlock(self.path, self.credentials())
            else:
                self.book = workspace.login(self.path, self.credentials())
        except HoagiaiError as error:
            self.show_error(str(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()

    def on_forgot_clicked(self) -> None:
        from desktop.gui.login.forgot_dialog import ForgotPasswordDialog

        dialog = ForgotPasswordDialog(self.path, self.ui.userEdit.text().strip(), self)
        if not self.dialogs.run(dialog):
            return
        self.ui.userEdit.setText(dialog.username)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()
        self.ui.errorLabel.setText(_("The new password is set. Type it above to log in."))
