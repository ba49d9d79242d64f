"""The General tab: the case's own details (Art. 16 grounds, eligibility, content), editable.

When another officer saved the case after this form was filled, the save is refused with who,
when and what is now on record; the typed text stays. Saving again then keeps it over theirs,
knowingly; "Reload" takes theirs instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.core.domain.enums import Eligibility, Grounds
from desktop.core.domain.labels import label
from desktop.core.errors import ConcurrentEditError, HoagiaiError
from desktop.core.i18n import _
from desktop.core.services.cases import records as cases
from desktop.core.services.cases.detail import CaseDetail
from desktop.core.services.cases.stale_edits import CaseVersions, Rows
from desktop.gui.case.case_data import CaseData
from desktop.gui.case.editing import CaseEditing
from desktop.gui.case.stale_reload import StaleReload
from desktop.gui.forms.ui_case_general import Ui_CaseGeneralTab
from desktop.gui.kit.form_helpers import (
    OptionalDate,
    clear_error,
    fill_combo,
    select_data,
    set_fields_editable,
    show_error,
    to_qdate,
)
from desktop.gui.kit.picked import picked_date


class GeneralTab(QWidget):
    def __init__(self, editing: CaseEditing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseGeneralTab()
        self.ui.setupUi(self)
        self._editing = editing
        self._arose = OptionalDate(self.ui.aroseEdit, self.ui.aroseUnknown)
        self._dirty = False
        self._filling = False
        self._loaded = CaseVersions()  # what the form was filled from
        self.stale = StaleReload(self.ui.reloadButton, self.ui.errorLabel, self.ui.savedLabel,
                                 self._forget_typed, self.show_case)
        fill_combo(self.ui.groundsCombo, ((label(g), g) for g in Grounds))
        fill_combo(self.ui.eligibilityCombo, ((label(e), e) for e in Eligibility))
        clear_error(self.ui.errorLabel)
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        for signal in (ui.titleEdit.textChanged, ui.receivedEdit.dateChanged,
                       ui.aroseEdit.dateChanged, ui.aroseUnknown.toggled,
                       ui.groundsCombo.currentIndexChanged, ui.referrerEdit.textChanged,
                       ui.categoryCombo.currentIndexChanged,
                       ui.eligibilityCombo.currentIndexChanged,
                       ui.eligibilityNoteEdit.textChanged, ui.summaryEdit.textChanged,
                       ui.sensitiveCheck.toggled):
            signal.connect(self._on_edited)
        ui.groundsCombo.currentIndexChanged.connect(self._sync_referrer)
        ui.saveButton.clicked.connect(self.save)
        self._editing.editability_changed.connect(self._on_editability_changed)

    def show_case(self, data: CaseData) -> None:
        """Fill the form, unless the user is in the middle of changing it."""
        if self.stale.took(data):  # told what changed: saving again keeps what they typed
            self._loaded = data.versions
        if self._dirty:
            return
        self._filling = True
        self._fill_categories(data)
        self._fill(data.detail)
        self._loaded = data.versions
        self._filling = False
        self._sync_referrer()

    def reload_from_record(self) -> None:
        """Drop what was typed and show the details now on record."""
        self.stale.reload()

    def _forget_typed(self) -> None:
        self._dirty = False

    def _fill_categories(self, data: CaseData) -> None:
        items = [(c.name, c.code) for c in data.categories]
        if data.detail.category_code not in {c.code for c in data.categories}:
            items.append((data.detail.category_name, data.detail.category_code))
        fill_combo(self.ui.categoryCombo, items)

    def _fill(self, detail: CaseDetail) -> None:
        ui = self.ui
        ui.titleEdit.setText(detail.title)
        ui.receivedEdit.setDate(to_qdate(detail.received_on))
        self._arose.set_value(detail.arose_on, default=detail.received_on)
        select_data(ui.groundsCombo, detail.grounds)
        ui.referrerEdit.setText(detail.referrer)
        select_data(ui.categoryCombo, detail.category_code)
        select_data(ui.eligibilityCombo, detail.eligibility)
        ui.eligibilityNoteEdit.setText(detail.eligibility_note)
        ui.summaryEdit.setPlainText(detail.summary)
        ui.sensitiveCheck.setChecked(detail.sensitive)

    def case_input(self) -> cases.CaseInput:
        ui = self.ui
        return cases.CaseInput(
            title=ui.titleEdit.text(), received_on=picked_date(ui.receivedEdit),
            grounds=Grounds(ui.groundsCombo.currentData()),
            category_code=ui.categoryCombo.currentData(),
            eligibility=Eligibility(ui.eligibilityCombo.currentData()),
            referrer=ui.referrerEdit.text(),
            eligibility_note=ui.eligibilityNoteEdit.text(),
            summary=ui.summaryEdit.toPlainText(), sensitive=ui.sensitiveCheck.isChecked(),
            arose_on=self._arose.value())

    def save(self) -> None:
        data = self.case_input()
        case_id = self._editing.case_id
        self.ui.saveButton.setEnabled(False)
        loaded = self._loaded
        self._editing.write_unchanged(
            loaded, (Rows("cases", case_id),),
            lambda s: cases.update_case(s, case_id, data,
                                        expected_version=loaded.rows.get(("cases", str(case_id)))),
            self._on_saved, self._on_failed)

    def _on_saved(self, _result: object) -> None:
        self._dirty = False
        self.stale.withdraw()
        clear_error(self.ui.errorLabel)
        self.ui.savedLabel.setText(_("Saved."))
        self.ui.saveButton.setEnabled(self._editing.may_edit)

    def _on_failed(self, error: HoagiaiError) -> None:
        ui = self.ui
        show_error(ui.errorLabel, error, {
            "title": ui.titleEdit, "received_on": ui.receivedEdit, "arose_on": ui.aroseEdit,
            "referrer": ui.referrerEdit, "category": ui.categoryCombo})
        ui.saveButton.setEnabled(self._editing.may_edit)
        if isinstance(error, ConcurrentEditError):
            ui.savedLabel.setText(_("Not saved: someone else changed this case."))
            self.stale.offer()
            self._editing.reload()

    def _on_edited(self) -> None:
        if not self._filling:
            self._dirty = True
            self.ui.savedLabel.setText(_("Not saved yet."))

    def _sync_referrer(self) -> None:
        proposed = self.ui.groundsCombo.currentData() == Grounds.PROPOSED_BY_OTHER
        self.ui.referrerLabel.setVisible(proposed)
        self.ui.referrerEdit.setVisible(proposed)

    def _on_editability_changed(self, editable: bool) -> None:
        ui = self.ui
        set_fields_editable([ui.titleEdit, ui.receivedEdit, ui.groundsCombo, ui.referrerEdit,
                             ui.categoryCombo, ui.eligibilityCombo, ui.eligibilityNoteEdit,
                             ui.summaryEdit, ui.sensitiveCheck, ui.saveButton], editable)
        self._arose.set_editable(editable)
