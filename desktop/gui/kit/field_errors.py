"""Showing a save's errors where people look: in a visible label, with the inputs marked.

A ``ValidationError`` names its input (``field``); ``RuleViolations`` carries several. Nothing the
user typed is touched: the form stays open so they can correct it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.errors import HoagiaiError, RuleViolations, ValidationError

_LABEL_STYLE = ("QLabel { color: #7a1a10; background: #fdecea; border: 1px solid #f0b8b0;"
                " border-radius: 4px; padding: 6px; }")
_MARK_STYLE = "border: 2px solid #b3261e; border-radius: 3px;"


def flatten(error: HoagiaiError) -> list[HoagiaiError]:
    return list(error.errors) if isinstance(error, RuleViolations) else [error]


class FieldErrors:
    def __init__(self, label: QLabel, fields: dict[str, QWidget]) -> None:
        self._label = label
        self._fields = fields
        self._marked: list[QWidget] = []
        label.setStyleSheet(_LABEL_STYLE)
        label.setWordWrap(True)
        label.hide()

    def show(self, error: HoagiaiError) -> None:
        """Show every message of ``error``, mark the inputs it names, focus the first one."""
        self.clear()
        errors = flatten(error)
        self.show_messages([e.message for e in errors])
        for item in errors:
            widget = self._fields.get(item.field or "") if isinstance(item, ValidationError) \
                else None
            if widget is not None:
                widget.setStyleSheet(_MARK_STYLE)
                self._marked.append(widget)
        if self._marked:
            self._marked[0].setFocus()

    def show_messages(self, messages: list[str]) -> None:
        bullet = "• " if len(messages) > 1 else ""
        self._label.setText("\n".join(bullet + message for message in messages))
        self._label.setVisible(bool(messages))

    def clear(self) -> None:
        for widget in self._marked:
            widget.setStyleSheet("")
        self._marked.clear()
        self._label.clear()
        self._label.hide()

    @property
    def text(self) -> str:
        return "" if self._label.isHidden() else self._label.text()
