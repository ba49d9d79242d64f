"""A date people may leave out: a dd/MM/yyyy date with a calendar, and an "Unknown" tick box
after it (ticked: no date). The same arrangement as the case window's optional dates."""

from __future__ import annotations

import datetime
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QSizePolicy, QWidget

from desktop.core.i18n import _
from desktop.gui.kit.picked import picked_date
from desktop.gui.kit.signals import emit

DATE_FORMAT = "dd/MM/yyyy"


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
        self.unknown.toggled.connect(self.on_unknown_toggled)
        self.date_edit.dateChanged.connect(self.changed)
        self.unknown.setChecked(True)

    def on_unknown_toggled(self, unknown: bool) -> None:
        self.date_edit.setEnabled(not unknown)
        self.setFocusProxy(self.unknown if unknown else self.date_edit)
        emit(self.changed)

    def date(self) -> date | None:
        return None if self.unknown.isChecked() else picked_date(self.date_edit)

    def set_date(self, value: datetime.date | None) -> None:  # ``date`` is the method here
        self.unknown.setChecked(value is None)
        if value is not None:
            self.date_edit.setDate(QDate(value))

    def setAccessibleName(self, name: str) -> None:  # called by the compiled forms
        super().setAccessibleName(name)
        self.date_edit.setAccessibleName(name)
        self.unknown.setAccessibleName(_("{name} is unknown").format(name=name))
