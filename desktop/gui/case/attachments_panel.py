"""The case window's "Attachments" tab: the scanned signed copies kept with the case.

Attach a PDF, JPEG or PNG (its real type is read from the file; too big, empty or other files
are refused with a message and nothing is saved), say which printed document it is the signed
copy of, then save a copy or open it with the system's viewer. The bytes live in the case book
(encrypted with it); opening one writes a private temporary copy for the viewer, deleted when
the program closes or next starts (``files.sweep_viewer_copies``), and says so.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget
from sqlalchemy.orm import Session

from desktop.core.domain.enums import DocumentKind
from desktop.core.domain.labels import label
from desktop.core.domain.roles import Permission
from desktop.core.errors import HoagiaiError
from desktop.core.files import VIEWER_NOTE
from desktop.core.i18n import _
from desktop.core.policy import access
from desktop.core.services.cases import attachments
from desktop.core.services.cases.attachments import AttachmentRow
from desktop.core.services.cases.editable import may_edit_case
from desktop.core.services.documents import issued
from desktop.core.services.documents.codes import format_code
from desktop.core.services.documents.verification import local_time
from desktop.gui.documents.preview import documents_folder
from desktop.gui.forms.ui_case_attachments import Ui_CaseAttachmentsTab
from desktop.gui.kit.changes import Area, Changed, case_changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.field_errors import FieldErrors

NAME, KIND, SIZE, COPY_OF, ADDED = range(5)
# the attachments, the documents printed for the case, whether the actor may attach to it
Loaded = tuple[list[AttachmentRow], list[tuple[uuid.UUID, str]], bool]
_TYPE_NAMES = {attachments.PDF: "PDF", attachments.JPEG: "JPEG", attachments.PNG: "PNG"}


def scan_filter() -> str:
    return _("Scanned documents (*.pdf *.jpg *.jpeg *.png);;All files (*)")


class AttachmentsPanel(QWidget):
    def __init__(self, context: BookContext, case_id: uuid.UUID, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.dialogs = dialogs
        self.rows: list[AttachmentRow] = []
        self.may_attach = access.permitted(context.actor, Permission.EDIT_ASSIGNED_CASES)
        self._build()
        context.data_changed.connect(self.on_data_changed)
        self.reload()

    def _build(self) -> None:
        self.ui = Ui_CaseAttachmentsTab()
        self.ui.setupUi(self)
        self.errors = FieldErrors(self.ui.errorLabel, {})
        header = self.ui.attachmentsTree.header()
        for column in (NAME, COPY_OF):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (KIND, SIZE, ADDED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.attachButton.clicked.connect(self.attach)
        self.ui.saveButton.clicked.connect(self.save_copy)
        self.ui.openButton.clicked.connect(self.open_selected)
        tree = self.ui.attachmentsTree
        tree.itemSelectionChanged.connect(self._sync)
        tree.itemActivated.connect(lambda _item, _column: self.open_selected())
        self._sync()

    # --- loading -----------------------------------------------------------------------------

    def on_data_changed(self, changed: Changed) -> None:
        if changed.touches_case(self.case_id):  # its scans, or a document printed for it
            self.reload()

    def reload(self) -> None:
        case_id, actor = self.case_id, self.context.actor

        def query(session: Session) -> Loaded:
            rows = attachments.list_attachments(session, case_id)
            documents = [(d.id, _document_text(d.kind, d.code, d.issued_at))
                         for d in issued.issued_for_case(session, case_id)]
            return rows, documents, may_edit_case(session, actor, case_id)
        self.context.read(self, query, self._show, self._on_error)

    def _show(self, loaded: Loaded) -> None:
        rows, documents, may_attach = loaded
        self.may_attach = may_attach
        self.rows = rows
        self.ui.attachmentsTree.clear()
        for row in rows:
            item = QTreeWidgetItem([
                row.file_name, _TYPE_NAMES.get(row.media_type, row.media_type), _size(row.size),
                _document_text(DocumentKind(row.issued_kind), row.issued_code, None)
                if row.issued_code else "",
                _("{date:%d/%m/%Y %H:%M}, {user}").format(
                    date=local_time(row.added_at), user=row.added_by)])
            self.ui.attachmentsTree.addTopLevelItem(item)
        chosen = self.ui.copyOfCombo.currentData()
        self.ui.copyOfCombo.clear()
        self.ui.copyOfCombo.addItem(_("— no printed document —"), None)
        for document_id, text in documents:
            self.ui.copyOfCombo.addItem(text, document_id)
        index = self.ui.copyOfCombo.findData(chosen)
        self.ui.copyOfCombo.setCurrentIndex(max(index, 0))
        self._sync()

    def _sync(self) -> None:
        selected = self.selected() is not None
        self.ui.attachButton.setEnabled(self.may_attach)
        self.ui.attachButton.setToolTip("" if self.may_attach else _(
            "Only the team leader and the mediators assigned to this case may attach scans."))
        self.ui.copyOfCombo.setEnabled(self.may_attach)
        self.ui.saveButton.setEnabled(selected)
        self.ui.openButton.setEnabled(selected)

    def selected(self) -> AttachmentRow | None:
        tree = self.ui.attachmentsTree
        current = tree.currentItem()
        index = tree.indexOfTopLevelItem(current) if current is not None else -1
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _on_error(self, error: HoagiaiError) -> None:
        self.errors.show(error)

    # --- actions -----------------------------------------------------------------------------

    def attach(self) -> None:
        path = self.dialogs.open_file(self, _("Attach a scanned copy"), scan_filter())
        if path is None:
            return
        self.errors.clear()
        case_id, issued_id = self.case_id, self.ui.copyOfCombo.currentData()
        self.context.write(self, # read off the UI thread, no more than the book's size limit
            lambda s: attachments.attach_file(s, case_id, path, issued_id=issued_id).id,
            on_error=self._on_error, changed=case_changed(case_id))

    def save_copy(self) -> None:
        row = self.selected()
        if row is None:
            return
        target = self.dialogs.save_file(self, _("Save a copy"),
                                        documents_folder() / row.file_name, scan_filter())
        if target is None:
            return
        self.errors.clear()
        self.context.write(self, lambda s: attachments.save_copy(s, row.id, target),
                           on_error=self._on_error, changed=journaled(self.case_id))

    def open_selected(self) -> None:
        """A temporary copy opened with the system's viewer (PDF reader, image viewer)."""
        row = self.selected()
        if row is None:
            return
        self.errors.clear()
        self.context.write(self, lambda s: attachments.viewer_copy(s, row.id),
                           self._opened, self._on_error, changed=journaled(self.case_id))

    def _opened(self, path: Path) -> None:
        """Say where the plaintext copy went and when it goes (a note, not an error)."""
        note = _(VIEWER_NOTE)
        if note not in self.ui.introLabel.text():
            self.ui.introLabel.setText(f"{self.ui.introLabel.text()}\n{note}")
        self.open_externally(path)

    def open_externally(self, path: Path) -> None:
        """Hand the file to the system's viewer (tests replace this)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def journaled(case_id: uuid.UUID) -> Changed:
    """Taking a copy out records an event in the case's journal and changes no record: its
    History tab reloads, the case list does not."""
    return Changed(cases=frozenset({case_id}), areas=frozenset({Area.JOURNAL}))


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return _("{size} KB").format(size=max(1, round(size / 1024)))
    return _("{size} MB").format(size=f"{size / (1024 * 1024):.1f}".replace(".", ","))


def _document_text(kind: DocumentKind, code: str, issued_at: datetime | None) -> str:
    text = f"{label(kind)} ({format_code(code)})"
    if issued_at is not None:
        text += _(", printed {date:%d/%m/%Y}").format(date=local_time(issued_at))
    return text
