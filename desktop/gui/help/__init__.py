"""Help where the person is: F1 opens the guide at the page about the current screen, Help ›
Getting started opens its checklist, and the guide names who to call (a setting the ward fills
in)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.i18n import _
from desktop.core.policy import settings
from desktop.gui.help.help_window import HelpWindow
from desktop.gui.help.topics import START, topic_for
from desktop.gui.kit.context import BookContext

__all__ = ["HelpKeyInDialogs", "HelpWindow", "help_actions", "open_guide"]

def open_guide(owner: QWidget, context: BookContext, topic: str) -> HelpWindow:
    """The one guide window of ``owner`` (made on first use), shown at ``topic``."""
    guide = owner.findChild(HelpWindow)
    if not isinstance(guide, HelpWindow):
        contact = context.read_now(lambda s: settings.value(s, settings.HELP_CONTACT))
        guide = HelpWindow(contact, owner)
    guide.show_topic(topic)
    guide.show()
    guide.raise_()
    return guide


class HelpKeyInDialogs(QObject):
    """F1 inside a modal dialog, where the main window's shortcut does not reach: the guide
    opens over the dialog, at the page about it."""

    def __init__(self, owner: QWidget, context: BookContext) -> None:
        super().__init__(owner)
        self.context = context

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() is QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_F1):
            modal = QApplication.activeModalWidget()
            if modal is not None:
                open_guide(modal, self.context, topic_for(modal))
                return True
        return False


def help_actions(owner: QWidget, context: BookContext) -> list[QAction]:
    """Help › Guide (F1, in every window of the program) and Help › Getting started."""
    guide = QAction(_("&Guide for this screen"), owner)
    guide.setObjectName("guideAction")
    guide.setShortcut(QKeySequence.StandardKey.HelpContents)
    guide.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    guide.triggered.connect(lambda: open_guide(
        owner, context, topic_for(QApplication.activeWindow() or owner)))
    start = QAction(_("Getting &started"), owner)
    start.setObjectName("startAction")
    start.triggered.connect(lambda: open_guide(owner, context, START))
    app = QApplication.instance()
    if app is not None:  # gone with ``owner``
        app.installEventFilter(HelpKeyInDialogs(owner, context))
    return [guide, start]
