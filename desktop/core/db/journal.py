"""The append-only, hash-chained change journal.

A ``before_flush`` hook on every session turns each insert, update and delete of a ``Tracked``
record into a journal entry (changed fields with old and new values), stamps the record with its
author and time, and links the entry to the previous one by hash. Because it runs inside the
flush, no service can change a record without its journal entry, and both commit or roll back
together. The same chain records events that change nothing (views, prints, exports).
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
import weakref
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import Engine, event, insert, inspect, select, update
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import Pool

from desktop.core.db.journal_sealing import ERASED as ERASED  # re-exported for readers
from desktop.core.db.journal_sealing import (
    NARRATIVE_FIELDS,
    SEALED_FIELDS,
    seal,
    sealing_available,
    subject_key,
)
from desktop.core.db.journal_sealing import is_sealed as is_sealed
from desktop.core.db.journal_sealing import open_changes as open_changes
from desktop.core.db.journal_sealing import unseal as unseal
from desktop.core.db.models import Agreement, JournalEntry, JournalHead, Tracked
from desktop.core.db.models_accounts import JournalSignature

GENESIS_HASH = "0" * 64
OP_LENGTH = 20  # JournalEntry.op is String(20)
_BOOKKEEPING = frozenset({"version", "changed_by", "changed_at"})


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def to_plain(value: Any) -> Any:
    """A JSON-safe form of a column value (the journal and exports store these)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class PendingEntry:
    op: str
    entity: str
    entity_id: str
    team_id: str | None
    version: int | None
    changes: dict[str, Any]
    case_id: str | None = None  # the case a record of NARRATIVE_FIELDS belongs to


def entry_hash(fields: dict[str, Any]) -> str:
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _hashed_fields(entry: JournalEntry | dict[str, Any]) -> dict[str, Any]:
    get = entry.get if isinstance(entry, dict) else lambda name: getattr(entry, name)
    names = ("seq", "at", "author", "device", "op", "entity", "entity_id", "team_id",
             "version", "changes", "reason", "prev_hash")
    return {name: to_plain(get(name)) for name in names}


def _column_keys(record: Tracked) -> list[str]:
    return [attr.key for attr in inspect(record).mapper.column_attrs]


def _apply_python_defaults(record: Tracked) -> None:
    """Fill column defaults now, so the journal records the values the INSERT will write."""
    mapper = inspect(record).mapper
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        default = column.default
        if getattr(record, attr.key) is not None or default is None or attr.key == "version":
            continue
        if default.is_scalar:
            setattr(record, attr.key, default.arg)
        elif default.is_callable:
            setattr(record, attr.key, default.arg(None))


def _inserted(record: Tracked) -> PendingEntry:
    _apply_python_defaults(record)
    values = {key: to_plain(getattr(record, key)) for key in _column_keys(record)}
    changes = {k: [None, v] for k, v in values.items() if k not in _BOOKKEEPING and v is not None}
    return _pending("insert", record, 1, changes)


def _updated(record: Tracked) -> PendingEntry | None:
    state = inspect(record)
    changes: dict[str, Any] = {}
    for key in _column_keys(record):
        if key in _BOOKKEEPING:
            continue
        history = state.attrs[key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if to_plain(old) != to_plain(new):
                changes[key] = [to_plain(old), to_plain(new)]
    if not changes:
        return None
    return _pending("update", record, (record.version or 0) + 1, changes)


def _deleted(record: Tracked) -> PendingEntry:
    values = {key: to_plain(getattr(record, key)) for key in _column_keys(record)}
    changes = {k: [v, None] for k, v in values.items() if k not in _BOOKKEEPING}
    return _pending("delete", record, record.version, changes)


def _pending(op: str, record: Tracked, version: int | None,
             changes: dict[str, Any]) -> PendingEntry:
    return PendingEntry(
        op=op,
        entity=type(record).__tablename__,  # type: ignore[attr-defined]
        entity_id=str(record.id),
        team_id=str(record.owning_team_id) if record.owning_team_id else None,
        version=version,
        changes=changes,
    )


def _case_of(session: Session, record: Tracked) -> str | None:
    """The id of the case a record of ``NARRATIVE_FIELDS`` belongs to (new parents included:
    their ids are set by ``_collect`` before this runs)."""
    entity = type(record).__tablename__  # type: ignore[attr-defined]
    if entity not in NARRATIVE_FIELDS:
        return None
    if entity == "cases":
        return str(record.id)
    if entity == "agreement_terms":
        agreement = record.__dict__.get("agreement")
        agreement_id = getattr(record, "agreement_id", None)
        if agreement is None and agreement_id is not None:
            agreement = _agreement(session, agreement_id)
        return _case_of(session, agreement) if agreement is not None else None
    case_id = getattr(record, "case_id", None)
    if case_id is None:
        case = record.__dict__.get("case")
        case_id = case.id if case is not None else None
    return str(case_id) if case_id is not None else None


def _agreement(session: Session, agreement_id: Any) -> Agreement | None:
    """An agreement by id: new in this flush, or already in the database."""
    for record in session.new:
        if isinstance(record, Agreement) and record.id == agreement_id:
            return record
    return session.get(Agreement, agreement_id)


def _collect(session: Session) -> list[PendingEntry]:
    found: list[tuple[Tracked, PendingEntry]] = []
    new = [record for record in list(session.new) if isinstance(record, Tracked)]
    for record in new:
        if record.id is None:
            record.id = uuid.uuid4()
    found += [(record, _inserted(record)) for record in new]
    for record in list(session.dirty):
        if isinstance(record, Tracked) and session.is_modified(record, include_collections=False):
            pending = _updated(record)
            if pending:
                found.append((record, pending))
    found += [(r, _deleted(r)) for r in list(session.deleted) if isinstance(r, Tracked)]
    return [replace(pending, case_id=_case_of(session, record)) for record, pending in found]


def _stamp(session: Session, entries: list[PendingEntry], at: datetime) -> None:
    user = _actor(session)[0]
    changed_ids = {entry.entity_id for entry in entries if entry.op != "delete"}
    for record in list(session.new) + list(session.dirty):
        if isinstance(record, Tracked) and str(record.id) in changed_ids:
            record.changed_by = user
            record.changed_at = at


def _actor(session: Session) -> tuple[str, str]:
    actor = session.info.get("actor")
    return (getattr(actor, "user", "system"), getattr(actor, "device", ""))


def append(session: Session, entries: list[PendingEntry], at: datetime | None = None) -> None:
    """Append entries to the chain inside the session's transaction."""
    if not entries:
        return
    connection = session.connection()
    head = connection.execute(
        select(JournalHead.last_seq, JournalHead.last_hash).where(JournalHead.id == 1)
        .with_for_update()
    ).one()
    seq, prev_hash = head.last_seq, head.last_hash
    author, device = _actor(session)
    rows = []
    for pending in entries:
        seq += 1
        row = {
            "seq": seq, "at": at or utcnow(), "author": author, "device": device,
            "op": pending.op, "entity": pending.entity, "entity_id": pending.entity_id,
            "team_id": pending.team_id, "version": pending.version, "changes": pending.changes,
            "reason": session.info.get("reason", ""), "prev_hash": prev_hash,
        }
        row["hash"] = prev_hash = entry_hash(_hashed_fields(row))
        rows.append(row)
    connection.execute(insert(JournalEntry), rows)
    connection.execute(
        update(JournalHead).where(JournalHead.id == 1).values(last_seq=seq, last_hash=prev_hash)
    )
    _sign(session, rows[0]["seq"], seq, prev_hash, author)


# --- authorship: a logged-in person's entries are signed with their own key ---------------------

# The signing keys of the people logged in to each open book, by account id. Kept per engine
# (by its connection pool, which the engine's option variants share), so a second opening of
# the same file with only the book key, as any key holder could do, signs nothing.
_signers: weakref.WeakKeyDictionary[Pool, dict[str, Ed25519PrivateKey]] = (
    weakref.WeakKeyDictionary())


def register_signer(engine: Engine, account_id: uuid.UUID, key: Ed25519PrivateKey) -> None:
    """From now on, entries written on ``engine`` by ``account_id`` are signed with ``key``."""
    _signers.setdefault(engine.pool, {})[str(account_id)] = key


def forget_signers(engine: Engine) -> None:
    _signers.pop(engine.pool, None)


def session_signer(session: Session) -> Ed25519PrivateKey | None:
    """The key that signs what ``session``'s actor writes (None: nobody logged in signs), so
    that an account a logged-in leader makes on a server book is granted with the leader's key."""
    return _signer(session)


def _signer(session: Session) -> Ed25519PrivateKey | None:
    account_id = getattr(session.info.get("actor"), "account_id", None)
    if account_id is None:
        return None
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    return _signers.get(engine.pool, {}).get(str(account_id))


def signed_message(first_seq: int, last_seq: int, last_hash: str, author: str) -> bytes:
    """What a person signs for a run of their entries: the last entry's hash commits to every
    entry before it through the chain; the first number stops the run being stretched back."""
    return f"hoagiai journal\n{first_seq}\n{last_seq}\n{last_hash}\n{author}".encode()


def _sign(session: Session, first_seq: int, last_seq: int, last_hash: str, author: str) -> None:
    key = _signer(session)
    if key is None:
        return  # the program's own work, or a session opened without a login
    public = base64.b64encode(key.public_key().public_bytes(
        Encoding.Raw, PublicFormat.Raw)).decode("ascii")
    signature = key.sign(signed_message(first_seq, last_seq, last_hash, author))
    session.connection().execute(insert(JournalSignature).values(
        last_seq=last_seq, first_seq=first_seq, author=author, public_key=public,
        signature=base64.b64encode(signature).decode("ascii")))


def record_event(session: Session, op: str, entity: str, entity_id: str,
                 team_id: str | None, details: dict[str, Any]) -> None:
    """Journal something that changes no record: a view, a print, an export."""
    # SQLite would keep a longer name, PostgreSQL refuses it: fail on both, at the first test.
    if len(op) > OP_LENGTH:
        raise ValueError(f"journal op {op!r} is longer than {OP_LENGTH} characters")
    append(session, [PendingEntry(op, entity, entity_id, team_id, None, details)])


def _sealed(session: Session, pending: PendingEntry) -> PendingEntry:
    """The entry with a person's identity sealed under the person's key and the free text of
    a case's records under the case's key."""
    by_subject = {
        pending.entity_id: SEALED_FIELDS.get(pending.entity, frozenset()),
        pending.case_id or "": NARRATIVE_FIELDS.get(pending.entity, frozenset()),
    }
    wanted = {subject: fields & pending.changes.keys()
              for subject, fields in by_subject.items() if subject}
    if not any(wanted.values()) or not sealing_available(session):
        return pending
    changes = dict(pending.changes)
    for subject, fields in wanted.items():
        if not fields:
            continue
        key = subject_key(session, subject, create=True)
        assert key is not None
        for name in fields:
            changes[name] = seal(key, subject, name, changes[name])
    return replace(pending, changes=changes)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    entries = _collect(session)
    at = utcnow()
    _stamp(session, entries, at)
    append(session, [_sealed(session, entry) for entry in entries], at)


def install(factory: sessionmaker[Session]) -> None:
    """Journal every flush of the sessions this (new) factory makes. No ``event.contains``
    guard: SQLAlchemy keys that registry by ``id()``, so a new factory at the address of a
    collected one looked covered already and its saves went unjournaled."""
    event.listen(factory, "before_flush", _before_flush)


def first_broken_link(session: Session) -> int | None:
    """The sequence number of the first entry whose hash or link does not check out."""
    prev_hash = GENESIS_HASH
    for entry in session.scalars(select(JournalEntry).order_by(JournalEntry.seq)):
        if entry.prev_hash != prev_hash or entry.hash != entry_hash(_hashed_fields(entry)):
            return entry.seq
        prev_hash = entry.hash
    head = session.get(JournalHead, 1)
    if head is not None and head.last_hash != prev_hash:
        return head.last_seq
    return None
