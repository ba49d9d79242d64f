"""Ward side: apply a team's package, record by record, in one transaction.

For every record the package carries, the ward keeps (``exchange_record_state``) the team's
version it last applied and the team's values then (the *base*). A snapshot with a version not
newer than that is already known (a repeated or older, out-of-order package): unchanged. A newer
one is compared three ways: fields the team changed since the base are applied, unless the ward
changed the same field to another value since the base: that is a conflict, queued for review
(``exchange_review_queue``), and the ward's value stays until someone chooses.
"""

from __future__ import annotations

import contextlib
import copy
import json
import re
import uuid
from dataclasses import dataclass, field, replace
from hashlib import sha256
from typing import Any

from sqlalchemy import and_, delete, insert, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.core.db.journal import record_event, utcnow
from desktop.core.db.models import Base, Tracked
from desktop.core.db.models_exchange import (
    ExchangePackage,
    ExchangeRecordState,
    ExchangeReviewItem,
)
from desktop.core.domain.hygiene import strip_tree
from desktop.core.domain.roles import Permission
from desktop.core.exchange import book, errors, keys, ward_authorship
from desktop.core.exchange.errors import PackageRefused
from desktop.core.exchange.incoming import (
    Incoming,
    check_recipient,
    check_replay,
    check_signature,
    remember,
)
from desktop.core.exchange.records import (
    BOOKKEEPING,
    BadValue,
    converted,
    parents,
    read_values,
    table_of,
    tracked_classes,
    tracked_tables_in_order,
    with_withheld_blanks,
)
from desktop.core.exchange.ward_bulk import NewRows
from desktop.core.exchange.ward_trust import Trust, chunks_by_entity, keep_team_heads
from desktop.core.i18n import N_

REASON_BAD_VALUE = N_("a value is not acceptable ({field})")
REASON_REFUSED = N_("the database refused it (a record it needs is missing)")
MAX_RECORDS = 200_000


@dataclass
class TeamReport:
    team_id: str
    team_name: str
    sequence: int
    journal_from: int = 0
    journal_to: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicting: int = 0
    rejected: int = 0
    deleted: int = 0
    rejections: list[tuple[str, str, str]] = field(default_factory=list)
    retry: list[tuple[str, str]] = field(default_factory=list)  # the team should send again
    conflicts: list[tuple[str, str, str]] = field(default_factory=list)
    gaps: list[int] = field(default_factory=list)
    key_changed: bool = False
    chain_contradicted: list[int] = field(default_factory=list)  # see keep_team_heads
    applied: bool = False
    attachments: int = 0
    authorship: list[str] = field(default_factory=list)  # see ward_authorship: not signed by
    # the account it names (translated, one per finding)

    def counts(self) -> dict[str, int]:
        return {"new": self.new, "updated": self.updated, "unchanged": self.unchanged,
                "conflicting": self.conflicting, "rejected": self.rejected,
                "deleted": self.deleted}


@dataclass(frozen=True)
class _Item:
    entity: str
    record_id: str
    order: int
    values: dict[str, Any]
    withheld: tuple[str, ...] = ()


def _parse_records(incoming: Incoming) -> tuple[list[_Item], list[tuple[str, str, int]]]:
    """The snapshots and tombstones, checked for form (the values are checked per record)."""
    try:
        body = records_body(incoming.opened.members["records.json"])
        json.loads(incoming.opened.members["journal.json"].decode("utf-8"))
    except (KeyError, UnicodeDecodeError, ValueError) as error:
        raise PackageRefused(errors.BAD_CONTENTS, detail="records") from error
    if not isinstance(body, dict):
        raise PackageRefused(errors.BAD_CONTENTS, detail="records")
    snapshots, tombstones = body.get("snapshots"), body.get("tombstones")
    if not isinstance(snapshots, list) or not isinstance(tombstones, list) or len(
            snapshots) + len(tombstones) > MAX_RECORDS:
        raise PackageRefused(errors.BAD_CONTENTS, detail="records")
    return [_item(raw) for raw in snapshots], [_tombstone(raw) for raw in tombstones]


# A JSON escape that can make an invisible character: \b, \f, \uXXXX (\n, \t, \r are kept).
_ESCAPE_MAKING_INVISIBLE = re.compile(r"\\[bfu]")


def records_body(data: bytes) -> Any:
    """records.json read, its names and texts without invisible characters (domain.hygiene),
    whatever the sending program let through (the file's hash was checked on its bytes
    before). Walked string by string only when the text could hold one: any character
    ``str.isprintable`` refuses (every invisible one, and more), or an escape that can make
    one; a clean file (the common case) is read as it is."""
    text = data.decode("utf-8")
    body = json.loads(text)
    if text.isprintable() and not _ESCAPE_MAKING_INVISIBLE.search(text):
        return body
    return strip_tree(body)


def _record_key(raw: Any) -> tuple[str, str]:
    if not isinstance(raw, dict) or raw.get("entity") not in tracked_classes():
        raise PackageRefused(errors.BAD_CONTENTS, detail="record")
    try:
        record_id = str(uuid.UUID(str(raw.get("id"))[:36]))
    except ValueError as error:
        raise PackageRefused(errors.BAD_CONTENTS, detail="record id") from error
    return str(raw["entity"]), record_id


def _item(raw: Any) -> _Item:
    entity, record_id = _record_key(raw)
    values, order = raw.get("values"), raw.get("order", 0)
    if not isinstance(values, dict) or not isinstance(order, int) or not isinstance(
            values.get("version"), int):
        raise PackageRefused(errors.BAD_CONTENTS, detail="record")
    withheld = raw.get("withheld", [])
    if not isinstance(withheld, list) or not all(isinstance(f, str) for f in withheld):
        raise PackageRefused(errors.BAD_CONTENTS, detail="withheld")
    return _Item(entity, record_id, order, values, tuple(withheld[:100]))


def _tombstone(raw: Any) -> tuple[str, str, int]:
    entity, record_id = _record_key(raw)
    version = raw.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise PackageRefused(errors.BAD_CONTENTS, detail="tombstone")
    return entity, record_id, version


class _Applier:
    def __init__(self, session: Session, incoming: Incoming, report: TeamReport) -> None:
        self.session = session
        self.incoming = incoming
        self.report = report
        self.team_id = incoming.sender_id
        self.careful = False
        self.trust = Trust(session, incoming.sender_id)
        # The first pass's read-ahead and bulk writes (None in the careful pass).
        self.states: dict[tuple[str, str], ExchangeRecordState] | None = None
        self.new_rows: NewRows | None = None
        self.new_states: list[dict[str, Any]] = []

    def run(self, items: list[_Item], tombstones: list[tuple[str, str, int]]) -> None:
        """Everything in one savepoint first (fast: what the checks need read ahead in one
        query per table, new records inserted a table at a time); if the database refuses any
        record, again record by record, each in its own savepoint and through the ORM, so only
        the refused ones are rejected."""
        before = copy.deepcopy(self.report)
        try:
            with self.session.begin_nested(), self.session.no_autoflush:
                self._read_ahead(items, tombstones)
                self._apply(items, tombstones)
                self.session.flush()
        except SQLAlchemyError:
            self.report.__dict__.update(copy.deepcopy(before).__dict__)
            self.trust.accepted.clear()  # what the savepoint accepted was rolled back
            self.trust.forget()
            self.states, self.new_rows, self.new_states = None, None, []
            self.careful = True
            self._apply(items, tombstones)

    def _read_ahead(self, items: list[_Item], tombstones: list[tuple[str, str, int]]) -> None:
        """The package's records, the records they point at and their exchange states, each
        table's in one query (the checks and the applying then ask no more per record)."""
        keys = {(i.entity, i.record_id) for i in items} | {(e, r) for e, r, _v in tombstones}
        self.trust.read_ahead(keys | {p for i in items for p in parents(i.entity, i.values)})
        by_entity: dict[str, set[str]] = {}
        for entity, record_id in keys:
            by_entity.setdefault(entity, set()).add(record_id)
        self.states = {}
        # Asked as (entity = ? AND entity_id IN ...) OR ..., one statement for up to CHUNK ids:
        # the primary key is (entity, entity_id), so an IN over the ids alone scanned every
        # state the ward holds once a package (quadratic over the years), and SQLite's row
        # values ((entity, entity_id) IN ...) scan it too.
        column = ExchangeRecordState.entity_id
        for chunk in chunks_by_entity(by_entity):
            for state in self.session.scalars(select(ExchangeRecordState).where(or_(*(
                    and_(ExchangeRecordState.entity == entity, column.in_([str(i) for i in ids]))
                    for entity, ids in chunk)))):
                self.states[(state.entity, state.entity_id)] = state
        self.new_rows = NewRows(self.session)

    def _state(self, entity: str, record_id: str) -> ExchangeRecordState | None:
        if self.states is not None:
            return self.states.get((entity, record_id))
        return self.session.get(ExchangeRecordState, (entity, record_id))

    def _write_new(self, last: bool = False) -> None:
        """The new records kept so far (a table's, at the next table); with ``last``, their
        exchange states and their cases' index too."""
        if self.new_rows is None:
            return
        self.new_rows.write()
        if last:
            if self.new_states:
                self.session.execute(insert(ExchangeRecordState), self.new_states)
            self.new_rows.finish()
            self.states, self.new_states = None, []  # tombstones read them as written

    def _step(self) -> contextlib.AbstractContextManager[Any]:
        return self.session.begin_nested() if self.careful else contextlib.nullcontext()

    def _flush(self) -> None:
        if self.careful:
            self.session.flush()

    def _apply(self, items: list[_Item], tombstones: list[tuple[str, str, int]]) -> None:
        order = {table.name: index for index, table in enumerate(tracked_tables_in_order())}
        previous = ""
        for item in sorted(items, key=lambda i: (order[i.entity], i.order, i.record_id)):
            if item.entity != previous:  # a table's rows go in together, after their parents'
                self._write_new()
                self.session.flush()
                previous = item.entity
            self._snapshot(item)
        self._write_new(last=True)
        self.session.flush()
        for entity, record_id, version in sorted(tombstones, key=lambda t: -order[t[0]]):
            self._tombstone(entity, record_id, version)

    def _reject(self, entity: str, record_id: str, reason: str, **params: str) -> None:
        self.report.rejected += 1
        if reason in (REASON_BAD_VALUE, REASON_REFUSED):
            self.report.retry.append((entity, record_id))
        from desktop.core.i18n import _

        self.report.rejections.append((entity, record_id, _(reason).format(**params)))

    def _snapshot(self, item: _Item) -> None:
        state = self._state(item.entity, item.record_id)
        problem = self.trust.snapshot_problem(item.entity, item.record_id, item.values, state)
        if problem:
            self._reject(item.entity, item.record_id, problem[0], **problem[1])
            return
        if state is None:
            item = replace(item, values=self.trust.kept_name(item.entity, item.values))
        version = int(item.values["version"])
        if state is not None and version <= state.team_version:
            self.report.unchanged += 1
            return
        problem = self.trust.name_problem(item.entity, item.values)
        if problem:
            self._reject(item.entity, item.record_id, problem[0], **problem[1])
            return
        try:
            columns = converted(item.entity, item.values)
        except BadValue as error:
            self._reject(item.entity, item.record_id, REASON_BAD_VALUE, field=str(error)[:60])
            return
        try:
            with self._step():
                outcome = self._upsert(item, columns, state)
                self._remember_state(item.entity, item.record_id, version, item.values, state)
                self._flush()
        except SQLAlchemyError:
            if not self.careful:
                raise
            self._reject(item.entity, item.record_id, REASON_REFUSED)
            return
        self.trust.accepted.add((item.entity, item.record_id))
        setattr(self.report, outcome, getattr(self.report, outcome) + 1)

    def _upsert(self, item: _Item, columns: dict[str, Any],
                state: ExchangeRecordState | None) -> str:
        if self.new_rows is not None and self.trust.ward_owner(item.entity,
                                                               item.record_id) is None:
            self.new_rows.add(item.entity, with_withheld_blanks(item.entity, columns))
            return "new"  # written with its table's other new records (ward_bulk)
        cls = tracked_classes()[item.entity]
        record = self.session.get(cls, uuid.UUID(item.record_id))
        if record is None:
            self.session.add(cls(**with_withheld_blanks(item.entity, columns)))
            self._flush()
            return "new"
        current = read_values(self.session, item.entity, item.record_id) or {}
        base = state.base if state is not None else current
        incoming = {k: v for k, v in item.values.items() if k not in BOOKKEEPING}
        team_changed = {k for k, v in incoming.items() if base.get(k) != v}
        ward_changed = {k for k in incoming if k in base and current.get(k) != base.get(k)}
        clashes = {k for k in team_changed & ward_changed if current.get(k) != incoming[k]}
        changed = False
        for key in sorted(team_changed - clashes):
            if current.get(key) != incoming[key]:
                setattr(record, key, columns[key])
                changed = True
        for key in sorted(clashes):
            self._queue(record, key, base.get(key), current.get(key), incoming[key])
        changed = self._blank_withheld(record, item, current) or changed
        self._flush()
        if clashes:
            return "conflicting"
        return "updated" if changed else "unchanged"

    def _blank_withheld(self, record: Tracked, item: _Item, current: dict[str, Any]) -> bool:
        """What the team now withholds (a case marked sensitive since) leaves the ward's copy
        too: blank text, or nothing where the column allows it."""
        table = table_of(item.entity)
        changed = False
        for key in item.withheld:
            column = table.columns.get(key)
            if column is None or key in BOOKKEEPING or column.primary_key:
                continue
            blank = None if column.nullable else ""
            if current.get(key) not in (None, "") and (blank is not None or column.nullable):
                setattr(record, key, blank)
                changed = True
        return changed

    def _queue(self, record: Tracked, key: str, base: Any, ward: Any, team: Any) -> None:
        entity = type(record).__tablename__  # type: ignore[attr-defined]
        values = {"base": base, "ward": ward, "team": team}
        open_item = self.session.scalars(select(ExchangeReviewItem).where(
            ExchangeReviewItem.entity == entity, ExchangeReviewItem.entity_id == str(record.id),
            ExchangeReviewItem.field == key, ExchangeReviewItem.status == "open")).first()
        if open_item is not None:
            open_item.values = {**open_item.values, "team": team}
            open_item.package_sequence = self.incoming.sequence
        else:
            self.session.add(ExchangeReviewItem(
                entity=entity, entity_id=str(record.id), team_id=self.team_id, field=key,
                values=values, package_sequence=self.incoming.sequence, opened_at=utcnow()))
        self.report.conflicts.append((entity, str(record.id), key))

    def _remember_state(self, entity: str, record_id: str, version: int,
                        values: dict[str, Any], state: ExchangeRecordState | None,
                        deleted: bool = False) -> None:
        base = {k: v for k, v in values.items() if k not in BOOKKEEPING}
        if state is None and self.new_rows is not None:
            self.new_states.append({
                "entity": entity, "entity_id": record_id, "team_id": self.team_id,
                "team_version": version, "base": base, "deleted": deleted,
                "package_sequence": self.incoming.sequence})
        elif state is None:
            self.session.add(ExchangeRecordState(
                entity=entity, entity_id=record_id, team_id=self.team_id, team_version=version,
                base=base, deleted=deleted, package_sequence=self.incoming.sequence))
        else:
            state.team_version, state.deleted = version, deleted
            state.base = base if not deleted else state.base
            state.package_sequence = self.incoming.sequence

    def _tombstone(self, entity: str, record_id: str, version: int) -> None:
        state = self._state(entity, record_id)
        problem = self.trust.tombstone_problem(entity, record_id, state)
        if problem:
            self._reject(entity, record_id, problem[0], **problem[1])
            return
        if state is not None and (version < state.team_version or state.deleted):
            self.report.unchanged += 1
            return
        record = self.session.get(tracked_classes()[entity], uuid.UUID(record_id))
        try:
            with self._step():
                if record is not None:
                    self.session.delete(record)
                self._remember_state(entity, record_id, version, {}, state, deleted=True)
                self._flush()
        except SQLAlchemyError:
            if not self.careful:
                raise
            self._reject(entity, record_id, REASON_REFUSED)
            return
        self.report.deleted += 1


def _store_attachments(session: Session, incoming: Incoming) -> int:
    """Attached files' bytes, for attachments of this team the ward now has, whose SHA-256
    matches the record's (skipped when this book has no attachments table)."""
    contents = Base.metadata.tables.get("case_attachment_contents")
    records = Base.metadata.tables.get("case_attachments")
    if contents is None or records is None:
        return 0
    stored = 0
    for name, data in incoming.opened.members.items():
        if not name.startswith("attachments/"):
            continue
        try:
            attachment_id = uuid.UUID(hex=name.removeprefix("attachments/").removesuffix(".bin"))
        except ValueError:
            continue
        row = session.execute(select(records.c.sha256, records.c.team_id).where(
            records.c.id == attachment_id)).first()
        if row is None or str(row.team_id) != incoming.sender_id or row.sha256 != sha256(
                data).hexdigest():
            continue
        session.execute(delete(contents).where(contents.c.attachment_id == attachment_id))
        session.execute(insert(contents).values(attachment_id=attachment_id, data=data))
        stored += 1
    return stored


def gaps(session: Session, team_id: str, sequence: int) -> list[int]:
    received = set(session.scalars(select(ExchangePackage.sequence).where(
        ExchangePackage.direction == "received", ExchangePackage.kind == "team-data",
        ExchangePackage.peer_id == team_id)))
    received.add(sequence)
    return sorted(set(range(1, max(received) + 1)) - received)


def _journal_range(incoming: Incoming) -> tuple[int, int]:
    cursor = incoming.manifest.get("journal")
    if not isinstance(cursor, dict):
        raise PackageRefused(errors.BAD_CONTENTS, detail="journal")
    start, end = cursor.get("from"), cursor.get("to")
    if not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 2**53
               for v in (start, end)):
        raise PackageRefused(errors.BAD_CONTENTS, detail="journal")
    return int(start), int(end)  # type: ignore[arg-type]


def import_team_data(session: Session, incoming: Incoming, user: str) -> TeamReport:
    """Check everything, then apply. Raises PackageRefused before any change."""
    book.allowed(session, Permission.MANAGE_WARD_DATA)
    ward_id = book.require_ward(session)
    check_recipient(incoming, ward_id)
    sender = keys.peer(session, incoming.sender_id)
    if sender is None or sender.kind != "team":
        check_signature(incoming, None)
    public = check_signature(incoming, sender)
    check_replay(session, incoming)
    items, tombstones = _parse_records(incoming)
    start, end = _journal_range(incoming)
    report = TeamReport(incoming.sender_id, sender.name if sender else "", incoming.sequence,
                        start, end)
    report.gaps = gaps(session, incoming.sender_id, incoming.sequence)
    report.authorship = ward_authorship.check_package(incoming, sender).problems
    _Applier(session, incoming, report).run(items, tombstones)
    report.attachments = _store_attachments(session, incoming)
    report.chain_contradicted = keep_team_heads(session, incoming.sender_id, incoming.sequence,
                                                incoming.manifest["journal"])
    if public is not None and sender is not None:
        keys.set_peer(session, sender.peer_id, "team", sender.name, public, sender.details)
        report.key_changed = True
    rejected = [[entity, record_id] for entity, record_id in report.retry[:1000]]
    remember(session, incoming, {**report.counts(), "rejected_records": rejected}, user,
             utcnow(), (start, end))
    record_event(session, "package_imported", "exchange_packages",
                 f"team-data:{incoming.sequence}", incoming.sender_id,
                 {"sequence": incoming.sequence, "sha256": incoming.file_sha256,
                  **report.counts(), "gaps": report.gaps,
                  "chain_contradicted": report.chain_contradicted})
    report.applied = True
    return report


def team_base_values(session: Session, entity: str, record_id: str) -> dict[str, Any]:
    state = session.get(ExchangeRecordState, (entity, record_id))
    return dict(state.base) if state else {}


__all__ = ["Base", "TeamReport", "import_team_data", "team_base_values"]
