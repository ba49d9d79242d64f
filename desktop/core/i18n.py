"""One translation system for the GUI, the CLI, messages and documents (gettext via Babel).

Message ids are English; ``resources/translations/<lang>.po`` holds each language. Catalogues are
read from the ``.po`` source and compiled in memory, so no generated ``.mo`` file can go stale.
Vietnamese is the default language.
"""

from __future__ import annotations

import gettext
import io
from functools import cache

from desktop.core.resources import resources_root

DEFAULT_LANGUAGE = "vi"
LANGUAGES = ("vi", "en")

_active: gettext.NullTranslations = gettext.NullTranslations()
_active_language = "en"


@cache
def _load(language: str) -> gettext.NullTranslations:
    po_path = resources_root() / "translations" / f"{language}.po"
    if not po_path.exists():
        return gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path.open("rb") as po_file:
        catalog = read_po(po_file, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def set_language(language: str) -> None:
    """Switch every later translation to ``language`` (one of LANGUAGES)."""
    global _active, _active_language
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language: {language}")
    _active = _load(language)
    _active_language = language


def current_language() -> str:
    return _active_language


def _(message: str) -> str:
    """Translate ``message`` into the active language."""
    return _active.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return _active.ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark ``message`` for extraction; it is translated later, where it is shown."""
    return message


def translate_in(language: str, message: str) -> str:
    """Translate one message into a given language, whatever the active one is."""
    return _load(language).gettext(message)


set_language(DEFAULT_LANGUAGE)
