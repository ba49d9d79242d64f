"""Preferences of this computer's user (language, text size, window places), kept in QSettings.

They belong to the person at the PC, not to the case book, so they live outside the database.
Tests pass a QSettings on a temporary file, never the user's own.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desktop.core.i18n import DEFAULT_LANGUAGE, LANGUAGES

LARGE_TEXT_SCALE = 1.25
_BASE_FONT = "hoagiai_base_font"


class Preferences:
    LANGUAGE = "ui/language"
    LARGE_TEXT = "ui/large_text"
    MAIN_WINDOW_GEOMETRY = "main_window/geometry"

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings()

    @property
    def language(self) -> str:
        value = str(self.settings.value(self.LANGUAGE, DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self.settings.setValue(self.LANGUAGE, value)

    @property
    def large_text(self) -> bool:
        return bool(self.settings.value(self.LARGE_TEXT, False, type=bool))

    @large_text.setter
    def large_text(self, value: bool) -> None:
        self.settings.setValue(self.LARGE_TEXT, value)

    @property
    def main_window_geometry(self) -> QByteArray | None:
        value = self.settings.value(self.MAIN_WINDOW_GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @main_window_geometry.setter
    def main_window_geometry(self, value: QByteArray) -> None:
        self.settings.setValue(self.MAIN_WINDOW_GEOMETRY, value)


def apply_text_size(app: QApplication, large: bool) -> None:
    """Scale the whole program's font; every widget without its own size follows at once."""
    base = app.property(_BASE_FONT)
    if not isinstance(base, QFont):
        base = QFont(app.font())
        app.setProperty(_BASE_FONT, base)
    font = QFont(base)
    if large:
        font.setPointSizeF(base.pointSizeF() * LARGE_TEXT_SCALE)
    app.setFont(font)
