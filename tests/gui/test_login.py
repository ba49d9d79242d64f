"""Logging in from the GUI: the login dialog, a new encrypted book with the leader's account and
its recovery key, encrypting a plain book, the idle lock, and who is logged in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from desktop.core.db.engine import Actor
from desktop.core.domain.roles import Role
from desktop.core.services.workspace import accounts
from desktop.core.services.workspace import book as workspace
from desktop.gui import app as gui_app
from desktop.gui.login import IdleLock, LoginDialog, NewBookDialog, RecoveryDialog
from tests.gui.conftest import wait_idle

LEADER = workspace.Credentials("totruong", "mat-khau-to-truong")


@pytest.fixture
def encrypted_path(tmp_path: Path) -> Path:
    path = tmp_path / "so.sqlite"
    book, _key = workspace.create_book(path, accounts.AccountInput(
        LEADER.username, "Trần Thị Thu Hà", Role.TEAM_LEADER), LEADER.password)
    book.database.dispose()
    return path


def press_ok(dialog: QDialog) -> None:
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]


def type_into(dialog: LoginDialog, user: str, password: str) -> None:
    dialog.ui.userEdit.setText(user)
    dialog.ui.passwordEdit.setText(password)


def test_a_wrong_password_is_said_in_the_dialog_which_stays_open(qtbot, encrypted_path,
                                                                  english):
    dialog = LoginDialog(encrypted_path)
    qtbot.addWidget(dialog)
    type_into(dialog, LEADER.username, "sai-mat-khau")
    press_ok(dialog)
    assert "password is wrong" in dialog.ui.errorLabel.text()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.book is None
    assert dialog.ui.passwordEdit.text() == ""
    type_into(dialog, LEADER.username, LEADER.password)
    press_ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.book is not None and dialog.book.actor.role is Role.TEAM_LEADER
    dialog.book.database.dispose()


def test_a_locked_account_says_until_when(qtbot, encrypted_path, english):
    dialog = LoginDialog(encrypted_path)
    qtbot.addWidget(dialog)
    for _ in range(5):
        type_into(dialog, LEADER.username, "sai")
        press_ok(dialog)
    assert "locked until" in dialog.ui.errorLabel.text()


def test_first_start_makes_an_encrypted_book_and_shows_its_recovery_key(qtbot, tmp_path,
                                                                         dialogs, english):
    path = tmp_path / "moi.sqlite"
    shown: list[QWidget] = []

    def script(dialog: QDialog) -> bool:
        from desktop.gui.welcome import WelcomeDialog

        qtbot.addWidget(dialog)
        shown.append(dialog)
        if isinstance(dialog, WelcomeDialog):  # the first start's choice: a new book
            dialog.on_new_book_clicked()
            return True
        if isinstance(dialog, NewBookDialog):
            dialog.ui.nameEdit.setText("Trần Thị Thu Hà")
            dialog.ui.userEdit.setText("ha.tran")
            dialog.ui.passwordEdit.setText("mat-khau-moi-1")
            dialog.ui.againEdit.setText("mat-khau-moi-2")
            press_ok(dialog)
            assert "differ" in dialog.ui.errorLabel.text()
            dialog.ui.againEdit.setText("mat-khau-moi-1")
            press_ok(dialog)
            return dialog.result() == QDialog.DialogCode.Accepted
        assert isinstance(dialog, RecoveryDialog)
        return True

    dialogs.on_run = script
    book = gui_app.open_book_or_explain(path, dialogs)
    assert book is not None and book.actor is not None and book.actor.user == "ha.tran"
    book.database.dispose()
    recovery = shown[-1]
    assert isinstance(recovery, RecoveryDialog)
    assert len(recovery.key_label.text()) == 34 and not workspace.is_plain_book(path)
    sheet = tmp_path / "phieu.pdf"
    dialogs.save_file = lambda *args: sheet  # type: ignore[method-assign]
    recovery.save_sheet()
    assert sheet.read_bytes().startswith(b"%PDF")


def test_a_plain_book_is_encrypted_when_the_person_agrees(qtbot, book, book_path, dialogs):
    book.database.dispose()

    def script(dialog: QDialog) -> bool:
        qtbot.addWidget(dialog)
        if isinstance(dialog, NewBookDialog):
            assert dialog.encrypting
            dialog.ui.nameEdit.setText("Trần Thị Thu Hà")
            dialog.ui.userEdit.setText(LEADER.username)
            dialog.ui.passwordEdit.setText(LEADER.password)
            dialog.ui.againEdit.setText(LEADER.password)
            press_ok(dialog)
            return dialog.result() == QDialog.DialogCode.Accepted
        return True

    dialogs.answer = False
    assert gui_app.open_book_or_explain(book_path, dialogs) is None  # declined: left plain
    assert workspace.is_plain_book(book_path)
    dialogs.answer = True
    dialogs.on_run = script
    opened = gui_app.open_book_or_explain(book_path, dialogs)
    assert opened is not None and not workspace.is_plain_book(book_path)
    opened.database.dispose()


def test_the_idle_lock_hides_the_window_until_the_password_is_typed(qtbot, encrypted_path,
                                                                    dialogs, english):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(encrypted_path, LEADER.username, 10, dialogs, [window])
    seen: list[bool] = []

    def script(dialog: QDialog) -> bool:
        assert isinstance(dialog, LoginDialog) and dialog.ui.userEdit.isReadOnly()
        seen.append(window.isVisible())
        dialog.ui.passwordEdit.setText("sai")
        press_ok(dialog)
        assert "wrong" in dialog.ui.errorLabel.text()
        dialog.ui.passwordEdit.setText(LEADER.password)
        press_ok(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.on_run = script
    lock.lock_now()
    assert seen == [False] and window.isVisible()
    switched: list[bool] = []
    lock.switch_user_requested.connect(lambda: switched.append(True))
    dialogs.on_run = lambda dialog: False  # "Switch user"
    lock.lock_now()
    assert switched == [True] and not window.isVisible()


def test_the_window_says_who_is_logged_in_and_disables_what_the_role_may_not(
        qtbot, context, dialogs, preferences, english):
    context.actor = Actor("hoagiaivien", "may", Role.MEDIATOR)
    window = gui_app.build_main_window(context, dialogs, preferences)
    qtbot.addWidget(window)
    gui_app.show_who_and_what(window, context)
    wait_idle(qtbot, context)
    label = window.findChild(QLabel, "loggedInLabel")
    assert label is not None and "hoagiaivien (Mediator)" in label.text()
    assert window.new_case_action.isEnabled()
    assert not window.conventions_action.isEnabled()


def test_forgot_password_sets_a_new_one_with_the_recovery_key(qtbot, tmp_path, dialogs,
                                                              english):
    from desktop.gui.login.forgot_dialog import ForgotPasswordDialog

    path = tmp_path / "quen.sqlite"
    book, recovery_key = workspace.create_book(path, accounts.AccountInput(
        LEADER.username, "Trần Thị Thu Hà", Role.TEAM_LEADER), LEADER.password)
    book.database.dispose()
    login = LoginDialog(path, dialogs=dialogs)
    qtbot.addWidget(login)
    assert str(path) not in login.ui.bookLabel.text()  # no file path for a volunteer

    def script(dialog: QDialog) -> bool:
        assert isinstance(dialog, ForgotPasswordDialog)
        dialog.ui.userEdit.setText("khong-co-ai")
        dialog.ui.keyEdit.setText(recovery_key.replace("-", " ").lower())
        dialog.ui.passwordEdit.setText("mat-khau-moi-9")
        dialog.ui.againEdit.setText("mat-khau-moi-9")
        press_ok(dialog)
        assert "no account named khong-co-ai" in dialog.ui.errorLabel.text()
        assert "hoagiai" not in dialog.ui.errorLabel.text()  # no command line
        dialog.ui.userEdit.setText(LEADER.username)
        dialog.ui.keyEdit.setText("AAAA-BBBB")
        press_ok(dialog)
        assert "28 letters" in dialog.ui.errorLabel.text()
        dialog.ui.keyEdit.setText(recovery_key)
        dialog.ui.againEdit.setText("khac")
        press_ok(dialog)
        assert "differ" in dialog.ui.errorLabel.text()
        assert dialog.ui.passwordEdit.text() == ""  # both typed again
        dialog.ui.passwordEdit.setText("mat-khau-moi-9")
        dialog.ui.againEdit.setText("mat-khau-moi-9")
        press_ok(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.on_run = script
    login.ui.forgotButton.click()
    assert login.ui.userEdit.text() == LEADER.username and "new password" in (
        login.ui.errorLabel.text())
    login.ui.passwordEdit.setText("mat-khau-moi-9")
    press_ok(login)
    assert login.result() == QDialog.DialogCode.Accepted and login.book is not None
    login.book.database.dispose()


def test_the_recovery_sheet_is_printed_opened_or_saved_in_documents(qtbot, tmp_path, seam,
                                                                    english):
    import subprocess

    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from desktop.core.security.recovery import new_recovery_key
    from desktop.gui.documents.preview import PdfPreviewDialog

    key = new_recovery_key()
    dialog = RecoveryDialog(tmp_path / "so.sqlite", key, seam)
    qtbot.addWidget(dialog)
    printed = tmp_path / "in-ra.pdf"

    def to_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    def preview(shown: QDialog) -> bool:
        assert isinstance(shown, PdfPreviewDialog)
        qtbot.waitUntil(lambda: shown.page_count() > 0)
        seam.printers.append(to_file)
        shown.ui.printButton.click()
        return True
    seam.expect(preview)
    dialog.ui.printButton.click()
    assert len(PdfReader(printed).pages) >= 1 and dialog.printed
    assert "printer" in dialog.ui.statusLabel.text()

    opened: list[Path] = []
    dialog.open_externally = opened.append  # type: ignore[method-assign]
    dialog.ui.openButton.click()
    assert opened[0].name == "phieu-khoi-phuc.pdf"
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(opened[0]), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert all(group in text for group in key.split("-"))

    seam.save_paths.append(tmp_path / "giu-lai")
    dialog.ui.saveButton.click()
    assert seam.suggested[-1].name == "phieu-khoi-phuc.pdf"
    assert seam.suggested[-1].parent != tmp_path  # not silently beside the book
    assert dialog.saved_to == tmp_path / "giu-lai.pdf" and dialog.saved_to.is_file()
    assert "giu-lai.pdf" in dialog.ui.statusLabel.text()
    assert str(tmp_path) not in dialog.ui.statusLabel.text()


def test_a_person_changes_their_own_password(qtbot, encrypted_path, seam, english):
    from desktop.gui.kit.context import BookContext
    from desktop.gui.login.password_dialog import PasswordDialog, change_my_password

    book = workspace.login(encrypted_path, LEADER)
    context = BookContext(book, book.actor, None)

    def wrong_old(dialog: QDialog) -> bool:
        assert isinstance(dialog, PasswordDialog)
        dialog.ui.oldEdit.setText("khong-dung")
        dialog.ui.passwordEdit.setText("mat-khau-moi-cua-ha")
        dialog.ui.againEdit.setText("mat-khau-moi-cua-ha")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result() == QDialog.DialogCode.Accepted

    def right_old(dialog: QDialog) -> bool:  # the same dialog comes back with the message
        assert "current password is wrong" in dialog.ui.errorLabel.text()  # type: ignore[attr-defined]
        dialog.ui.oldEdit.setText(LEADER.password)  # type: ignore[attr-defined]
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]
        return dialog.result() == QDialog.DialogCode.Accepted
    seam.expect(wrong_old)
    seam.expect(right_old)
    change_my_password(context, seam)
    qtbot.waitUntil(lambda: bool(seam.messages) and not seam.scripts, timeout=20000)
    context.runner.wait_for_done()
    book.database.dispose()
    assert "was changed" in seam.messages[-1][1]
    workspace.unlock(encrypted_path, workspace.Credentials(LEADER.username,
                                                           "mat-khau-moi-cua-ha"))
