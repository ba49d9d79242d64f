"""The Settings screen: values shown from the book, saved through the core with every problem
reported at once and nothing saved until all are right; the rate grouped with dots."""

from __future__ import annotations

from desktop.core.policy import settings
from desktop.core.policy.settings import remuneration_rate
from desktop.core.services.cases import attachments
from desktop.core.services.workspace import book_settings
from desktop.gui.kit.signals import emit
from desktop.gui.settings import SettingsDialog
from desktop.gui.settings.settings_dialog import open_settings
from tests.gui.conftest import wait_idle


def _stored(book, key: str) -> str:
    with book.database.reading() as session:
        return settings.get_setting(session, key, "")


def test_values_saved_where_the_program_reads_them(qtbot, book, context, dialogs):
    def fill(dialog: SettingsDialog) -> bool:
        qtbot.addWidget(dialog)
        assert dialog.rate.text() == "200.000" and dialog.retention.value() == 10
        dialog.court.setText("  Tòa án nhân dân   khu vực 3 - Hà Nội ")
        dialog.rate.setText("250000")
        emit(dialog.rate.editingFinished)
        assert dialog.rate.text() == "250.000"
        dialog.attachment_mb.setValue(40)
        dialog.backup_hours.setValue(6)
        dialog.backup_keep.setValue(20)
        dialog.retention.setValue(15)
        dialog.save_button.click()
        wait_idle(qtbot, context)
        return dialog.result() == SettingsDialog.DialogCode.Accepted
    dialogs.on_run = fill
    assert open_settings(context, dialogs)
    assert _stored(book, "court_name") == "Tòa án nhân dân khu vực 3 - Hà Nội"
    assert [_stored(book, k) for k in ("backup_every_hours", "backup_keep",
                                       "retention_years")] == ["6", "20", "15"]
    with book.database.reading() as session:
        assert remuneration_rate(session) == 250_000
        assert attachments.max_bytes(session) == 40 * 1024 * 1024
        assert book_settings.load(session).remuneration_rate == "250.000"


def test_bad_values_are_all_reported_and_nothing_saved(qtbot, book, context):
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.rate.setText("hai trăm nghìn")
    dialog.court.setText("T" * 250)
    dialog.save_button.click()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: not dialog.error_label.isHidden())
    text = dialog.error_label.text()
    assert "200.000" in text and "200" in text.replace("200.000", "")  # rate and court length
    assert text.count("\n") >= 1  # both problems listed
    assert dialog.rate.styleSheet() and dialog.court.styleSheet()  # the inputs are marked
    assert not dialog.saved
    assert _stored(book, "remuneration_rate_vnd") == "" and _stored(book, "court_name") == ""


def test_core_validation_ranges(book, actor):
    values = book_settings.BookSettings("", "0", 0, 500, 1, 101)
    try:
        with book.database.transaction(actor) as session:
            book_settings.save(session, values)
    except book_settings.RuleViolations as error:
        fields = [e.field for e in error.errors]  # type: ignore[attr-defined]
    assert fields == ["remuneration_rate", "attachment_max_mb", "backup_every_hours",
                      "retention_years"]
