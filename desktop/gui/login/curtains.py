"""What the idle lock does to the other windows: nothing on them stays readable, nothing typed
into them is lost.

A window that is not a dialog is hidden (as before). A dialog is never hidden: hiding a dialog
that runs its own event loop (``exec``, e.g. an open New-case dialog) ends that loop and would
throw away what was typed. Instead its contents are hidden behind a plain "locked" label, and
shown again, with the same text and the same focus, once the password is typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from desktop.core.i18n import _

CURTAIN_NAME = "lockCurtain"


@dataclass
class Curtain:
    """One dialog's hidden contents, to show again on unlock."""

    window: QWidget
    size: QSize
    label: QLabel
    hidden: list[QWidget] = field(default_factory=list)
    focus: QWidget | None = None
    title: str = ""  # a dialog's title may name a case: the taskbar shows it


class _KeepCovered(QObject):
    """Keeps the curtain label over the whole dialog if the dialog is resized while locked."""

    def __init__(self, curtain: Curtain) -> None:
        super().__init__(curtain.label)
        self.curtain = curtain

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.curtain.label.setGeometry(self.curtain.window.rect())
        return False


def cover(window: QWidget) -> Curtain:
    """Hide every child of ``window`` behind a label; the window itself stays open."""
    label = QLabel(_("Sổ hòa giải is locked."), window)
    label.setObjectName(CURTAIN_NAME)
    curtain = Curtain(window, window.size(), label, focus=window.focusWidget(),
                      title=window.windowTitle())
    window.setWindowTitle(label.text())
    curtain.hidden = [child for child in window.findChildren(
        QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if child is not label and not child.isWindow() and not child.isHidden()]
    for child in curtain.hidden:
        child.hide()
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAutoFillBackground(True)
    label.setGeometry(window.rect())
    label.show()
    label.raise_()
    window.installEventFilter(_KeepCovered(curtain))
    return curtain


def uncover(curtain: Curtain) -> None:
    """Show the dialog's contents again, as they were."""
    curtain.label.hide()
    curtain.label.deleteLater()
    for child in curtain.hidden:
        child.show()
    curtain.window.resize(curtain.size)
    curtain.window.setWindowTitle(curtain.title)
    if curtain.focus is not None:
        curtain.focus.setFocus()


def open_windows(excluded: QWidget | None = None) -> list[QWidget]:
    """Every window on screen now, popups (menus, calendars, lists) closed first."""
    while (popup := QApplication.activePopupWidget()) is not None:
        popup.close()
    return [widget for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and widget is not excluded]


def is_dialog(window: QWidget) -> bool:
    return isinstance(window, QDialog)
