"""The ward/team screen Tools › Verify a document…: a code typed from the paper shows the
document's details and the document as issued; wrong codes say what is wrong."""

from __future__ import annotations

import uuid

from desktop.core.domain.enums import DocumentKind
from desktop.core.services.documents import codes, issued
from desktop.core.services.documents.issued import IssueRequest
from desktop.gui.documents.verify_dialog import VerifyDialog
from tests.gui.conftest import wait_idle
from tests.gui.test_agreement_preview import successful_case


def _issue(book, actor, case_id: uuid.UUID) -> issued.Issued:
    with book.database.transaction(actor) as session:
        document = issued.prepare(session, IssueRequest(DocumentKind.AGREEMENT, case_id=case_id),
                                  actor.user)
        issued.record_issue(session, document, "printer")
    return document


def _dialog(qtbot, context, dialogs) -> VerifyDialog:
    dialog = VerifyDialog(context, dialogs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _check(qtbot, context, dialog: VerifyDialog, typed: str) -> None:
    dialog.code_edit.setText(typed)
    dialog.check_button.click()
    wait_idle(qtbot, context)


def test_a_printed_code_shows_the_document_as_issued(qtbot, book, actor, team_id, context,
                                                     dialogs):
    document = _issue(book, actor, successful_case(book, actor, team_id))
    dialog = _dialog(qtbot, context, dialogs)
    _check(qtbot, context, dialog, document.display_code.lower().replace("-", " "))
    details = dialog.detail_texts()
    assert details["Mã xác minh"] == document.display_code
    assert details["Văn bản"] == "Văn bản hòa giải thành"
    assert details["Từ đó đến nay"].startswith("Không có gì thay đổi")
    assert not dialog.error_label.isVisible()
    assert dialog.show_button.isEnabled()
    dialog.show_button.click()
    preview = dialog.preview
    assert preview is not None
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.page_count() > 0)
    assert preview._pdf == document.pdf


def test_mistyped_and_unknown_codes_say_so(qtbot, book, actor, team_id, context, dialogs):
    document = _issue(book, actor, successful_case(book, actor, team_id))
    dialog = _dialog(qtbot, context, dialogs)
    last = document.code[-1]
    _check(qtbot, context, dialog, document.code[:-1] + ("0" if last != "0" else "1"))
    assert dialog.error_label.isVisible()
    assert "gõ nhầm" in dialog.error_label.text()
    assert not dialog.show_button.isEnabled() and not dialog.detail_texts()
    unknown = codes.format_code(codes.derive_code(uuid.uuid4(), "00" * 32))
    _check(qtbot, context, dialog, unknown)
    assert "chưa từng phát hành" in dialog.error_label.text()
    _check(qtbot, context, dialog, "xin chào")
    assert "không phải là mã xác minh" in dialog.error_label.text()
