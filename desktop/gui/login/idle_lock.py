"""The idle lock: after some minutes without a key press or a mouse action (the book's
``idle_lock_minutes`` setting, 10 by default, 0 for never), every window is hidden or covered
(``curtains``) behind a lock box asking for the same person's password.

The lock box cannot be sent away by Esc or its close button: only the password opens the
windows again, exactly as they were (an open dialog keeps what was typed into it). "Switch
user" closes the book and starts the login again, and asks first when windows are open, since
what was typed in them and not saved would be lost.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QWidget

from desktop.core.i18n import _
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.signals import emit
from desktop.gui.login.curtains import Curtain, cover, is_dialog, open_windows, uncover
from desktop.gui.login.login_dialog import LoginDialog

_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                    QEvent.Type.MouseMove})


class LockDialog(LoginDialog):
    """The lock box: the password of the person logged in, or an explicit "Switch user"."""

    def __init__(self, path: Path, username: str, dialogs: Dialogs, open_count: int) -> None:
        super().__init__(path, None, username, unlock_only=True, dialogs=dialogs)
        self.open_count = open_count  # windows covered by the lock (unsaved work may be there)
        self.setWindowTitle(_("Sổ hòa giải is locked"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        self.setMinimumWidth(520)  # the explanation on two lines, not four
        self.ui.bookLabel.setText(_("The window was locked after a while without use. Type "
                                    "the password of {user} to go on.").format(user=username))
        buttons = self.ui.buttons
        buttons.removeButton(buttons.button(QDialogButtonBox.StandardButton.Cancel))
        self.switch_button = QPushButton(_("Switch user"), self)
        self.switch_button.setObjectName("switchUserButton")
        self.switch_button.setAutoDefault(False)
        buttons.addButton(self.switch_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.switch_button.clicked.connect(self.on_switch_clicked)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Unlock"))

    def reject(self) -> None:
        """Esc and the close button: the lock stays (nothing is closed, nobody logged out)."""

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()

    def on_switch_clicked(self) -> None:
        if self.open_count and not self.dialogs.confirm(self, _("Switch user?"), _(
                "Switching user closes every open window of Sổ hòa giải. Whatever was typed "
                "in them and not saved yet will be lost.\n\nSwitch user anyway?")):
            return
        self.done(self.DialogCode.Rejected)


class IdleLock(QObject):
    switch_user_requested = Signal()

    def __init__(self, path: Path, username: str, minutes: int, dialogs: Dialogs,
                 windows: list[QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.username = username
        self.dialogs = dialogs
        self.windows = windows  # the shell's own windows (others are found when locking)
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
        """Hide or cover every window and ask for the password again (or to switch user)."""
        if self.locked:
            return
        self.locked = True
        shown = [w for w in self.windows if w.isVisible()]
        shown += [w for w in open_windows() if w not in shown]
        hidden = [window for window in shown if not is_dialog(window)]
        for window in hidden:
            window.hide()
        curtains = [cover(window) for window in shown if is_dialog(window)]
        unlocked = self.dialogs.run(self.lock_dialog(len(shown)))
        self.locked = False
        if not unlocked:  # "Switch user", confirmed: log in again
            emit(self.switch_user_requested)
            self._close_the_rest(hidden, curtains)
            return
        self._reopen(hidden, curtains)

    def _close_the_rest(self, hidden: list[QWidget], curtains: list[Curtain]) -> None:
        """After a confirmed switch, no window of the person who left stays behind (a covered
        dialog or a hidden case window would otherwise outlive their session)."""
        for curtain in curtains:
            uncover(curtain)
            curtain.window.close()
        for window in hidden:
            if window not in self.windows:
                window.close()

    def _reopen(self, hidden: list[QWidget], curtains: list[Curtain]) -> None:
        for window in hidden:
            window.show()
        for curtain in curtains:
            uncover(curtain)
        if curtains:
            curtains[-1].window.activateWindow()  # the dialog the person was typing in
        if self.timer.interval() > 0:
            self.timer.start()

    def lock_dialog(self, open_count: int = 0) -> LockDialog:
        return LockDialog(self.path, self.username, self.dialogs, open_count)
