"""Typing a date works wherever the cursor is.

Qt's date editor takes digits only into the section the cursor sits in, and a click leaves the
cursor wherever it landed: a person who clicks the field and types "07122026" gets nothing. This
filter, installed once on the application, starts a typed date at its first section (the day)
unless the person is already typing or moved between sections with the arrow keys on purpose.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLineEdit

_TYPING = "hoagiai_typing_date"
_PLACING = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End}


def _date_edit(watched: QObject) -> QDateTimeEdit | None:
    if isinstance(watched, QDateTimeEdit):
        return watched
    parent = watched.parent() if isinstance(watched, QLineEdit) else None
    return parent if isinstance(parent, QDateTimeEdit) else None


class DateTyping(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                        QEvent.Type.FocusOut):
            return False
        edit = _date_edit(watched)
        if edit is None:
            return False
        if kind is QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self._on_key(edit, event)
        else:
            edit.setProperty(_TYPING, False)  # a click or leaving the field: a fresh start
        return False

    def _on_key(self, edit: QDateTimeEdit, event: QKeyEvent) -> None:
        if event.key() in _PLACING:
            edit.setProperty(_TYPING, True)  # the person chose a section themselves
        elif event.text().isdigit() and not edit.property(_TYPING):
            edit.setCurrentSectionIndex(0)
            edit.setSelectedSection(edit.currentSection())
            edit.setProperty(_TYPING, True)


def install_date_typing(app: QApplication) -> DateTyping:
    """Once per application; kept as the application's child."""
    existing = app.findChild(DateTyping)
    if isinstance(existing, DateTyping):
        return existing
    typing = DateTyping(app)
    app.installEventFilter(typing)
    return typing


def remove_date_typing(app: QApplication) -> None:
    """Back to Qt's own behaviour (tests that install the filter take it away afterwards)."""
    existing = app.findChild(DateTyping)
    if isinstance(existing, DateTyping):
        app.removeEventFilter(existing)
        existing.setParent(None)
        existing.deleteLater()
