"""Looking at village conventions: list, find, show a version's articles, follow an article's
history across versions, and search articles with diacritics ignored."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db.models import Convention, ConventionArticle, ConventionVersion
from desktop.core.domain.enums import ArticleChange, ConventionStatus
from desktop.core.domain.text import clean, fold, search_tokens
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.i18n import N_, _
from desktop.core.services.common import fetch
from desktop.core.services.conventions.versions import NOT_LAW_REMINDER, version_in_force

NO_SUCH_CONVENTION = N_("No convention is called '{name}'. Run 'hoagiai conventions list' to "
                        "see their titles and ids.")
AMBIGUOUS_CONVENTION = N_("Several conventions match '{name}'. Give more of the title, or the "
                          "id shown by 'hoagiai conventions list'.")


@dataclass(frozen=True)
class VersionView:
    id: uuid.UUID
    ordinal: int
    decision_no: str
    decision_date: date | None
    effective_on: date | None
    status: ConventionStatus
    article_count: int
    status_since: date | None = None
    status_decision_no: str = ""
    status_decision_date: date | None = None


@dataclass(frozen=True)
class ArticleView:
    id: uuid.UUID
    lineage_id: uuid.UUID
    chapter_label: str
    chapter_title: str
    number: int
    title: str
    text: str
    change: ArticleChange
    clauses: tuple[tuple[int, str], ...]
    flagged: tuple[str, ...]  # the reasons, as message ids with their parameters filled in


@dataclass(frozen=True)
class ConventionView:
    id: uuid.UUID
    title: str
    village: str
    versions: tuple[VersionView, ...]
    shown_version: VersionView
    articles: tuple[ArticleView, ...]
    reminder: str = NOT_LAW_REMINDER


def list_conventions(session: Session) -> list[tuple[uuid.UUID, str, str, int]]:
    """Every convention: id, title, village, number of versions."""
    rows = session.scalars(select(Convention).order_by(Convention.title)).all()
    return [(c.id, c.title, c.village, len(c.versions)) for c in rows]


def find_convention(session: Session, name: str) -> uuid.UUID:
    """A convention by its id, or by (part of) its title, diacritics ignored."""
    try:
        return fetch(session, Convention, uuid.UUID(name.strip())).id
    except ValueError:
        pass
    wanted = fold(clean(name))
    rows = session.scalars(select(Convention)).all()
    exact = [c.id for c in rows if fold(c.title) == wanted]
    found = exact or [c.id for c in rows if wanted and wanted in fold(c.title)]
    if not found:
        raise NotFoundError(NO_SUCH_CONVENTION, name=name)
    if len(found) > 1:
        raise ValidationError(AMBIGUOUS_CONVENTION, name=name)
    return found[0]


def show_convention(session: Session, convention_id: uuid.UUID,
                    on: date | None = None) -> ConventionView:
    """The convention with the articles of the version in force on ``on`` (default: latest)."""
    convention = fetch(session, Convention, convention_id)
    version = version_in_force(session, convention_id, on) if on else convention.versions[-1]
    return ConventionView(convention.id, convention.title, convention.village,
                          tuple(version_view(v) for v in convention.versions),
                          version_view(version),
                          tuple(article_view(a) for a in version.articles))


def version_view(version: ConventionVersion) -> VersionView:
    return VersionView(version.id, version.ordinal, version.decision_no, version.decision_date,
                       version.effective_on, version.status, len(version.articles),
                       version.status_since, version.status_decision_no,
                       version.status_decision_date)


def _flag_text(fragment: dict[str, Any]) -> str:
    reason: str = fragment["reason"]  # an English message id stored with the fragment
    return _(reason).format(line=fragment["line"], **fragment.get("params", {}))


def article_view(row: ConventionArticle) -> ArticleView:
    flagged = tuple(_flag_text(fragment) for fragment in row.flagged)
    return ArticleView(row.id, row.lineage_id, row.chapter_label, row.chapter_title, row.number,
                       row.title, row.text, row.change,
                       tuple((c.number, c.text) for c in row.clauses), flagged)


def article_history(session: Session, lineage_id: uuid.UUID) -> list[tuple[int, ArticleView]]:
    """Every version's row of one article: (version ordinal, article), oldest first."""
    rows = session.scalars(select(ConventionArticle).where(
        ConventionArticle.lineage_id == lineage_id)).all()
    found = [(row.convention_version.ordinal, article_view(row)) for row in rows]
    return sorted(found, key=lambda pair: pair[0])


def search_articles(session: Session, convention_id: uuid.UUID, query: str,
                    on: date | None = None) -> list[ArticleView]:
    """Articles of the version in force on ``on`` (default: latest) containing every word of
    the query, diacritics ignored ("ve sinh" finds "vệ sinh")."""
    convention = fetch(session, Convention, convention_id)
    version = version_in_force(session, convention_id, on) if on else convention.versions[-1]
    statement = select(ConventionArticle).where(
        ConventionArticle.convention_version_id == version.id)
    for token in search_tokens(query):
        statement = statement.where(ConventionArticle.folded.contains(token))
    rows = session.scalars(statement.order_by(ConventionArticle.ordinal)).all()
    tokens = search_tokens(query)
    ranked = sorted(rows, key=lambda row: _rank(row, tokens))  # stable: article order kept
    return [article_view(row) for row in ranked]


def _rank(row: ConventionArticle, tokens: list[str]) -> tuple[int, int]:
    """Best first: every word whole in the title, then every word whole in the text ("loi di"
    finds "Ngõ đi chung" before an article that merely contains "lợi" and "dịch")."""
    title = set(search_tokens(row.title))
    words = set(search_tokens(row.folded))
    return (0 if all(t in title for t in tokens) else 1,
            0 if all(t in words for t in tokens) else 1)
