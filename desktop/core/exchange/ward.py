"""Ward office side: the ward book, enrolling teams, packages back to the teams (ward settings,
acknowledgments, reference data), transfers of cases, and the review queue of conflicts."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db import journal_anchors
from desktop.core.db.journal import record_event, to_plain, utcnow
from desktop.core.db.models import Case, MatterCategory, Mediator, Team
from desktop.core.db.models_accounts import Account
from desktop.core.db.models_exchange import (
    ExchangePackage,
    ExchangeRecordState,
    ExchangeReviewItem,
    ExchangeTransfer,
)
from desktop.core.domain.roles import Permission
from desktop.core.errors import ConcurrentEditError, NotFoundError, ValidationError, WorkflowError
from desktop.core.exchange import book, keys
from desktop.core.exchange.envelope import canonical_json, file_sha256, seal
from desktop.core.exchange.records import converted, tracked_classes
from desktop.core.exchange.ward_trust import Trust, folded
from desktop.core.i18n import N_, _
from desktop.core.policy import settings

ALREADY_A_BOOK = N_(
    "This file already holds a case book with data. A ward office book must start from a new "
    "file: choose another path.")
UNKNOWN_TEAM = N_("No enrolled team has this id or name: {team}. See hoagiai ward teams.")
REASON_NEEDED = N_("Please give a reason: it is kept in the change journal.")
NO_SUCH_ITEM = N_("There is no open conflict number {number} in the review queue.")
BAD_SIDE = N_("Choose the team's value (team) or the ward's value (ward).")
ALREADY_RESOLVED = N_(
    "Conflict {number} was already resolved by {who} at {at}: they kept the {side} "
    "({value}), with the reason: “{reason}”. Nothing was changed.")
ENROLMENT_KEY_CHANGED = N_(
    "{team} is already enrolled with another key. A new key is accepted only when announced in "
    "a package signed by the previous key, or when you replace it on purpose (--replace).")
ENROLMENT_NAME_TAKEN = N_(
    "Another enrolled team is already called {team}. Two teams cannot share a name at the "
    "ward: ask the team to correct its name in its book, then make a new enrolment file.")
SAME_TEAM = N_("The case already belongs to that team.")
NO_TEAM_DATA = N_(
    "{team} has not sent a package yet, so this book has no record of the team. Import a "
    "package of that team first, then transfer the case.")
RATE_SETTING = settings.REMUNERATION_RATE.key
ACK_HEADS = 50  # the team's newest journal heads an acknowledgment echoes back


def init_ward(session: Session, name: str, commune: str, province: str) -> str:
    """Make this (new) book a ward office book, with its own key."""
    book.allowed(session, Permission.MANAGE_WARD_SETTINGS)
    if settings.own_team_id(session) is not None or book.kind(session) == book.WARD:
        raise WorkflowError(ALREADY_A_BOOK)
    if not name.strip():
        raise ValidationError(N_("Please enter the ward's name."), field="ward")
    ward_id = str(uuid.uuid4())
    for key, value in ((book.BOOK_KIND, book.WARD), (book.WARD_ID, ward_id),
                       (book.WARD_NAME, name.strip()), (book.WARD_COMMUNE, commune.strip()),
                       (book.WARD_PROVINCE, province.strip())):
        settings.set_setting(session, key, value)
    keys.ensure_key(session)
    record_event(session, "ward_initialised", "app_settings", ward_id, None, {"name": name})
    return ward_id


def enrol(session: Session, data: bytes, replace: bool = False) -> dict[str, Any]:
    """Accept a team's enrolment file: its public keys become known to this ward."""
    book.allowed(session, Permission.MANAGE_WARD_DATA)
    book.require_ward(session)
    body = keys.read_enrolment(data)
    team = body.get("team")
    if not isinstance(team, dict) or not isinstance(team.get("id"), str):
        from desktop.core.exchange import errors
        from desktop.core.exchange.errors import PackageRefused

        raise PackageRefused(errors.BAD_CONTENTS, detail="team")
    team_id = str(uuid.UUID(team["id"]))
    name = str(team.get("name", ""))[:300]
    current = keys.peer(session, team_id)
    if current is not None and current.key_id != body["keys"]["key_id"] and not replace:
        raise WorkflowError(ENROLMENT_KEY_CHANGED, team=name)
    if folded(name) in Trust(session, team_id).other_team_names():
        raise WorkflowError(ENROLMENT_NAME_TAKEN, team=name)
    details = {k: str(team.get(k, ""))[:300] for k in ("village", "commune", "province")}
    keys.set_peer(session, team_id, "team", name, body["keys"], details)
    record_event(session, "team_enrolled", "exchange_peers", team_id, team_id,
                 {"name": name, "key_id": body["keys"]["key_id"], "replace": replace})
    return {"team_id": team_id, "name": name, "key_id": body["keys"]["key_id"]}


def find_team(session: Session, team: str) -> Any:
    for row in keys.peers(session, "team"):
        if team in (row.peer_id, row.name):
            return row
    raise NotFoundError(UNKNOWN_TEAM, team=team)


# --- packages to a team ----------------------------------------------------------------------

@dataclass(frozen=True)
class Written:
    data: bytes
    kind: str
    sequence: int
    team_id: str
    team_name: str

    @property
    def file_name(self) -> str:
        short = self.team_id[:8]
        return f"hoagiai-{self.kind}-{short}-{self.sequence:05d}.hgp"


def _ward_identity(session: Session) -> dict[str, str]:
    return {"kind": "ward", "id": settings.get_setting(session, book.WARD_ID),
            "name": settings.get_setting(session, book.WARD_NAME),
            "commune": settings.get_setting(session, book.WARD_COMMUNE),
            "province": settings.get_setting(session, book.WARD_PROVINCE)}


def _write(session: Session, team_id: str, kind: str, payload: dict[str, Any],
           extra: dict[str, Any] | None = None) -> Written:
    book.allowed(session, Permission.MANAGE_WARD_DATA)
    book.require_ward(session)
    peer = keys.peer(session, team_id)
    if peer is None:
        raise NotFoundError(UNKNOWN_TEAM, team=team_id)
    pair = keys.require_own_key(session)
    signer = pair
    previous = settings.get_setting(session, book.KEY_ANNOUNCE)
    announce = keys.announcement(session, pair, previous) if previous else {}
    sequence = book.next_sequence(session, "sent", kind, team_id)
    now = utcnow()
    manifest = {"kind": kind, "sequence": sequence, "created_at": now.isoformat(),
                "device": settings.device_id(session),
                "sender": {**_ward_identity(session), "key_id": signer.key_id},
                "recipient": {"kind": "team", "id": team_id, "key_id": peer.key_id},
                **announce, **(extra or {})}
    data = seal(manifest, {"payload.json": canonical_json(payload)}, signer.signing,
                keys.recipient(peer))
    session.add(ExchangePackage(direction="sent", kind=kind, peer_id=team_id, sequence=sequence,
                                file_sha256=file_sha256(data), created_at=now, processed_at=now,
                                processed_by=_user(session), counts={}))
    session.flush()
    record_event(session, "package_exported", "exchange_packages", f"{kind}:{sequence}",
                 team_id, {"kind": kind, "sequence": sequence, "sha256": file_sha256(data)})
    return Written(data, kind, sequence, team_id, peer.name)


def _user(session: Session) -> str:
    return str(getattr(session.info.get("actor"), "user", ""))


def write_ward_settings(session: Session, team_id: str) -> Written:
    """The ward's identity and public keys for a team (and whether narrative text is due)."""
    book.allowed(session, Permission.MANAGE_WARD_DATA)  # before reading anything
    entitled = settings.get_setting(session, book.ENTITLED_NARRATIVE) == "1"
    payload = {"ward": _ward_identity(session), "keys": keys.require_own_key(session).public(),
               "entitled_narrative": entitled}
    return _write(session, team_id, "ward-settings", payload)


def write_acknowledgment(session: Session, team_id: str) -> Written:
    """What the ward received from this team and accepted (per package, per record)."""
    book.allowed(session, Permission.MANAGE_WARD_DATA)  # before reading anything
    received = session.scalars(select(ExchangePackage).where(
        ExchangePackage.direction == "received", ExchangePackage.kind == "team-data",
        ExchangePackage.peer_id == team_id).order_by(ExchangePackage.sequence))
    packages = [{"sequence": p.sequence, "sha256": p.file_sha256,
                 "imported_on": p.processed_at.date().isoformat(),
                 "counts": {k: v for k, v in p.counts.items() if k != "rejected_records"},
                 "rejected": p.counts.get("rejected_records", [])}
                for p in received]
    cases = session.scalars(select(ExchangeRecordState).where(
        ExchangeRecordState.team_id == team_id, ExchangeRecordState.entity == "cases"))
    peer = keys.peer(session, team_id)
    heads = [{"seq": a.seq, "hash": a.hash}
             for a in journal_anchors.team_heads(session, team_id)[-ACK_HEADS:]]
    payload = {"packages": packages,
               "cases": {s.entity_id: s.package_sequence for s in cases},
               "team_key_id": peer.key_id if peer else "", "journal_heads": heads}
    return _write(session, team_id, "acknowledgment", payload)


def write_reference(session: Session, team_id: str) -> Written:
    """Reference data, signed: remuneration rate, categories, recognised conventions,
    mediator recognitions (of this team's mediators)."""
    book.allowed(session, Permission.MANAGE_WARD_DATA)  # before reading anything
    categories = [{"code": c.code, "group": c.group.value, "name_vi": c.name_vi,
                   "name_en": c.name_en, "sort_order": c.sort_order, "retired": c.retired}
                  for c in session.scalars(select(MatterCategory).order_by(MatterCategory.code))]
    recognitions = [{"mediator_id": str(m.id), "decision_no": m.recognition_decision_no,
                     "decision_date": to_plain(m.recognition_decision_date)}
                    for m in session.scalars(select(Mediator).where(
                        Mediator.team_id == uuid.UUID(team_id)))
                    if m.recognition_decision_no]
    conventions = _recognised_conventions(session, team_id)
    payload = {RATE_SETTING: settings.get_setting(session, RATE_SETTING),
               "categories": categories, "recognitions": recognitions,
               "conventions": conventions, "reminders": _reminder_days(session),
               # the ward's update of the public holidays (holidays.toml's form), if any
               "holidays": settings.get_setting(session, settings.REFERENCE_HOLIDAYS.key)}
    return _write(session, team_id, "reference", payload)


def _reminder_days(session: Session) -> dict[str, Any]:
    """The ward's own day counts for the teams' reminders (reminders.toml's tables)."""
    try:
        days = json.loads(settings.value(session, settings.REFERENCE_REMINDERS) or "{}")
    except ValueError:
        return {}
    return days if isinstance(days, dict) else {}


def _recognised_conventions(session: Session, team_id: str) -> list[dict[str, Any]]:
    from desktop.core.db.models import Convention, ConventionVersion

    rows = session.execute(select(Convention.title, ConventionVersion.decision_no,
                                  ConventionVersion.decision_date,
                                  ConventionVersion.effective_on)
                           .join(ConventionVersion,
                                 ConventionVersion.convention_id == Convention.id)
                           .where(Convention.team_id == uuid.UUID(team_id)))
    return [{"title": r.title, "decision_no": r.decision_no,
             "decision_date": to_plain(r.decision_date),
             "effective_on": to_plain(r.effective_on)} for r in rows]


# --- transfers -------------------------------------------------------------------------------

def transfer_case(session: Session, case_id: uuid.UUID, to_team: str, reason: str) -> int:
    """Hand a case (and its records) to another enrolled team, explicitly and journaled.
    Later changes to it from the former team are rejected by the import."""
    book.allowed(session, Permission.MANAGE_WARD_DATA)
    book.require_ward(session)
    if not reason.strip():
        raise ValidationError(REASON_NEEDED, field="reason")
    target = find_team(session, to_team)
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError(N_("There is no case with this id in the ward book."))
    source = str(case.team_id)
    if source == target.peer_id:
        raise WorkflowError(SAME_TEAM)
    if session.get(Team, uuid.UUID(target.peer_id)) is None:
        raise WorkflowError(NO_TEAM_DATA, team=target.name)
    moved = 0
    for entity, record_id in _case_records(session, str(case_id)):
        record = session.get(tracked_classes()[entity], uuid.UUID(record_id))
        if record is not None and hasattr(record, "team_id"):
            record.team_id = uuid.UUID(target.peer_id)
            moved += 1
        state = session.get(ExchangeRecordState, (entity, record_id))
        if state is not None:
            state.team_id = target.peer_id
    session.add(ExchangeTransfer(case_id=str(case_id), from_team_id=source,
                                 to_team_id=target.peer_id, transferred_at=utcnow(),
                                 transferred_by=_user(session), reason=reason.strip()))
    session.flush()
    record_event(session, "case_transferred", "cases", str(case_id), target.peer_id,
                 {"from": source, "to": target.peer_id, "records": moved,
                  "reason": reason.strip()})
    return moved


def _case_records(session: Session, case_id: str) -> list[tuple[str, str]]:
    from desktop.core.db.models import Base

    found = [("cases", case_id)]
    frontier = {("cases", case_id)}
    for _round in range(3):
        following = set()
        for table in Base.metadata.sorted_tables:
            if table.name not in tracked_classes() or table.name in ("persons", "mediators"):
                continue
            for column in table.columns:
                for key in column.foreign_keys:
                    parents = [i for (e, i) in frontier if e == key.column.table.name]
                    if parents and key.column.table.name != table.name:
                        rows = session.execute(select(table.c.id).where(
                            column.in_([uuid.UUID(p) for p in parents])))
                        following |= {(table.name, str(r.id)) for r in rows}
        following -= set(found)
        found += sorted(following)
        frontier = following
    return found


# --- review queue ----------------------------------------------------------------------------

@dataclass(frozen=True)
class ReviewView:
    number: int
    entity: str
    entity_id: str
    team_id: str
    field: str
    base: Any
    ward: Any
    team: Any
    package_sequence: int
    status: str
    chosen: str
    reason: str
    opened_at: datetime


def list_review(session: Session, include_resolved: bool = False) -> list[ReviewView]:
    query = select(ExchangeReviewItem).order_by(ExchangeReviewItem.id)
    if not include_resolved:
        query = query.where(ExchangeReviewItem.status == "open")
    return [ReviewView(i.id, i.entity, i.entity_id, i.team_id, i.field, i.values.get("base"),
                       i.values.get("ward"), i.values.get("team"), i.package_sequence, i.status,
                       i.chosen, i.reason, i.opened_at) for i in session.scalars(query)]


def _locked_item(session: Session, number: int) -> ExchangeReviewItem | None:
    """The item, read afresh under a row lock (FOR UPDATE on a server): of two officers
    resolving it at once, the second waits for the first, then finds it resolved."""
    return session.scalar(select(ExchangeReviewItem).where(ExchangeReviewItem.id == number)
                          .with_for_update().execution_options(populate_existing=True))


def _already_resolved(session: Session, item: ExchangeReviewItem) -> ConcurrentEditError:
    name = session.scalar(select(Account.display_name)
                          .where(Account.username == item.resolved_by))
    who = f"{name} ({item.resolved_by})" if name and name != item.resolved_by else (
        item.resolved_by or _("Someone"))
    at = (item.resolved_at.replace(tzinfo=UTC).astimezone().strftime("%H:%M %d/%m/%Y")
          if item.resolved_at else "—")
    side = _("team's value") if item.chosen == "team" else _("ward's value")
    value = item.values.get(item.chosen)
    return ConcurrentEditError(ALREADY_RESOLVED, number=item.id, who=who, at=at, side=side,
                               value="—" if value is None else str(value), reason=item.reason)


def resolve(session: Session, number: int, side: str, reason: str) -> None:
    """Choose the team's or the ward's value of a conflicting field, with a reason: the
    record's change (if any) and the choice are journaled."""
    book.allowed(session, Permission.MANAGE_WARD_DATA)
    item = _locked_item(session, number)
    if item is None:
        raise NotFoundError(NO_SUCH_ITEM, number=number)
    if item.status != "open":
        raise _already_resolved(session, item)
    if side not in ("team", "ward"):
        raise ValidationError(BAD_SIDE, field="side")
    if not reason.strip():
        raise ValidationError(REASON_NEEDED, field="reason")
    if side == "team":
        record = session.get(tracked_classes()[item.entity], uuid.UUID(item.entity_id))
        if record is not None:
            value = converted(item.entity, {item.field: item.values.get("team")})[item.field]
            setattr(record, item.field, value)
            session.info["reason"] = reason.strip()
            session.flush()
    item.status, item.chosen, item.reason = "resolved", side, reason.strip()
    item.resolved_by, item.resolved_at = _user(session), utcnow()
    session.flush()
    record_event(session, "conflict_resolved", item.entity, item.entity_id, item.team_id,
                 {"field": item.field, "chosen": side, "reason": reason.strip(),
                  "values": item.values})
