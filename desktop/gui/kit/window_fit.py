"""Windows open to fit the screen they are on (a 1366x768 or 1024x768 community-hall screen as
well as a large one) and come back at the size and place the person gave them."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_ALLOWANCE = QSize(16, 48)  # the title bar and borders the window manager adds


def available_size(window: QWidget) -> QSize:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() - FRAME_ALLOWANCE


def fit_to_screen(window: QWidget, wanted: QSize) -> None:
    """``wanted``, or less where the screen is smaller (never below what the layout needs,
    unless the screen itself is smaller)."""
    room = available_size(window)
    window.resize(wanted.boundedTo(room).expandedTo(window.minimumSizeHint().boundedTo(room)))


def fits_the_screen(window: QWidget, screen: QSize) -> bool:
    """The window as laid out can be shown whole on a screen of ``screen`` pixels."""
    needed = window.minimumSizeHint()
    return needed.width() <= screen.width() and needed.height() <= screen.height()


def fit_dialog(dialog: QWidget) -> None:
    """Before a dialog opens: one taller or wider than the screen at a large text size gets
    its content in a scroll area, and opens no larger than the screen."""
    from desktop.gui.kit.scrolling import make_scrollable

    room = available_size(dialog)
    needed = dialog.minimumSizeHint()
    if needed.width() > room.width() or needed.height() > room.height():
        make_scrollable(dialog)
    dialog.resize(dialog.sizeHint().boundedTo(room))
