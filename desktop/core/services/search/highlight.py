"""Which words of a field a query matched, as spans of the text as written, and a short
excerpt around the first of them.

The index holds folded words (``domain.text.search_tokens``); here the written text is walked one
character at a time, folded the same way, so "Đặng Văn Ưng" marks exactly those three words
for the query "dang van ung", and a word is matched whole (the query's last word by its start,
as the user may still be typing it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.domain.text import fold, fold_in_place, nfc

Span = tuple[int, int]
EXCERPT = 160  # characters shown of a long field, around its first match


@dataclass(frozen=True)
class Excerpt:
    text: str
    spans: tuple[Span, ...]


# A word: a letter or digit, then letters, digits and any combining mark NFC left apart (it
# belongs to the letter before it), as the index's folding sees words; "_" is not a letter.
_WORD = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f])*")


def words(value: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, folded word) of each run of letters and digits in ``value`` (NFC)."""
    # One regular expression and one fold per word: folding character by character cost a
    # search's first page ~40 ms (a common word matches a few hundred fields).
    for found in _WORD.finditer(value):
        yield found.start(), found.end(), fold(found.group())


def word_matches(word: str, tokens: Sequence[str]) -> bool:
    """Whole words of the query, and its last word as a beginning ("1" is "01" too: case
    numbers are written with a leading zero)."""
    if word.isdigit() and word.isascii():
        word = str(int(word))
        tokens = [str(int(t)) if t.isdigit() and t.isascii() else t for t in tokens]
    return word in tokens[:-1] or word == tokens[-1] or word.startswith(tokens[-1])


def matched_spans(value: str, tokens: Sequence[str]) -> list[Span]:
    if not tokens:
        return []
    folded = fold_in_place(value)
    if folded is None:
        return [(start, end) for start, end, word in words(value)
                if word_matches(word, tokens)]
    # Only words that begin with a query word (leading zeros aside) can match: found in the
    # folded text at C speed, then each is checked by the one rule (a long hearing note has
    # hundreds of words, a search's first page a few hundred fields).
    spans = []
    for start in (m.start() for m in _starts(tuple(tokens)).finditer(folded)):
        found = _WORD.match(value, start)
        if found and word_matches(fold(found.group()), tokens):
            spans.append((start, found.end()))
    return spans


@lru_cache(maxsize=64)
def _starts(tokens: tuple[str, ...]) -> re.Pattern[str]:
    # Numbers by their value, as word_matches compares them ("00" finds "0", "1" finds "01").
    shapes = {str(int(t)) if t.isdigit() and t.isascii() else t for t in tokens}
    alternatives = "|".join(re.escape(t) for t in sorted(shapes, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])0*(?:{alternatives})")


def has_every_token(folded: str, tokens: Sequence[str]) -> bool:
    """Whether every query word is one of the index's words ``folded`` (the last one as a
    beginning): the index's own rule, checked again for words it was not given."""
    found = folded.split()
    whole, last = set(tokens[:-1]), tokens[-1] if tokens else ""
    return whole <= set(found) and any(word.startswith(last) for word in found)


def excerpt(value: str, tokens: Sequence[str], width: int = EXCERPT) -> Excerpt:
    """The text (or ``width`` characters of it around the first match, on one line) with the
    spans of the matched words."""
    value = " ".join(nfc(value).split())
    spans = matched_spans(value, tokens)
    if len(value) <= width:
        return Excerpt(value, tuple(spans))
    first = spans[0][0] if spans else 0
    begin = max(0, min(first - width // 4, len(value) - width))
    end = begin + width
    prefix = "…" if begin else ""
    suffix = "…" if end < len(value) else ""
    shift = len(prefix) - begin
    inside = tuple((s + shift, e + shift) for s, e in spans if s >= begin and e <= end)
    return Excerpt(prefix + value[begin:end] + suffix, inside)
