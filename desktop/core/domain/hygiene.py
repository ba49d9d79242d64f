"""Text hygiene: the invisible characters that make a text look other than it is.

A right-to-left override shows "Nguyễn Văn An‮1202‬" as something else; a zero-width space
makes two names that look the same compare different (a duplicate person the search misses, a
team name the ward sees twice); control characters break the printed documents. What a person
types is refused with a clear message naming the field (``refuse_invisible``); what a file or
a package brings is cleaned (``strip_invisible``), because one stray soft hyphen from Word is no
reason to refuse a whole village convention. ``clean`` in ``domain.text`` strips them too, so
no name is stored with them whatever path it took.

Which characters: every control (Unicode category Cc) except tab, line feed and carriage
return; every format character (Cf: bidirectional controls U+202A-202E and U+2066-2069, the
marks U+200E/U+200F/U+061C, zero-width space/joiners U+200B-200D, word joiner U+2060, the
byte-order mark U+FEFF, the soft hyphen U+00AD, the invisible operators U+2061-2064, tags);
the line and paragraph separators (Zl, Zp); private-use and surrogate code points (Co, Cs).
"""

from __future__ import annotations

import unicodedata
from typing import Any

from desktop.core.errors import ValidationError
from desktop.core.i18n import N_, _

INVISIBLE_REFUSED = N_(
    "{what} contains invisible characters (for example a right-to-left mark or a zero-width "
    "space) that can make the text look different from what it is. Nothing was saved: "
    "retype it, or paste it as plain text.")
TOO_LONG = N_("{what} is too long to print on the documents: at most {limit} characters "
              "(now {length}). Please shorten it.")

_KEPT_CONTROLS = frozenset("\t\n\r")
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs"})

# The longest each printed field may be: what the documents' columns and lines can hold (and
# no more than the database's column). Free text (a summary, a hearing's course) flows over
# pages, so its limit only keeps a document printable in a sensible number of pages.
LIMITS = {"name": 120, "address": 300, "title": 200, "line": 300, "text": 20_000}


def is_invisible(character: str) -> bool:
    if character in _KEPT_CONTROLS:
        return False
    return unicodedata.category(character) in _INVISIBLE_CATEGORIES


def invisible_in(text: str | None) -> list[str]:
    """The invisible characters of ``text``, in order (empty: the text is clean)."""
    return [c for c in text or "" if is_invisible(c)]


_SEPARATING = frozenset({"Cc", "Zl", "Zp"})  # a control between two words still parts them


def strip_invisible(text: str) -> str:
    """``text`` without its invisible characters (for what files and packages bring): a
    control character or separator becomes a space (it stood between words), a format
    character (zero-width, bidirectional) goes."""
    if text.isascii() and text.isprintable():
        return text  # the common case, fast
    return "".join(_replacement(c) if is_invisible(c) else c for c in text)


def _replacement(character: str) -> str:
    return " " if unicodedata.category(character) in _SEPARATING else ""


def strip_tree(value: Any) -> Any:
    """``strip_invisible`` over every string of a JSON value (dict keys included)."""
    if isinstance(value, str):
        return strip_invisible(value)
    if isinstance(value, dict):
        return {strip_tree(k): strip_tree(v) for k, v in value.items()}
    if isinstance(value, list):
        return [strip_tree(v) for v in value]
    return value


def refuse_invisible(raw: str | None, field: str, label: str) -> None:
    """Refuse (``ValidationError`` on ``field``) a typed value with invisible characters;
    ``label``: the field's name (a message id, translated here) for the message."""
    if invisible_in(raw):
        raise ValidationError(INVISIBLE_REFUSED, field=field, what=_(label))


def check_length(text: str, field: str, label: str, limit: int) -> str:
    """``text`` when it fits in ``limit`` characters; otherwise a ``ValidationError``."""
    if len(text) > limit:
        raise ValidationError(TOO_LONG, field=field, what=_(label), limit=limit,
                              length=len(text))
    return text


def typed(raw: str | None, field: str, label: str, limit: int) -> str:
    """A typed one-line value as stored: refused with invisible characters or over
    ``limit``, else NFC, trimmed, inner white space collapsed."""
    from desktop.core.domain.text import clean

    refuse_invisible(raw, field, label)
    return check_length(clean(raw), field, label, limit)
