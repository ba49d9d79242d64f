"""Tools › Change my password…: the person logged in sets a new password (their current one
first). Only their own slot of the key file changes; a forgotten password is reset by the
team leader or with the recovery key instead."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from sqlalchemy.orm import Session

from desktop.core.errors import HoagiaiError, ValidationError
from desktop.core.i18n import N_, _
from desktop.core.services.workspace import accounts
from desktop.gui.forms.ui_login_password import Ui_PasswordDialog
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.saving import OnDone, OnError, run_until_saved

PASSWORDS_DIFFER = N_("The two new passwords differ. Nothing was changed: type them again.")


class PasswordDialog(QDialog):
    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setText(_("A new password for {user}. From the next login, only the "
                                     "new one opens the book.").format(user=username))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            _("Change the password"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.oldEdit.setFocus()

    def accept(self) -> None:
        if self.ui.passwordEdit.text() != self.ui.againEdit.text():
            self.show_error(ValidationError(PASSWORDS_DIFFER, field="password"))
            return
        super().accept()

    def passwords(self) -> tuple[str, str]:
        return self.ui.oldEdit.text(), self.ui.passwordEdit.text()

    def show_error(self, error: HoagiaiError) -> None:
        self.ui.errorLabel.setText(str(error))
        field = error.field if isinstance(error, ValidationError) else None
        if field == "old_password":
            self.ui.oldEdit.clear()
            self.ui.oldEdit.setFocus()
        else:
            self.ui.passwordEdit.clear()
            self.ui.againEdit.clear()
            self.ui.passwordEdit.setFocus()


def change_my_password(context: BookContext, dialogs: Dialogs,
                       parent: QWidget | None = None) -> None:
    username, keyring = context.actor.user, context.book.keyring
    dialog = PasswordDialog(username, parent)

    def save(on_done: OnDone, on_error: OnError) -> None:
        old, new = dialog.passwords()

        def change(session: Session) -> None:
            accounts.change_password(session, username, old, new, keyring)

        def changed(result: object) -> None:
            on_done(result)
            dialogs.inform(parent, _("Change my password"), _(
                "The password of {user} was changed. Use the new one from now on.").format(
                user=username))
        context.write(dialog, change, changed, on_error)
    run_until_saved(dialogs, dialog, save)


def password_action(window: QWidget, context: BookContext, dialogs: Dialogs) -> QAction:
    """Tools › Change my password… (for a person who logged in with an account)."""
    action = QAction(_("Change my &password…"), window)
    action.triggered.connect(lambda: change_my_password(context, dialogs, window))
    action.setVisible(context.actor.role is not None and context.book.actor is not None)
    return action
