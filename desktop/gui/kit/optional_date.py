"""A date people may leave out: a dd/MM/yyyy date with a calendar, and an "Unknown" tick box
after it (ticked: no date). The same arrangement as the case window's optional dates.

The date stays editable while "Unknown" is ticked: typing a date, or picking one in the calendar,
unticks it at once, so nobody has to untick the box first (issue 14).
"""

from __future__ import annotations

import datetime
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QSizePolicy,
    QWidget,
)

from desktop.core.i18n import _
from desktop.gui.kit.picked import picked_date
from desktop.gui.kit.signals import emit

DATE_FORMAT = "dd/MM/yyyy"
ABSENT_TEXT = "#8a8a8a"
_STEPPING = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


def _gives_a_date(event: QEvent) -> bool:
    if isinstance(event, QKeyEvent) and event.type() is QEvent.Type.KeyPress:
        return event.text().isdigit() or event.key() in _STEPPING
    return event.type() is QEvent.Type.Wheel


class FillsInWhenTyped(QObject):
    """Unticks ``absent`` ("Unknown", "No deadline") as soon as the person types a digit into
    ``edit``, steps its date or picks a day in its calendar. Only the person's own input counts:
    a date set by the program (loading a case, a minimum date) leaves the box as it is."""

    def __init__(self, edit: QDateEdit, absent: QAbstractButton) -> None:
        super().__init__(edit)
        self.edit = edit
        self.absent = absent
        edit.installEventFilter(self)
        absent.toggled.connect(self.show_absence)
        self.show_absence(absent.isChecked())
        if edit.calendarPopup():
            edit.calendarWidget().clicked.connect(self.on_date_given)
            edit.calendarWidget().activated.connect(self.on_date_given)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if _gives_a_date(event):
            self.on_date_given()
        return False

    def show_absence(self, absent: bool) -> None:
        """The date shown while absent is only a starting point: grey, not a recorded date
        (the ticked box says so in words)."""
        palette = self.edit.palette()
        palette.setColor(QPalette.ColorRole.Text,
                         QColor(ABSENT_TEXT) if absent
                         else QApplication.palette().color(QPalette.ColorRole.Text))
        self.edit.setPalette(palette)

    def on_date_given(self) -> None:
        if self.absent.isChecked() and self.absent.isEnabled():
            self.absent.setChecked(False)


class OptionalDateEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.unknown = QCheckBox(_("&Unknown"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.unknown)
        layout.addStretch(1)
        self.setFocusProxy(self.date_edit)
        self.typed = FillsInWhenTyped(self.date_edit, self.unknown)
        self.unknown.toggled.connect(self.on_unknown_toggled)
        self.date_edit.dateChanged.connect(self.changed)
        self.unknown.setChecked(True)

    def on_unknown_toggled(self, unknown: bool) -> None:
        emit(self.changed)

    def date(self) -> date | None:
        return None if self.unknown.isChecked() else picked_date(self.date_edit)

    def set_date(self, value: datetime.date | None) -> None:  # ``date`` is the method here
        self.unknown.setChecked(value is None)
        if value is not None:
            self.date_edit.setDate(QDate(value.year, value.month, value.day))

    def setAccessibleName(self, name: str) -> None:  # called by the compiled forms
        super().setAccessibleName(name)
        self.date_edit.setAccessibleName(name)
        self.unknown.setAccessibleName(_("{name} is unknown").format(name=name))
