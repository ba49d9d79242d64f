"""Team side: the next numbered package with everything since the previous one.

The package lists the journal entries after the previous package's cursor and carries, for
every record they touch, the record as it is now (its "snapshot"), plus the records it points
at, so each package can be applied on its own, in any order: the ward keeps, per record, the
newest version it has seen. Deleted records travel as tombstones. Fields withheld from the ward
are left out of the snapshots (``exchange_withheld_fields``).

The journal list names each entry (sequence, operation, record, version, hash) but carries no
values: the snapshots are what the ward applies, and a journal entry's old and new values hold
the narrative and identities that the book keeps sealed (an erasure could never reach a copy
of them on a USB stick). The manifest carries the journal's head (``journal.head``: sequence
and hash), an anchor of the team's chain kept outside its book by the ward.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db import journal_anchors
from desktop.core.db.journal import record_event, to_plain, utcnow
from desktop.core.db.models import JournalEntry, JournalHead, Team
from desktop.core.db.models_exchange import ExchangeCaseState, ExchangePackage
from desktop.core.domain.roles import Permission
from desktop.core.errors import WorkflowError
from desktop.core.exchange import authorship_data, book, keys
from desktop.core.exchange.envelope import canonical_json, file_sha256, seal
from desktop.core.exchange.records import parents, read_values, tracked_classes
from desktop.core.i18n import N_
from desktop.core.policy import settings

TEAM_DATA = "team-data"
ATTACHMENT_CONTENTS = "case_attachment_contents"  # h1's attachments, when that table exists

NO_WARD = N_(
    "This book does not know its ward office yet. Import the ward's settings package first "
    "(File › Receive from the ward, or hoagiai import FILE --db PATH).")


@dataclass
class ExportResult:
    data: bytes
    sequence: int
    journal_from: int
    journal_to: int
    records: int
    deleted: int
    entries: int
    cases: list[str] = field(default_factory=list)

    @property
    def file_name(self) -> str:
        return f"hoagiai-{self.sequence:05d}.hgp"


@dataclass
class _Collected:
    entries: list[dict[str, Any]]
    touched: dict[tuple[str, str], int]  # (entity, id) -> seq of its first entry
    deleted: dict[tuple[str, str], int]  # (entity, id) -> last version


def cursor(session: Session) -> int:
    """The journal position the previous package reached (0 before the first)."""
    last = session.scalars(select(ExchangePackage).where(
        ExchangePackage.direction == "sent", ExchangePackage.kind == TEAM_DATA)
        .order_by(ExchangePackage.sequence.desc())).first()
    return int(last.journal_to or 0) if last else 0


def journal_head(session: Session) -> int:
    head = session.get(JournalHead, 1)
    return head.last_seq if head else 0


def _collect(session: Session, team_id: str, start: int, end: int) -> _Collected:
    names = set(tracked_classes())
    query = (select(JournalEntry).where(JournalEntry.seq > start, JournalEntry.seq <= end,
                                        JournalEntry.entity.in_(names),
                                        JournalEntry.op.in_(("insert", "update", "delete")))
             .order_by(JournalEntry.seq))
    collected = _Collected([], {}, {})
    for entry in session.scalars(query):
        if entry.team_id != team_id:
            continue
        collected.entries.append({  # no values, no reason: see the module's notes
            "seq": entry.seq, "at": to_plain(entry.at), "op": entry.op,
            "entity": entry.entity, "entity_id": entry.entity_id, "version": entry.version,
            "hash": entry.hash})
        key = (entry.entity, entry.entity_id)
        collected.touched.setdefault(key, entry.seq)
        if entry.op == "delete":
            collected.deleted[key] = entry.version or 0
        else:
            collected.deleted.pop(key, None)
    return collected


def _add_resends(session: Session, collected: _Collected) -> None:
    """Records the ward rejected (its acknowledgment said so) travel again, as they are now."""
    names = set(tracked_classes())
    for entity, record_id in json.loads(settings.get_setting(session, book.RESEND) or "[]"):
        if entity in names:
            collected.touched.setdefault((entity, record_id), 0)
    if settings.get_setting(session, book.RESEND):
        settings.set_setting(session, book.RESEND, "")


def _case_of(session: Session, entity: str, values: dict[str, Any], depth: int = 0) -> str | None:
    """The case a record belongs to (following its references), if any."""
    if entity == "cases":
        return str(values["id"])
    if values.get("case_id"):
        return str(values["case_id"])
    if depth > 3:
        return None
    for parent_entity, parent_id in parents(entity, values):
        if parent_entity in ("teams", "persons", "mediators", entity):
            continue
        parent = read_values(session, parent_entity, parent_id)
        found = parent and _case_of(session, parent_entity, parent, depth + 1)
        if found:
            return found
    return None


class _Redactor:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.always, self.sensitive = book.withheld(session)
        self._sensitive_cases: dict[str, bool] = {}

    def hidden(self, entity: str, values: dict[str, Any]) -> set[str]:
        fields = set(self.always.get(entity, ()))
        if self.sensitive.get(entity):
            case_id = _case_of(self.session, entity, values)
            if case_id and self._is_sensitive(case_id):
                fields |= self.sensitive[entity]
        return fields

    def _is_sensitive(self, case_id: str) -> bool:
        if case_id not in self._sensitive_cases:
            case = read_values(self.session, "cases", case_id)
            self._sensitive_cases[case_id] = bool(case and case.get("sensitive"))
        return self._sensitive_cases[case_id]


def _snapshots(session: Session, collected: _Collected,
               redactor: _Redactor) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Current values of every touched record and of the records they point at."""
    wanted = dict(collected.touched)
    found: dict[tuple[str, str], dict[str, Any]] = {}
    case_of: dict[str, str] = {}
    queue = [key for key in wanted if key not in collected.deleted]
    while queue:
        entity, record_id = queue.pop()
        if (entity, record_id) in found:
            continue
        values = read_values(session, entity, record_id)
        if values is None:
            continue
        found[(entity, record_id)] = values
        for parent in parents(entity, values):
            wanted.setdefault(parent, 0)
            queue.append(parent)
    snapshots = []
    for (entity, record_id), values in found.items():
        hidden = redactor.hidden(entity, values)
        case_id = _case_of(session, entity, values)
        if case_id:
            case_of[record_id] = case_id
        snapshots.append({"entity": entity, "id": record_id, "order": wanted[(entity, record_id)],
                          "values": {k: v for k, v in values.items() if k not in hidden},
                          "withheld": sorted(hidden)})
    return snapshots, case_of


def _attachments(session: Session, snapshots: list[dict[str, Any]]) -> dict[str, bytes]:
    from desktop.core.db.models import Base

    table = Base.metadata.tables.get(ATTACHMENT_CONTENTS)
    if table is None:
        return {}
    members = {}
    for item in snapshots:
        if item["entity"] == "case_attachments":
            data = session.scalar(select(table.c.data).where(
                table.c.attachment_id == uuid.UUID(item["id"])))
            if data is not None:
                members[f"attachments/{uuid.UUID(item['id']).hex}.bin"] = bytes(data)
    return members


def export_package(session: Session, created_at: datetime | None = None) -> ExportResult:
    """Write the next team-data package (recorded as sent, journaled) and return its bytes."""
    book.allowed(session, Permission.EDIT_SETTINGS)
    team_id = book.require_team(session)
    ward = keys.peer(session, settings.get_setting(session, book.WARD_ID))
    if ward is None:
        raise WorkflowError(NO_WARD)
    pair = keys.require_own_key(session)
    start, end = cursor(session), journal_head(session)
    collected = _collect(session, str(team_id), start, end)
    _add_resends(session, collected)
    redactor = _Redactor(session)
    snapshots, case_of = _snapshots(session, collected, redactor)
    tombstones = [{"entity": e, "id": i, "version": v}
                  for (e, i), v in collected.deleted.items()]
    sequence = book.next_sequence(session, "sent", TEAM_DATA, ward.peer_id)
    signer, manifest_extra = _signer(session, pair)
    members = {"journal.json": canonical_json(collected.entries),
               "records.json": canonical_json({"snapshots": snapshots,
                                               "tombstones": tombstones}),
               authorship_data.MEMBER: canonical_json(  # who wrote what: see that module
                   authorship_data.authorship_member(session, collected.entries)),
               **_attachments(session, snapshots)}
    team = session.get(Team, team_id)
    manifest = {
        "kind": TEAM_DATA, "sequence": sequence, "device": settings.device_id(session),
        "created_at": (created_at or utcnow()).isoformat(),
        "sender": {"kind": "team", "id": str(team_id), "name": team.name if team else "",
                   "key_id": signer.key_id},
        "recipient": {"kind": "ward", "id": ward.peer_id, "key_id": ward.key_id},
        "journal": {"from": start + 1, "to": end, **_heads(session, start, end)},
        "counts": {"entries": len(collected.entries), "records": len(snapshots),
                   "deleted": len(tombstones)},
        **manifest_extra,
    }
    data = seal(manifest, members, signer.signing, keys.recipient(ward))
    cases = sorted({case_of[i] for (_, i) in collected.touched if i in case_of}
                   | {i for (e, i) in collected.touched if e == "cases"})
    _remember(session, manifest, data, cases, end)
    return ExportResult(data, sequence, start + 1, end, len(snapshots), len(tombstones),
                        len(collected.entries), cases)


def _heads(session: Session, start: int, end: int) -> dict[str, Any]:
    """The chain's head now and at the previous package's cursor: anchors the ward keeps."""
    head, previous = journal_anchors.hash_at(session, end), journal_anchors.hash_at(session, start)
    found: dict[str, Any] = {}
    if head is not None:
        found["head"] = {"seq": end, "hash": head}
        journal_anchors.remember(session, end, head, journal_anchors.SENT, "package")
    if previous is not None:
        found["previous"] = {"seq": start, "hash": previous}
    return found


def _signer(session: Session, pair: keys.KeyPair) -> tuple[keys.KeyPair, dict[str, Any]]:
    """The current key signs; while the ward may not know it yet, the package announces it,
    endorsed by the previous key."""
    previous_id = settings.get_setting(session, book.KEY_ANNOUNCE)
    return pair, keys.announcement(session, pair, previous_id) if previous_id else {}


def _remember(session: Session, manifest: dict[str, Any], data: bytes, cases: list[str],
              journal_to: int) -> None:
    now = utcnow()
    session.add(ExchangePackage(
        direction="sent", kind=TEAM_DATA, peer_id=manifest["recipient"]["id"],
        sequence=manifest["sequence"], file_sha256=file_sha256(data),
        journal_from=manifest["journal"]["from"], journal_to=journal_to,
        created_at=datetime.fromisoformat(manifest["created_at"]), processed_at=now,
        processed_by=str(getattr(session.info.get("actor"), "user", "")),
        counts=manifest["counts"]))
    for case_id in cases:
        state = session.get(ExchangeCaseState, case_id)
        if state is None:
            state = ExchangeCaseState(case_id=case_id, sent_sequence=0, sent_journal_seq=0)
            session.add(state)
        state.sent_sequence, state.sent_journal_seq = manifest["sequence"], journal_to
        state.acknowledged_sequence, state.acknowledged_on = None, None
    session.flush()
    record_event(session, "package_exported", "exchange_packages",
                 f"{TEAM_DATA}:{manifest['sequence']}", manifest["sender"]["id"],
                 {"sequence": manifest["sequence"], "journal": manifest["journal"],
                  "counts": manifest["counts"], "cases": len(cases),
                  "sha256": file_sha256(data)})
