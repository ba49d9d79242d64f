"""Tools › The team and its accounts…: after set-up, the team leader changes the team's details
and its mediators (the same pages as the first-start wizard), and manages the accounts.

The team and mediators are saved together with Save; a mediator who leaves is not deleted:
their term gets an end date, and their cases and history stay. Accounts are saved one change
at a time (``AccountsTab``).
"""

from __future__ import annotations

import uuid

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from sqlalchemy.orm import Session

from desktop.core.domain.roles import Permission
from desktop.core.errors import HoagiaiError, ValidationError
from desktop.core.i18n import N_, _
from desktop.core.policy import access
from desktop.core.services.workspace import teams
from desktop.core.services.workspace.teams import MediatorInput, MediatorView, TeamInput
from desktop.gui.forms.ui_mediator_team_dialog import Ui_TeamDialog
from desktop.gui.kit.changes import Area, areas_changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.field_errors import flatten
from desktop.gui.setup.accounts_tab import AccountsTab
from desktop.gui.setup.pages import MediatorsPage, TeamPage

TEAM_TAB, MEDIATORS_TAB, ACCOUNTS_TAB = range(3)
ONLY_LEADER = N_("Only the team leader may change the team, its mediators and its accounts.")
_TEAM_FIELDS = frozenset({"name", "village", "commune", "province", "address",
                          "district_legacy"})


def save_team(session: Session, team_id: uuid.UUID, team: TeamInput,
              mediators: list[MediatorInput], before: dict[uuid.UUID, MediatorView]) -> None:
    """The team's details, the changed mediators and the new ones, in one transaction."""
    teams.update_team(session, team_id, team)
    for mediator in mediators:
        if isinstance(mediator, MediatorView):
            if before.get(mediator.id) != mediator:
                teams.update_mediator(session, mediator.id, _plain(mediator))
        else:
            teams.add_mediator(session, team_id, mediator)


def _plain(view: MediatorView) -> MediatorInput:
    return MediatorInput(**{name: getattr(view, name)
                            for name in MediatorInput.__dataclass_fields__})


class TeamDialog(QDialog):
    def __init__(self, context: BookContext, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TeamDialog()
        self.ui.setupUi(self)
        self.context = context
        self.dialogs = dialogs
        self.saved = False
        self.team_page = TeamPage(self)
        self.mediators_page = MediatorsPage(dialogs, self)
        self.mediators_page.ui.removeButton.hide()  # a mediator who leaves gets an end date
        self.mediators_page.ui.editButton.setToolTip(_(
            "When a mediator leaves the team, give the date their term ended: their cases and "
            "history stay."))
        self.accounts_tab = AccountsTab(context, dialogs, self)
        self.ui.tabs.addTab(self.team_page, _("The team"))
        self.ui.tabs.addTab(self.mediators_page, _("Mediators"))
        self.ui.tabs.addTab(self.accounts_tab, _("Accounts"))
        self._set_up_buttons()
        self.ui.tabs.currentChanged.connect(self.on_tab_changed)
        self.load()

    def _set_up_buttons(self) -> None:
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(_("&Save the team and mediators"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        self.save_button.clicked.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def on_tab_changed(self, index: int) -> None:
        """Accounts are saved one change at a time: no Save button there to wonder about."""
        self.save_button.setVisible(index != ACCOUNTS_TAB)

    def load(self) -> None:
        team_id = self.context.team_id
        assert team_id is not None
        team, mediators = self.context.read_now(lambda s: (
            teams.get_team(s, team_id), teams.list_mediators(s, team_id)))
        self.loaded_team = team
        self.before = {m.id: m for m in mediators}
        for key, edit in self.team_page.edits.items():
            edit.setText(getattr(team, key))
        self.mediators_page.model.set_rows(mediators)
        self.mediators_page.on_mediators_changed()

    def has_changes(self) -> bool:
        rows = self.mediators_page.model.mediators
        return (self.team_page.team() != self.loaded_team
                or rows != list(self.before.values()))

    def save(self) -> None:
        if not self.team_page.validatePage():
            self.ui.tabs.setCurrentIndex(TEAM_TAB)
            return
        if not self.mediators_page.validatePage():
            self.ui.tabs.setCurrentIndex(MEDIATORS_TAB)
            return
        team_id = self.context.team_id
        assert team_id is not None
        team, rows, before = (self.team_page.team(), self.mediators_page.model.mediators,
                              dict(self.before))
        self.save_button.setEnabled(False)
        self.context.write(self, lambda s: save_team(s, team_id, team, rows, before),
                           self.on_saved, self.on_save_failed,
                           changed=areas_changed(Area.TEAM))

    def on_saved(self, _result: object) -> None:
        self.save_button.setEnabled(True)
        self.saved = True
        self.load()  # the new mediators now have their records
        self.ui.messageLabel.setStyleSheet("")
        self.ui.messageLabel.setText(_("The team and its mediators were saved."))

    def on_save_failed(self, error: HoagiaiError) -> None:
        self.save_button.setEnabled(True)
        fields = {e.field for e in flatten(error) if isinstance(e, ValidationError)}
        if fields & _TEAM_FIELDS:
            self.ui.tabs.setCurrentIndex(TEAM_TAB)
            self.team_page.errors.show(error)
        else:
            self.ui.tabs.setCurrentIndex(MEDIATORS_TAB)
            self.mediators_page.errors.show(error)
        self.ui.messageLabel.setStyleSheet("QLabel { color: #8b1a1a; }")
        self.ui.messageLabel.setText(_("Nothing was saved: correct what is marked."))

    def reject(self) -> None:
        if self.has_changes() and not self.dialogs.confirm(self, _("Close without saving?"), _(
                "The changes to the team or its mediators are not saved yet. Close and lose "
                "them?")):
            return
        super().reject()


def may_manage_team(context: BookContext) -> bool:
    return (context.team_id is not None
            and access.permitted(context.actor, Permission.SET_UP_TEAM)
            and access.permitted(context.actor, Permission.MANAGE_TEAM_ACCOUNTS))


def team_action(window: QWidget, context: BookContext, dialogs: Dialogs) -> QAction:
    """Tools › The team and its accounts… for the main window (team books, leader only)."""
    action = QAction(_("The &team, mediators and accounts…"), window)
    action.triggered.connect(lambda: dialogs.run(TeamDialog(context, dialogs, window)))
    action.setVisible(context.team_id is not None)  # a ward book has no team of its own
    if not may_manage_team(context):
        action.setEnabled(False)
        action.setStatusTip(_(ONLY_LEADER))
    return action
