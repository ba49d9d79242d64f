"""Tools › Logbook and remuneration…: the team's documents over a period, previewed in the app.

Choose the logbook (sổ theo dõi hoạt động hòa giải ở cơ sở) or the remuneration request, the
period, and for the request one mediator or the whole team; the document is built in the
background with its verification code and opens in the usual preview (Print, Save as PDF).
Printing or saving records it as issued and journals it, as ``hoagiai print`` does.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from sqlalchemy.orm import Session

from desktop.core.domain.enums import DocumentKind
from desktop.core.domain.labels import label
from desktop.core.errors import HoagiaiError, NotFoundError
from desktop.core.i18n import N_, _
from desktop.core.services.workspace import teams
from desktop.gui.documents.preview import PdfPreviewDialog
from desktop.gui.forms.ui_team_documents import Ui_TeamDocumentsDialog
from desktop.gui.kit.changes import Area, areas_changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.field_errors import FieldErrors

if TYPE_CHECKING:
    from desktop.core.services.documents.issued import Issued, IssueRequest

# The document services (and with them ReportLab, ~0.4 s) are imported when a document is
# asked for, not when the main window builds this menu entry at start-up (#17).

_PREFIXES = {DocumentKind.LOGBOOK: "SoTheoDoi", DocumentKind.REMUNERATION: "ThuLao"}


def team_document_file_name(kind: DocumentKind, start: date, end: date) -> str:
    """'SoTheoDoi-2026-01-01-2026-12-31.pdf'."""
    return f"{_PREFIXES[kind]}-{start.isoformat()}-{end.isoformat()}.pdf"


class TeamDocumentsDialog(QDialog):
    def __init__(self, context: BookContext, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialogs = dialogs
        self.preview: PdfPreviewDialog | None = None
        self.ui = Ui_TeamDocumentsDialog()
        self.ui.setupUi(self)
        self._set_up()
        self._load_mediators()

    def _set_up(self) -> None:
        ui = self.ui
        self.kind, self.start, self.end = ui.kindCombo, ui.startEdit, ui.endEdit
        self.mediator, self.volume, self.hint = ui.mediatorCombo, ui.volumeEdit, ui.hintLabel
        self.error_label, self.preview_button = ui.errorLabel, ui.previewButton
        for kind in (DocumentKind.LOGBOOK, DocumentKind.REMUNERATION):
            self.kind.addItem(label(kind), kind)
        self.start.setDate(QDate(QDate.currentDate().year(), 1, 1))
        self.end.setDate(QDate.currentDate())
        self.mediator.addItem(_("The whole team"), "")
        self.errors = FieldErrors(self.error_label, {"start": self.start, "end": self.end,
                                                     "mediator": self.mediator})
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        self.preview_button.clicked.connect(self.build_preview)
        ui.buttonBox.rejected.connect(self.reject)
        self.kind.currentIndexChanged.connect(lambda _index: self._sync())
        self._sync()

    def _load_mediators(self) -> None:
        team_id = self.context.team_id
        if team_id is None:
            return
        names = self.context.read_now(
            lambda s: [m.full_name for m in teams.list_mediators(s, team_id)])
        for name in names:
            self.mediator.addItem(name, name)

    def _sync(self) -> None:
        logbook = self.selected_kind() is DocumentKind.LOGBOOK
        self.mediator.setEnabled(not logbook)
        self.volume.setEnabled(logbook)
        self.hint.setText(_(
            "The logbook lists the cases received in the period, one row each, with the "
            "leader's summary.") if logbook else _(
            "The request lists the cases that ended in the period (either outcome), at the "
            "rate per case set in Settings."))

    def selected_kind(self) -> DocumentKind:
        return DocumentKind(self.kind.currentData())

    def request(self) -> IssueRequest:
        from desktop.core.services.documents.issued import IssueRequest

        kind = self.selected_kind()
        logbook = kind is DocumentKind.LOGBOOK
        return IssueRequest(kind, team_id=self.context.team_id,
                            start=cast(date, self.start.date().toPython()),
                            end=cast(date, self.end.date().toPython()),
                            mediator="" if logbook else str(self.mediator.currentData() or ""),
                            volume=self.volume.text().strip() if logbook else "")

    # --- building and previewing -------------------------------------------------------------

    def build_preview(self) -> None:
        request = self.request()
        author = self.context.actor.user
        self.errors.clear()
        self.preview_button.setEnabled(False)
        self.hint.setText(_("Preparing the document…"))

        from desktop.core.services.documents import issued

        def build(session: Session) -> Issued:
            if request.team_id is None:
                raise NotFoundError(N_("This case book has no team yet."))
            return issued.prepare(session, request, author)
        self.context.read(self, build, self._show, self._on_error)

    def _show(self, document: Issued) -> None:
        from desktop.core.services.documents import issued
        from desktop.gui.documents.agreement_preview import show_code

        self.preview_button.setEnabled(True)
        self._sync()
        request = document.request
        assert request.start is not None and request.end is not None
        title = _("{document} from {start:%d/%m/%Y} to {end:%d/%m/%Y}").format(
            document=label(request.kind), start=request.start, end=request.end)
        preview = PdfPreviewDialog(document.pdf, title, team_document_file_name(
            request.kind, request.start, request.end), self.dialogs, self)
        show_code(preview, document)

        def not_recorded(error: HoagiaiError) -> None:
            preview.ui.statusLabel.setText(str(error))

        def record(target: str) -> None:  # the preview owns the answer: it shows the failure
            self.context.write(preview, lambda s: issued.record_issue(s, document, target),
                               on_error=not_recorded, changed=areas_changed(Area.DOCUMENTS))
        preview.document_printed.connect(record)
        preview.document_saved.connect(record)
        self.preview = preview
        preview.show()

    def _on_error(self, error: HoagiaiError) -> None:
        self.preview_button.setEnabled(True)
        self._sync()
        self.errors.show(error)


def team_documents_action(window: QWidget, context: BookContext, dialogs: Dialogs) -> QAction:
    """Tools › Logbook and remuneration… for the main window."""
    action = QAction(_("&Logbook and remuneration…"), window)
    action.setEnabled(context.team_id is not None)
    action.triggered.connect(lambda: open_team_documents(context, dialogs, window))
    return action


def open_team_documents(context: BookContext, dialogs: Dialogs,
                        parent: QWidget | None = None) -> TeamDocumentsDialog:
    dialog = TeamDocumentsDialog(context, dialogs, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog

