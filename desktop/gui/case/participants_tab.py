"""The Participants tab: who takes part in the case, in which role, with what position."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from desktop.core.domain.enums import ParticipantRole
from desktop.core.domain.labels import label, status_label
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_, _
from desktop.core.services.cases import participants
from desktop.core.services.cases.detail import CaseDetail, ParticipantView
from desktop.core.services.cases.stale_edits import Rows
from desktop.core.services.people import index
from desktop.core.services.people import persons as people
from desktop.core.services.people.persons import PersonView
from desktop.gui.case.case_data import CaseData
from desktop.gui.case.editing import CaseEditing
from desktop.gui.case.person_dialog import ParticipantChoice, PersonDialog, person_summary
from desktop.gui.forms.ui_case_participants import Ui_CaseParticipantsTab
from desktop.gui.kit.form_helpers import clear_error, date_text, fit_columns, fit_rows, show_error
from desktop.gui.kit.rows_model import Column, RowsModel
from desktop.gui.kit.saving import OnDone, OnError, run_until_saved
from desktop.gui.people import open_person_page

# A warning, not an error: nothing is refused (the sign, not only the colour, says so).
_WARNING_STYLE = "QLabel { color: #6b4a00; background: #fff4d6; padding: 6px; }"


def birth_text(person: PersonView) -> str:
    return date_text(person.birth_date) or (str(person.birth_year) if person.birth_year else "")


def offer_text(match: index.PersonMatch) -> str:
    """The question asked before recording someone the team already has on record."""
    earlier = [f"    • {c.number} ({date_text(c.received_on)}) {c.title}: "
               f"{label(c.role)}, {status_label(c.status)}" for c in match.cases]
    lines = [_("{person} is already on record ({why}).").format(
        person=person_summary(match.person), why=", ".join(match.reasons))]
    if earlier:
        lines += [_("Earlier cases:"), *earlier]
    lines.append(_("Use this record for the new participant?"))
    return "\n".join(lines)


def role_text(participant: ParticipantView) -> str:
    """The role, and for the party who asked for mediation the words saying so (never a colour
    alone)."""
    role = label(participant.role)
    if participant.requested_mediation:
        return " ".join((role, _("(asked for mediation)")))
    return role


PARTICIPANT_COLUMNS = (
    Column(N_("Full name"), lambda p: p.person.full_name),
    Column(N_("Role"), lambda p: role_text(p)),
    Column(N_("Born"), lambda p: birth_text(p.person)),
    Column(N_("Citizen ID"), lambda p: p.person.citizen_id or ""),
    Column(N_("Address"), lambda p: p.person.address),
    Column(N_("Phone"), lambda p: p.person.phone),
    Column(N_("Position or demands"), lambda p: p.position),
)


def _add(team_id: uuid.UUID, case_id: uuid.UUID,
         choice: ParticipantChoice) -> Callable[[Session], uuid.UUID]:
    def change(session: Session) -> uuid.UUID:
        person_id = choice.person_id
        if person_id is None:
            person_id = people.create_person(session, team_id, choice.person)
        else:
            people.update_person(session, person_id, choice.person)
        return participants.add_participant(session, case_id, person_id, choice.role,
                                            choice.position, choice.represents_id,
                                            choice.requested_mediation)
    return change


def _change(participant_id: uuid.UUID,
            choice: ParticipantChoice) -> Callable[[Session], None]:
    def change(session: Session) -> None:
        assert choice.person_id is not None
        people.update_person(session, choice.person_id, choice.person)
        participants.update_participant(session, participant_id, choice.role, choice.position,
                                        choice.represents_id, choice.requested_mediation)
    return change


class ParticipantsTab(QWidget):
    def __init__(self, editing: CaseEditing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseParticipantsTab()
        self.ui.setupUi(self)
        self._editing = editing
        self.model = RowsModel(PARTICIPANT_COLUMNS, self)
        self.ui.table.setModel(self.model)
        fit_columns(self.ui.table, long_text_columns=(4, 6))
        fit_rows(self.ui.table)
        clear_error(self.ui.errorLabel)
        self.ui.addButton.clicked.connect(self.add_participant)
        self.ui.editButton.clicked.connect(self.change_selected)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        self.ui.personPageButton.clicked.connect(self.open_person_page)
        self.ui.historyLabel.setVisible(False)
        self.ui.requesterWarningLabel.setVisible(False)
        self.ui.requesterWarningLabel.setStyleSheet(_WARNING_STYLE)
        self.ui.table.doubleClicked.connect(lambda _index: self.change_selected())
        self.ui.table.selectionModel().selectionChanged.connect(self._sync_buttons)
        editing.editability_changed.connect(lambda _editable: self._sync_buttons())
        self._sync_buttons()

    def show_case(self, data: CaseData) -> None:
        self.model.set_rows(data.detail.participants)
        self._show_requester_warning(data.detail)
        self._sync_buttons()
        case_id = data.detail.id
        self._editing.context.read(self, lambda s: index.household_history(s, case_id),
                                   self._show_history)

    def selected(self) -> ParticipantView | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _sync_buttons(self) -> None:
        editable = self._editing.may_edit
        self.ui.addButton.setEnabled(editable)
        self.ui.editButton.setEnabled(editable and self.selected() is not None)
        self.ui.removeButton.setEnabled(editable and self.selected() is not None)
        self.ui.personPageButton.setEnabled(self.selected() is not None)

    def _detail(self) -> CaseDetail:
        assert self._editing.detail is not None
        return self._editing.detail

    def _dialog(self) -> PersonDialog:
        parties = [p for p in self._detail().participants if p.role is ParticipantRole.PARTY]
        return PersonDialog(self._search, parties, self)

    def _search(self, query: str, show: OnDone) -> None:
        team_id = self._detail().team_id
        self._editing.context.read(self, lambda s: people.find_persons(s, team_id, query), show)

    def add_participant(self) -> None:
        dialog = self._dialog()
        detail = self._detail()

        def save(on_done: OnDone, on_error: OnError) -> None:
            choice = self._offer_known_person(detail.team_id, dialog.choice())
            self._editing.write(_add(detail.team_id, detail.id, choice), on_done, on_error)
        run_until_saved(self._editing.dialogs, dialog, save)

    def _offer_known_person(self, team_id: uuid.UUID,
                            choice: ParticipantChoice) -> ParticipantChoice:
        """Before recording a new person, offer the record of the same person if the team
        has one (same ID number, phone, or name with year of birth or address)."""
        if choice.person_id is not None:
            return choice
        typed = choice.person
        found = self._editing.context.read_now(
            lambda s: index.same_person(s, team_id, typed))
        if not found or not self._editing.dialogs.confirm(
                self, _("Already on record?"), offer_text(found[0])):
            return choice
        return replace(choice, person_id=found[0].person.id, person=found[0].person)

    def open_person_page(self) -> None:
        participant = self.selected()
        if participant is None:
            return
        context, dialogs = self._editing.context, self._editing.dialogs

        def open_case(case_id: uuid.UUID) -> None:
            from desktop.gui.case.case_window import open_case_window  # it holds this tab

            open_case_window(context, case_id, dialogs, self.window())
        open_person_page(context, dialogs, participant.person.id, open_case, self.window())

    def _show_requester_warning(self, detail: CaseDetail) -> None:
        warning = participants.requester_warning(detail.grounds, detail.participants)
        self.ui.requesterWarningLabel.setText(f"⚠ {warning.message}" if warning else "")
        self.ui.requesterWarningLabel.setVisible(warning is not None)

    def _show_history(self, history: index.HouseholdHistory) -> None:
        earlier = [f"{c.number} ({date_text(c.received_on)}) {c.title}: "
                   f"{status_label(c.status)}" for c in history.earlier]
        text = "\n".join([history.sentence(), *(f"    • {line}" for line in earlier)])
        self.ui.historyLabel.setText(text if history.earlier else "")
        self.ui.historyLabel.setVisible(bool(history.earlier))

    def change_selected(self) -> None:
        participant = self.selected()
        if participant is None or not self._editing.may_edit:
            return
        dialog = self._dialog()
        dialog.load(participant)
        rows = (Rows("case_participants", participant.id), Rows("persons", participant.person.id))
        save = self._editing.dialog_save(rows, lambda: _change(participant.id, dialog.choice()))
        run_until_saved(self._editing.dialogs, dialog, save)

    def remove_selected(self) -> None:
        participant = self.selected()
        if participant is None:
            return
        question = _("Remove {name} from this case? Their record stays in the team's book.")
        if not self._editing.dialogs.confirm(self, _("Remove a participant"),
                                             question.format(name=participant.person.full_name)):
            return
        clear_error(self.ui.errorLabel)
        self._editing.write(lambda s: participants.remove_participant(s, participant.id),
                            on_error=self._on_failed)

    def _on_failed(self, error: HoagiaiError) -> None:
        show_error(self.ui.errorLabel, error)
