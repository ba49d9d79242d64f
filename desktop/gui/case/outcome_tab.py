"""The Outcome & agreement tab: the agreement's terms (Art. 24) and how the case ended (Art. 23).

Terms are edited in memory and saved together with the agreement; closing a case as
successful also saves an agreement the user has not saved yet, in the same unit of work.
Both are checked against the versions the tab showed (another officer may have saved the
agreement or the outcome meanwhile): a refusal says who and what, and keeps the typed terms.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QPushButton, QWidget
from sqlalchemy.orm import Session

from desktop.core.domain.enums import OutcomeKind, ParticipantRole
from desktop.core.errors import ConcurrentEditError, HoagiaiError
from desktop.core.i18n import N_, _
from desktop.core.services.cases import outcomes
from desktop.core.services.cases.detail import AgreementView, CaseDetail
from desktop.core.services.cases.outcomes import AgreementInput, TermInput
from desktop.core.services.cases.stale_edits import CaseVersions, Rows
from desktop.gui.case.case_data import CaseData
from desktop.gui.case.close_dialog import CloseDialog, Closing
from desktop.gui.case.editing import CaseEditing
from desktop.gui.case.outcome_view import show_outcome
from desktop.gui.case.stale_reload import StaleReload
from desktop.gui.case.term_dialog import TermDialog
from desktop.gui.case.term_follow_up import TermFollowUp, follow_up_text, saved_term
from desktop.gui.forms.ui_case_outcome import Ui_CaseOutcomeTab
from desktop.gui.kit.form_helpers import (
    OptionalDate,
    clear_error,
    date_text,
    fit_rows,
    set_fields_editable,
    show_error,
)
from desktop.gui.kit.rows_model import Column, MovableRowsModel
from desktop.gui.kit.saving import OnDone, OnError, run_until_saved
from desktop.gui.kit.signals import emit

_MAY_BE_OBLIGED = (ParticipantRole.PARTY, ParticipantRole.RELATED)
_AGREEMENT = (Rows("agreements"), Rows("agreement_terms"))
_OUTCOME = (Rows("outcomes"),)


def _with_agreement_of(opened: CaseVersions, filled: CaseVersions) -> CaseVersions:
    """The versions a closing checks: the outcome as the dialog opened, the agreement as the
    tab's form was filled (its typed terms are saved with the closing)."""
    def agreement(key: tuple[str, str]) -> bool:
        return any(r.matches(key) for r in _AGREEMENT)
    rows = {k: v for k, v in opened.rows.items() if not agreement(k)}
    rows.update({k: v for k, v in filled.rows.items() if agreement(k)})
    return CaseVersions(min(opened.journal_seq, filled.journal_seq), rows)


def _terms(agreement: AgreementView | None) -> list[TermInput]:
    if agreement is None:
        return []
    return [TermInput(t.obliged_participant_id, t.content, t.deadline) for t in agreement.terms]


def _close(case_id: uuid.UUID, closing: Closing,
           agreement: AgreementInput | None) -> Callable[[Session], None]:
    def change(session: Session) -> None:
        if agreement is not None:
            outcomes.save_agreement(session, case_id, agreement)
        outcomes.close_case(
            session, case_id, closing.kind, closing.decided_on, guidance=closing.guidance,
            referred_to=closing.referred_to, note=closing.note,
            not_eligible_because=closing.not_eligible_because,
            stop_requested_by=closing.stop_requested_by)
    return change


class OutcomeTab(QWidget):
    def __init__(self, editing: CaseEditing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseOutcomeTab()
        self.ui.setupUi(self)
        self._editing = editing
        self._names: dict[uuid.UUID, str] = {}
        self._dirty = False
        self._filling = False
        self._loaded = CaseVersions()  # what the agreement's form was filled from
        self.stale = StaleReload(self.ui.agreementReloadButton, self.ui.agreementErrorLabel,
                                 self.ui.savedLabel, self._forget_typed, self.show_case)
        self._reached = OptionalDate(self.ui.reachedEdit, self.ui.notReachedCheck)
        self.terms_model = MovableRowsModel(self._columns(), self)
        self.ui.termsTable.setModel(self.terms_model)
        header = self.ui.termsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fit_rows(self.ui.termsTable)
        clear_error(self.ui.agreementErrorLabel)
        self.finish_button = self._finish_button()
        self.follow_up = TermFollowUp(editing.context, self, self.ui.termButtonsLayout,
                                      self.ui.agreementErrorLabel.setText, editing.reload)
        self._connect()

    def _finish_button(self) -> QPushButton:
        """Saving the agreement and ending the case as successful, in one step (issue 14)."""
        button = QPushButton(_("Save and &end the case"), self)
        button.setObjectName("saveAndCloseButton")
        button.setToolTip(_("Saves the agreement and records the case as successfully "
                            "mediated on the agreement's date"))
        self.ui.saveLayout.addWidget(button)
        button.clicked.connect(self.save_and_close)
        return button

    def _columns(self) -> tuple[Column, ...]:
        return (Column(N_("Who must do it"), lambda t: self._names.get(t.obliged_participant_id,
                                                                       "")),
                Column(N_("What must be done"), lambda t: t.content),
                Column(N_("By when"), lambda t: date_text(t.deadline) or _("No deadline")),
                Column(N_("Follow-up"), lambda t: follow_up_text(
                    saved_term(self._editing.detail, t))))

    def _connect(self) -> None:
        ui = self.ui
        ui.upButton.setShortcut(QKeySequence("Alt+Up"))
        ui.downButton.setShortcut(QKeySequence("Alt+Down"))
        ui.addTermButton.clicked.connect(self.add_term)
        ui.editTermButton.clicked.connect(self.change_term)
        ui.termsTable.doubleClicked.connect(lambda _index: self.change_term())
        ui.removeTermButton.clicked.connect(self.remove_term)
        ui.upButton.clicked.connect(lambda: self.move_term(-1))
        ui.downButton.clicked.connect(lambda: self.move_term(1))
        ui.saveAgreementButton.clicked.connect(self.save_agreement)
        ui.closeCaseButton.clicked.connect(self.close_case)
        for signal in (ui.reachedEdit.dateChanged, ui.notReachedCheck.toggled,
                       ui.noteEdit.textChanged, self.terms_model.rowsInserted,
                       self.terms_model.rowsRemoved, self.terms_model.rowsMoved,
                       self.terms_model.dataChanged):
            signal.connect(self._on_edited)
        ui.termsTable.selectionModel().selectionChanged.connect(self._sync)
        self._editing.editability_changed.connect(lambda _editable: self._sync())

    # --- showing the case --------------------------------------------------------------------

    def show_case(self, data: CaseData) -> None:
        detail = data.detail
        self._names = {p.id: p.person.full_name for p in detail.participants}
        refused = self.stale.took(data)
        if refused or not self._dirty:  # told of the other change: saving keeps mine
            self._loaded = data.versions
        if not self._dirty:
            self._fill_agreement(detail.agreement)
        emit(self.terms_model.layoutChanged)  # names may have changed
        show_outcome(self.ui, detail)
        self._sync()

    def reload_agreement(self) -> None:
        """Drop the typed agreement and show the one now on record."""
        self.stale.reload()

    def _forget_typed(self) -> None:
        self._dirty = False

    def _fill_agreement(self, agreement: AgreementView | None) -> None:
        self._filling = True
        self._reached.set_value(agreement.reached_on if agreement else None)
        self.ui.noteEdit.setPlainText(agreement.note if agreement else "")
        self.terms_model.set_rows(_terms(agreement))
        self._filling = False

    def _detail(self) -> CaseDetail:
        assert self._editing.detail is not None
        return self._editing.detail

    def _sync(self) -> None:
        ui = self.ui
        editable = self._editing.may_edit
        chosen = self._selected_row() is not None
        set_fields_editable([ui.noteEdit, ui.addTermButton, ui.saveAgreementButton], editable)
        set_fields_editable([ui.editTermButton, ui.removeTermButton, ui.upButton,
                             ui.downButton], editable and chosen)
        self._reached.set_editable(editable)
        detail = self._editing.detail
        row = self._selected_row()
        shown = self.terms_model.row_at(row) if row is not None and not self._dirty else None
        term = saved_term(detail, shown) if shown else None
        self.follow_up.show_term(detail, term, self._editing.versions.rows.get(
            ("agreement_terms", str(term.id))) if term else None)
        closed = detail is not None and detail.status.is_closed
        ui.closeCaseButton.setVisible(editable)
        self.finish_button.setVisible(editable and not closed)
        ui.closeCaseButton.setText(_("Change the o&utcome…") if closed
                                   else _("C&lose the case…"))

    @property
    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def _on_edited(self) -> None:
        if self._filling:
            return
        self._dirty = True
        self.ui.savedLabel.setText(_("Not saved yet."))

    # --- terms -------------------------------------------------------------------------------

    def _selected_row(self) -> int | None:
        rows = self.ui.termsTable.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _term_dialog(self) -> TermDialog:
        participants = self._detail().participants
        obligable = [(p.person.full_name, p.id) for p in participants
                     if p.role in _MAY_BE_OBLIGED]
        parties = [p.id for p in participants if p.role is ParticipantRole.PARTY]
        return TermDialog(obligable, self._reached.value(), self, parties=parties)

    def add_term(self) -> None:
        dialog = self._term_dialog()
        if self._editing.dialogs.run(dialog):
            for term in dialog.terms():
                self.terms_model.append(term)
        dialog.deleteLater()

    def change_term(self) -> None:
        row = self._selected_row()
        if row is None or not self._editing.may_edit:
            return
        dialog = self._term_dialog()
        dialog.load(self.terms_model.row_at(row))
        if self._editing.dialogs.run(dialog):
            first, *others = dialog.terms()
            self.terms_model.replace(row, first)
            for term in others:
                self.terms_model.append(term)
        dialog.deleteLater()

    def remove_term(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.terms_model.remove(row)

    def move_term(self, offset: int) -> None:
        row = self._selected_row()
        if row is not None and self.terms_model.move(row, offset):
            self.ui.termsTable.selectRow(row + offset)

    # --- saving ------------------------------------------------------------------------------

    def agreement_input(self) -> AgreementInput:
        return AgreementInput(self._reached.value(), self.ui.noteEdit.toPlainText(),
                              tuple(self.terms_model.rows()))

    def save_agreement(self) -> None:
        data = self.agreement_input()
        case_id = self._detail().id
        clear_error(self.ui.agreementErrorLabel)
        self._editing.write_unchanged(self._loaded, _AGREEMENT,
                                      lambda s: outcomes.save_agreement(s, case_id, data),
                                      self._on_agreement_saved, self._on_agreement_failed)

    def _on_agreement_saved(self, _result: object = None) -> None:
        self._dirty = False
        self.stale.withdraw()
        clear_error(self.ui.agreementErrorLabel)
        self.ui.savedLabel.setText(_("Saved."))

    def _on_agreement_failed(self, error: HoagiaiError) -> None:
        show_error(self.ui.agreementErrorLabel, error)
        self._after_refusal(error)

    def _after_refusal(self, error: HoagiaiError) -> None:
        if isinstance(error, ConcurrentEditError):
            if self._dirty:  # an untouched form is simply filled again with theirs
                self.ui.savedLabel.setText(_("Not saved: someone else changed this case."))
                self.stale.offer()
            self._editing.reload()

    def close_case(self) -> None:
        detail = self._detail()
        parties = [(p.person.full_name, p.id) for p in detail.participants
                   if p.role is ParticipantRole.PARTY]
        dialog = CloseDialog(detail.received_on, self, parties=parties)
        if detail.outcome is not None:
            dialog.load(detail.outcome, detail.eligibility)

        opened: CaseVersions | None = self._editing.versions

        def save(on_done: OnDone, on_error: OnError) -> None:
            agreement = self.agreement_input() if self._dirty else None
            base = opened or self._editing.versions

            def done(result: object) -> None:
                if agreement is not None:
                    self._on_agreement_saved()
                on_done(result)

            def failed(error: HoagiaiError) -> None:
                nonlocal opened
                if isinstance(error, ConcurrentEditError):
                    opened = None  # told: the next try starts from the case as read again
                self._after_refusal(error)
                on_error(error)
            rows: tuple[Rows, ...] = _OUTCOME
            checked = base
            if agreement is not None:
                rows, checked = _OUTCOME + _AGREEMENT, _with_agreement_of(base, self._loaded)
            self._editing.write_unchanged(checked, rows,
                                          _close(detail.id, dialog.closing(), agreement),
                                          done, failed)
        run_until_saved(self._editing.dialogs, dialog, save)

    def save_and_close(self) -> None:
        """The agreement as it stands, and the case closed as successful on its date."""
        detail = self._detail()
        agreement = self.agreement_input()
        closing = Closing(OutcomeKind.SUCCESSFUL, agreement.reached_on or date.today(),
                          guidance="", referred_to="", note="", not_eligible_because=None)
        clear_error(self.ui.agreementErrorLabel)
        self._editing.write_unchanged(
            _with_agreement_of(self._editing.versions, self._loaded), _OUTCOME + _AGREEMENT,
            _close(detail.id, closing, agreement),
            self._on_agreement_saved, self._on_agreement_failed)
