"""Vietnamese text: normalisation, diacritic folding for search, and alphabetical sort keys.

Folding removes tone marks and letter modifiers and maps đ to d, which Unicode does not decompose
(PLATFORM-NOTES: SQLite's unicode61 tokenizer misses it), so "dang" finds "Đặng".
"""

from __future__ import annotations

import unicodedata
from functools import cache

_TONE_MARKS = {"\u0300": 1, "\u0301": 2, "\u0303": 3, "\u0309": 4, "\u0323": 5}
_LETTER_MODIFIERS = {"\u0306": "1", "\u0302": "2", "\u031b": "3"}  # breve, circumflex, horn
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean(text: str | None) -> str:
    """NFC, trimmed, inner runs of white space collapsed: how every typed name is stored."""
    return " ".join(nfc(text or "").split())


@cache
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x00C0, 0x1EFF + 1):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base.isascii() and base.isalpha():
            table[code] = base.lower()
    table.update({ord("đ"): "d", ord("Đ"): "d"})
    return table


def fold(text: str) -> str:
    """Lower case without diacritics: the form stored for search and compared with queries."""
    return nfc(text).lower().translate(_fold_table())


def search_tokens(query: str) -> list[str]:
    """Folded words of a user's query, with anything but letters and digits dropped."""
    cleaned = "".join(ch if ch.isalnum() else " " for ch in fold(query))
    return cleaned.split()


def _letter_key(decomposed: str) -> tuple[str, int]:
    base, marks = decomposed[0], decomposed[1:]
    letter = base + "".join(_LETTER_MODIFIERS.get(m, "") for m in marks)
    tone = max((_TONE_MARKS.get(m, 0) for m in marks), default=0)
    return letter, tone


def sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Vietnamese alphabetical order: ă after a, đ after d; tones only break ties."""
    primary: list[int] = []
    tones: list[int] = []
    for char in nfc(text).lower():
        letter, tone = _letter_key(unicodedata.normalize("NFD", char))
        composed = unicodedata.normalize("NFC", _recompose(letter))
        position = _ALPHABET.find(composed)
        primary.append(position if position >= 0 else 100 + ord(composed[0]))
        tones.append(tone)
    return tuple(primary), tuple(tones)


def _recompose(letter: str) -> str:
    marks = {v: k for k, v in _LETTER_MODIFIERS.items()}
    return letter[0] + "".join(marks[d] for d in letter[1:])


def name_sort_key(full_name: str) -> tuple[object, ...]:
    """Vietnamese names sort by given name (the last word), then by the whole name."""
    words = clean(full_name).split()
    given = words[-1] if words else ""
    return sort_key(given), sort_key(" ".join(words))
