"""The written agreement (văn bản hòa giải thành) of one case: built off the UI thread,
previewed, and every print or save journaled (DOMAIN.md §6: a log of who printed what)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import shiboken6
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.core.services import documents
from desktop.gui.context import BookContext
from desktop.gui.dialogs import Dialogs
from desktop.gui.documents.preview import PdfPreviewDialog

DOCUMENT_NAME = documents.DocumentKind.AGREEMENT


def agreement_file_name(case_number: str) -> str:
    """'03/2026' -> 'VBHGT-03-2026.pdf' (văn bản hòa giải thành)."""
    return f"VBHGT-{case_number.replace('/', '-')}.pdf"


def build_agreement_pdf(context: BookContext, case_id: uuid.UUID,
                        on_done: Callable[[bytes], None],
                        on_error: Callable[[HoagiaiError], None]) -> None:
    author = context.actor.user

    def render(session: Session) -> bytes:
        from desktop.core.documents.agreement import render_agreement  # ReportLab: on demand

        return render_agreement(documents.agreement_document(session, case_id, author=author))
    context.read(render, on_done, on_error)


def show_agreement_preview(context: BookContext, case_id: uuid.UUID, case_number: str,
                           pdf: bytes, dialogs: Dialogs,
                           parent: QWidget | None = None) -> PdfPreviewDialog:
    preview = PdfPreviewDialog(
        pdf, _("Written agreement — case {number}").format(number=case_number),
        agreement_file_name(case_number), dialogs, parent)

    def not_recorded(error: HoagiaiError) -> None:
        if shiboken6.isValid(preview):
            preview.ui.statusLabel.setText(str(error))

    def record(target: str) -> None:
        context.write(lambda s: documents.record_print(s, case_id, DOCUMENT_NAME, target),
                      on_error=not_recorded)
    preview.document_printed.connect(record)
    preview.document_saved.connect(record)
    preview.show()
    return preview
