"""Split a convention's text into chapters, articles, clauses and points.

Tolerant by design (village heads type these in Word): headings in upper case, ``Điều 5.``,
``Điều 5:``, ``Điều 5 -``, chapter titles on the heading line or the line below, gaps in
numbering, stray blank lines, a signature block at the end, and "Điều" inside running text.
Nothing is lost: a line that cannot be placed stays with the article before it and is flagged
with a reason, so the user is told precisely what to check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from desktop.core.conventions.structure import (
    Article,
    Chapter,
    Clause,
    Fragment,
    ParsedConvention,
    Point,
)
from desktop.core.domain.hygiene import strip_invisible
from desktop.core.domain.text import fold, nfc
from desktop.core.i18n import N_

POINT_LETTERS = "abcdđeghiklmnopqrstuvxy"  # Vietnamese order: no f, j, w, z; đ after d
_SEPARATORS = ".:\\-–—"
_CHAPTER = re.compile(
    rf"^ch[ưu][ơo]ng\s+(?P<num>[ivxlc]+|\d{{1,3}})(?=$|[\s{_SEPARATORS}])"
    rf"\s*(?P<sep>[{_SEPARATORS}]*)\s*(?P<rest>.*)$", re.IGNORECASE)
_ARTICLE = re.compile(
    rf"^[đð]i[ềe]u\s+(?P<num>\d{{1,3}})(?=$|[\s{_SEPARATORS}])"
    rf"\s*(?P<sep>[{_SEPARATORS}]*)\s*(?P<rest>.*)$", re.IGNORECASE)
_CLAUSE = re.compile(r"^(?P<num>\d{1,3})\s*[.)](?:\s+(?P<rest>.*))?$")
_POINT = re.compile(r"^(?P<letter>[a-zđð])\s*\)\s*(?P<rest>.*)$")
_SIGNATURE = re.compile(
    r"^(TM\.?\s|T/M|THAY MẶT|ĐẠI DIỆN|XÁC NHẬN|NGƯỜI (KÝ|LẬP|VIẾT)|TRƯỞNG (THÔN|BAN|BẢN|ẤP)|"
    r"TỔ TRƯỞNG|CHỦ TỊCH|BÍ THƯ|KT\.|ĐẠI BIỂU|NƠI NHẬN)")
_PLACE_DATE = re.compile(r"^[^,]{2,80},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\.?$",
                         re.IGNORECASE)
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}

CHAPTER_OUT_OF_ORDER = N_(
    "Line {line}: a heading 'Chapter {number}' comes after Chapter {previous}, so it was kept as "
    "text. If it starts a new chapter, correct its number in the file and import again.")
ARTICLE_OUT_OF_ORDER = N_(
    "Line {line}: a heading 'Article {number}' comes after Article {previous}, so it was kept as "
    "text. If it starts a new article, correct its number in the file and import again.")
CLAUSE_OUT_OF_ORDER = N_(
    "Line {line}: clause {number}. comes after clause {previous}. of the same article, so it was "
    "kept as text. Check the numbering of this article.")
POINT_OUT_OF_ORDER = N_(
    "Line {line}: point {letter}) comes after point {previous}), so it was kept as text. Check "
    "the lettering of this clause.")
STRAY_IN_CHAPTER = N_(
    "Line {line}: text between the heading of Chapter {chapter} and its first article. Move it "
    "into an article, or into the chapter's title.")


@dataclass(frozen=True)
class Corrections:
    """The user's fixes of mis-splits, by source line: lines never to read as a heading (a
    false "Điều 5 ..." at the start of running text), and lines that start an article although
    they do not look like a heading ("Điêu 7", "Ðiều7")."""

    as_text: frozenset[int] = frozenset()
    headings: tuple[tuple[int, int, str], ...] = ()  # (line, article number, title)

    def heading_at(self, line: int) -> Heading | None:
        for at, number, title in self.headings:
            if at == line:
                return Heading(number, str(number), title)
        return None

    def is_heading(self, line: Line) -> bool:
        if line.number in self.as_text:
            return False
        return bool(self.heading_at(line.number) or chapter_heading(line.text)
                    or article_heading(line.text))


@dataclass(frozen=True)
class Line:
    number: int
    text: str


def source_lines(text: str) -> list[Line]:
    """NFC lines, trimmed, with their 1-based numbers; blank lines dropped."""
    # Invisible characters (a soft hyphen or a zero-width space from Word, a right-to-left
    # override) are dropped: the text recorded is what a reader sees (domain.hygiene).
    raw = strip_invisible(nfc(text).replace("\u00a0", " ")).splitlines()
    return [Line(n, " ".join(t.split()) if "\t" not in t else t.strip())
            for n, t in enumerate(raw, start=1) if t.strip()]


def roman_or_arabic(numeral: str) -> int:
    if numeral.isdigit():
        return int(numeral)
    values = [_ROMAN[ch] for ch in numeral.lower()]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v
                for i, v in enumerate(values))
    return max(total, 0)


@dataclass(frozen=True)
class Heading:
    number: int
    label: str
    title: str


def _heading(pattern: re.Pattern[str], text: str) -> Heading | None:
    match = pattern.match(text)
    if match is None:
        return None
    rest = match["rest"].strip()
    if rest and not match["sep"] and not (rest[0].isupper() or rest[0].isdigit()):
        return None  # "Điều 5 của Luật ..." is running text, not a heading
    return Heading(roman_or_arabic(match["num"]), match["num"],
                   rest.strip(_SEPARATORS + " ").strip())


def chapter_heading(text: str) -> Heading | None:
    return _heading(_CHAPTER, text)


def article_heading(text: str) -> Heading | None:
    return _heading(_ARTICLE, text)


def is_signature(text: str) -> bool:
    """A line that starts the signature block after the last article."""
    if "\t" in text or _PLACE_DATE.match(text) or fold(text).startswith("(ky"):
        return True
    return text == text.upper() and _SIGNATURE.match(text) is not None


def point_letter(text: str) -> tuple[str, str] | None:
    match = _POINT.match(text)
    if match is None:
        return None
    letter = match["letter"].replace("ð", "đ")
    return (letter, match["rest"].strip()) if letter in POINT_LETTERS else None


def clause_start(text: str) -> tuple[int, str] | None:
    match = _CLAUSE.match(text)
    return (int(match["num"]), (match["rest"] or "").strip()) if match else None


# --- the builder: mutable while reading, frozen at the end ------------------------------------

@dataclass
class _Item:
    head: str
    more: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join([self.head, *self.more]).strip()


@dataclass
class _ClauseDraft:
    number: int
    item: _Item
    points: list[tuple[str, _Item]] = field(default_factory=list)

    def freeze(self) -> Clause:
        return Clause(self.number, self.item.text, _points(self.points))


@dataclass
class _ArticleDraft:
    number: int
    title: str
    line: int = 0
    intro: list[str] = field(default_factory=list)
    points: list[tuple[str, _Item]] = field(default_factory=list)
    clauses: list[_ClauseDraft] = field(default_factory=list)
    flagged: list[tuple[Fragment, _Item]] = field(default_factory=list)
    last: _Item | None = None  # what a continuation line belongs to

    def freeze(self) -> Article:
        flagged = tuple(replace(f, text=item.text) for f, item in self.flagged)
        return Article(self.number, self.title, "\n".join(self.intro), _points(self.points),
                       tuple(c.freeze() for c in self.clauses), flagged, self.line)


@dataclass
class _ChapterDraft:
    number: int
    label: str
    title: str
    awaiting_title: bool
    articles: list[_ArticleDraft] = field(default_factory=list)

    def freeze(self) -> Chapter:
        return Chapter(self.number, self.label, self.title,
                       tuple(a.freeze() for a in self.articles))


def _points(drafts: list[tuple[str, _Item]]) -> tuple[Point, ...]:
    return tuple(Point(letter, item.text) for letter, item in drafts)


@dataclass
class _Reader:
    preamble: list[str] = field(default_factory=list)
    preamble_flagged: list[Fragment] = field(default_factory=list)
    chapters: list[_ChapterDraft] = field(default_factory=list)
    article: _ArticleDraft | None = None
    corrections: Corrections = field(default_factory=lambda: Corrections())

    @property
    def last_article(self) -> _ArticleDraft | None:
        return next((c.articles[-1] for c in reversed(self.chapters) if c.articles), None)

    def flag(self, line: Line, reason: str, **params: int | str) -> None:
        fragment = Fragment(line.text, reason, line.number, tuple(params.items()))
        target = self.last_article
        if target is None:
            self.preamble_flagged.append(fragment)
        else:
            target.flagged.append((fragment, _Item(line.text)))
            target.last = target.flagged[-1][1]  # lines that follow stay with the flagged one

    def read(self, line: Line) -> None:
        if line.number in self.corrections.as_text:
            self._as_text(line)
            return
        forced = self.corrections.heading_at(line.number)
        if forced is not None:
            self._start_article(forced, line)
            return
        for step in (self._chapter, self._article, self._chapter_title, self._inside_article):
            if step(line):
                return
        self._outside_article(line)

    def _chapter(self, line: Line) -> bool:
        heading = chapter_heading(line.text)
        if heading is None:
            return False
        previous = self.chapters[-1].number if self.chapters else 0
        if heading.number <= previous:
            self.flag(line, CHAPTER_OUT_OF_ORDER, number=heading.label, previous=previous)
            return True
        self.chapters.append(_ChapterDraft(heading.number, heading.label, heading.title,
                                           not heading.title))
        self.article = None
        return True

    def _as_text(self, line: Line) -> None:
        """A line the user said is not a heading: more of the article's text."""
        if self.article is not None:
            _continue(self.article, line.text)
        else:
            self._outside_article(line)

    def _article(self, line: Line) -> bool:
        heading = article_heading(line.text)
        if heading is None:
            return False
        self._start_article(heading, line)
        return True

    def _start_article(self, heading: Heading, line: Line) -> None:
        previous = self.last_article
        if previous is not None and heading.number <= previous.number:
            self.flag(line, ARTICLE_OUT_OF_ORDER, number=heading.number,
                      previous=previous.number)
            return
        if not self.chapters:
            self.chapters.append(_ChapterDraft(0, "", "", False))
        self.article = _ArticleDraft(heading.number, heading.title, line=line.number)
        self.chapters[-1].articles.append(self.article)
        self.chapters[-1].awaiting_title = False

    def _chapter_title(self, line: Line) -> bool:
        chapter = self.chapters[-1] if self.chapters else None
        if chapter is None or not chapter.awaiting_title:
            return False
        chapter.title, chapter.awaiting_title = line.text, False
        return True

    def _inside_article(self, line: Line) -> bool:
        article = self.article
        if article is None:
            return False
        if not (self._clause(article, line) or self._point(article, line)):
            _continue(article, line.text)
        return True

    def _clause(self, article: _ArticleDraft, line: Line) -> bool:
        found = clause_start(line.text)
        if found is None:
            return False
        number, text = found
        if article.clauses and number <= article.clauses[-1].number:
            self.flag(line, CLAUSE_OUT_OF_ORDER, number=number,
                      previous=article.clauses[-1].number)
            return True
        article.clauses.append(_ClauseDraft(number, _Item(text)))
        article.last = article.clauses[-1].item
        return True

    def _point(self, article: _ArticleDraft, line: Line) -> bool:
        found = point_letter(line.text)
        if found is None:
            return False
        letter, text = found
        points = article.clauses[-1].points if article.clauses else article.points
        if points and POINT_LETTERS.index(letter) <= POINT_LETTERS.index(points[-1][0]):
            self.flag(line, POINT_OUT_OF_ORDER, letter=letter, previous=points[-1][0])
            return True
        points.append((letter, _Item(text)))
        article.last = points[-1][1]
        return True

    def _outside_article(self, line: Line) -> None:
        if self.chapters:
            self.flag(line, STRAY_IN_CHAPTER, chapter=self.chapters[-1].label)
        else:
            self.preamble.append(line.text)

    def result(self, closing: list[Line]) -> ParsedConvention:
        return ParsedConvention(
            "\n".join(self.preamble), tuple(c.freeze() for c in self.chapters),
            "\n".join(line.text for line in closing), tuple(self.preamble_flagged))


def _continue(article: _ArticleDraft, text: str) -> None:
    """A line with no number of its own: more of whatever came last (intro, clause, point, or
    the text of a flagged line)."""
    if article.last is not None:
        article.last.more.append(text)
    else:
        article.intro.append(text)


def closing_start(lines: list[Line], corrections: Corrections | None = None) -> int:
    """Index of the first line of the signature block (after the last heading), or len."""
    fixes = corrections or Corrections()
    last_heading = max((i for i, line in enumerate(lines) if fixes.is_heading(line)),
                       default=-1)
    if last_heading < 0:
        return len(lines)
    return next((i for i in range(last_heading + 1, len(lines)) if is_signature(lines[i].text)),
                len(lines))


def parse(text: str, corrections: Corrections | None = None) -> ParsedConvention:
    """The structure of a convention's text (see the module's description for what it takes),
    with the user's ``corrections`` of mis-splits applied."""
    lines = source_lines(text)
    fixes = corrections or Corrections()
    end = closing_start(lines, fixes)
    reader = _Reader(corrections=fixes)
    for line in lines[:end]:
        reader.read(line)
    return reader.result(lines[end:])


def guess_title(parsed: ParsedConvention) -> str:
    """A title from the preamble: the line "HƯƠNG ƯỚC"/"QUY ƯỚC" and the line after it."""
    lines = parsed.preamble.splitlines()
    for index, line in enumerate(lines):
        folded = fold(line).strip()
        if folded.startswith(("huong uoc", "quy uoc")):
            if folded in ("huong uoc", "quy uoc") and index + 1 < len(lines):
                return f"{line.strip()} {lines[index + 1].strip()}"
            return line.strip()
    return ""
