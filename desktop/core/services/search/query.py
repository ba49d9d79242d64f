"""The one search: every word of the query, diacritics ignored, in one field of a case.

Results come grouped by case, newest-changed first, with each matching field named, its tab in
the case window and the matched words marked. Pages are taken with a cursor over the index's
own order (``search_entries.id``, descending: a case's entries are written together, so they
are side by side), so the first page of even a very common word reads a few hundred index rows,
never every case. Sensitive cases are shown only to those who may see them (``may_see``); the
index itself holds no more than the book does and lives inside it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.core.db.engine import Actor
from desktop.core.db.models import Case, MediatorAssignment
from desktop.core.db.search_index import Field, words_starting, written_texts
from desktop.core.domain.enums import CaseStatus
from desktop.core.domain.numbering import format_case_number
from desktop.core.domain.roles import Permission
from desktop.core.domain.text import search_tokens
from desktop.core.i18n import N_, _
from desktop.core.policy.access import current_actor, holds, require
from desktop.core.services.search.highlight import Span, excerpt, has_every_token

Matched = tuple[str, str, str]  # an index entry that matched: field, source id, folded words

PAGE = 20  # cases per page
_BATCH = 200  # index rows read at a time
_QUERY_WORDS = 24  # words given to the index; all of them are checked on the rows it returns
_PREFIX_INDEXED = 3  # FTS5 prefix indexes of migration 0011: '1 2 3'
_LONGEST_WORD = 200  # search_words.word's length
_ENDINGS = 40  # words a last word may stand for, at most, before a plain prefix query

# Which tab of the case window shows each field, and its name in a result.
TABS: dict[str, str] = {
    Field.NUMBER: "general", Field.TITLE: "general", Field.SUMMARY: "general",
    Field.NAME: "participants", Field.ADDRESS: "participants", Field.POSITION: "participants",
    Field.HEARING: "hearings", Field.AGREEMENT: "outcome", Field.OUTCOME: "outcome",
    Field.CITATION: "citations",
}
FIELD_LABELS: dict[str, str] = {
    Field.NUMBER: N_("Case number"), Field.TITLE: N_("Title"), Field.SUMMARY: N_("Summary"),
    Field.NAME: N_("Name"), Field.ADDRESS: N_("Address"), Field.POSITION: N_("Position"),
    Field.HEARING: N_("Hearing notes"), Field.AGREEMENT: N_("Agreement terms"),
    Field.OUTCOME: N_("Outcome"), Field.CITATION: N_("Cited convention article"),
}


@dataclass(frozen=True)
class FieldMatch:
    field: str
    label: str
    tab: str
    text: str
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class CaseHit:
    case_id: uuid.UUID
    number: str
    title: str
    received_on: date
    status: CaseStatus
    sensitive: bool
    matches: tuple[FieldMatch, ...]

    @property
    def tab(self) -> str:
        """Where the case window opens: the tab of the first match."""
        return self.matches[0].tab if self.matches else "general"


@dataclass(frozen=True)
class SearchPage:
    hits: tuple[CaseHit, ...]
    next_cursor: int | None  # give it back for the next page; None: no more


def index_query(dialect: str, tokens: Sequence[str],
                endings: Sequence[str] | None = None) -> tuple[str, str]:
    """The index's own query for ``tokens`` (whole words, the last one as a beginning: on
    SQLite as the whole words ``endings`` it stands for, when known), every word quoted so
    nothing the user typed is query syntax; and the SQL that runs it."""
    words = list(dict.fromkeys(tokens[:-1]))[:_QUERY_WORDS - 1]
    last = tokens[-1]
    if dialect == "sqlite":
        ending = (f'"{last}"*' if endings is None else
                  "(" + " OR ".join(f'"{w}"' for w in endings) + ")")
        match = " AND ".join([*(f'"{w}"' for w in words), ending])
        return match, ("SELECT e.id, e.case_id, e.field, e.source_id, e.folded FROM search_fts f "
                       "JOIN search_entries e ON e.id = f.rowid "
                       "WHERE search_fts MATCH :q AND f.rowid < :before "
                       "ORDER BY f.rowid DESC LIMIT :n")
    if dialect == "postgresql":
        match = " & ".join([*(f"'{w}'" for w in words), f"'{last}':*"])
        return match, ("SELECT id, case_id, field, source_id, folded FROM search_entries "
                       "WHERE to_tsvector('simple'::regconfig, folded) "
                       "@@ to_tsquery('simple'::regconfig, :q) AND id < :before "
                       "ORDER BY id DESC LIMIT :n")
    return f"% {last}%", ("SELECT id, case_id, field, source_id, folded FROM search_entries "
                          "WHERE (' ' || folded) LIKE :q AND id < :before "
                          "ORDER BY id DESC LIMIT :n")


def may_see(actor: Actor | None, sensitive: bool, assigned: set[uuid.UUID]) -> bool:
    """A sensitive case is seen by the team leader, the ward's officers (whose copy holds only
    what the team sent) and the mediators handling it; any other case by every reader."""
    if not sensitive:
        return True
    if holds(actor, Permission.EDIT_ANY_CASE) or holds(actor, Permission.MANAGE_WARD_DATA):
        return True
    return actor is not None and actor.mediator_id is not None and actor.mediator_id in assigned


def search(session: Session, query: str, cursor: int | None = None,
           limit: int = PAGE) -> SearchPage:
    """A page of cases matching ``query`` (any text: it is searched literally, never an error);
    ``cursor`` from the previous page's ``next_cursor``."""
    require(session, Permission.READ_TEAM_DATA)
    tokens = search_tokens(query)
    if not tokens:
        return SearchPage((), None)
    dialect = session.get_bind().dialect.name
    endings = _endings(session, tokens[-1]) if dialect == "sqlite" else None
    if endings == []:
        return SearchPage((), None)  # no word of the book begins so
    match, sql = index_query(dialect, tokens, endings)
    statement = text(sql)
    grouped: dict[uuid.UUID, list[Matched]] = {}
    seen: dict[uuid.UUID, _Shown] = {}
    before = cursor if cursor is not None else 2**62
    while True:
        rows = session.execute(statement, {"q": match, "before": before, "n": _BATCH}).all()
        case_keys = {raw: _uuid(raw) for raw in {row[1] for row in rows}}  # once per case
        visible = _visible_cases(session, set(case_keys.values()))
        seen.update(visible)
        for entry_id, case_id, field, source_id, folded in rows:
            case_key = case_keys[case_id]
            if case_key not in visible or not has_every_token(folded, tokens):
                continue
            if case_key not in grouped and len(grouped) == limit:
                return _page(session, seen, grouped, tokens, int(entry_id) + 1)
            grouped.setdefault(case_key, []).append((field, source_id, folded))
        if len(rows) < _BATCH:
            return _page(session, seen, grouped, tokens, None)
        before = int(rows[-1][0])


def _endings(session: Session, last: str) -> list[str] | None:
    """The whole words a last word of four letters or more may be the beginning of (FTS5's
    prefix indexes cover three letters: a longer prefix of a very common word would read all
    its rows); None when there are too many to list, or the prefix index serves."""
    if len(last) <= _PREFIX_INDEXED or len(last) > _LONGEST_WORD:
        return None
    found = words_starting(session.connection(), last, _ENDINGS + 1)
    return found if len(found) <= _ENDINGS else None


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _field_match(field: str, value: str, tokens: Sequence[str]) -> FieldMatch:
    shown = excerpt(value, tokens)
    label = FIELD_LABELS.get(field)
    return FieldMatch(field, _(label) if label else field, TABS.get(field, "general"),
                      shown.text, shown.spans)


@dataclass(frozen=True)
class _Shown:
    """What a result shows of its case (columns, not the ORM object: a batch reads 200)."""

    id: uuid.UUID
    number: str
    title: str
    received_on: date
    status: CaseStatus
    sensitive: bool


def _visible_cases(session: Session, case_ids: set[uuid.UUID]) -> dict[uuid.UUID, _Shown]:
    if not case_ids:
        return {}
    cases = {row.id: _Shown(row.id, format_case_number(row.seq, row.year), row.title,
                            row.received_on, CaseStatus(row.status), row.sensitive)
             for row in session.execute(select(
                 Case.id, Case.seq, Case.year, Case.title, Case.received_on, Case.status,
                 Case.sensitive).where(Case.id.in_(case_ids)))}
    sensitive = [case_id for case_id, case in cases.items() if case.sensitive]
    assigned: dict[uuid.UUID, set[uuid.UUID]] = {}
    if sensitive:
        for case_id, mediator_id in session.execute(
                select(MediatorAssignment.case_id, MediatorAssignment.mediator_id).where(
                    MediatorAssignment.case_id.in_(sensitive),
                    MediatorAssignment.ended_on.is_(None))):
            assigned.setdefault(case_id, set()).add(mediator_id)
    actor = current_actor(session)
    return {case_id: case for case_id, case in cases.items()
            if may_see(actor, case.sensitive, assigned.get(case_id, set()))}


def _page(session: Session, visible: dict[uuid.UUID, _Shown],
          grouped: dict[uuid.UUID, list[Matched]], tokens: Sequence[str],
          cursor: int | None) -> SearchPage:
    written = written_texts(session.connection(), [
        (case_id, *entry) for case_id, entries in grouped.items() for entry in entries])
    hits = []
    for case_id, matched in grouped.items():
        case = visible[case_id]
        matches = [_field_match(field, written.get((case_id, field, source_id, folded), ""),
                                tokens) for field, source_id, folded in reversed(matched)]
        hits.append(CaseHit(case.id, case.number, case.title, case.received_on, case.status,
                            case.sensitive, tuple(matches)))  # in the order written
    return SearchPage(tuple(hits), cursor)
