"""Diacritic-blind search over cases: the indexes kept beside the case rows.

Two indexes live inside the book (so an encrypted book keeps them encrypted):

- ``case_search_text``: one row of folded words per case (number, title, summary, category,
  names), behind the case list's filter (``filter_by_text``);
- ``search_entries``: one row per searchable piece of a case (its number, each participant's name
  and address, positions, hearings' notes, the agreement's terms, the outcome, cited convention
  articles), behind the one search (``desktop.core.services.search``), which names the field that
  matched. SQLite indexes its folded words with FTS5 (``search_fts``, migration 0011),
  PostgreSQL with a GIN index over ``to_tsvector('simple', folded)``.

Both are rebuilt from the records in the same transaction as any change to them: the services
mark what they change, and a listener on every session re-indexes the cases touched by a flush
before the transaction commits, so no path (import, erasure, demo) can leave the index stale.
Folded words are letters and digits only, one space apart, so FTS5 and PostgreSQL's parser see
the same words; each query word is quoted, so raw input like ``12/HG`` or ``NOT`` is never
query syntax.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Select, Table, and_, delete, event, insert, inspect, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from desktop.core.db.models import (
    Agreement,
    AgreementTerm,
    Case,
    CaseCitation,
    CaseParticipant,
    CaseSearchText,
    ConventionArticle,
    Hearing,
    MatterCategory,
    Outcome,
    Person,
)
from desktop.core.db.models_people import SearchEntry, SearchWord
from desktop.core.domain.numbering import format_case_number
from desktop.core.domain.text import fold, search_tokens

# --- the case list's one row per case -----------------------------------------------------


def case_words(case: Case) -> str:
    names = [p.person.full_name for p in case.participants]
    return _folded_case_words(case.seq, case.year, case.title, case.summary, case.referrer,
                              case.category.name_vi, names)


def _folded_case_words(seq: int, year: int, title: str, summary: str, referrer: str,
                       category: str, names: Iterable[str]) -> str:
    parts = [format_case_number(seq, year), str(seq), title, summary, referrer, category,
             *names]
    return fold(" ".join(part or "" for part in parts))


def write_case_texts(connection: Connection, ids: list[uuid.UUID]) -> None:
    """The list filter's rows of these cases from their records (cases gone: rows dropped).
    Written with the search entries, so a case that came another way than the services (a
    ward import's bulk insert, a repair) is found by the case list's filter as well."""
    cases, categories = Case.__table__, MatterCategory.__table__
    parts, persons = CaseParticipant.__table__, Person.__table__
    texts = CaseSearchText.__table__
    assert isinstance(texts, Table)
    names: dict[uuid.UUID, list[str]] = {}
    for case_id, name in connection.execute(
            select(parts.c.case_id, persons.c.full_name)
            .join(persons, persons.c.id == parts.c.person_id)
            .where(parts.c.case_id.in_(ids)).order_by(parts.c.case_id, parts.c.ordinal)):
        names.setdefault(case_id, []).append(name or "")
    rows = [{"case_id": case_id,
             "folded": _folded_case_words(seq, year, title, summary, referrer, category,
                                          names.get(case_id, ()))}
            for case_id, seq, year, title, summary, referrer, category in connection.execute(
                select(cases.c.id, cases.c.seq, cases.c.year, cases.c.title, cases.c.summary,
                       cases.c.referrer, categories.c.name_vi)
                .join(categories, categories.c.code == cases.c.category_code)
                .where(cases.c.id.in_(ids)))]
    connection.execute(delete(texts).where(texts.c.case_id.in_(ids)))
    if rows:
        connection.execute(insert(texts), rows)


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
    mark_for_index(session, [case_id])


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


# --- the one search's entries: which pieces of a case are searched ---------------------------

class Field:
    """The kinds of entry; the search names them and opens the case window on their tab."""

    NUMBER = "number"
    TITLE = "title"
    SUMMARY = "summary"
    NAME = "name"
    ADDRESS = "address"
    POSITION = "position"
    HEARING = "hearing"
    AGREEMENT = "agreement"
    OUTCOME = "outcome"
    CITATION = "citation"


Row = tuple[uuid.UUID, str, str, str]  # case id, field, source id, text


def folded_words(value: str) -> str:
    return " ".join(search_tokens(value))


def _case_rows(connection: Connection, ids: list[uuid.UUID]) -> Iterator[Row]:
    cases = Case.__table__
    for case_id, seq, year, title, summary, referrer, note in connection.execute(
            select(cases.c.id, cases.c.seq, cases.c.year, cases.c.title, cases.c.summary,
                   cases.c.referrer, cases.c.eligibility_note).where(cases.c.id.in_(ids))):
        yield case_id, Field.NUMBER, "", format_case_number(seq, year)
        yield case_id, Field.TITLE, "", title
        yield case_id, Field.SUMMARY, "", "\n".join(v for v in (summary, referrer, note) if v)


def _participant_rows(connection: Connection, ids: list[uuid.UUID]) -> Iterator[Row]:
    parts, persons = CaseParticipant.__table__, Person.__table__
    for case_id, person_id, name, address, position in connection.execute(
            select(parts.c.case_id, persons.c.id, persons.c.full_name, persons.c.address,
                   parts.c.position).join(persons, persons.c.id == parts.c.person_id)
            .where(parts.c.case_id.in_(ids)).order_by(parts.c.ordinal)):
        yield case_id, Field.NAME, str(person_id), name
        yield case_id, Field.ADDRESS, str(person_id), address
        yield case_id, Field.POSITION, str(person_id), position


def _hearing_rows(connection: Connection, ids: list[uuid.UUID]) -> Iterator[Row]:
    hearings = Hearing.__table__
    for case_id, hearing_id, place, course, result in connection.execute(
            select(hearings.c.case_id, hearings.c.id, hearings.c.place, hearings.c.course,
                   hearings.c.result).where(hearings.c.case_id.in_(ids))
            .order_by(hearings.c.held_at)):
        yield case_id, Field.HEARING, str(hearing_id), "\n".join(
            v for v in (place, course, result) if v)


def _outcome_rows(connection: Connection, ids: list[uuid.UUID]) -> Iterator[Row]:
    outcomes, agreements, terms = Outcome.__table__, Agreement.__table__, AgreementTerm.__table__
    for case_id, referred, guidance, note in connection.execute(
            select(outcomes.c.case_id, outcomes.c.referred_to, outcomes.c.guidance,
                   outcomes.c.note).where(outcomes.c.case_id.in_(ids))):
        yield case_id, Field.OUTCOME, "", "\n".join(v for v in (referred, guidance, note) if v)
    for case_id, note in connection.execute(
            select(agreements.c.case_id, agreements.c.note)
            .where(agreements.c.case_id.in_(ids))):
        yield case_id, Field.AGREEMENT, "", note
    for case_id, term_id, content, follow_up in connection.execute(
            select(agreements.c.case_id, terms.c.id, terms.c.content, terms.c.follow_up_note)
            .join(agreements, agreements.c.id == terms.c.agreement_id)
            .where(agreements.c.case_id.in_(ids)).order_by(terms.c.ordinal)):
        yield case_id, Field.AGREEMENT, str(term_id), "\n".join(
            v for v in (content, follow_up) if v)


def _citation_rows(connection: Connection, ids: list[uuid.UUID]) -> Iterator[Row]:
    citations, articles = CaseCitation.__table__, ConventionArticle.__table__
    for case_id, cited_id, number, title, clause, note in connection.execute(
            select(citations.c.case_id, citations.c.id, articles.c.number, articles.c.title,
                   citations.c.clause_number, citations.c.note)
            .join(articles, articles.c.id == citations.c.article_id)
            .where(citations.c.case_id.in_(ids))):
        where = f"Khoản {clause} Điều {number}" if clause else f"Điều {number}"
        yield case_id, Field.CITATION, str(cited_id), "\n".join(
            v for v in (f"{where}. {title}".strip(), note) if v)


SOURCES = (_case_rows, _participant_rows, _hearing_rows, _outcome_rows, _citation_rows)
_CHUNK = 400  # case ids per IN (...) list: well under SQLite's bound-parameter limit


def entry_values(row: Row) -> dict[str, Any] | None:
    case_id, field, source_id, value = row
    words = folded_words(value)
    if field == Field.NUMBER:  # "05/2026" is found as "5/2026" too
        words += " " + " ".join(str(int(w)) for w in words.split() if w.isdigit())
    if not words:
        return None
    return {"case_id": case_id, "field": field, "source_id": source_id, "folded": words}


EntryKey = tuple[uuid.UUID, str, str, str]  # case id, field, source id, folded words
_SOURCE_OF = {Field.NUMBER: _case_rows, Field.TITLE: _case_rows, Field.SUMMARY: _case_rows,
              Field.NAME: _participant_rows, Field.ADDRESS: _participant_rows,
              Field.POSITION: _participant_rows, Field.HEARING: _hearing_rows,
              Field.OUTCOME: _outcome_rows, Field.AGREEMENT: _outcome_rows,
              Field.CITATION: _citation_rows}


def written_texts(connection: Connection, wanted: Iterable[EntryKey]) -> dict[EntryKey, str]:
    """The text as written of these entries, read again from the records: the index keeps only
    folded words (a second copy of every note cost ~3 KB a case), and a search shows the text
    of one page of results. Only the records of the fields wanted are read, and a text is
    folded only where one record gives a field two pieces (to tell them apart)."""
    keys = set(wanted)
    by_source: dict[tuple[uuid.UUID, str, str], list[str]] = {}
    for source in {_SOURCE_OF[field] for _case, field, _id, _folded in keys}:
        ids = sorted({case_id for case_id, field, _id, _f in keys
                      if _SOURCE_OF[field] is source})
        for start in range(0, len(ids), _CHUNK):
            for case_id, field, source_id, value in source(connection, ids[start:start + _CHUNK]):
                by_source.setdefault((case_id, field, source_id), []).append(value)
    found: dict[EntryKey, str] = {}
    for key in keys:
        texts = by_source.get(key[:3], [])
        if len(texts) > 1:
            texts = [t for t in texts if (entry_values((key[0], key[1], key[2], t))
                                          or {}).get("folded") == key[3]]
        if texts:
            found[key] = texts[0]
    return found


def index_cases(connection: Connection, case_ids: Iterable[uuid.UUID]) -> None:
    """Rebuild the entries of these cases from their records. Each case's entries are written
    together, so they sit side by side in the index (the search pages by case on that)."""
    ids = sorted(set(case_ids))
    entries = SearchEntry.__table__
    assert isinstance(entries, Table)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        write_case_texts(connection, chunk)
        connection.execute(delete(entries).where(entries.c.case_id.in_(chunk)))
        rows: dict[uuid.UUID, list[dict[str, Any]]] = {case_id: [] for case_id in chunk}
        for source in SOURCES:
            for row in source(connection, chunk):
                values = entry_values(row)
                if values:
                    rows[row[0]].append(values)
        flat = [values for case_id in chunk for values in rows[case_id]]
        if flat:
            connection.execute(insert(entries), flat)
            add_words(connection, {w for values in flat for w in values["folded"].split()})


def _has_words_table(connection: Connection) -> bool:
    """During the upgrade to 0011 the words table (0016) is not there yet."""
    return inspect(connection).has_table(SearchWord.__tablename__)


def add_words(connection: Connection, words: set[str]) -> None:
    if not words or not _has_words_table(connection):
        return
    table = SearchWord.__table__
    assert isinstance(table, Table)
    rows = [{"word": word[:200]} for word in sorted(words)]
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as upsert
        connection.execute(upsert(table).on_conflict_do_nothing(), rows)
    else:
        connection.execute(insert(table).prefix_with("OR IGNORE"), rows)


def rebuild_words(connection: Connection) -> None:
    """The words table from the entries as they are (a migration, or after an erasure, so an
    erased person's name is no longer among the words either)."""
    connection.execute(delete(SearchWord))
    words: set[str] = set()
    for (folded,) in connection.execute(select(SearchEntry.__table__.c.folded)):
        words.update(folded.split())
    add_words(connection, words)


def words_starting(connection: Connection, prefix: str, limit: int) -> list[str]:
    """Up to ``limit`` words of the index that begin with ``prefix``, in order."""
    word = SearchWord.__table__.c.word
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return list(connection.scalars(select(word).where(word >= prefix, word < upper)
                                   .order_by(word).limit(limit)))


def rebuild_all(connection: Connection) -> None:
    """Index every case (a migration, or a repair)."""
    index_cases(connection, connection.scalars(select(Case.__table__.c.id)))


def purge_deleted_words(session: Session) -> None:
    """Merge SQLite's full-text segments so words of deleted entries (an erased person's name)
    are gone from the index's pages too, not only marked deleted."""
    session.flush()
    reindex_marked(session)
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("INSERT INTO search_fts(search_fts) VALUES ('optimize')"))
    rebuild_words(session.connection())


# --- keeping the entries in step: cases touched by a flush are re-indexed before commit -----

_MARKED = "search_index.cases"
_CASE_OWNED = (CaseParticipant, Hearing, Outcome, Agreement, CaseCitation)


def mark_for_index(session: Session, case_ids: Iterable[uuid.UUID]) -> None:
    session.info.setdefault(_MARKED, set()).update(case_ids)


def _touched_cases(session: Session, records: Iterable[object]) -> set[uuid.UUID]:
    touched: set[uuid.UUID] = set()
    persons: set[uuid.UUID] = set()
    agreements: set[uuid.UUID] = set()
    for record in records:
        if isinstance(record, Case):
            touched.add(record.id)
        elif isinstance(record, _CASE_OWNED):
            touched.add(record.case_id)
        elif isinstance(record, AgreementTerm):
            agreements.add(record.agreement_id)
        elif isinstance(record, Person):
            persons.add(record.id)
    if persons:
        touched.update(session.scalars(select(CaseParticipant.case_id).where(
            CaseParticipant.person_id.in_(persons))))
    if agreements:
        touched.update(session.scalars(select(Agreement.case_id).where(
            Agreement.id.in_(agreements))))
    return {case_id for case_id in touched if case_id is not None}


def _has_index(session: Session) -> bool:
    """Books at an older schema (during an upgrade) have no entries table yet."""
    known = session.info.get("_search_entries_table")
    if known is None:
        known = inspect(session.connection()).has_table(SearchEntry.__tablename__)
        session.info["_search_entries_table"] = known
    return bool(known)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: Any) -> None:
    records = [*session.new, *session.dirty, *session.deleted]
    if any(isinstance(r, (Case, Person, AgreementTerm, *_CASE_OWNED)) for r in records):
        with session.no_autoflush:
            mark_for_index(session, _touched_cases(session, records))


def reindex_marked(session: Session) -> None:
    while session.info.get(_MARKED):
        marked: set[uuid.UUID] = session.info.pop(_MARKED)
        if _has_index(session):
            index_cases(session.connection(), marked)
        session.flush()


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    session.flush()
    reindex_marked(session)
