"""The Hearings tab: the mediation sessions planned and held (Art. 21); several are allowed."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from desktop.core.i18n import N_, _
from desktop.core.services.calendar.clashes import Clash
from desktop.core.services.calendar.hearings import clashes_for
from desktop.core.services.cases import hearings
from desktop.core.services.cases.detail import CaseDetail, HearingView
from desktop.core.services.cases.hearings import HearingInput
from desktop.core.services.cases.stale_edits import Rows
from desktop.gui.case.case_data import CaseData
from desktop.gui.case.editing import CaseEditing
from desktop.gui.case.hearing_dialog import HearingDialog
from desktop.gui.forms.ui_case_hearings import Ui_CaseHearingsTab
from desktop.gui.kit.form_helpers import clear_error, fit_columns, fit_rows
from desktop.gui.kit.rows_model import Column, RowsModel
from desktop.gui.kit.saving import OnDone, OnError, run_until_saved


def attendee_names(detail: CaseDetail, hearing: HearingView) -> str:
    people = [p.person.full_name for p in detail.participants if p.id in hearing.participant_ids]
    mediators = {a.mediator_id: a.mediator_name for a in detail.assignments}
    return ", ".join(people + [mediators[m] for m in hearing.mediator_ids if m in mediators])


class HearingsTab(QWidget):
    def __init__(self, editing: CaseEditing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseHearingsTab()
        self.ui.setupUi(self)
        self._editing = editing
        self.model = RowsModel(self._columns(), self)
        self.ui.table.setModel(self.model)
        fit_columns(self.ui.table, long_text_columns=(1, 3, 4))
        fit_rows(self.ui.table)
        clear_error(self.ui.errorLabel)
        self.ui.addButton.clicked.connect(self.add_hearing)
        self.ui.editButton.clicked.connect(self.change_selected)
        self.ui.table.doubleClicked.connect(lambda _index: self.change_selected())
        self.ui.table.selectionModel().selectionChanged.connect(self._sync_buttons)
        editing.editability_changed.connect(lambda _editable: self._sync_buttons())
        self._sync_buttons()

    def _columns(self) -> tuple[Column, ...]:
        return (
            Column(N_("When"), lambda h: h.held_at.strftime("%d/%m/%Y %H:%M")),
            Column(N_("Place"), lambda h: h.place),
            Column(N_("Open to"), lambda h: _("Public") if h.is_public else _("Private")),
            Column(N_("Present or invited"), lambda h: attendee_names(self._detail(), h)),
            Column(N_("Result"), lambda h: h.result),
            Column(N_("Stage"), lambda h: _("Planned") if h.planned else _("Held")),
        )

    def show_case(self, data: CaseData) -> None:
        self.model.set_rows(sorted(data.detail.hearings, key=lambda h: h.held_at))
        self._sync_buttons()

    def selected(self) -> HearingView | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _detail(self) -> CaseDetail:
        assert self._editing.detail is not None
        return self._editing.detail

    def _sync_buttons(self) -> None:
        editable = self._editing.may_edit
        self.ui.addButton.setEnabled(editable)
        self.ui.editButton.setEnabled(editable and self.selected() is not None)

    def _clashes(self, data: HearingInput, hearing_id: uuid.UUID | None) -> list[Clash]:
        case_id = self._detail().id
        return self._editing.context.read_now(
            lambda s: clashes_for(s, case_id, data, hearing_id))

    def add_hearing(self) -> None:
        dialog = HearingDialog(self._detail(), self, clash_check=self._clashes)
        case_id = self._detail().id

        def save(on_done: OnDone, on_error: OnError) -> None:
            data = dialog.hearing_input()
            self._editing.write(lambda s: hearings.add_hearing(s, case_id, data),
                                on_done, on_error)
        dialog.check_clashes()
        run_until_saved(self._editing.dialogs, dialog, save)

    def change_selected(self) -> None:
        hearing = self.selected()
        if hearing is None or not self._editing.may_edit:
            return
        dialog = HearingDialog(self._detail(), self, clash_check=self._clashes)
        dialog.load(hearing)
        dialog.check_clashes()

        def change() -> Callable[[Session], None]:
            data = dialog.hearing_input()
            return lambda s: hearings.update_hearing(s, hearing.id, data)
        save = self._editing.dialog_save((Rows("hearings", hearing.id),), change)
        run_until_saved(self._editing.dialogs, dialog, save)
