"""Property: any convention, rendered in any of the styles people type, parses back into the
same chapters, articles, clauses and points."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.conventions.parser import POINT_LETTERS, parse
from desktop.core.conventions.structure import Article, Chapter, Clause, ParsedConvention, Point

WORDS = ("hộ", "gia", "đình", "giữ", "gìn", "vệ", "sinh", "ngõ", "xóm", "tiếng", "ồn", "đêm",
         "việc", "cưới", "tang", "an", "ninh", "trật", "tự", "thoát", "nước", "đường", "làng",
         "nghĩa", "xóm", "khen", "thưởng", "nhắc", "nhở", "điều", "này", "khoản", "chương",
         "thực", "hiện", "đúng", "quy", "định", "Hương", "ước", "Điều", "của", "Luật", "theo")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def sentence(min_words: int = 2) -> st.SearchStrategy[str]:
    """Running text that starts with a capital letter, may contain "Điều" and "chương" inside,
    and never looks like a numbered line."""
    words = st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=12)
    return words.map(lambda w: "Các " + " ".join(w) + st_end(w))


def st_end(words: list[str]) -> str:
    return "." if len(words) % 2 else ";"


def title() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(
        lambda w: " ".join(w).capitalize())


@st.composite
def increasing(draw: st.DrawFn, count: int, start: int = 1, limit: int = 3) -> list[int]:
    """``count`` increasing numbers with small gaps (numbering gaps are tolerated)."""
    numbers, current = [], start - 1
    for _ in range(count):
        current += draw(st.integers(1, limit))
        numbers.append(current)
    return numbers


@st.composite
def points(draw: st.DrawFn) -> tuple[Point, ...]:
    count = draw(st.integers(0, 4))
    positions = sorted(draw(st.sets(st.integers(0, len(POINT_LETTERS) - 1),
                                    min_size=count, max_size=count)))
    return tuple(Point(POINT_LETTERS[i], draw(sentence())) for i in positions)


@st.composite
def clauses(draw: st.DrawFn) -> tuple[Clause, ...]:
    numbers = draw(increasing(draw(st.integers(0, 4)), limit=2))
    return tuple(Clause(n, draw(sentence()), draw(points())) for n in numbers)


@st.composite
def conventions(draw: st.DrawFn) -> ParsedConvention:
    chapter_numbers = draw(increasing(draw(st.integers(1, 5)), limit=2))
    next_article, chapters = 1, []
    for number in chapter_numbers:
        article_numbers = draw(increasing(draw(st.integers(1, 4)), start=next_article))
        next_article = article_numbers[-1] + 1
        articles = tuple(_article(draw, n) for n in article_numbers)
        chapters.append(Chapter(number, "", draw(title()), articles))
    return ParsedConvention("", tuple(chapters))


def _article(draw: st.DrawFn, number: int) -> Article:
    parts = draw(clauses())
    intro = draw(sentence()) if not parts or draw(st.booleans()) else ""
    direct = draw(points()) if not parts else ()
    return Article(number, draw(title()), intro, direct, parts)


@dataclass(frozen=True)
class Style:
    roman: bool
    upper_chapter: bool
    chapter_title_below: bool
    chapter_separator: str
    upper_article: bool
    article_separator: str
    blank_lines: int


styles = st.builds(Style, st.booleans(), st.booleans(), st.booleans(),
                   st.sampled_from([" - ", ": ", ". ", " – "]), st.booleans(),
                   st.sampled_from([". ", ": ", " - ", " – ", ".", " . "]), st.integers(0, 2))


def render(convention: ParsedConvention, style: Style) -> str:
    lines = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HƯƠNG ƯỚC", "Thôn Đông Sơn"]
    for chapter in convention.chapters:
        lines += _chapter_lines(chapter, style)
        for article in chapter.articles:
            lines += _article_lines(article, style)
    lines += ["Đông Sơn, ngày 18 tháng 11 năm 2025", "TRƯỞNG THÔN", "(Ký, ghi rõ họ tên)"]
    gap = "\n" * (style.blank_lines + 1)
    return gap.join(lines)


def _chapter_lines(chapter: Chapter, style: Style) -> list[str]:
    word = "CHƯƠNG" if style.upper_chapter else "Chương"
    numeral = ROMAN[chapter.number - 1] if style.roman else str(chapter.number)
    if style.chapter_title_below:
        return [f"{word} {numeral}", chapter.title.upper()]
    return [f"{word} {numeral}{style.chapter_separator}{chapter.title}"]


def _article_lines(article: Article, style: Style) -> list[str]:
    heading = f"Điều {article.number}{style.article_separator}{article.title}"
    lines = [heading.upper() if style.upper_article else heading]
    lines += [article.intro] if article.intro else []
    lines += [f"{p.letter}) {p.text}" for p in article.points]
    for clause in article.clauses:
        lines.append(f"{clause.number}. {clause.text}")
        lines += [f"{p.letter}) {p.text}" for p in clause.points]
    return lines


def shape(convention: ParsedConvention) -> list[object]:
    """What must survive: numbers, titles (case aside), texts, letters."""
    return [(c.number, c.title.upper(), [
        (a.number, a.title.upper(), a.intro, a.points, a.clauses) for a in c.articles])
        for c in convention.chapters]


@settings(max_examples=100, deadline=None)
@given(conventions(), styles)
def test_rendered_conventions_parse_back_to_the_same_structure(convention, style):
    parsed = parse(render(convention, style))
    assert shape(parsed) == shape(convention)
    assert parsed.flagged == ()
    assert parsed.preamble.startswith("CỘNG HÒA")
    assert parsed.closing.startswith("Đông Sơn, ngày 18")


@settings(max_examples=40, deadline=None)
@given(conventions(), styles)
def test_a_displaced_article_heading_is_flagged_and_its_text_kept(convention, style):
    articles = convention.articles
    if len(articles) < 2:
        return
    text = render(convention, style)
    stray = f"Điều {articles[0].number}. Lạc chỗ\nNội dung lạc chỗ."
    parsed = parse(text.replace("Đông Sơn, ngày", stray + "\nĐông Sơn, ngày"))
    assert [a.number for a in parsed.articles] == [a.number for a in articles]
    assert any("Lạc chỗ" in f.text for _, f in parsed.flagged)
    assert "Nội dung lạc chỗ." in parsed.articles[-1].body
