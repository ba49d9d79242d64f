"""Tools › Logbook and remuneration…: the team's documents over a period, previewed, saved and
recorded as issued like a print from the command line; a backwards period says so."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QDate

from desktop.core.domain.enums import DocumentKind
from desktop.gui.documents.team_documents import TeamDocumentsDialog, team_document_file_name
from tests.gui.conftest import wait_idle
from tests.gui.test_agreement_preview import RECEIVED, successful_case


def _dialog(qtbot, context, seam) -> TeamDocumentsDialog:
    dialog = TeamDocumentsDialog(context, seam)
    qtbot.addWidget(dialog)
    dialog.start.setDate(QDate(RECEIVED.year, 1, 1))
    dialog.end.setDate(QDate(RECEIVED.year, 12, 31))
    return dialog


def _preview(qtbot, context, dialog):
    dialog.preview_button.click()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    preview = dialog.preview
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.page_count() > 0)
    return preview


def test_logbook_and_remuneration_previewed_and_saved(qtbot, book, book_path, actor, team_id,
                                                      context, seam, tmp_path):
    successful_case(book, actor, team_id)
    dialog = _dialog(qtbot, context, seam)
    assert not dialog.mediator.isEnabled()  # the logbook is the team's
    logbook = _preview(qtbot, context, dialog)
    assert logbook.page_count() >= 2
    assert "Mã xác minh" in logbook.ui.statusLabel.text()
    seam.save_paths.append(tmp_path / "so")
    with qtbot.waitSignal(context.data_changed, timeout=10_000):
        logbook.ui.saveButton.click()
    assert seam.suggested[-1].name == team_document_file_name(
        DocumentKind.LOGBOOK, RECEIVED.replace(month=1, day=1),
        RECEIVED.replace(month=12, day=31))
    assert (tmp_path / "so.pdf").read_bytes().startswith(b"%PDF")
    dialog.kind.setCurrentIndex(dialog.kind.findData(DocumentKind.REMUNERATION))
    assert dialog.mediator.isEnabled() and dialog.mediator.count() > 1
    dialog.mediator.setCurrentIndex(1)
    request = _preview(qtbot, context, dialog)
    assert request.page_count() >= 1
    with sqlite3.connect(book_path) as db:
        kinds = db.execute("SELECT kind FROM issued_documents").fetchall()
    assert kinds == [("logbook",)]  # only what was saved is issued


def test_a_backwards_period_is_refused(qtbot, context, seam):
    dialog = _dialog(qtbot, context, seam)
    dialog.start.setDate(QDate(2026, 5, 2))
    dialog.end.setDate(QDate(2026, 5, 1))
    dialog.preview_button.click()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: not dialog.error_label.isHidden())
    assert "02/05/2026" in dialog.error_label.text()
    assert dialog.preview is None and dialog.preview_button.isEnabled()
