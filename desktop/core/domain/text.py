"""Vietnamese text: normalisation, diacritic folding for search, and alphabetical sort keys.

Folding removes tone marks and letter modifiers and maps đ to d, which Unicode does not decompose
(PLATFORM-NOTES: SQLite's unicode61 tokenizer misses it), so "dang" finds "Đặng".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from desktop.core.domain.hygiene import strip_invisible

# Dictionary order of the tones: ngang, huyền, hỏi, ngã, sắc, nặng (as CLDR's Vietnamese order).
_TONE_MARKS = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_LETTER_MODIFIERS = {"\u0306": "1", "\u0302": "2", "\u031b": "3"}  # breve, circumflex, horn
# The Vietnamese alphabet, with f, j, w, z where Latin has them (names of ethnic minorities).
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_BASE = 20  # below it: white space and punctuation (0), digits (1-10)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean(text: str | None) -> str:
    """NFC, trimmed, inner runs of white space collapsed, invisible characters (hygiene.py)
    dropped: how every typed name is stored."""
    return " ".join(nfc(strip_invisible(text or "")).split())


@cache
def _fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in range(0x00C0, 0x1EFF + 1):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base.isascii() and base.isalpha():
            table[code] = base.lower()
    table.update({ord("đ"): "d", ord("Đ"): "d"})
    # Marks NFC could not compose onto their letter (a second tone, say) are dropped too.
    table.update({code: None for code in range(0x0300, 0x036F + 1)})
    return table


def fold(text: str) -> str:
    """Lower case without diacritics: the form stored for search and compared with queries."""
    return nfc(text).lower().translate(_fold_table())


_LOOSE_MARK = re.compile("[\u0300-\u036f]")


@cache
def _place_table() -> dict[int, str]:
    return {code: base for code, base in _fold_table().items() if base is not None}


def fold_in_place(text: str) -> str | None:
    """``fold`` of NFC ``text`` with every character kept at its index (for marking matches in
    the text as written), or None where folding moves characters: a combining mark NFC left
    apart, or a letter whose lower case is longer (the caller then folds word by word)."""
    lowered = text.lower()
    if len(lowered) != len(text) or _LOOSE_MARK.search(lowered):
        return None
    return lowered.translate(_place_table())


def search_tokens(query: str) -> list[str]:
    """Folded words of a user's query, with anything but letters and digits dropped."""
    # Runs of str.isalnum() characters (\w is exactly that plus "_"), found in C: every index
    # write and every search result folds its text through here.
    return _ALNUM_RUN.findall(fold(query))


_ALNUM_RUN = re.compile(r"[^\W_]+")


def _letter_key(decomposed: str) -> tuple[str, int]:
    base, marks = decomposed[0], decomposed[1:]
    letter = base + "".join(_LETTER_MODIFIERS.get(m, "") for m in marks)
    tone = max((_TONE_MARKS.get(m, 0) for m in marks), default=0)
    return letter, tone


def compare(left: str, right: str) -> int:
    """-1, 0 or 1 in Vietnamese order: the body of the database collation ``vi``."""
    a, b = sort_key(left), sort_key(right)
    return (a > b) - (a < b)


def sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Vietnamese alphabetical order: ă after a, đ after d; tones only break ties."""
    primary: list[int] = []
    tones: list[int] = []
    for char in nfc(text).lower():
        letter, tone = _letter_key(unicodedata.normalize("NFD", char))
        primary.append(_primary_weight(unicodedata.normalize("NFC", _recompose(letter))))
        tones.append(tone)
    return tuple(primary), tuple(tones)


def _primary_weight(letter: str) -> int:
    position = _ALPHABET.find(letter)
    if position >= 0:
        return _LETTER_BASE + position
    if letter.isdigit() and letter.isascii():
        return 1 + int(letter)
    if not letter.isalnum():
        return 0
    return _LETTER_BASE + len(_ALPHABET) + ord(letter[0])


def _recompose(letter: str) -> str:
    marks = {v: k for k, v in _LETTER_MODIFIERS.items()}
    return letter[0] + "".join(marks[d] for d in letter[1:])


def name_sort_key(full_name: str) -> tuple[object, ...]:
    """Vietnamese names sort by given name (the last word), then by the whole name."""
    words = clean(full_name).split()
    given = words[-1] if words else ""
    return sort_key(given), sort_key(" ".join(words))
