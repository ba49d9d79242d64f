"""Fixing a mis-split in a parsed convention before it is saved.

Two things go wrong in real files: a line of running text that starts with "Điều 5 ..." is taken
for a heading (one article becomes two, and the real headings after it may then look out of
order), and a heading typed oddly ("Điêu 7", "Ðiều7") is not recognised (two articles become
one). The user fixes them on the preview, and the fix is kept as a :class:`Corrections` of the
source lines, so the whole text is read again with it and everything after the fix falls back
into place:

* :func:`merge_with_previous`: the article's heading line is read as text, so the article
  becomes more of the article before it (nothing is lost);
* :func:`split_article`: a chosen line of an article's text starts a new article (number and
  title read from the line, or given).

Both refuse, with a message that says what to do, anything that would break the numbering.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.core.conventions.parser import (
    Corrections,
    Line,
    closing_start,
    parse,
    source_lines,
)
from desktop.core.conventions.structure import Article, ParsedConvention
from desktop.core.errors import ValidationError
from desktop.core.i18n import N_

NO_PREVIOUS_ARTICLE = N_("Article {number} is the first article: there is no article before it "
                         "to merge it into.")
FIRST_IN_CHAPTER = N_(
    "Article {number} is the first article of Chapter {chapter}: merged, its text would stand "
    "between the chapter heading and the chapter's first article. Correct the headings in the "
    "file and read it again.")
NO_SUCH_ARTICLE = N_("There is no Article {number} in the parsed text. Read the file again.")
NOT_IN_ARTICLE = N_("Line {line} is not part of the text of Article {number}. Choose one of the "
                    "lines of its text.")
NUMBER_OUT_OF_ORDER = N_(
    "The new article would be Article {new}, but it must come after Article {number} and "
    "before Article {following}. Give it a number in between, or correct the numbering in the "
    "file and read it again.")

_LOOSE_HEADING = re.compile(
    r"^\s*[^\W\d_]{3,6}\s*(?P<num>\d{1,3})\s*[.:\-–—)]?\s*(?P<rest>.*)$")


def find_article(parsed: ParsedConvention, number: int) -> tuple[int, Article]:
    for index, article in enumerate(parsed.articles):
        if article.number == number:
            return index, article
    raise ValidationError(NO_SUCH_ARTICLE, number=number)


def merge_with_previous(text: str, corrections: Corrections, number: int) -> Corrections:
    """Read the heading of Article ``number`` as text of the article before it."""
    parsed = parse(text, corrections)
    index, article = find_article(parsed, number)
    if index == 0:
        raise ValidationError(NO_PREVIOUS_ARTICLE, number=number)
    chapter = next(c for c in parsed.chapters if article in c.articles)
    if chapter.articles[0] is article:
        raise ValidationError(FIRST_IN_CHAPTER, number=number, chapter=chapter.label)
    headings = tuple(h for h in corrections.headings if h[0] != article.line)
    if len(headings) < len(corrections.headings):  # a split made by hand: undo it
        return replace(corrections, headings=headings)
    return replace(corrections, as_text=corrections.as_text | {article.line})


def article_source_lines(text: str, corrections: Corrections, number: int) -> list[Line]:
    """The source lines of Article ``number``'s text (after its heading), as the user sees
    them in the file: the lines a split may start at."""
    _index, article = find_article(parse(text, corrections), number)
    lines = source_lines(text)
    found = []
    for line in lines[:closing_start(lines, corrections)]:
        if line.number <= article.line:
            continue
        if corrections.is_heading(line):  # the next article or chapter
            break
        found.append(line)
    return found


def guess_heading(line: str) -> tuple[int, str] | None:
    """A heading typed oddly ("Điêu 7. Title", "Ðiều7 - Title"): its number and title."""
    match = _LOOSE_HEADING.match(line)
    if match is None:
        return None
    return int(match["num"]), match["rest"].strip()


def split_article(text: str, corrections: Corrections, number: int, line: int,
                  new_number: int | None = None, new_title: str | None = None) -> Corrections:
    """Source line ``line`` (1-based), inside Article ``number``'s text, starts a new article;
    its number and title are read from the line unless given."""
    parsed = parse(text, corrections)
    index, _article = find_article(parsed, number)
    chosen = next((s for s in article_source_lines(text, corrections, number)
                   if s.number == line), None)
    if chosen is None:
        raise ValidationError(NOT_IN_ARTICLE, line=line, number=number)
    guessed = guess_heading(chosen.text)
    if new_number is None:
        new_number = guessed[0] if guessed else number + 1
    if new_title is None:
        new_title = guessed[1] if guessed else chosen.text
    articles = parsed.articles
    following = articles[index + 1].number if index + 1 < len(articles) else None
    if new_number <= number or (following is not None and new_number >= following):
        raise ValidationError(NUMBER_OUT_OF_ORDER, field="number", new=new_number,
                              number=number, following=following or "-")
    return replace(corrections, as_text=corrections.as_text - {line},
                   headings=(*corrections.headings, (line, new_number, new_title)))
