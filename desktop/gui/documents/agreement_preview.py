"""The documents of one case (the written agreement, văn bản hòa giải thành, and the others of
DocumentKind): built off the UI thread, previewed, and every print or save journaled
(DOMAIN.md §6: a log of who printed what)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from desktop.core.domain.enums import DocumentKind
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.core.services.documents import issued
from desktop.core.services.documents.issued import Issued, IssueRequest
from desktop.gui.documents.preview import PdfPreviewDialog
from desktop.gui.kit.changes import Area, areas_changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs

DOCUMENT_NAME = DocumentKind.AGREEMENT
Kind = DocumentKind

# file name prefixes: the Vietnamese initials of each document
_PREFIXES = {Kind.AGREEMENT: "VBHGT", Kind.UNSUCCESSFUL: "BBHGKT", Kind.MINUTES: "BBBHG",
             Kind.INVITATION: "GM", Kind.GUIDANCE: "HDCNHG", Kind.CASEFILE: "HS"}


def agreement_file_name(case_number: str) -> str:
    """'03/2026' -> 'VBHGT-03-2026.pdf' (văn bản hòa giải thành)."""
    return document_file_name(Kind.AGREEMENT, case_number)


def document_file_name(kind: DocumentKind, case_number: str, hearing: int = 0) -> str:
    """'03/2026' -> 'BBBHG-03-2026-2.pdf' (the minutes of hearing 2)."""
    suffix = f"-{hearing}" if hearing else ""
    return f"{_PREFIXES[kind]}-{case_number.replace('/', '-')}{suffix}.pdf"


def document_title(kind: DocumentKind, case_number: str, hearing: int = 0) -> str:
    titles = {
        Kind.AGREEMENT: _("Written agreement — case {number}"),
        Kind.UNSUCCESSFUL: _("Record of unsuccessful mediation — case {number}"),
        Kind.MINUTES: _("Minutes of hearing {hearing} — case {number}"),
        Kind.INVITATION: _("Invitations to hearing {hearing} — case {number}"),
        Kind.GUIDANCE: _("Court-recognition guidance — case {number}"),
        Kind.CASEFILE: _("Case file summary — case {number}"),
    }
    return titles[kind].format(number=case_number, hearing=hearing)


def render_case_document(session: Session, kind: DocumentKind, case_id: uuid.UUID,
                         author: str, hearing: int = 1) -> Issued:
    """One document of the case with its verification code (ReportLab is imported on demand);
    recorded as issued only once it is printed or saved."""
    return issued.prepare(session, IssueRequest(kind, case_id=case_id, hearing=hearing), author)


def build_document_pdf(owner: QObject, context: BookContext, case_id: uuid.UUID, kind: DocumentKind,
                       on_done: Callable[[Issued], None],
                       on_error: Callable[[HoagiaiError], None], hearing: int = 1) -> None:
    author = context.actor.user
    context.read(owner, lambda s: render_case_document(s, kind, case_id, author, hearing), on_done,
                 on_error)


def build_agreement_pdf(owner: QObject, context: BookContext, case_id: uuid.UUID,
                        on_done: Callable[[Issued], None],
                        on_error: Callable[[HoagiaiError], None]) -> None:
    build_document_pdf(owner, context, case_id, Kind.AGREEMENT, on_done, on_error)


def show_agreement_preview(context: BookContext, case_id: uuid.UUID, case_number: str,
                           document: Issued, dialogs: Dialogs,
                           parent: QWidget | None = None) -> PdfPreviewDialog:
    return show_document_preview(context, case_id, case_number, Kind.AGREEMENT, document,
                                 dialogs, parent)


def show_document_preview(context: BookContext, case_id: uuid.UUID, case_number: str,
                          kind: DocumentKind, document: Issued, dialogs: Dialogs,
                          parent: QWidget | None = None, hearing: int = 0) -> PdfPreviewDialog:
    """Preview the document; printing or saving it records it as issued (and journals it)."""
    preview = PdfPreviewDialog(document.pdf, document_title(kind, case_number, hearing),
                               document_file_name(kind, case_number, hearing), dialogs, parent)
    show_code(preview, document)

    def not_recorded(error: HoagiaiError) -> None:
        preview.ui.statusLabel.setText(str(error))

    def record(target: str) -> None:
        context.write(preview, lambda s: issued.record_issue(s, document, target),
                      on_error=not_recorded, changed=areas_changed(Area.DOCUMENTS))
    preview.document_printed.connect(record)
    preview.document_saved.connect(record)
    preview.show()
    return preview


def show_code(preview: PdfPreviewDialog, document: Issued) -> None:
    """The code printed at the foot of each page, also in the preview's status line."""
    preview.ui.statusLabel.setText(_("Verification code: {code}").format(
        code=document.display_code))
