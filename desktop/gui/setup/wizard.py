"""First start: the team, its mediators, a summary; Finish saves them with the team service."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QWidget, QWizard
from sqlalchemy.orm import Session

from desktop.core.errors import HoagiaiError, ValidationError
from desktop.core.i18n import _
from desktop.core.services.workspace import accounts, teams
from desktop.gui.kit.changes import Area, areas_changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.field_errors import flatten
from desktop.gui.kit.signals import emit
from desktop.gui.setup.pages import MediatorsPage, SummaryPage, TeamPage

TEAM_PAGE, MEDIATORS_PAGE, SUMMARY_PAGE = range(3)
_TEAM_FIELDS = frozenset({"name", "village", "commune", "province", "address",
                          "district_legacy"})


def set_up_team(session: Session, team: teams.TeamInput,
                mediators: list[teams.MediatorInput]) -> uuid.UUID:
    """The team and its mediators; the accounts made before it (the leader's) join it."""
    team_id = teams.set_up_team(session, team, mediators)
    accounts.link_to_team(session, team_id)
    return team_id


class SetupWizard(QWizard):
    team_created = Signal(object)  # the new team's id

    def __init__(self, context: BookContext, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialogs = dialogs
        self.team_id: uuid.UUID | None = None
        self._saving = False
        self.team_page = TeamPage(self)
        self.mediators_page = MediatorsPage(dialogs, self)
        self.summary_page = SummaryPage(self)
        for page_id, page in enumerate((self.team_page, self.mediators_page, self.summary_page)):
            self.setPage(page_id, page)
        self.setWindowTitle(_("Setting up Sổ hòa giải"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.currentIdChanged.connect(self.on_current_id_changed)

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(760, 560))

    def on_current_id_changed(self, page_id: int) -> None:
        if page_id == SUMMARY_PAGE:
            mediators = self.mediators_page.model.mediators
            self.summary_page.show_summary(self.team_page.team(), mediators)

    def accept(self) -> None:
        """Finish: save in the background; the wizard closes only once the team is saved."""
        if self.team_id is not None:
            super().accept()
            return
        if self._saving:
            return
        self._set_saving(True)
        team, mediators = self.team_page.team(), self.mediators_page.model.mediators
        self.context.write(self, lambda session: set_up_team(session, team, mediators),
                           self.on_team_saved, self.on_save_failed,
                           changed=areas_changed(Area.TEAM, Area.SETTINGS))

    def reject(self) -> None:
        if self._saving:
            return
        if self.dialogs.confirm(self, _("Stop setting up?"),
                                _("Nothing has been saved yet. Stop setting up and close "
                                  "Sổ hòa giải?")):
            super().reject()

    def on_team_saved(self, team_id: uuid.UUID) -> None:
        self._set_saving(False)
        self.team_id = team_id
        emit(self.team_created, team_id)
        super().accept()

    def on_save_failed(self, error: HoagiaiError) -> None:
        self._set_saving(False)
        fields = {e.field for e in flatten(error) if isinstance(e, ValidationError)}
        if fields & _TEAM_FIELDS:
            self._go_back_to(TEAM_PAGE)
            self.team_page.errors.show(error)
        elif "role" in fields:
            self._go_back_to(MEDIATORS_PAGE)
            self.mediators_page.errors.show(error)
        else:
            self.summary_page.errors.show(error)

    def _go_back_to(self, page_id: int) -> None:
        while self.currentId() > page_id:
            self.back()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        for button in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton):
            self.button(button).setEnabled(not saving)
