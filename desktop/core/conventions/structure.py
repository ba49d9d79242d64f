"""The parsed shape of a convention: frozen dataclasses, plain data for services and screens."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.i18n import _


@dataclass(frozen=True)
class Fragment:
    """Text the parser kept but could not place where it belongs; ``reason`` is a message id."""

    text: str
    reason: str
    line: int  # 1-based line of the source text, so the user can find it
    params: tuple[tuple[str, int | str], ...] = ()

    @property
    def message(self) -> str:
        """The reason as a sentence in the user's language."""
        return _(self.reason).format(line=self.line, **dict(self.params))


@dataclass(frozen=True)
class Point:
    letter: str  # a, b, ..., đ, ...
    text: str


@dataclass(frozen=True)
class Clause:
    number: int
    text: str
    points: tuple[Point, ...] = ()


@dataclass(frozen=True)
class Article:
    number: int
    title: str
    intro: str = ""  # text before the first clause (or the whole text of an article without any)
    points: tuple[Point, ...] = ()  # points directly under the article, before any clause
    clauses: tuple[Clause, ...] = ()
    flagged: tuple[Fragment, ...] = ()
    line: int = field(default=0, compare=False)  # 1-based source line of the heading

    @property
    def body(self) -> str:
        """The article's text as one block, in the usual Vietnamese layout."""
        lines = [self.intro] if self.intro else []
        lines += [f"{p.letter}) {p.text}" for p in self.points]
        for clause in self.clauses:
            lines.append(f"{clause.number}. {clause.text}")
            lines += [f"{p.letter}) {p.text}" for p in clause.points]
        lines += [fragment.text for fragment in self.flagged]
        return "\n".join(lines)


@dataclass(frozen=True)
class Chapter:
    number: int  # 0: articles that come before any chapter heading
    label: str  # the numeral as written: "I", "1"
    title: str
    articles: tuple[Article, ...] = ()


@dataclass(frozen=True)
class ParsedConvention:
    preamble: str
    chapters: tuple[Chapter, ...]
    closing: str = ""  # the signature block after the last article
    preamble_flagged: tuple[Fragment, ...] = field(default_factory=tuple)

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(a for chapter in self.chapters for a in chapter.articles)

    @property
    def clause_count(self) -> int:
        return sum(len(a.clauses) for a in self.articles)

    @property
    def flagged(self) -> tuple[tuple[int | None, Fragment], ...]:
        """Every flagged fragment with the number of the article it is attached to."""
        found: list[tuple[int | None, Fragment]] = [(None, f) for f in self.preamble_flagged]
        found += [(a.number, f) for a in self.articles for f in a.flagged]
        return tuple(found)
