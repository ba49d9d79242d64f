"""Small pieces every case form uses: dates, optional dates, error boxes, read-only mode."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.core.errors import HoagiaiError, RuleViolations, ValidationError
from desktop.core.i18n import _
from desktop.gui.kit.optional_date import FillsInWhenTyped
from desktop.gui.kit.picked import picked_date

READABLE_DISABLED = "#4d4d4d"
ERROR_STYLE = ("QLabel { background: #fdecea; color: #7a1b12; border: 1px solid #e4a59c;"
               " border-radius: 4px; padding: 8px; }")


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(to_qdate(moment.date()), QTime(moment.hour, moment.minute))


def date_text(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def error_text(error: HoagiaiError) -> str:
    if isinstance(error, RuleViolations):
        return _("Please put these right first:") + "\n" + str(error)
    return str(error)


def clear_error(label: QLabel) -> None:
    label.clear()
    label.setVisible(False)


def show_error(label: QLabel, error: HoagiaiError,
               fields: Mapping[str, QWidget] | None = None) -> None:
    """Show the core's message in the form's error box and put the cursor on the field."""
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(error_text(error))
    label.setVisible(True)
    field = error.field if isinstance(error, ValidationError) else None
    if fields and field is not None and field in fields:
        fields[field].setFocus()


def set_fields_editable(widgets: Iterable[QWidget], editable: bool) -> None:
    """Text stays readable (read-only, not greyed); choices are disabled, in a darker grey
    than Qt's, so a closed case can still be read on a dim screen."""
    for widget in widgets:
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.setReadOnly(not editable)
            continue
        if not isinstance(widget, QPushButton):
            _readable_when_disabled(widget)
        widget.setEnabled(editable)


def _readable_when_disabled(widget: QWidget) -> None:
    palette = widget.palette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(READABLE_DISABLED))
    widget.setPalette(palette)


def select_data(combo: QComboBox, value: object) -> None:
    """Select the item holding ``value``, compared by equality: Qt's ``findData`` compares
    Python objects such as UUIDs by identity, and stores a StrEnum member as its string."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return
    combo.setCurrentIndex(0 if combo.count() else -1)


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, object]]) -> None:
    combo.clear()
    for text, value in items:
        combo.addItem(text, value)


def fit_columns(table: QTableView, long_text_columns: Iterable[int]) -> None:
    """Short columns (dates, roles, numbers) as wide as their content; the columns of long,
    wrapping text share the rest, so no column pushes the others off the screen."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in long_text_columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)


def fit_rows(table: QTableView) -> None:
    """Rows as tall as their wrapped text (positions and terms run to several lines)."""
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class OptionalDate:
    """A date edit and a check box saying the date is absent ("Not known", "No deadline").
    The date stays editable: typing one unticks the box (``FillsInWhenTyped``)."""

    def __init__(self, edit: QDateEdit, absent: QCheckBox | QAbstractButton) -> None:
        self.edit = edit
        self.absent = absent
        self._editable = True
        self.typed = FillsInWhenTyped(edit, absent)
        absent.toggled.connect(self._sync)

    def value(self) -> date | None:
        return None if self.absent.isChecked() else picked_date(self.edit)

    def set_value(self, day: date | None, default: date | None = None) -> None:
        self.absent.setChecked(day is None)
        self.edit.setDate(to_qdate(day or default or date.today()))
        self._sync()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        _readable_when_disabled(self.edit)
        _readable_when_disabled(self.absent)
        self.absent.setEnabled(editable)
        self._sync()

    def _sync(self) -> None:
        self.edit.setEnabled(self._editable)
