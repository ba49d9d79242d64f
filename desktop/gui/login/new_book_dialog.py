"""The first account of a book: made with a new encrypted book on first start, or when an old
plain book is encrypted. The recovery key follows (``RecoveryDialog``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.core.domain.roles import Role
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.core.services.workspace import accounts, encryption
from desktop.core.services.workspace import book as workspace
from desktop.gui.forms.ui_new_book_dialog import Ui_NewBookDialog


class NewBookDialog(QDialog):
    """On acceptance: ``book`` is the logged-in book and ``recovery_key`` its recovery key."""

    def __init__(self, path: Path, encrypting: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewBookDialog()
        self.ui.setupUi(self)
        self.path = path
        self.encrypting = encrypting
        self.book: workspace.OpenedBook | None = None
        self.recovery_key = ""
        intro = (_("The case book on this computer is not encrypted yet. To protect it, it "
                   "will be encrypted now, with the team leader's account below.") if encrypting
                 else _("A new case book will be made on this computer, encrypted. First, the "
                        "team leader's account: only people with an account and a password can "
                        "open it."))
        self.ui.introLabel.setText(intro)
        self.ui.introLabel.setToolTip(str(path))  # for whoever looks after the computer
        self.ui.buttons.accepted.connect(self.make_book)
        self.ui.buttons.rejected.connect(self.reject)

    def account(self) -> accounts.AccountInput:
        return accounts.AccountInput(self.ui.userEdit.text().strip(),
                                     self.ui.nameEdit.text().strip(), Role.TEAM_LEADER)

    def make_book(self) -> None:
        password = self.ui.passwordEdit.text()
        if password != self.ui.againEdit.text():
            self.ui.errorLabel.setText(_("The two passwords differ. Nothing was changed: "
                                         "type them again."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._make(password)
        except HoagiaiError as error:
            self.ui.errorLabel.setText(str(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()

    def _make(self, password: str) -> None:
        account = self.account()
        if self.encrypting:
            self.recovery_key = encryption.encrypt_book(self.path, account, password)
            self.book = workspace.login(self.path, workspace.Credentials(account.username,
                                                                         password))
        else:
            self.book, self.recovery_key = workspace.create_book(self.path, account, password)
