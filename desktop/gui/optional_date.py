"""A date people may leave out: a "known" tick box beside a dd/MM/yyyy date with a calendar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from desktop.core.i18n import _
from desktop.gui.signals import emit

DATE_FORMAT = "dd/MM/yyyy"


class OptionalDateEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(_("Known"), self)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.date_edit, 1)
        self.setFocusProxy(self.known)
        self.known.toggled.connect(self.on_known_toggled)
        self.date_edit.dateChanged.connect(self.changed)

    def on_known_toggled(self, known: bool) -> None:
        self.date_edit.setEnabled(known)
        if known:
            self.date_edit.setFocus()
        emit(self.changed)

    def date(self) -> date | None:
        return self.date_edit.date().toPython() if self.known.isChecked() else None

    def set_date(self, value: date | None) -> None:
        self.known.setChecked(value is not None)
        if value is not None:
            self.date_edit.setDate(QDate(value))

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.date_edit.setAccessibleName(name)
        self.known.setAccessibleName(_("{name}: known").format(name=name))
