"""The idle lock: after some minutes without a key press or a mouse action (the book's
``idle_lock_minutes`` setting, 10 by default, 0 for never), the windows are hidden behind a
lock dialog asking for the same person's password, or offering to switch user (the book is
closed and the login starts again)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from desktop.core.i18n import _
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.signals import emit
from desktop.gui.login.login_dialog import LoginDialog

_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                    QEvent.Type.MouseMove})


class IdleLock(QObject):
    switch_user_requested = Signal()

    def __init__(self, path: Path, username: str, minutes: int, dialogs: Dialogs,
                 windows: list[QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.username = username
        self.dialogs = dialogs
        self.windows = windows
        self.locked = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(minutes, 0) * 60_000)
        self.timer.timeout.connect(self.lock_now)
        if minutes > 0:
            app = QApplication.instance()
            assert app is not None
            app.installEventFilter(self)
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and not self.locked and self.timer.interval() > 0:
            self.timer.start()  # restart the countdown on every input
        return False

    def lock_now(self) -> None:
        """Hide the windows and ask for the password again (or to switch user)."""
        if self.locked:
            return
        self.locked = True
        shown = [window for window in self.windows if window.isVisible()]
        for window in shown:
            window.hide()
        dialog = self.lock_dialog()
        unlocked = self.dialogs.run(dialog)
        self.locked = False
        if not unlocked:  # "Switch user" (or closing the lock): log in again
            emit(self.switch_user_requested)
            return
        for window in shown:
            window.show()
        if self.timer.interval() > 0:
            self.timer.start()

    def lock_dialog(self) -> LoginDialog:
        dialog = LoginDialog(self.path, None, self.username, unlock_only=True)
        dialog.setWindowTitle(_("Sổ hòa giải is locked"))
        dialog.ui.bookLabel.setText(_("The window was locked after a while without use. Type "
                                      "the password of {user} to go on.").format(
                                          user=self.username))
        switch = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        switch.setText(_("Switch user"))
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Unlock"))
        return dialog
