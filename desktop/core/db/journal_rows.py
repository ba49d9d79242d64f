"""Live rows against the journal: every tracked record must hold the values its last journal
entries gave it.

The journal hook sees every change made through the program, so a record whose row differs
from the journal's last values (or that exists without an entry, or that the journal says
exists but is gone) was changed behind the program's back: a direct ``UPDATE`` by someone
holding the book's key. Values sealed by an erasure (unreadable now) and columns a migration
added after the record was journaled are not compared.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from desktop.core.db.journal import ERASED, is_sealed, to_plain, unseal
from desktop.core.db.models import Base, JournalEntry, Tracked
from desktop.core.db.models_personal import PersonalKey

_BOOKKEEPING = frozenset({"changed_by", "changed_at"})
MAX_REPORTED = 100


@dataclass(frozen=True)
class AlteredRow:
    entity: str
    entity_id: str
    fields: tuple[str, ...]  # the columns that differ; ("*",): the row is missing or extra


@dataclass
class _Journaled:
    version: int | None = None
    values: dict[str, Any] = field(default_factory=dict)
    exists: bool = True


def tracked_tables() -> dict[str, Any]:
    found = {}
    for mapper in Base.registry.mappers:
        table = getattr(mapper.class_, "__table__", None)
        if table is not None and issubclass(mapper.class_, Tracked):
            found[table.name] = table
    return found


class _Opener:
    """Opens sealed journal values with every sealing key read once (an erased subject's key
    is gone: its values read ``ERASED``)."""

    def __init__(self, session: Session) -> None:
        has_keys = inspect(session.connection()).has_table(PersonalKey.__tablename__)
        rows: Iterable[Any] = session.execute(
            select(PersonalKey.person_id, PersonalKey.key)) if has_keys else ()
        self.keys: dict[str, bytes] = {str(row[0]): bytes(row[1]) for row in rows}

    def new_value(self, name: str, change: Any) -> Any:
        if is_sealed(change):
            subject = str(change["subject"])
            key = self.keys.get(subject)
            try:
                change = unseal(key, subject, name, change) if key else [ERASED, ERASED]
            except (InvalidTag, ValueError, KeyError):
                change = [ERASED, ERASED]
        if isinstance(change, list) and len(change) == 2:
            return change[1]
        return ERASED  # not a change this check can read: not compared


def _fold(session: Session, tables: dict[str, Any]) -> dict[tuple[str, str], _Journaled]:
    """Each record's last journaled values (opened where sealed), version and existence."""
    folded: dict[tuple[str, str], _Journaled] = {}
    opener = _Opener(session)
    query = (select(JournalEntry).where(JournalEntry.entity.in_(tables),
                                        JournalEntry.op.in_(("insert", "update", "delete")))
             .order_by(JournalEntry.seq))
    for entry in session.scalars(query):
        record = folded.setdefault((entry.entity, entry.entity_id), _Journaled())
        if entry.op == "delete":
            folded[(entry.entity, entry.entity_id)] = _Journaled(exists=False)
            continue
        record.exists = True
        record.version = entry.version
        changes = entry.changes if isinstance(entry.changes, dict) else {}
        for name, change in changes.items():
            record.values[name] = opener.new_value(name, change)
    return folded


def _differing(row: dict[str, Any], journaled: _Journaled) -> tuple[str, ...]:
    differing = []
    if journaled.version is not None and row.get("version") != journaled.version:
        differing.append("version")
    for name, value in journaled.values.items():
        if name in _BOOKKEEPING or name not in row or value == ERASED:
            continue
        if to_plain(row[name]) != value:
            differing.append(name)
    return tuple(differing)


def altered_rows(session: Session) -> list[AlteredRow]:
    """The tracked records whose rows disagree with the journal (at most ``MAX_REPORTED``)."""
    tables = tracked_tables()
    folded = _fold(session, tables)
    found: list[AlteredRow] = []
    seen: set[tuple[str, str]] = set()
    for name, table in tables.items():
        for row in session.execute(select(table)).mappings():
            key = (name, str(row["id"]))
            seen.add(key)
            journaled = folded.get(key)
            if journaled is None or not journaled.exists:
                found.append(AlteredRow(name, key[1], ("*",)))
                continue
            fields = _differing(dict(row), journaled)
            if fields:
                found.append(AlteredRow(name, key[1], fields))
    for key, journaled in folded.items():
        if journaled.exists and key not in seen and _is_uuid(key[1]):
            found.append(AlteredRow(key[0], key[1], ("*",)))
    return found[:MAX_REPORTED]


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True
