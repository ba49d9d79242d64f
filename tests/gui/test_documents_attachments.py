"""The case window's Attachments tab: attach a scan (typed by its bytes), see it listed with the
document it is the signed copy of, save a copy, open it; a bad file shows a message and saves
nothing."""

from __future__ import annotations

from pathlib import Path

from desktop.core.domain.enums import DocumentKind
from desktop.core.services.cases import attachments
from desktop.core.services.documents import issued
from desktop.core.services.documents.issued import IssueRequest
from desktop.gui.case.case_window import open_case_window
from tests.gui.conftest import wait_idle
from tests.gui.test_agreement_preview import successful_case

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _panel(qtbot, context, case_id, seam, monkeypatch, path: Path):
    monkeypatch.setattr(seam, "open_file", lambda parent, title, file_filter: path,
                        raising=False)
    window = open_case_window(context, case_id, seam)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.data is not None)
    wait_idle(qtbot, context)
    return window, window.attachments


def test_attach_a_signed_copy_save_and_open_it(qtbot, book, actor, team_id, context, seam,
                                               monkeypatch, tmp_path):
    case_id = successful_case(book, actor, team_id)
    with book.database.transaction(actor) as session:
        document = issued.prepare(session, IssueRequest(DocumentKind.AGREEMENT,
                                                        case_id=case_id), actor.user)
        issued.record_issue(session, document, "printer")
    scan = tmp_path / "van-ban-da-ky.pdf"
    scan.write_bytes(PDF)
    window, panel = _panel(qtbot, context, case_id, seam, monkeypatch, scan)
    assert window.ui.tabs.indexOf(panel) >= 0
    assert panel.ui.copyOfCombo.count() == 2  # none, and the agreement issued above
    panel.ui.copyOfCombo.setCurrentIndex(1)
    with qtbot.waitSignal(context.data_changed, timeout=10_000):
        panel.ui.attachButton.click()
    qtbot.waitUntil(lambda: panel.ui.attachmentsTree.topLevelItemCount() == 1)
    item = panel.ui.attachmentsTree.topLevelItem(0)
    assert item.text(0) == "van-ban-da-ky.pdf" and item.text(1) == "PDF"
    assert document.display_code in item.text(3)
    panel.ui.attachmentsTree.setCurrentItem(item)
    seam.save_paths.append(tmp_path / "ban-sao")
    with qtbot.waitSignal(context.data_changed, timeout=10_000):
        panel.ui.saveButton.click()
    assert (tmp_path / "ban-sao.pdf").read_bytes() == PDF
    opened: list[Path] = []
    panel.open_externally = opened.append
    panel.ui.openButton.click()
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].read_bytes() == PDF and opened[0].name == "van-ban-da-ky.pdf"


def test_a_file_that_is_not_a_scan_is_refused(qtbot, book, actor, team_id, context, seam,
                                              monkeypatch, tmp_path):
    case_id = successful_case(book, actor, team_id)
    fake = tmp_path / "ban-ky.pdf"
    fake.write_bytes(b"PK\x03\x04 a zip file named .pdf")
    _window, panel = _panel(qtbot, context, case_id, seam, monkeypatch, fake)
    panel.ui.attachButton.click()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: not panel.ui.errorLabel.isHidden())
    assert "không phải là tệp PDF, JPEG hoặc PNG" in panel.ui.errorLabel.text()
    assert panel.ui.attachmentsTree.topLevelItemCount() == 0
    with book.database.reading() as session:
        assert attachments.list_attachments(session, case_id) == []
