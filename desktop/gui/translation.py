"""Bridges Qt's translation calls to the program's gettext catalogue.

Forms compiled from ``ui/`` call ``QCoreApplication.translate(context, text)``, and Qt's own
dialogs do too; this translator answers them from the same ``.po`` catalogue as the rest of the
program, so there is one translation system (and Qt's standard buttons get Vietnamese, which Qt
itself does not ship).
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from desktop.core.i18n import _


class GettextTranslator(QTranslator):
    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        translated = _(source_text)
        return translated if translated != source_text else None  # type: ignore[return-value]

    def isEmpty(self) -> bool:
        return False
