"""Bridges Qt's translation calls to the program's gettext catalogue, and sets Qt's locale.

Forms compiled from ``ui/`` call ``QCoreApplication.translate(context, text)``, and Qt's own
dialogs do too; this translator answers them from the same ``.po`` catalogue as the rest of the
program, so there is one translation system (and Qt's standard buttons get Vietnamese, which Qt
itself does not ship). Month and weekday names (the calendar popup) come from ``QLocale``, so the
language also sets Qt's default locale.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator

from desktop.core.i18n import _, set_language

_LOCALES = {
    "vi": QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),  # day/month order
}


class GettextTranslator(QTranslator):
    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        translated = _(source_text)
        return translated if translated != source_text else None  # type: ignore[return-value]

    def isEmpty(self) -> bool:
        return False


def apply_language(language: str) -> None:
    """Every later string in ``language``, and Qt's widgets made from now on in its locale."""
    set_language(language)
    QLocale.setDefault(_LOCALES[language])
