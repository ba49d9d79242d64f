"""Adding or changing one participant: find a person the team already knows, or record one."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QWidget

from desktop.core.domain.enums import ParticipantRole, Sex
from desktop.core.domain.labels import label
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.core.services.cases.detail import ParticipantView
from desktop.core.services.people.persons import PersonInput, PersonView
from desktop.gui.forms.ui_case_person_dialog import Ui_CasePersonDialog
from desktop.gui.kit.form_helpers import (
    clear_error,
    date_text,
    fill_combo,
    select_data,
    show_error,
    to_qdate,
)
from desktop.gui.kit.picked import picked_date

SearchPersons = Callable[[str, Callable[[list[PersonView]], None]], None]
_NO_YEAR = 1899  # the spin box's minimum, shown as "Not known"
_SEARCH_DELAY_MS = 250


@dataclass(frozen=True)
class ParticipantChoice:
    person_id: uuid.UUID | None  # None: record a new person
    person: PersonInput
    role: ParticipantRole
    position: str
    represents_id: uuid.UUID | None
    requested_mediation: bool = False  # only ever True for a party


def person_summary(person: PersonView) -> str:
    born = date_text(person.birth_date) or (str(person.birth_year) if person.birth_year else "")
    parts = [person.full_name, _("born {when}").format(when=born) if born else "",
             person.address]
    return " — ".join(p for p in parts if p)


class PersonDialog(QDialog):
    def __init__(self, search: SearchPersons, represented: Sequence[ParticipantView],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CasePersonDialog()
        self.ui.setupUi(self)
        self._search = search
        self._matches: list[PersonView] = []
        self._person_id: uuid.UUID | None = None
        self._timer = QTimer(self, singleShot=True, interval=_SEARCH_DELAY_MS)
        self._fill_choices(represented)
        self._connect()
        self.setWindowTitle(_("Add a participant"))
        clear_error(self.ui.errorLabel)
        self._show_choice()
        self.ui.yearOnlyCheck.setChecked(True)
        self._sync_birth()
        self._sync_represents()
        self._sync_requested()

    def _fill_choices(self, represented: Sequence[ParticipantView]) -> None:
        ui = self.ui
        fill_combo(ui.sexCombo, [(_("Not given"), None), *((label(s), s) for s in Sex)])
        fill_combo(ui.roleCombo, ((label(r), r) for r in ParticipantRole))
        fill_combo(ui.representsCombo, ((p.person.full_name, p.id) for p in represented))
        ui.birthYearSpin.setSpecialValueText(_("Not known"))
        ui.birthYearSpin.setMaximum(date.today().year)
        ui.birthDateEdit.setMaximumDate(to_qdate(date.today()))

    def _connect(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(lambda _text: self._timer.start())
        self._timer.timeout.connect(self._start_search)
        ui.matchesList.currentRowChanged.connect(self._on_match_chosen)
        ui.newPersonButton.clicked.connect(self._on_new_person)
        ui.yearOnlyCheck.toggled.connect(self._sync_birth)
        ui.birthDateEdit.dateChanged.connect(self._sync_birth)
        ui.roleCombo.currentIndexChanged.connect(self._sync_represents)
        ui.roleCombo.currentIndexChanged.connect(self._sync_requested)

    # --- editing an existing participant ---------------------------------------------------

    def load(self, participant: ParticipantView) -> None:
        """Change mode: the person is known, so there is nothing to search for."""
        self.setWindowTitle(_("Change a participant"))
        self.ui.searchBox.setVisible(False)
        self._person_id = participant.person.id
        self._fill_person(participant.person)
        select_data(self.ui.roleCombo, participant.role)
        select_data(self.ui.representsCombo, participant.represents_id)
        self.ui.requestedCheck.setChecked(participant.requested_mediation)
        self.ui.positionEdit.setPlainText(participant.position)

    # --- searching ---------------------------------------------------------------------------

    def _start_search(self) -> None:
        query = self.ui.searchEdit.text().strip()
        if not query:
            self._show_matches(query, [])
            return
        self._search(query, lambda found: self._show_matches(query, found))

    def _show_matches(self, query: str, found: list[PersonView]) -> None:
        if query != self.ui.searchEdit.text().strip():
            return  # an older answer arriving late
        self._matches = found
        self.ui.matchesList.clear()
        self.ui.matchesList.addItems([person_summary(p) for p in found])
        if query and not found:
            self.ui.choiceLabel.setText(_("Nobody of that name yet: fill in the person below."))

    def _on_match_chosen(self, row: int) -> None:
        if 0 <= row < len(self._matches):
            person = self._matches[row]
            self._person_id = person.id
            self._fill_person(person)
            self._show_choice()

    def _on_new_person(self) -> None:
        self._person_id = None
        self.ui.matchesList.clearSelection()
        self._fill_person(PersonInput(full_name=self.ui.searchEdit.text().strip()))
        self._show_choice()
        self.ui.nameEdit.setFocus()

    def _show_choice(self) -> None:
        text = (_("A new person will be recorded.") if self._person_id is None else
                _("Using the person already recorded. Changes to their details apply to "
                  "every case they take part in."))
        self.ui.choiceLabel.setText(text)

    # --- the person's details ----------------------------------------------------------------

    def _fill_person(self, person: PersonInput) -> None:
        ui = self.ui
        ui.nameEdit.setText(person.full_name)
        select_data(ui.sexCombo, person.sex)
        ui.yearOnlyCheck.setChecked(person.birth_date is None)
        if person.birth_date:
            ui.birthDateEdit.setDate(to_qdate(person.birth_date))
        ui.birthYearSpin.setValue(person.birth_year or _NO_YEAR)
        ui.citizenIdEdit.setText(person.citizen_id or "")
        ui.addressEdit.setText(person.address)
        ui.phoneEdit.setText(person.phone)

    def _sync_birth(self) -> None:
        ui = self.ui
        year_only = ui.yearOnlyCheck.isChecked()
        ui.birthDateEdit.setEnabled(not year_only)
        ui.birthYearSpin.setEnabled(year_only)
        if not year_only:
            ui.birthYearSpin.setValue(ui.birthDateEdit.date().year())

    def _sync_represents(self) -> None:
        representative = self.ui.roleCombo.currentData() == ParticipantRole.REPRESENTATIVE
        self.ui.representsLabel.setVisible(representative)
        self.ui.representsCombo.setVisible(representative)

    def _sync_requested(self) -> None:
        """Only a party can have asked for mediation: the tick is offered to parties only."""
        party = self.ui.roleCombo.currentData() == ParticipantRole.PARTY
        self.ui.requestedCheck.setVisible(party)

    def person_input(self) -> PersonInput:
        ui = self.ui
        year_only = ui.yearOnlyCheck.isChecked()
        year = ui.birthYearSpin.value()
        sex = ui.sexCombo.currentData()
        return PersonInput(
            full_name=ui.nameEdit.text(), sex=Sex(sex) if sex else None,
            birth_date=None if year_only else picked_date(ui.birthDateEdit),
            birth_year=year if year_only and year != _NO_YEAR else None,
            citizen_id=ui.citizenIdEdit.text(), address=ui.addressEdit.text(),
            phone=ui.phoneEdit.text())

    def choice(self) -> ParticipantChoice:
        role = ParticipantRole(self.ui.roleCombo.currentData())
        represents = (self.ui.representsCombo.currentData()
                      if role is ParticipantRole.REPRESENTATIVE else None)
        requested = role is ParticipantRole.PARTY and self.ui.requestedCheck.isChecked()
        return ParticipantChoice(self._person_id, self.person_input(), role,
                                 self.ui.positionEdit.toPlainText(), represents, requested)

    def show_error(self, error: HoagiaiError) -> None:
        ui = self.ui
        show_error(ui.errorLabel, error, {
            "full_name": ui.nameEdit, "citizen_id": ui.citizenIdEdit,
            "birth_date": ui.birthDateEdit, "birth_year": ui.birthYearSpin,
            "phone": ui.phoneEdit, "represents": ui.representsCombo,
            "requested_mediation": ui.requestedCheck})
