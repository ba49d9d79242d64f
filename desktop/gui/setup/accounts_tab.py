"""The team's accounts, for the team leader: add one for a mediator, set a new password for
someone who forgot theirs, stop the account of someone who left. Each change is saved at once
(the password slots of an encrypted book live in its key file), through the accounts service,
which refuses anyone but the team leader and keeps the last leader's account."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHeaderView, QWidget
from sqlalchemy.orm import Session

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_, _
from desktop.core.services.history.values import local_time
from desktop.core.services.workspace import accounts, teams
from desktop.core.services.workspace.accounts import AccountView
from desktop.gui.forms.ui_mediator_accounts import Ui_AccountsTab
from desktop.gui.kit.changes import Area, areas_changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.rows_model import Column, RowsModel
from desktop.gui.kit.saving import OnDone, OnError, run_until_saved
from desktop.gui.setup.account_dialog import AccountDialog, MediatorChoice


def _last_login(account: AccountView) -> str:
    if account.last_login_at is None:
        return _("never")
    return local_time(account.last_login_at).strftime("%d/%m/%Y %H:%M")


ACCOUNT_COLUMNS = (
    Column(N_("Full name"), lambda a: a.display_name),
    Column(N_("User name"), lambda a: a.username),
    Column(N_("Role"), lambda a: a.role.label),
    Column(N_("Account"), lambda a: _("in use") if a.active else _("stopped")),
    Column(N_("Last login"), _last_login),
)


def team_accounts(session: Session) -> list[AccountView]:
    return [a for a in accounts.list_accounts(session) if not a.role.is_ward]


class AccountsTab(QWidget):
    def __init__(self, context: BookContext, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AccountsTab()
        self.ui.setupUi(self)
        self.context = context
        self.dialogs = dialogs
        self.model = RowsModel(ACCOUNT_COLUMNS, self)
        table = self.ui.accountsTable
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().selectionChanged.connect(lambda *_args: self._sync_buttons())
        self.ui.addButton.clicked.connect(self.on_add_clicked)
        self.ui.resetButton.clicked.connect(self.on_reset_clicked)
        self.ui.deactivateButton.clicked.connect(self.on_deactivate_clicked)
        self.reload()

    def reload(self) -> None:
        self.context.read(self, team_accounts, self._show, self._failed)

    def _show(self, rows: list[AccountView]) -> None:
        self.model.set_rows(rows)
        self._sync_buttons()

    def selected(self) -> AccountView | None:
        rows = self.ui.accountsTable.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _sync_buttons(self) -> None:
        chosen = self.selected()
        self.ui.resetButton.setEnabled(chosen is not None and chosen.active)
        self.ui.deactivateButton.setEnabled(chosen is not None and chosen.active)

    def _say(self, text: str, problem: bool = False) -> None:
        self.ui.messageLabel.setStyleSheet("QLabel { color: #8b1a1a; }" if problem else "")
        self.ui.messageLabel.setText(text)

    def _failed(self, error: HoagiaiError) -> None:
        self._say(str(error), problem=True)

    def _save(self, change: Callable[[Session], Any], done: str) -> Callable[[OnDone, OnError],
                                                                            None]:
        def save(on_done: OnDone, on_error: OnError) -> None:
            def saved(result: object) -> None:
                on_done(result)
                self._say(done)
                self.reload()
            self.context.write(self, change, saved, on_error,
                               changed=areas_changed(Area.ACCOUNTS))
        return save

    # --- the three actions -------------------------------------------------------------------

    def mediator_choices(self) -> list[MediatorChoice]:
        team_id = self.context.team_id
        if team_id is None:
            return []
        with_account = {a.mediator_id for a in self.model.rows() if a.active}
        return [MediatorChoice(m.id, m.full_name, m.is_leader)
                for m in self.context.read_now(lambda s: teams.list_mediators(s, team_id))
                if m.id not in with_account and m.end_date is None]

    def on_add_clicked(self) -> None:
        dialog = AccountDialog(self.context.team_id, self.mediator_choices(), parent=self)
        keyring = self.context.book.keyring

        def change(session: Session) -> uuid.UUID:
            return accounts.create_account(session, dialog.account(), dialog.password(),
                                           keyring)

        def save(on_done: OnDone, on_error: OnError) -> None:
            made = dialog.account()  # as typed, once the dialog was accepted
            self._save(change, _("The account {user} was added. Tell its password to {name} in "
                                 "person.").format(user=made.username, name=made.display_name)
                       )(on_done, on_error)
        run_until_saved(self.dialogs, dialog, save)

    def on_reset_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = AccountDialog(self.context.team_id, [], reset_for=account.username, parent=self)
        keyring = self.context.book.keyring

        def change(session: Session) -> None:
            accounts.reset_password(session, account.username, dialog.password(), keyring)
        run_until_saved(self.dialogs, dialog, self._save(change, _(
            "{user} has a new password. Tell it to {name} in person.").format(
            user=account.username, name=account.display_name)))

    def on_deactivate_clicked(self) -> None:
        account = self.selected()
        if account is None or not self.dialogs.confirm(self, _("Stop this account?"), _(
                "{name} ({user}) will no longer be able to log in. Their cases and the history "
                "of what they did stay in the book.\n\nStop the account?").format(
                name=account.display_name, user=account.username)):
            return
        keyring = self.context.book.keyring

        def change(session: Session) -> None:
            accounts.deactivate(session, account.username, keyring)
        self._save(change, _("The account {user} was stopped.").format(
            user=account.username))(lambda _result: None, self._failed)
