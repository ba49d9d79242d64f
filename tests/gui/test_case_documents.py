"""The other case documents from the case window's Documents menu: offered by the case's state,
previewed through the same dialog, saved and journaled."""

from __future__ import annotations

from pypdf import PdfReader

from desktop.core.domain.enums import DocumentKind
from desktop.gui.case.case_window import open_case_window
from desktop.gui.documents.agreement_preview import document_file_name
from tests.gui.fakes import open_case
from tests.gui.test_agreement_preview import RECEIVED, print_events, successful_case


def _window(qtbot, context, case_id, seam):
    window = open_case_window(context, case_id, seam)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.data is not None)
    return window


def _open(qtbot, window, kind):
    with qtbot.waitSignal(window.document_opened, timeout=20_000) as opened:
        window.document_actions[kind].trigger()
    preview = opened.args[0]
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.page_count() > 0)
    return preview


def test_documents_are_offered_by_the_state_of_the_case(qtbot, book, actor, team_id, context,
                                                        seam):
    window = _window(qtbot, context, open_case(book, actor, team_id, received_on=RECEIVED),
                     seam)
    actions = window.document_actions
    assert actions[DocumentKind.CASEFILE].isEnabled()
    for kind in (DocumentKind.UNSUCCESSFUL, DocumentKind.GUIDANCE, DocumentKind.MINUTES,
                 DocumentKind.INVITATION):
        assert not actions[kind].isEnabled()
    assert all(a in window.ui.documentsMenu.actions() for a in actions.values())


def test_guidance_minutes_and_casefile_of_a_successful_case(qtbot, book, actor, team_id,
                                                            context, seam, tmp_path):
    window = _window(qtbot, context, successful_case(book, actor, team_id), seam)
    assert not window.document_actions[DocumentKind.UNSUCCESSFUL].isEnabled()
    for kind in (DocumentKind.GUIDANCE, DocumentKind.MINUTES, DocumentKind.INVITATION,
                 DocumentKind.CASEFILE):
        preview = _open(qtbot, window, kind)
        assert preview.page_count() >= 1
    minutes = _open(qtbot, window, DocumentKind.MINUTES)
    seam.save_paths.append(tmp_path / "bien-ban")
    with qtbot.waitSignal(context.data_changed, timeout=10_000):
        minutes.ui.saveButton.click()
    assert seam.suggested[-1].name == f"BBBHG-01-{RECEIVED.year}-1.pdf"
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "bien-ban.pdf").pages)
    assert "Đặng Thị Bình" in text
    assert print_events(book)[-1]["document"] == "minutes"


def test_file_names():
    assert document_file_name(DocumentKind.CASEFILE, "03/2026") == "HS-03-2026.pdf"
    assert document_file_name(DocumentKind.INVITATION, "03/2026", 2) == "GM-03-2026-2.pdf"
