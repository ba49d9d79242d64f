"""Showing a save's errors where people look: in a visible label, with the inputs marked.

A ``ValidationError`` names its input (``field``); ``RuleViolations`` carries several. Nothing the
user typed is touched: the form stays open so they can correct it. A mark (and its message) goes
away as soon as the person edits the input it points at; the next save checks again.
"""

from __future__ import annotations

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.core.errors import HoagiaiError, RuleViolations, ValidationError

_LABEL_STYLE = ("QLabel { color: #7a1a10; background: #fdecea; border: 1px solid #f0b8b0;"
                " border-radius: 4px; padding: 6px; }")
_MARK_STYLE = "border: 2px solid #b3261e; border-radius: 3px;"


def flatten(error: HoagiaiError) -> list[HoagiaiError]:
    return list(error.errors) if isinstance(error, RuleViolations) else [error]


def edited_signal(widget: QWidget) -> SignalInstance | None:
    """The signal a person's edit of ``widget`` sends (None for a widget that has none)."""
    changed = getattr(widget, "changed", None)  # the kit's own composite inputs
    if isinstance(changed, SignalInstance):
        return changed
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, QAbstractSpinBox):
        return getattr(widget, "valueChanged", None)
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    return None


class FieldErrors:
    def __init__(self, label: QLabel, fields: dict[str, QWidget]) -> None:
        self._label = label
        self._fields = fields
        self._marked: list[QWidget] = []
        self._messages: list[tuple[QWidget | None, str]] = []
        label.setStyleSheet(_LABEL_STYLE)
        label.setWordWrap(True)
        label.hide()
        for widget in fields.values():
            signal = edited_signal(widget)
            if signal is not None:
                signal.connect(lambda *_args, w=widget: self.on_field_edited(w))

    def show(self, error: HoagiaiError) -> None:
        """Show every message of ``error``, mark the inputs it names, focus the first one."""
        self.clear()
        for item in flatten(error):
            widget = self._fields.get(item.field or "") if isinstance(item, ValidationError) \
                else None
            self._messages.append((widget, item.message))
            if widget is not None and widget not in self._marked:
                widget.setStyleSheet(_MARK_STYLE)
                self._marked.append(widget)
        self._show_texts()
        if self._marked:
            self._marked[0].setFocus()

    def show_messages(self, messages: list[str]) -> None:
        self._messages = [(None, message) for message in messages]
        self._show_texts()

    def _show_texts(self) -> None:
        messages = [message for _widget, message in self._messages]
        bullet = "• " if len(messages) > 1 else ""
        self._label.setText("\n".join(bullet + message for message in messages))
        self._label.setVisible(bool(messages))

    def on_field_edited(self, widget: QWidget) -> None:
        """The person is putting this input right: take its mark and its message away."""
        if widget not in self._marked:
            return
        widget.setStyleSheet("")
        self._marked.remove(widget)
        self._messages = [(w, m) for w, m in self._messages if w is not widget]
        self._show_texts()

    def clear(self) -> None:
        for widget in self._marked:
            widget.setStyleSheet("")
        self._marked.clear()
        self._messages.clear()
        self._label.clear()
        self._label.hide()

    def is_marked(self, widget: QWidget) -> bool:
        return widget in self._marked

    @property
    def text(self) -> str:
        return "" if self._label.isHidden() else self._label.text()
