"""The idle lock keeps what is on screen private and what was typed safe: every window is hidden
or covered while locked (an open New-case dialog too), Esc or closing the lock box neither
signs out nor closes anything, and an unlock gives back every window as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QMainWindow, QWidget

from desktop.core.domain.roles import Role
from desktop.core.i18n import _
from desktop.core.services.workspace import accounts
from desktop.core.services.workspace import book as workspace
from desktop.gui.cases import NewCaseDialog
from desktop.gui.login import IdleLock
from desktop.gui.login.curtains import CURTAIN_NAME
from desktop.gui.login.idle_lock import LockDialog

LEADER = workspace.Credentials("totruong", "mat-khau-to-truong")
TYPED = "Tranh chấp ranh giới đất giữa hai hộ"


@pytest.fixture
def encrypted_path(tmp_path: Path) -> Path:
    path = tmp_path / "so-khoa.sqlite"
    book, _key = workspace.create_book(path, accounts.AccountInput(
        LEADER.username, "Trần Thị Thu Hà", Role.TEAM_LEADER), LEADER.password)
    book.database.dispose()
    return path


def type_text(widget: QWidget, text: str) -> None:
    """Vietnamese arrives as an input method's commit, as from Unikey or IBus."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def unlock(dialog: QDialog) -> bool:
    dialog.ui.passwordEdit.setText(LEADER.password)  # type: ignore[attr-defined]
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]
    return dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def screen(qtbot, context) -> tuple[QMainWindow, NewCaseDialog]:
    """The main window with a New-case dialog open on it, a title typed in."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLabel("Danh sách vụ việc", window))
    window.show()
    dialog = NewCaseDialog(context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.ui.titleEdit, TYPED)
    assert dialog.ui.titleEdit.text() == TYPED
    return window, dialog


def test_while_locked_no_window_shows_its_content_and_the_typed_text_comes_back(
        qtbot, encrypted_path, dialogs, screen):
    window, new_case = screen
    new_case.setWindowTitle(title_before := "Vụ việc mới: " + TYPED)
    curtain_title = _("Sổ hòa giải is locked.")
    lock = IdleLock(encrypted_path, LEADER.username, 10, dialogs, [window])
    seen: dict[str, object] = {}

    def script(dialog: QDialog) -> bool:
        assert isinstance(dialog, LockDialog)
        others = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not dialog]
        seen["open"] = others
        seen["main hidden"] = not window.isVisible()
        seen["dialog still open"] = new_case.isVisible()
        seen["title hidden"] = not new_case.ui.titleEdit.isVisible()
        curtain = new_case.findChild(QLabel, CURTAIN_NAME)
        assert curtain is not None and curtain.isVisible()
        seen["covers"] = curtain.geometry() == new_case.rect()
        seen["title"] = new_case.windowTitle()
        # what a screen grab of each open window shows: the curtain and nothing else
        seen["grabs"] = [w.grab().toImage() == w.findChild(QLabel, CURTAIN_NAME).grab().toImage()
                         for w in others]
        return unlock(dialog)

    dialogs.on_run = script
    lock.lock_now()
    assert seen["main hidden"] and seen["dialog still open"] and seen["title hidden"]
    assert seen["open"] == [new_case] and seen["covers"] and seen["grabs"] == [True]
    assert window.isVisible() and new_case.isVisible() and new_case.ui.titleEdit.isVisible()
    assert new_case.ui.titleEdit.text() == TYPED  # nothing typed is lost
    assert seen["title"] == curtain_title and new_case.windowTitle() == title_before
    qtbot.waitUntil(lambda: new_case.findChild(QLabel, CURTAIN_NAME) is None)


def test_escape_or_closing_the_lock_box_neither_signs_out_nor_closes_anything(
        qtbot, encrypted_path, dialogs, screen):
    window, new_case = screen
    lock = IdleLock(encrypted_path, LEADER.username, 10, dialogs, [window])
    switched: list[bool] = []
    lock.switch_user_requested.connect(lambda: switched.append(True))

    def script(dialog: QDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        dialog.close()
        dialog.reject()
        assert dialog.isVisible()  # still locked, waiting for the password
        return unlock(dialog)

    dialogs.on_run = script
    lock.lock_now()
    assert switched == [] and window.isVisible() and new_case.isVisible()
    assert new_case.ui.titleEdit.text() == TYPED


def test_switch_user_asks_first_when_windows_are_open(qtbot, encrypted_path, dialogs, screen,
                                                     english):
    window, new_case = screen
    lock = IdleLock(encrypted_path, LEADER.username, 10, dialogs, [window])
    switched: list[bool] = []
    lock.switch_user_requested.connect(lambda: switched.append(True))

    def script(dialog: QDialog) -> bool:
        assert isinstance(dialog, LockDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        dialogs.answer = False  # "No": stay locked
        dialog.switch_button.click()
        assert dialog.isVisible() and "not saved" in dialogs.messages[-1][1]
        dialogs.answer = True
        dialog.switch_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.on_run = script
    lock.lock_now()
    assert switched == [True]
    assert not new_case.isVisible()  # nothing of the person who left stays on screen
