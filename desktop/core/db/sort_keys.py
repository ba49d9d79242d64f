"""Stored sort keys of the case list: each case's title and parties in Vietnamese order as
strings that sort byte by byte (desktop.core.domain.sort_order), so sorting 100,000 cases by
title or by parties is one indexed ORDER BY in SQL.

``case_sort_keys`` is the program's own working table, like the search index: it never travels
and is not journaled (it is derived from the journaled records). Keys of the cases a flush
touched are rewritten before the commit; a case without a row yet (an older book mid-upgrade)
sorts first until the migration's backfill or its next change writes it."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ForeignKey, String, Table, delete, event, insert, inspect, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, Session, mapped_column

from desktop.core.db.models import Base, Case, CaseParticipant, Person
from desktop.core.domain.enums import ParticipantRole
from desktop.core.domain.sort_order import binary_sort_key

_CHUNK = 500
_MARKED = "sort_keys.cases"


class CaseSortKey(Base):
    __tablename__ = "case_sort_keys"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                               primary_key=True)
    title_key: Mapped[str] = mapped_column(String, index=True)
    parties_key: Mapped[str] = mapped_column(String, index=True)


def _titles(connection: Connection, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    rows = connection.execute(select(Case.__table__.c.id, Case.__table__.c.title)
                              .where(Case.__table__.c.id.in_(ids)))
    return {row[0]: row[1] or "" for row in rows}


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


def write_keys(connection: Connection, case_ids: Iterable[uuid.UUID]) -> None:
    """Rewrite the keys of these cases from their records (cases gone: keys dropped)."""
    keys = CaseSortKey.__table__
    assert isinstance(keys, Table)
    ids = sorted(set(case_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        titles, parties = _titles(connection, chunk), _parties(connection, chunk)
        connection.execute(delete(keys).where(keys.c.case_id.in_(chunk)))
        rows = [{"case_id": case_id, "title_key": binary_sort_key(title),
                 "parties_key": binary_sort_key(parties.get(case_id, ""))}
                for case_id, title in titles.items()]
        if rows:
            connection.execute(insert(keys), rows)


def write_all(connection: Connection) -> None:
    """Keys for every case (the migration's backfill, or a repair)."""
    write_keys(connection, connection.scalars(select(Case.__table__.c.id)))


# --- in step with the records: cases touched by a flush get new keys before the commit -------

def _touched(session: Session, records: Iterable[object]) -> set[uuid.UUID]:
    touched: set[uuid.UUID] = set()
    persons: set[uuid.UUID] = set()
    for record in records:
        if isinstance(record, Case):
            touched.add(record.id)
        elif isinstance(record, CaseParticipant):
            touched.add(record.case_id)
        elif isinstance(record, Person):
            persons.add(record.id)
    if persons:
        touched.update(session.scalars(select(CaseParticipant.case_id).where(
            CaseParticipant.person_id.in_(persons))))
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
    if any(isinstance(record, (Case, CaseParticipant, Person)) for record in records):
        with session.no_autoflush:
            session.info.setdefault(_MARKED, set()).update(_touched(session, records))


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    session.flush()
    while session.info.get(_MARKED):
        marked: set[uuid.UUID] = session.info.pop(_MARKED)
        if _has_table(session):
            write_keys(session.connection(), marked)
