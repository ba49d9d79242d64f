"""The app's restore checks the backup's key file before it swaps anything in, as the command
line does: a damaged key file, or one the restoring person's password does not open, is said
in Vietnamese and the book stays as it was."""

from __future__ import annotations

from desktop.core.i18n import _
from desktop.core.security import keyfile
from desktop.core.services.workspace import accounts, backups
from desktop.core.services.workspace import book as workspace
from desktop.gui.backups import BackupsDialog
from tests.conftest import TESTER, encrypt_for_cli
from tests.gui.conftest import add_cases, make_context, wait_idle
from tests.gui.test_backups_gui import case_count, folder


def _encrypted(book, book_path, team_id):
    encrypt_for_cli(book, book_path)
    opened = workspace.login(book_path, TESTER)
    return make_context(opened, opened.actor, team_id)


def _restore(qtbot, context, seam, backup_path):
    dialog = BackupsDialog(context, seam)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, context)
    dialog.table.selectRow([r.path for r in dialog.model.rows()].index(backup_path))
    with qtbot.waitSignal(dialog.failed, timeout=30_000) as failed:
        dialog.restore_button.click()
    wait_idle(qtbot, context)
    return str(failed.args[0])


def test_a_damaged_key_file_beside_the_backup_is_refused_and_the_book_stays(
        qtbot, book, book_path, team_id, seam):
    context = _encrypted(book, book_path, team_id)
    try:
        older = backups.make_backup(book_path, folder(book_path), key=context.book.database.key)
        add_cases(context.book, context.actor, team_id, 2)
        keys = keyfile.path_for(older.path)
        keys.write_bytes(keys.read_bytes()[:40])  # cut off: damaged
        before = keyfile.path_for(book_path).read_bytes()
        seam.confirmations.extend([True, True])
        seam.passwords.append(TESTER.password)
        said = _restore(qtbot, context, seam, older.path)
        assert "tệp khóa" in said.lower() and "chưa có gì thay đổi" in said.lower()
        assert seam.messages[-1][0] == _("Not restored")
        assert case_count(context) == 2  # the book as it was, open again
        assert keyfile.path_for(book_path).read_bytes() == before
        assert not list(folder(book_path).glob("*safety*"))
    finally:
        context.runner.wait_for_done()
        context.book.database.dispose()


def test_a_key_file_the_persons_password_does_not_open_is_refused(
        qtbot, book, book_path, team_id, seam):
    context = _encrypted(book, book_path, team_id)
    try:
        older = backups.make_backup(book_path, folder(book_path), key=context.book.database.key)
        with context.book.database.transaction(context.actor) as session:
            accounts.change_password(session, TESTER.username, TESTER.password,
                                     "a-new-password-2026",
                                     context.book.keyring)
        add_cases(context.book, context.actor, team_id, 1)
        seam.confirmations.extend([True, True])
        seam.passwords.append("a-new-password-2026")  # the password as it is now
        said = _restore(qtbot, context, seam, older.path)
        assert "mật khẩu của bạn không mở được" in said.lower()
        assert case_count(context) == 1
    finally:
        context.runner.wait_for_done()
        context.book.database.dispose()


def test_a_wrong_password_restores_nothing(qtbot, book, book_path, team_id, seam):
    context = _encrypted(book, book_path, team_id)
    try:
        older = backups.make_backup(book_path, folder(book_path), key=context.book.database.key)
        add_cases(context.book, context.actor, team_id, 1)
        seam.confirmations.extend([True, True])
        seam.passwords.append("not-the-password")
        said = _restore(qtbot, context, seam, older.path)
        assert "mật khẩu" in said.lower()
        assert case_count(context) == 1
    finally:
        context.runner.wait_for_done()
        context.book.database.dispose()
