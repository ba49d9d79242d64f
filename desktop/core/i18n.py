"""One translation system for the GUI, the CLI, messages and documents (gettext via Babel).

Message ids are English; ``resources/translations/<lang>.po`` holds each language, the source.
Parsing it with Babel costs ~0.3 s at every start, so the compiled catalogue is kept beside it
(``<lang>.mo``) with the SHA-256 of the ``.po`` it came from (``<lang>.mo.source``): used only
while that digest is the ``.po``'s (an edited catalogue is compiled again, whatever the files'
times), written when the folder allows, else compiled in memory as before. installer/build.py
compiles it before bundling, so the installed program starts without Babel.
Vietnamese is the default language.
"""

from __future__ import annotations

import gettext
import hashlib
import io
import os
from functools import cache
from pathlib import Path

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
    source = po_path.read_bytes()
    compiled = _compiled(po_path, _digest(source))
    if compiled is None:
        compiled = _compile(source, language)
        _keep(po_path, compiled, _digest(source))
    return gettext.GNUTranslations(io.BytesIO(compiled))


def _digest(source: bytes) -> str:
    return hashlib.sha256(source).hexdigest()


def _mo_paths(po_path: Path) -> tuple[Path, Path]:
    mo_path = po_path.with_suffix(".mo")
    return mo_path, mo_path.with_name(mo_path.name + ".source")


def _compiled(po_path: Path, digest: str) -> bytes | None:
    """The kept compiled catalogue, if it was compiled from this very ``.po``."""
    mo_path, source_path = _mo_paths(po_path)
    try:
        if source_path.read_text("ascii").strip() != digest:
            return None
        return mo_path.read_bytes()
    except (OSError, UnicodeDecodeError):
        return None


def _compile(source: bytes, language: str) -> bytes:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    catalog = read_po(io.BytesIO(source), locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def _keep(po_path: Path, compiled: bytes, digest: str) -> None:
    """Write the compiled catalogue beside its ``.po`` (each file whole, then renamed; the
    digest last, so a half-written pair is never taken for a good one). An installed,
    read-only folder keeps nothing: the catalogue is compiled at each start there."""
    mo_path, source_path = _mo_paths(po_path)
    try:
        for path, data in ((mo_path, compiled), (source_path, digest.encode("ascii"))):
            partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
            partial.write_bytes(data)
            os.replace(partial, path)
    except OSError:
        return


def compile_catalogues(folder: Path | None = None) -> list[Path]:
    """Compile every ``.po`` of ``folder`` (the shipped translations) beside it, for a
    bundle (installer/build.py) to start without parsing them."""
    folder = folder or resources_root() / "translations"
    made = []
    for po_path in sorted(folder.glob("*.po")):
        source = po_path.read_bytes()
        _keep(po_path, _compile(source, po_path.stem), _digest(source))
        if _compiled(po_path, _digest(source)) is None:
            raise OSError(f"could not write the compiled catalogue beside {po_path}")
        made.append(_mo_paths(po_path)[0])
    return made


def set_language(language: str) -> None:
    """Switch every later translation to ``language`` (one of LANGUAGES)."""
    global _active, _active_language
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language: {language}")
    _active = _load(language)
    _active_language = language


def current_language() -> str:
    return _active_language


def count_text(count: int) -> str:
    """A count as the active language writes it: 100.000 in Vietnamese, 100,000 in English."""
    return f"{count:,}".replace(",", "." if _active_language == "vi" else ",")


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
