"""Stored sort keys of the case list: each case's title and parties in Vietnamese order as
strings that sort byte by byte (desktop.core.domain.sort_order), so sorting 100,000 cases by
title or by parties is one indexed ORDER BY in SQL.

``case_sort_keys`` is the program's own working table, like the search index: it never travels
and is not journaled (it is derived from the journaled records). Keys of the cases a flush
touched are rewritten before the commit; every case has its row (migrations 0015 and 0021 fill
them for older books).

Each row also carries a copy of its case's team, status and number (year, seq): an index can
only order by columns of one table, so the list's ``ORDER BY title_key, year, seq LIMIT 100``
(filtered by team and status) walks an index of this table and stops after a page, where
ordering by the key here and the number in ``cases`` sorted the whole book first."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    ForeignKey,
    Index,
    String,
    TableClause,
    delete,
    event,
    insert,
    inspect,
    select,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, Session, mapped_column

from desktop.core.db.models import (
    Base,
    Case,
    CaseParticipant,
    MatterCategory,
    Person,
    enum_column,
)
from desktop.core.domain.enums import CaseStatus, ParticipantRole
from desktop.core.domain.sort_order import binary_sort_key

_CHUNK = 500
_MARKED = "sort_keys.cases"


# PostgreSQL compares text in the server locale's order; the keys are made for byte order, so
# the columns (and with them their indexes) take the "C" collation there.
BYTE_ORDER_KEY = String().with_variant(String(collation="C"), "postgresql")
# The case's columns copied here, with the names they have in ``cases``.
CASE_COLUMNS = ("team_id", "status", "year", "seq")


class CaseSortKey(Base):
    __tablename__ = "case_sort_keys"
    __table_args__ = (  # each ends in the number: the list's order, both directions
        Index("ix_case_sort_keys_team_title", "team_id", "title_key", "year", "seq"),
        Index("ix_case_sort_keys_team_status_title",
              "team_id", "status", "title_key", "year", "seq"),
        Index("ix_case_sort_keys_team_parties", "team_id", "parties_key", "year", "seq"),
        Index("ix_case_sort_keys_team_status_parties",
              "team_id", "status", "parties_key", "year", "seq"),
        Index("ix_case_sort_keys_team_category", "team_id", "category_key", "year", "seq"),
        Index("ix_case_sort_keys_team_status_category",
              "team_id", "status", "category_key", "year", "seq"),
    )

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                               primary_key=True)
    title_key: Mapped[str] = mapped_column(BYTE_ORDER_KEY)
    parties_key: Mapped[str] = mapped_column(BYTE_ORDER_KEY)
    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("teams.id"))
    status: Mapped[CaseStatus] = mapped_column(enum_column(CaseStatus))
    year: Mapped[int]
    seq: Mapped[int]
    # The kind of matter's place in the reference data's order (its sort_order): the list's
    # "kind of matter" order read along an index; rewritten when a category's order changes.
    category_key: Mapped[int] = mapped_column(default=0)


def _cases(connection: Connection, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    """Each case's title and the columns copied next to its keys."""
    cases, categories = Case.__table__.c, MatterCategory.__table__.c
    rows = connection.execute(select(cases.id, cases.title,
                                     *(cases[name] for name in CASE_COLUMNS),
                                     categories.sort_order.label("category_key"))
                              .outerjoin(MatterCategory.__table__,
                                         categories.code == cases.category_code)
                              .where(cases.id.in_(ids)))
    return {row.id: dict(row._mapping) for row in rows}


def _parties(connection: Connection, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The parties as the list shows them: names in their order, joined by commas."""
    participants, persons = CaseParticipant.__table__, Person.__table__
    rows = connection.execute(
        select(participants.c.case_id, persons.c.full_name)
        .join(persons, persons.c.id == participants.c.person_id)
        .where(participants.c.case_id.in_(ids),
               participants.c.role == ParticipantRole.PARTY)
        .order_by(participants.c.case_id, participants.c.ordinal))
    names: dict[uuid.UUID, list[str]] = {}
    for case_id, name in rows:
        names.setdefault(case_id, []).append(name or "")
    return {case_id: ", ".join(found) for case_id, found in names.items()}


def write_keys(connection: Connection, case_ids: Iterable[uuid.UUID],
               table: TableClause | None = None) -> None:
    """Rewrite the keys of these cases from their records (cases gone: keys dropped).
    ``table``: the table as a migration left it (0015 had no copied columns yet); the
    columns it lacks are not written."""
    keys = table if table is not None else CaseSortKey.__table__
    assert isinstance(keys, TableClause)
    ids = sorted(set(case_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        cases, parties = _cases(connection, chunk), _parties(connection, chunk)
        connection.execute(delete(keys).where(keys.c.case_id.in_(chunk)))
        rows = [_key_row(keys, case_id, case, parties.get(case_id, ""))
                for case_id, case in cases.items()]
        if rows:
            connection.execute(insert(keys), rows)


def _key_row(keys: TableClause, case_id: uuid.UUID, case: dict[str, Any],
             parties: str) -> dict[str, Any]:
    row = {"case_id": case_id, "title_key": binary_sort_key(case["title"] or ""),
           "parties_key": binary_sort_key(parties)}
    row.update((name, case[name]) for name in CASE_COLUMNS if name in keys.c)
    if "category_key" in keys.c:
        row["category_key"] = case["category_key"] or 0
    return row


def write_all(connection: Connection, table: TableClause | None = None) -> None:
    """Keys for every case (a migration's backfill, or a repair)."""
    write_keys(connection, connection.scalars(select(Case.__table__.c.id)), table)


# --- in step with the records: cases touched by a flush get new keys before the commit -------

def _touched(session: Session, records: Iterable[object]) -> set[uuid.UUID]:
    touched: set[uuid.UUID] = set()
    persons: set[uuid.UUID] = set()
    categories: set[str] = set()
    for record in records:
        if isinstance(record, MatterCategory):  # its order may have changed (reference data)
            categories.add(record.code)
        elif isinstance(record, Case):
            touched.add(record.id)
        elif isinstance(record, CaseParticipant):
            touched.add(record.case_id)
        elif isinstance(record, Person):
            persons.add(record.id)
    if persons:
        touched.update(session.scalars(select(CaseParticipant.case_id).where(
            CaseParticipant.person_id.in_(persons))))
    if categories:
        touched.update(session.scalars(select(Case.id).where(
            Case.category_code.in_(categories))))
    return {case_id for case_id in touched if case_id is not None}


def _has_table(session: Session) -> bool:
    known = session.info.get("_case_sort_keys_table")
    if known is None:
        known = inspect(session.connection()).has_table(CaseSortKey.__tablename__)
        session.info["_case_sort_keys_table"] = known
    return bool(known)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: Any) -> None:
    records = [*session.new, *session.dirty, *session.deleted]
    if any(isinstance(record, (Case, CaseParticipant, Person, MatterCategory))
           for record in records):
        with session.no_autoflush:
            session.info.setdefault(_MARKED, set()).update(_touched(session, records))


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    session.flush()
    while session.info.get(_MARKED):
        marked: set[uuid.UUID] = session.info.pop(_MARKED)
        if _has_table(session):
            write_keys(session.connection(), marked)
