"""The login dialog: user name and password; a refusal (wrong password, locked until HH:MM, a
plain book to encrypt, a missing key file) is shown in the dialog, which stays open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.core.services.workspace import book as workspace
from desktop.gui.forms.ui_login_dialog import Ui_LoginDialog


class LoginDialog(QDialog):
    """``book`` holds the opened book once the login succeeded (the dialog is then accepted).
    ``check`` replaces the login for the idle lock: it only checks the password."""

    def __init__(self, path: Path, parent: QWidget | None = None, username: str = "",
                 unlock_only: bool = False) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.path = path
        self.unlock_only = unlock_only
        self.book: workspace.OpenedBook | None = None
        self.ui.bookLabel.setText(_("Case book: {path}").format(path=path))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Log in"))
        self.ui.buttons.accepted.connect(self.log_in)
        self.ui.buttons.rejected.connect(self.reject)
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
