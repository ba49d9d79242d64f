"""One mediator's details: name, sex, role, year of birth, ethnicity, recognition, start and
end of the term. Fields the dialog does not show (phone, address, the record's id) are kept."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from desktop.core.domain.enums import MediatorRole, Sex
from desktop.core.domain.identity import check_birth, require_name
from desktop.core.domain.labels import label
from desktop.core.errors import HoagiaiError, ValidationError
from desktop.core.i18n import N_, _
from desktop.core.services.workspace.teams import MediatorInput
from desktop.gui.forms.ui_mediator_dialog import Ui_MediatorDialog
from desktop.gui.kit.field_errors import FieldErrors


def select_data(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))


class MediatorDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, mediator: MediatorInput | None = None,
                 suggest_leader: bool = False) -> None:
        super().__init__(parent)
        self.ui = Ui_MediatorDialog()
        self.ui.setupUi(self)
        self.mediator = mediator
        self.original = mediator
        self._fill_choices()
        self._errors = FieldErrors(self.ui.errorsLabel, {
            "full_name": self.ui.nameEdit, "sex": self.ui.sexCombo,
            "birth_year": self.ui.birthYearEdit, "end_date": self.ui.endDateEdit})
        self.ui.birthYearEdit.setValidator(QIntValidator(0, 9999, self))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        if mediator is not None:
            self.setWindowTitle(_("Edit a mediator"))
            self.show_mediator(mediator)
        else:
            self.setWindowTitle(_("Add a mediator"))
            role = MediatorRole.LEADER if suggest_leader else MediatorRole.MEMBER
            select_data(self.ui.roleCombo, role)

    def _fill_choices(self) -> None:
        for sex in Sex:
            self.ui.sexCombo.addItem(label(sex), sex)
        self.ui.sexCombo.setPlaceholderText(_("Choose"))
        self.ui.sexCombo.setCurrentIndex(-1)
        for role in (MediatorRole.MEMBER, MediatorRole.LEADER):
            self.ui.roleCombo.addItem(label(role), role)

    def show_mediator(self, mediator: MediatorInput) -> None:
        self.ui.nameEdit.setText(mediator.full_name)
        select_data(self.ui.sexCombo, mediator.sex)
        select_data(self.ui.roleCombo, mediator.role)
        self.ui.birthYearEdit.setText(str(mediator.birth_year or ""))
        self.ui.ethnicityEdit.setText(mediator.ethnicity)
        self.ui.decisionNoEdit.setText(mediator.recognition_decision_no)
        self.ui.decisionDateEdit.set_date(mediator.recognition_decision_date)
        self.ui.startDateEdit.set_date(mediator.start_date)
        self.ui.endDateEdit.set_date(mediator.end_date)

    def accept(self) -> None:
        try:
            self.mediator = self.read_mediator()
        except HoagiaiError as error:
            self._errors.show(error)
            return
        super().accept()

    def read_mediator(self) -> MediatorInput:
        """What the form says, checked the way the team service will check it."""
        sex = self.ui.sexCombo.currentData()
        if sex is None:
            raise ValidationError(N_("Choose whether the mediator is a man or a woman."),
                                  field="sex")
        year_text = self.ui.birthYearEdit.text().strip()
        birth_year = check_birth(None, int(year_text) if year_text else None, date.today())
        start, end = self.ui.startDateEdit.date(), self.ui.endDateEdit.date()
        if start and end and end < start:
            raise ValidationError(
                N_("The end date of a mediator's term cannot be before its start date."),
                field="end_date")
        shown = MediatorInput(
            full_name=require_name(self.ui.nameEdit.text()), sex=Sex(sex),
            role=MediatorRole(self.ui.roleCombo.currentData()), birth_year=birth_year,
            ethnicity=self.ui.ethnicityEdit.text().strip(),
            recognition_decision_no=self.ui.decisionNoEdit.text().strip(),
            recognition_decision_date=self.ui.decisionDateEdit.date(),
            start_date=start, end_date=end)
        if self.original is None:
            return shown
        return dataclasses.replace(self.original, **{  # keeps the phone, address and id
            name: getattr(shown, name) for name in MediatorInput.__dataclass_fields__
            if name not in ("phone", "address")})
