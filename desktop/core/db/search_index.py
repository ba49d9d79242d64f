"""Diacritic-blind search over cases: the index kept beside the case rows, and its query.

Each case has one row of folded words (number, title, summary, category, the names of its
participants). SQLite indexes it with FTS5 (see migration 0002); each query word is quoted and
prefix-matched, so raw input like ``12/HG`` or ``NOT`` is never FTS syntax. PostgreSQL
matches the folded column with a regular expression anchored at the start of a word, as FTS5
does; other databases fall back to LIKE.
"""

from __future__ import annotations

import re
import uuid

from sqlalchemy import Select, and_, select, text
from sqlalchemy.orm import Session

from desktop.core.db.models import Case, CaseSearchText
from desktop.core.domain.text import fold, search_tokens


def case_words(case: Case) -> str:
    names = [p.person.full_name for p in case.participants]
    parts = [case.number, str(case.seq), case.title, case.summary, case.referrer,
             case.category.name_vi, *names]
    return fold(" ".join(parts))


def refresh_case_search(session: Session, case_id: uuid.UUID) -> None:
    session.flush()
    case = session.get(Case, case_id)
    if case is None:
        return
    session.refresh(case, ["participants", "category"])
    row = session.get(CaseSearchText, case_id)
    words = case_words(case)
    if row is None:
        session.add(CaseSearchText(case_id=case_id, folded=words))
    elif row.folded != words:
        row.folded = words


def fts_query(query: str) -> str:
    return " ".join(f'"{token}"*' for token in search_tokens(query))


def filter_by_text(session: Session, statement: Select[uuid.UUID],
                   query: str) -> Select[uuid.UUID]:
    """Restrict a select over ``Case`` to cases whose words start with every query word."""
    tokens = search_tokens(query)
    if not tokens:
        return statement
    if session.get_bind().dialect.name == "sqlite":
        matching = text(
            "SELECT case_search_text.case_id FROM case_search "
            "JOIN case_search_text ON case_search_text.rowid = case_search.rowid "
            "WHERE case_search MATCH :q"
        ).bindparams(q=fts_query(query)).columns(case_id=CaseSearchText.case_id.type)
        return statement.where(Case.id.in_(select(matching.subquery().c.case_id)))
    words = CaseSearchText.folded
    if session.get_bind().dialect.name == "postgresql":
        conditions = [words.regexp_match(word_start(token)) for token in tokens]
    else:
        conditions = [(" " + words).like(f"% {token}%") for token in tokens]
    return statement.where(
        Case.id.in_(select(CaseSearchText.case_id).where(and_(*conditions)))
    )


def word_start(token: str) -> str:
    """A PostgreSQL pattern for ``token`` at the start of a word, where words are runs of letters
    and digits like FTS5's: "2026" matches in "01/2026", "ang" does not match in "dang"."""
    return f"(^|[^[:alnum:]]){re.escape(token)}"
