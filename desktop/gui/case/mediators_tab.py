"""The Mediators tab: who handles the case (Art. 18), who ended, who may not (conflicts)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QWidget
from sqlalchemy.orm import Session

from desktop.core.domain.labels import label
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_, _
from desktop.core.services.cases import assignments, conflicts
from desktop.core.services.cases.conflicts import ConflictUndecided
from desktop.core.services.cases.detail import AssignmentView
from desktop.gui.case.case_data import CaseData
from desktop.gui.case.editing import CaseEditing
from desktop.gui.case.mediator_dialogs import (
    AssignDialog,
    AssignmentChoice,
    ConflictDecisionDialog,
    ConflictDialog,
)
from desktop.gui.forms.ui_case_mediators import Ui_CaseMediatorsTab
from desktop.gui.kit.form_helpers import clear_error, date_text, show_error
from desktop.gui.kit.rows_model import Column, RowsModel
from desktop.gui.kit.saving import OnDone, OnError, run_until_saved


def _ended_text(assignment: AssignmentView) -> str:
    return date_text(assignment.ended_on) if assignment.ended_on else _("Handling the case now")


ASSIGNMENT_COLUMNS = (
    Column(N_("Mediator"), lambda a: a.mediator_name),
    Column(N_("How chosen"), lambda a: label(a.method)),
    Column(N_("Assigned on"), lambda a: date_text(a.assigned_on)),
    Column(N_("Ended on"), _ended_text),
    Column(N_("Why it ended"), lambda a: a.end_reason),
)

CONFLICT_COLUMNS = (
    Column(N_("Mediator"), lambda c: c.mediator_name),
    Column(N_("Declared on"), lambda c: date_text(c.declared_on)),
    Column(N_("Reason"), lambda c: c.reason),
)


def _fit_columns(table: QTableView) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)


class MediatorsTab(QWidget):
    def __init__(self, editing: CaseEditing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseMediatorsTab()
        self.ui.setupUi(self)
        self._editing = editing
        self._data: CaseData | None = None
        self.assignments_model = RowsModel(ASSIGNMENT_COLUMNS, self)
        self.conflicts_model = RowsModel(CONFLICT_COLUMNS, self)
        self.ui.assignmentsTable.setModel(self.assignments_model)
        self.ui.conflictsTable.setModel(self.conflicts_model)
        _fit_columns(self.ui.assignmentsTable)
        _fit_columns(self.ui.conflictsTable)
        clear_error(self.ui.errorLabel)
        self.ui.assignButton.clicked.connect(self.assign)
        self.ui.endButton.clicked.connect(self.end_selected)
        self.ui.conflictButton.clicked.connect(self.declare_conflict)
        self.ui.assignmentsTable.selectionModel().selectionChanged.connect(self._sync_buttons)
        editing.editability_changed.connect(lambda _editable: self._sync_buttons())
        self.ui.decisionsLabel.setVisible(False)
        self._sync_buttons()

    def show_case(self, data: CaseData) -> None:
        self._data = data
        self.assignments_model.set_rows(data.detail.assignments)
        self.conflicts_model.set_rows(data.detail.conflicts)
        self._sync_buttons()
        case_id = data.detail.id
        self._editing.context.read(self, lambda s: conflicts.decisions(s, case_id),
                                   self._show_decisions)

    def selected(self) -> AssignmentView | None:
        rows = self.ui.assignmentsTable.selectionModel().selectedRows()
        return self.assignments_model.row_at(rows[0].row()) if rows else None

    def _sync_buttons(self) -> None:
        editable = self._editing.may_edit
        current = self.selected()
        self.ui.assignButton.setEnabled(editable)
        self.ui.conflictButton.setEnabled(editable)
        self.ui.endButton.setEnabled(editable and current is not None
                                     and current.ended_on is None)

    def assign(self) -> None:
        assert self._data is not None
        detail = self._data.detail
        assigned = {a.mediator_id for a in detail.current_assignments}
        candidates = [m for m in self._data.active_mediators if m.id not in assigned]
        dialog = AssignDialog(candidates, detail.received_on, self)

        def save(on_done: OnDone, on_error: OnError) -> None:
            choice = dialog.choice()

            def failed(error: HoagiaiError) -> None:
                if not isinstance(error, ConflictUndecided):
                    on_error(error)
                    return
                on_done(None)  # the assignment waits for the leader's decision
                self.decide_conflict(error, choice)
            self._editing.write(lambda s: assignments.assign_mediator(
                s, detail.id, choice.mediator_id, choice.method, choice.no_conflict_confirmed,
                choice.assigned_on), on_done, failed)
        run_until_saved(self._editing.dialogs, dialog, save)

    def decide_conflict(self, warning: ConflictUndecided, choice: AssignmentChoice) -> None:
        """Show why the mediator may have an interest; record the leader's decision and, when
        it is to assign, the assignment, in one unit of work."""
        assert self._data is not None
        case_id = self._data.detail.id
        dialog = ConflictDecisionDialog(warning, self)

        def save(on_done: OnDone, on_error: OnError) -> None:
            assign, reason = dialog.assign, dialog.reason()

            def change(s: Session) -> None:
                conflicts.decide_conflict(s, case_id, choice.mediator_id, assign, reason,
                                          choice.assigned_on)
                if assign:
                    assignments.assign_mediator(s, case_id, choice.mediator_id, choice.method,
                                                choice.no_conflict_confirmed,
                                                choice.assigned_on)
            self._editing.write(change, on_done, on_error)
        run_until_saved(self._editing.dialogs, dialog, save)

    def _show_decisions(self, found: list[conflicts.DecisionView]) -> None:
        lines = [_("{day}: {mediator}: {decision}. Reason: {reason}").format(
            day=date_text(d.decided_on), mediator=d.mediator, reason=d.reason,
            decision=_("assigned despite the warning") if d.assigned else _("not assigned"))
            + "".join(f"\n    • {finding}" for finding in d.findings) for d in found]
        heading = _("Decisions on conflict-of-interest warnings:")
        self.ui.decisionsLabel.setText("\n".join([heading, *lines]) if lines else "")
        self.ui.decisionsLabel.setVisible(bool(lines))

    def declare_conflict(self) -> None:
        assert self._data is not None
        selected = self.selected()
        dialog = ConflictDialog(self._data.mediators,
                                selected.mediator_id if selected else None, self)
        case_id = self._data.detail.id

        def save(on_done: OnDone, on_error: OnError) -> None:
            mediator_id, reason = dialog.mediator_id(), dialog.reason()
            self._editing.write(lambda s: assignments.declare_conflict(
                s, case_id, mediator_id, reason), on_done, on_error)
        run_until_saved(self._editing.dialogs, dialog, save)

    def end_selected(self) -> None:
        assignment = self.selected()
        if assignment is None:
            return
        reason = self._editing.dialogs.ask_text(
            self, _("End an assignment"),
            _("Why does {name} no longer handle this case?").format(
                name=assignment.mediator_name))
        if reason is None:
            return
        clear_error(self.ui.errorLabel)
        self._editing.write(lambda s: assignments.end_assignment(s, assignment.id, reason),
                            on_error=self._on_failed)

    def _on_failed(self, error: HoagiaiError) -> None:
        show_error(self.ui.errorLabel, error)
