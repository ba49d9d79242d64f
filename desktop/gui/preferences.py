"""Preferences of this computer's user (language, text size, contrast, window places), kept in
QSettings.

They belong to the person at the PC, not to the case book, so they live outside the database.
Tests pass a QSettings on a temporary file, never the user's own.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desktop.core.i18n import DEFAULT_LANGUAGE, LANGUAGES

TEXT_SIZES = (100, 125, 150, 175, 200)  # per cent of the system's text size
LARGE_TEXT_SCALE = 1.25  # the "Large text" tick: 125 %
_BASE_FONT = "hoagiai_base_font"


class Preferences:
    LANGUAGE = "ui/language"
    LARGE_TEXT = "ui/large_text"  # written by earlier versions: True meant 125 %
    TEXT_SIZE = "ui/text_size"
    HIGH_CONTRAST = "ui/high_contrast"
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
    def text_size(self) -> int:
        """The text size in per cent, one of TEXT_SIZES (anything else read back: 100)."""
        old = 125 if self.settings.value(self.LARGE_TEXT, False, type=bool) else 100
        value = self.settings.value(self.TEXT_SIZE, old)
        try:
            size = int(str(value))
        except ValueError:
            return 100
        return size if size in TEXT_SIZES else 100

    @text_size.setter
    def text_size(self, value: int) -> None:
        if value not in TEXT_SIZES:
            raise ValueError(f"text size {value} is not one of {TEXT_SIZES}")
        self.settings.setValue(self.TEXT_SIZE, value)
        self.settings.setValue(self.LARGE_TEXT, value > 100)

    @property
    def large_text(self) -> bool:
        return self.text_size > 100

    @large_text.setter
    def large_text(self, value: bool) -> None:
        self.text_size = round(LARGE_TEXT_SCALE * 100) if value else 100

    @property
    def high_contrast(self) -> bool:
        return bool(self.settings.value(self.HIGH_CONTRAST, False, type=bool))

    @high_contrast.setter
    def high_contrast(self, value: bool) -> None:
        self.settings.setValue(self.HIGH_CONTRAST, value)

    def window_geometry(self, name: str) -> QByteArray | None:
        value = self.settings.value(f"{name}/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, name: str, value: QByteArray) -> None:
        self.settings.setValue(f"{name}/geometry", value)

    @property
    def main_window_geometry(self) -> QByteArray | None:
        return self.window_geometry("main_window")

    @main_window_geometry.setter
    def main_window_geometry(self, value: QByteArray) -> None:
        self.set_window_geometry("main_window", value)


def apply_text_size(app: QApplication, size: bool | int) -> None:
    """Scale the whole program's font; every widget without its own size follows at once.
    ``size`` is a per cent of TEXT_SIZES (True/False: the old large-text tick, 125 % or 100 %)."""
    percent = (round(LARGE_TEXT_SCALE * 100) if size else 100) if isinstance(size, bool) \
        else size
    base = app.property(_BASE_FONT)
    if not isinstance(base, QFont):
        base = QFont(app.font())
        app.setProperty(_BASE_FONT, base)
    font = QFont(base)
    if percent != 100:
        font.setPointSizeF(base.pointSizeF() * percent / 100)
    app.setFont(font)
