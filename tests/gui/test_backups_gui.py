"""Backups from the program: the automatic ones with their status, the Backups window, and a
restore that asks before it takes saved changes out of the book."""

from __future__ import annotations

import pytest

from desktop.core.i18n import _
from desktop.core.services.cases import listing as case_list
from desktop.core.services.workspace import backups
from desktop.gui.app import build_main_window
from desktop.gui.backups import AutoBackup, BackupsDialog, adapter
from tests.gui.conftest import add_cases, wait_idle


def folder(book_path):
    return book_path.with_name(book_path.name + ".backups")


def case_count(context) -> int:
    with context.book.database.reading() as session:
        return len(case_list.case_ids(session, case_list.CaseFilter(team_id=context.team_id)))


@pytest.fixture
def auto(qtbot, context, dialogs):
    made = AutoBackup(context, dialogs)
    yield made
    made.stop()
    context.runner.wait_for_done()


def run_once(qtbot, auto) -> None:
    with qtbot.waitSignal(auto.finished, timeout=20_000):
        auto.run_now()


def test_a_backup_on_start_then_only_when_the_book_changed(qtbot, auto, context, book_path,
                                                           actor, team_id):
    with qtbot.waitSignal(auto.finished, timeout=20_000):
        auto.start()
    assert auto.timer.isActive()
    assert auto.timer.interval() == int(adapter.DEFAULT_EVERY_HOURS * 3_600_000)
    made = backups.list_backups(folder(book_path))
    assert len(made) == 1
    assert auto.status.startswith("Đã sao lưu lúc ")
    run_once(qtbot, auto)  # nothing saved since: no second copy
    assert len(backups.list_backups(folder(book_path))) == 1
    add_cases(context.book, actor, team_id, 1)
    run_once(qtbot, auto)
    assert len(backups.list_backups(folder(book_path))) == 2


def test_the_interval_is_a_setting(qtbot, auto, context, actor):
    from desktop.core.policy import settings

    with context.book.database.transaction(actor) as session:
        settings.set_setting(session, adapter.EVERY_HOURS_SETTING, "2")
    with qtbot.waitSignal(auto.finished, timeout=20_000):
        auto.start()
    assert auto.timer.interval() == 2 * 3_600_000


def test_a_failure_is_shown_once_clearly_and_not_as_a_crash(qtbot, auto, context, book_path,
                                                            dialogs, actor, team_id):
    folder(book_path).write_text("not a folder")  # the backup folder cannot be made
    errors: list[object] = []
    context.runner.error_occurred.connect(errors.append)
    run_once(qtbot, auto)
    add_cases(context.book, actor, team_id, 1)
    run_once(qtbot, auto)
    assert errors == []
    assert len(dialogs.messages) == 1
    title, text = dialogs.messages[0]
    assert title == _("Automatic backup")
    assert str(folder(book_path)) in text and "sao lưu" in text
    assert auto.status == _("The automatic backup failed")
    folder(book_path).unlink()
    run_once(qtbot, auto)  # it works again: the status says so
    assert auto.status.startswith("Đã sao lưu lúc ")


def test_the_main_window_shows_the_backup_news(qtbot, auto, context, dialogs, preferences):
    window = build_main_window(context, dialogs, preferences)
    qtbot.addWidget(window)
    run_once(qtbot, auto)
    assert window.backup_status.text() == auto.status != ""
    titles = [action.text() for action in window.menuBar().actions()]
    assert _("&Tools") in titles
    wait_idle(qtbot, context)


# --- the Backups window ------------------------------------------------------------------------

def open_dialog(qtbot, context, dialogs) -> BackupsDialog:
    dialog = BackupsDialog(context, dialogs)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, context)
    return dialog


def test_the_window_lists_backups_and_backs_up_now(qtbot, context, dialogs, book_path):
    backups.make_backup(book_path, folder(book_path))
    dialog = open_dialog(qtbot, context, dialogs)
    assert dialog.model.rowCount() == 1
    assert str(folder(book_path)) not in dialog.folder_label.text()  # no path for a volunteer
    assert dialog.folder_label.toolTip() == str(folder(book_path))  # but there, for a helper
    row = [dialog.model.index(0, c).data() for c in range(4)]
    assert row[3] == _("Backup") and row[2].isdigit() and ("KB" in row[1] or "MB" in row[1])
    assert row[0].startswith(("Hôm nay, ", "Hôm qua, "))  # the date in words
    with qtbot.waitSignal(dialog.listed, timeout=20_000):
        dialog.backup_button.click()
    assert dialog.model.rowCount() == 2
    assert "Đã sao lưu" in dialog.message.text()


def test_restoring_an_older_backup_asks_twice_then_reopens_the_book(qtbot, context, seam,
                                                                    book_path, actor, team_id):
    add_cases(context.book, actor, team_id, 1)
    older = backups.make_backup(book_path, folder(book_path))
    add_cases(context.book, actor, team_id, 2)  # saved after the backup
    old_database = context.book.database
    dialog = open_dialog(qtbot, context, seam)
    dialog.table.selectRow([r.path for r in dialog.model.rows()].index(older.path))
    seam.confirmations.extend([True, True])
    with qtbot.waitSignal(dialog.restored, timeout=30_000) as restored:
        dialog.restore_button.click()
    first, second = seam.messages[0][1], seam.messages[1][1]
    assert "sẽ được thay bằng" in first
    assert seam.messages[1][0] == _("Restore older data?")
    lost = backups.entries_lost(restored.args[0].safety, older.path)
    assert lost > 0 and f" {lost} " in second
    assert context.book.database is not old_database  # the book was opened again
    assert case_count(context) == 1
    assert restored.args[0].safety.is_file()
    assert seam.messages[-1][0] == _("Restored")
    wait_idle(qtbot, context)
    context.book.database.dispose()


def test_declining_the_second_question_changes_nothing(qtbot, context, seam, book_path, actor,
                                                       team_id):
    older = backups.make_backup(book_path, folder(book_path))
    add_cases(context.book, actor, team_id, 1)
    before = book_path.read_bytes()
    dialog = open_dialog(qtbot, context, seam)
    seam.confirmations.extend([True, False])
    dialog.restore_from(older.path, "x")
    assert len(seam.messages) == 2 and not dialog.busy
    assert case_count(context) == 1
    assert book_path.read_bytes() == before
    assert len(backups.list_backups(folder(book_path))) == 1  # no safety copy either


def test_a_bad_file_is_refused_and_the_book_opens_as_it_was(qtbot, context, seam, book_path,
                                                            tmp_path, actor, team_id):
    add_cases(context.book, actor, team_id, 1)
    bad = tmp_path / "hong.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    dialog = open_dialog(qtbot, context, seam)
    seam.open_file = lambda *args: bad  # type: ignore[method-assign]
    seam.confirmations.append(True)
    with qtbot.waitSignal(dialog.failed, timeout=30_000) as failed:
        dialog.restore_file_button.click()
    assert "hong.sqlite" in str(failed.args[0])
    assert seam.messages[-1][0] == _("Not restored")
    wait_idle(qtbot, context)
    assert case_count(context) == 1  # the book is open again, as it was
    context.book.database.dispose()



def test_with_nothing_new_the_status_tells_the_last_backup(qtbot, auto, book_path):
    made = backups.backup_if_due(book_path, folder(book_path), 0)
    assert made is not None
    with qtbot.waitSignal(auto.finished, timeout=20_000):
        auto.start()
    assert len(backups.list_backups(folder(book_path))) == 1  # no second copy
    assert auto.status.startswith("Đã sao lưu lúc ")


def test_an_encrypted_book_is_backed_up_encrypted_and_reopened_after_a_restore(
        qtbot, book, book_path, team_id, seam, dialogs):
    from desktop.core.security import keyfile
    from desktop.core.services.workspace import book as workspace
    from tests.conftest import TESTER, encrypt_for_cli
    from tests.gui.conftest import make_context

    key = encrypt_for_cli(book, book_path)
    opened = workspace.login(book_path, TESTER)
    context = make_context(opened, opened.actor, team_id)
    try:
        auto = AutoBackup(context, dialogs)
        run_once(qtbot, auto)
        [older] = backups.list_backups(folder(book_path))
        assert not older.path.read_bytes().startswith(b"SQLite format 3")  # encrypted
        assert keyfile.path_for(older.path).is_file()  # its key file travels with it
        add_cases(context.book, context.actor, team_id, 1)
        dialog = open_dialog(qtbot, context, seam)
        dialog.table.selectRow([r.path for r in dialog.model.rows()].index(older.path))
        seam.confirmations.extend([True, True])
        seam.passwords.append(TESTER.password)  # checked against the backup's key file
        with qtbot.waitSignal(dialog.restored, timeout=30_000):
            dialog.restore_button.click()
        assert context.book.database.key == key
        assert context.book.actor == opened.actor
        assert case_count(context) == 0
        wait_idle(qtbot, context)
    finally:
        context.runner.wait_for_done()
        context.book.database.dispose()


def test_a_mediator_may_back_up_but_not_restore(qtbot, context, dialogs):
    from desktop.core.db.engine import Actor
    from desktop.core.domain.roles import Role

    context.actor = Actor("hoa", context.actor.device, role=Role.MEDIATOR)
    dialog = open_dialog(qtbot, context, dialogs)
    assert dialog.backup_button.isEnabled()
    assert not dialog.restore_button.isEnabled() and not dialog.restore_file_button.isEnabled()


def test_a_changed_setting_takes_effect_without_a_restart(qtbot, auto, context):
    from desktop.core.policy import settings

    with qtbot.waitSignal(auto.finished, timeout=20_000):
        auto.start()
    with qtbot.waitSignal(context.data_changed, timeout=10_000):
        context.write(auto, lambda s: settings.set_setting(s, adapter.EVERY_HOURS_SETTING, "8"))
    assert auto.timer.interval() == 8 * 3_600_000
    wait_idle(qtbot, context)


def test_back_up_to_the_one_usb_stick_after_a_yes(qtbot, context, dialogs, book_path, tmp_path,
                                                   monkeypatch):
    from desktop.gui.backups import backups_dialog
    from desktop.gui.backups.usb import BACKUP_FOLDER, Drive

    stick = tmp_path / "KINGSTON"
    stick.mkdir()
    monkeypatch.setattr(backups_dialog, "removable_drives",
                        lambda: [Drive(stick, "KINGSTON", 2 * 1024 ** 3)])
    dialog = open_dialog(qtbot, context, dialogs)
    dialogs.answer = False  # "No": nothing written
    dialog.usb_button.click()
    assert "KINGSTON" in dialogs.messages[-1][1] and not (stick / BACKUP_FOLDER).exists()
    dialogs.answer = True
    with qtbot.waitSignal(dialog.usb_written, timeout=20_000) as written:
        dialog.usb_button.click()
    copies = backups.list_backups(stick / BACKUP_FOLDER)
    assert [c.path for c in copies] == [written.args[0].info.path]
    backups.check_backup(copies[0].path)  # a whole, readable book
    told = dialogs.messages[-1][1]
    assert "KINGSTON" in told and str(tmp_path) not in told and ("MB" in told or "KB" in told)
    assert dialog.model.rowCount() == 0  # the book's own folder is unchanged


def test_without_a_stick_a_folder_is_chosen(qtbot, context, dialogs, tmp_path, monkeypatch):
    from desktop.gui.backups import backups_dialog
    from desktop.gui.backups.usb import BACKUP_FOLDER

    monkeypatch.setattr(backups_dialog, "removable_drives", lambda: [])
    asked: list[str] = []

    def choose(parent, title, start):
        asked.append(title)
        return tmp_path / "chosen"
    dialogs.choose_folder = choose
    dialog = open_dialog(qtbot, context, dialogs)
    with qtbot.waitSignal(dialog.usb_written, timeout=20_000):
        dialog.usb_button.click()
    assert "USB" in asked[0]  # the title says no stick was found
    assert len(backups.list_backups(tmp_path / "chosen" / BACKUP_FOLDER)) == 1
    assert "“So hoa giai - sao luu”" in dialogs.messages[-1][1]
