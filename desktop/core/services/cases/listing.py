"""The case list: filtering and sorting in SQL, rows fetched a page at a time.

A screen asks ``case_count`` and ``case_page`` (one page of rows at an offset in the filter's
order) per filter and sort, then the pages the view scrolls to; ``case_position`` says where a
case stands in that order ("go to case"). ``case_ids`` and ``case_rows`` serve the command line
and the other readers; all of it in SQL, never every id of a large book at once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop.core.db.models import Case, CaseParticipant, MatterCategory, Person
from desktop.core.db.search_index import filter_by_text
from desktop.core.db.sort_keys import CaseSortKey
from desktop.core.domain.enums import CaseStatus, ParticipantRole
from desktop.core.domain.numbering import format_case_number
from desktop.core.exchange.service import CaseExportState, export_states
from desktop.core.i18n import current_language

# The stored keys sort byte by byte: SQLite's default BINARY, PostgreSQL's "C" (its default
# collation follows the server's locale, which would reorder the encoded letters).
POSTGRESQL_BYTE_ORDER = "C"


class SortKey(StrEnum):
    NUMBER = "number"
    RECEIVED = "received"
    TITLE = "title"
    CATEGORY = "category"
    PARTIES = "parties"
    STATUS = "status"


@dataclass(frozen=True)
class CaseFilter:
    team_id: uuid.UUID | None = None
    status: CaseStatus | None = None
    year: int | None = None
    text: str = ""


@dataclass(frozen=True)
class CaseRow:
    id: uuid.UUID
    number: str
    received_on: date
    title: str
    category: str
    parties: str
    status: CaseStatus
    sensitive: bool
    export: CaseExportState | None = None  # team books only: sent to the ward or not


# Each order ends in the number, as the indexes of migration 0021 do. Title and parties: the
# number as copied next to the keys, so one index of case_sort_keys serves the whole order.
_ORDER: dict[SortKey, tuple[Any, ...]] = {
    SortKey.NUMBER: (Case.year, Case.seq),
    SortKey.RECEIVED: (Case.received_on, Case.year, Case.seq),
    SortKey.TITLE: (CaseSortKey.title_key, CaseSortKey.year, CaseSortKey.seq),
    SortKey.PARTIES: (CaseSortKey.parties_key, CaseSortKey.year, CaseSortKey.seq),
    # The kinds of matter in the reference data's own order, as copied next to the keys.
    SortKey.CATEGORY: (CaseSortKey.category_key, CaseSortKey.year, CaseSortKey.seq),
    SortKey.STATUS: (Case.status, Case.year, Case.seq),
}


_ON_KEYS = (SortKey.TITLE, SortKey.PARTIES, SortKey.CATEGORY)  # orders read in case_sort_keys


def _filtered(session: Session, wanted: CaseFilter) -> Select[uuid.UUID]:
    return restricted(session, wanted, select(Case.id))


def restricted(session: Session, wanted: CaseFilter, statement: Select[Any],
           by: Any = Case) -> Select[Any]:
    """The filter on ``statement``; team and status as columns of ``by`` (the case, or its
    sort keys' copy of them, which the keys' indexes start with)."""
    if wanted.team_id is not None:
        statement = statement.where(by.team_id == wanted.team_id)
    if wanted.status is not None:
        statement = statement.where(by.status == wanted.status)
    if wanted.year is not None:
        statement = statement.where(Case.year == wanted.year)
    return filter_by_text(session, statement, wanted.text)


def _in_byte_order(session: Session, column: Any) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return column.collate(POSTGRESQL_BYTE_ORDER)
    return column


def case_count(session: Session, wanted: CaseFilter) -> int:
    """How many cases the filter keeps (one COUNT: no ids travel)."""
    statement = select(func.count()).select_from(_filtered(session, wanted).subquery())
    return session.scalar(statement) or 0


def _sorted(session: Session, wanted: CaseFilter, sort: SortKey, descending: bool,
            statement: Select[Any]) -> tuple[Select[Any], list[Any]]:
    """``statement`` over the filter's cases joined for the sort, and the list's order:
    title and parties through their stored Vietnamese-order keys (indexed), kinds of matter
    in the reference data's order, always ending in the case number."""
    columns = _ORDER[sort]
    if sort in _ON_KEYS:  # every case has its key row
        statement = restricted(session, wanted, statement.join(
            CaseSortKey, CaseSortKey.case_id == Case.id), by=CaseSortKey)
        if sort is not SortKey.CATEGORY:  # the text keys
            columns = (_in_byte_order(session, columns[0]), *columns[1:])
    else:
        statement = restricted(session, wanted, statement)
    if wanted.team_id is None:  # numbers repeat across teams: the id makes the order whole,
        columns = (*columns, Case.id)  # so a page read from the other end mirrors it exactly
    return statement, [c.desc() for c in columns] if descending else list(columns)


def case_ids(session: Session, wanted: CaseFilter, sort: SortKey = SortKey.NUMBER,
             descending: bool = True, limit: int | None = None,
             offset: int = 0) -> list[uuid.UUID]:
    """The ids of the cases the filter keeps, in order: one query; ``limit`` and ``offset``:
    only that stretch of them (a page of the list)."""
    return list(session.scalars(ids_statement(session, wanted, sort, descending, limit, offset)))


def ids_statement(session: Session, wanted: CaseFilter, sort: SortKey, descending: bool,
                  limit: int | None = None, offset: int = 0) -> Select[Any]:
    """The query of ``case_ids`` (for its plan: the first page read along an index)."""
    statement, order = _sorted(session, wanted, sort, descending, select(Case.id))
    statement = statement.order_by(*order).limit(limit)
    return statement.offset(offset) if offset else statement


def case_page(session: Session, wanted: CaseFilter, sort: SortKey, descending: bool,
              offset: int, limit: int, total: int | None = None) -> list[CaseRow]:
    """The rows ``offset`` to ``offset + limit`` of the list in this order: what a list view
    shows where it is scrolled to (an offset, not a key: the scroll bar jumps anywhere).
    Given the list's ``total``, a page in the second half is read from the other end (the
    same order reversed, its rows turned back), so the last page costs what the first does."""
    offset = max(offset, 0)
    if total is None or offset + limit / 2 <= total / 2:
        return case_rows(session, case_ids(session, wanted, sort, descending, limit, offset))
    from_end = max(total - offset - limit, 0)
    ids = case_ids(session, wanted, sort, not descending, min(limit, total - offset), from_end)
    return case_rows(session, ids[::-1])


def case_position(session: Session, wanted: CaseFilter, sort: SortKey, descending: bool,
                  case_id: uuid.UUID) -> int | None:
    """Where ``case_id`` stands in the list in this order (0 first), None when the filter
    leaves it out: one numbered pass in SQL, only the number travels."""
    numbering = select(Case.id.label("case_id"))
    statement, order = _sorted(session, wanted, sort, descending, numbering)
    numbered = statement.add_columns(
        func.row_number().over(order_by=order).label("position")).subquery()
    found = session.scalar(select(numbered.c.position).where(numbered.c.case_id == case_id))
    return None if found is None else int(found) - 1


def _party_names(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    rows = session.execute(
        select(CaseParticipant.case_id, Person.full_name)
        .join(Person, Person.id == CaseParticipant.person_id)
        .where(CaseParticipant.case_id.in_(ids), CaseParticipant.role == ParticipantRole.PARTY)
        .order_by(CaseParticipant.ordinal))
    names: dict[uuid.UUID, list[str]] = {}
    for case_id, name in rows:
        names.setdefault(case_id, []).append(name)
    return names


def case_rows(session: Session, ids: list[uuid.UUID]) -> list[CaseRow]:
    """Rows for these ids, in the same order."""
    name_column = MatterCategory.name_vi if current_language() == "vi" else MatterCategory.name_en
    result = session.execute(
        select(Case.id, Case.year, Case.seq, Case.received_on, Case.title, name_column,
               Case.status, Case.sensitive)
        .join(MatterCategory).where(Case.id.in_(ids)))
    parties = _party_names(session, ids)
    exported = export_states(session, ids)
    rows = {
        r[0]: CaseRow(r[0], format_case_number(r[2], r[1]), r[3], r[4], r[5],
                      ", ".join(parties.get(r[0], [])), r[6], r[7], exported.get(r[0]))
        for r in result}
    return [rows[i] for i in ids if i in rows]


def case_years(session: Session, team_id: uuid.UUID | None = None) -> list[int]:
    statement = select(Case.year).distinct().order_by(Case.year.desc())
    if team_id is not None:
        statement = statement.where(Case.team_id == team_id)
    return list(session.scalars(statement))


def find_case_by_number(session: Session, team_id: uuid.UUID, seq: int,
                        year: int) -> uuid.UUID | None:
    return session.scalar(
        select(Case.id).where(Case.team_id == team_id, Case.seq == seq, Case.year == year))
