"""File > Connect to the ward's server…: the connect dialog from a running program. The book it
opens is announced on ``connections().book_opened``; the application (``desktop.gui.app``)
opens its window beside the one already open, so this area never imports the shell."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.core.i18n import _
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.signals import emit
from desktop.gui.server.connect_dialog import ServerConnectDialog


class ServerConnections(QObject):
    book_opened = Signal(object)  # a workspace.OpenedBook, logged in


_connections: ServerConnections | None = None


def connections() -> ServerConnections:
    """The one announcer of books opened on a server (made on first use, on the UI thread)."""
    global _connections
    if _connections is None:
        _connections = ServerConnections()
    return _connections


def server_action(window: QWidget, dialogs: Dialogs) -> QAction:
    action = QAction(_("Connect to the ward's &server…"), window)
    action.setObjectName("serverConnectAction")
    action.triggered.connect(lambda: connect_from_menu(window, dialogs))
    return action


def connect_from_menu(window: QWidget, dialogs: Dialogs) -> None:
    dialog = ServerConnectDialog(dialogs=dialogs, parent=window)
    if dialogs.run(dialog) and dialog.book is not None:
        emit(connections().book_opened, dialog.book)
