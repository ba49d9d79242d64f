"""An account for one of the team's mediators, or a new password for an existing account.

The dialog checks only what it can see (the two passwords agree); the accounts service checks
the rest (user name, length of the password, a name already taken) and its message comes back
into the same dialog, with everything typed kept (``run_until_saved``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from desktop.core.domain.roles import Role
from desktop.core.errors import HoagiaiError, ValidationError
from desktop.core.i18n import N_, _
from desktop.core.services.workspace.accounts import AccountInput
from desktop.gui.forms.ui_mediator_account_dialog import Ui_AccountDialog
from desktop.gui.kit.form_helpers import select_data

PASSWORDS_DIFFER = N_("The two passwords differ. Nothing was changed: type them again.")
TEAM_ROLES = (Role.MEDIATOR, Role.TEAM_LEADER)
_MEDIATOR_ROW, _NAME_ROW, _USER_ROW, _ROLE_ROW = range(4)


@dataclass(frozen=True)
class MediatorChoice:
    id: uuid.UUID
    name: str
    is_leader: bool


class AccountDialog(QDialog):
    """``reset_for`` given: only a new password for that account; else a new account."""

    def __init__(self, team_id: uuid.UUID | None, mediators: list[MediatorChoice],
                 reset_for: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AccountDialog()
        self.ui.setupUi(self)
        self.team_id = team_id
        self.reset_for = reset_for
        self.mediators = mediators
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        if reset_for:
            self._as_reset()
        else:
            self._as_new()

    def _as_new(self) -> None:
        self.ui.introLabel.setText(_(
            "Choose the mediator, then a user name and a first password for them. Tell them "
            "the password in person; they can change it after logging in."))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Add the account"))
        self.ui.mediatorCombo.addItem(_("(not a mediator of the team)"), None)
        for choice in self.mediators:
            self.ui.mediatorCombo.addItem(choice.name, choice.id)
        for role in TEAM_ROLES:
            self.ui.roleCombo.addItem(role.label, role)
        self.ui.mediatorCombo.currentIndexChanged.connect(self.on_mediator_chosen)
        if self.mediators:
            self.ui.mediatorCombo.setCurrentIndex(1)
        self.ui.mediatorCombo.setFocus()

    def _as_reset(self) -> None:
        self.setWindowTitle(_("Set a new password"))
        self.ui.introLabel.setText(_(
            "A new password for {user}. Tell it to them in person; their old password no longer "
            "works after this.").format(user=self.reset_for))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            _("Set the new password"))
        for row in (_MEDIATOR_ROW, _NAME_ROW, _USER_ROW, _ROLE_ROW):
            self.ui.form.setRowVisible(row, False)
        self.ui.passwordEdit.setFocus()

    def on_mediator_chosen(self, index: int) -> None:
        choice = self.mediators[index - 1] if index > 0 else None
        if choice is None:
            return
        self.ui.nameEdit.setText(choice.name)
        role = Role.TEAM_LEADER if choice.is_leader else Role.MEDIATOR
        select_data(self.ui.roleCombo, role)

    def account(self) -> AccountInput:
        mediator = self.ui.mediatorCombo.currentData()
        return AccountInput(self.ui.userEdit.text().strip(), self.ui.nameEdit.text().strip(),
                            Role(self.ui.roleCombo.currentData()), self.team_id,
                            mediator if isinstance(mediator, uuid.UUID) else None)

    def password(self) -> str:
        return self.ui.passwordEdit.text()

    def accept(self) -> None:
        if self.ui.passwordEdit.text() != self.ui.againEdit.text():
            self.show_error(ValidationError(PASSWORDS_DIFFER, field="password"))
            return
        super().accept()

    def show_error(self, error: HoagiaiError) -> None:
        self.ui.errorLabel.setText(str(error))
        field = error.field if isinstance(error, ValidationError) else None
        edits: dict[str | None, QLineEdit] = {
            "username": self.ui.userEdit, "display_name": self.ui.nameEdit,
            "password": self.ui.passwordEdit}
        if field == "password":
            self.ui.passwordEdit.clear()
            self.ui.againEdit.clear()
        if field in edits:
            edits[field].setFocus()
