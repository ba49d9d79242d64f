"""A person's page: their record, every case they took part in (in any role, with its
status), and for the team leader, merging a record that looks like the same person into this
one, or undoing the last merge until it has gone to the ward."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from desktop.core.domain.labels import label, status_label
from desktop.core.domain.roles import Permission
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_, _
from desktop.core.policy import access
from desktop.core.services.people import index, merges
from desktop.core.services.people.index import PersonCase, PersonPage
from desktop.gui.forms.ui_person_page import Ui_PersonPage
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.form_helpers import clear_error, date_text, show_error
from desktop.gui.kit.rows_model import Column, RowsModel
from desktop.gui.kit.signals import emit

OpenCase = Callable[[uuid.UUID], None]

CASE_COLUMNS = (
    Column(N_("Case"), lambda c: c.number),
    Column(N_("Received on"), lambda c: date_text(c.received_on)),
    Column(N_("Title"), lambda c: c.title),
    Column(N_("Role"), lambda c: label(c.role)),
    Column(N_("Status"), lambda c: status_label(c.status)),
)


def person_text(page: PersonPage) -> str:
    person = page.person
    born = date_text(person.birth_date) or (str(person.birth_year) if person.birth_year else "")
    parts = [_("born {when}").format(when=born) if born else "", person.address, person.phone]
    return " — ".join([f"<b>{escape(person.full_name)}</b>",
                       *(escape(p) for p in parts if p)])


class PersonPageWindow(QDialog):
    page_loaded = Signal()

    def __init__(self, context: BookContext, dialogs: Dialogs, person_id: uuid.UUID,
                 open_case: OpenCase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonPage()
        self.ui.setupUi(self)
        self.context, self.dialogs, self.person_id = context, dialogs, person_id
        self._open_case = open_case
        self.page: PersonPage | None = None
        self.model = RowsModel(CASE_COLUMNS, self)
        self.ui.casesTable.setModel(self.model)
        header = self.ui.casesTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.casesTable.doubleClicked.connect(lambda _index: self.open_selected())
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.mergeButton.clicked.connect(self.merge_duplicate)
        self.ui.undoMergeButton.clicked.connect(self.undo_last_merge)
        self.ui.closeButton.clicked.connect(self.close)
        clear_error(self.ui.errorLabel)
        self.reload()

    def reload(self) -> None:
        person_id = self.person_id
        self.context.read(self, lambda s: index.person_page(s, person_id), self._show,
                          self._failed)

    def _show(self, page: PersonPage) -> None:
        self.page = page
        self.setWindowTitle(_("Cases of {name}").format(name=page.person.full_name))
        self.ui.personLabel.setText(person_text(page))
        self.model.set_rows(page.cases)
        lines = [_("Merged into this record on {day}: {name} ({reason})").format(
            day=date_text(m.merged_on), name=m.merged_name, reason=m.reason)
            for m in page.merges if not m.undone]
        if page.duplicates:
            best = page.duplicates[0]
            lines.append(_("A record that looks like the same person: {name} ({why}).").format(
                name=best.person.full_name, why=", ".join(best.reasons)))
        self.ui.mergesLabel.setText("\n".join(lines))
        leader = access.permitted(self.context.actor, Permission.EDIT_ANY_CASE)
        self.ui.mergeButton.setEnabled(leader and bool(page.duplicates))
        self.ui.undoMergeButton.setEnabled(leader and any(not m.undone for m in page.merges))
        emit(self.page_loaded)

    def selected(self) -> PersonCase | None:
        rows = self.ui.casesTable.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def open_selected(self) -> None:
        case = self.selected()
        if case is not None:
            self._open_case(case.case_id)

    def merge_duplicate(self) -> None:
        if self.page is None or not self.page.duplicates:
            return
        duplicate = self.page.duplicates[0].person
        reason = self.dialogs.ask_text(self, _("Merge two records of one person"), _(
            "Merge the record of {other} into {name}? Their cases will be listed here. "
            "Write why they are the same person:").format(
                other=duplicate.full_name, name=self.page.person.full_name))
        if reason is None:
            return
        kept = self.person_id
        self.context.write(self, lambda s: merges.merge_persons(s, kept, duplicate.id, reason),
                           lambda _id: self.reload(), self._failed)

    def undo_last_merge(self) -> None:
        if self.page is None:
            return
        active = [m for m in self.page.merges if not m.undone]
        if not active or not self.dialogs.confirm(self, _("Undo a merge"), _(
                "Give {name} back their own record and cases?").format(
                    name=active[-1].merged_name)):
            return
        merge_id = active[-1].id
        self.context.write(self, lambda s: merges.undo_merge(s, merge_id),
                           lambda _none: self.reload(), self._failed)

    def _failed(self, error: HoagiaiError) -> None:
        show_error(self.ui.errorLabel, error)


def open_person_page(context: BookContext, dialogs: Dialogs, person_id: uuid.UUID,
                     open_case: OpenCase, parent: QWidget | None = None) -> PersonPageWindow:
    window = PersonPageWindow(context, dialogs, person_id, open_case, parent)
    window.show()
    return window
