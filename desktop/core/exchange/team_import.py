"""Team side: the enrolment file out; the ward's settings, acknowledgments and reference data
in. Each is checked (recipient, signature, replay) before anything changes."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db import journal_anchors
from desktop.core.db.journal import record_event, utcnow
from desktop.core.db.models import MatterCategory, Mediator, Team
from desktop.core.db.models_exchange import ExchangeCaseState
from desktop.core.domain.enums import MatterGroup
from desktop.core.domain.hygiene import strip_tree
from desktop.core.domain.roles import Permission
from desktop.core.exchange import book, errors, keys
from desktop.core.exchange.errors import PackageRefused
from desktop.core.exchange.incoming import (
    Incoming,
    check_recipient,
    check_replay,
    check_signature,
    remember,
)
from desktop.core.i18n import N_, _
from desktop.core.policy import settings

OTHER_WARD = N_(
    "This package comes from another ward office ({ward}) than the one this book belongs to. "
    "Nothing was changed.")
CHAIN_CONTRADICTED = N_(
    "The ward holds this book's change journal at entry {seq} with another content than the "
    "book has now: the journal was altered or cut after it was sent. Keep the book as it is "
    "and tell the ward office; run hoagiai audit verify.")
CODE_REUSED = N_(
    "The reference data reuses the category code {code} for another group of matters; codes "
    "are never reused. Nothing was changed: tell the ward office.")
RATE_SETTING = settings.REMUNERATION_RATE.key


@dataclass
class TeamImportReport:
    kind: str
    sequence: int
    ward_name: str
    acknowledged_cases: int = 0
    categories_added: int = 0
    categories_updated: int = 0
    recognitions: int = 0
    key_changed: bool = False
    notes: list[str] = field(default_factory=list)


def enrolment_file(session: Session) -> bytes:
    """This team's public keys for the ward (made on first use), signed by the team key."""
    book.allowed(session, Permission.EDIT_SETTINGS)
    team_id = book.require_team(session)
    pair = keys.ensure_key(session)
    team = session.get(Team, team_id)
    assert team is not None
    body = {"team": {"id": str(team_id), "name": team.name, "village": team.village,
                     "commune": team.commune, "province": team.province},
            "device": settings.device_id(session)}
    record_event(session, "enrolment_written", "exchange_keys", pair.key_id, str(team_id),
                 {"key_id": pair.key_id})
    return keys.write_enrolment(pair, body)


def _payload(incoming: Incoming) -> dict[str, Any]:
    try:
        payload = strip_tree(json.loads(  # no invisible characters (domain.hygiene)
            incoming.opened.members["payload.json"].decode("utf-8")))
    except (KeyError, UnicodeDecodeError, ValueError) as error:
        raise PackageRefused(errors.BAD_CONTENTS, detail="payload") from error
    if not isinstance(payload, dict):
        raise PackageRefused(errors.BAD_CONTENTS, detail="payload")
    return payload


def import_from_ward(session: Session, incoming: Incoming, user: str) -> TeamImportReport:
    book.allowed(session, Permission.EDIT_SETTINGS)
    team_id = book.require_team(session)
    check_recipient(incoming, str(team_id))
    known_ward = settings.get_setting(session, book.WARD_ID)
    if known_ward and incoming.sender_id != known_ward:
        raise PackageRefused(OTHER_WARD, ward=incoming.sender_name or incoming.sender_id)
    ward = keys.peer(session, incoming.sender_id) if known_ward else None
    if ward is None and incoming.kind != "ward-settings":
        check_signature(incoming, None)
    payload = _payload(incoming)
    new_key = None
    if ward is None:  # first contact: the settings package introduces the ward's key
        public = keys.checked_public(payload.get("keys"))
        from desktop.core.exchange.envelope import verify

        verify(incoming.opened, bytes.fromhex(public["sign"]))
    else:
        new_key = check_signature(incoming, ward)
    check_replay(session, incoming)
    report = TeamImportReport(incoming.kind, incoming.sequence, incoming.sender_name)
    handler = {"ward-settings": _ward_settings, "acknowledgment": _acknowledgment,
               "reference": _reference}[incoming.kind]
    handler(session, incoming, payload, report)
    _key_change(session, incoming, new_key, report)
    remember(session, incoming, {"kind": incoming.kind}, user, utcnow())
    record_event(session, "package_imported", "exchange_packages",
                 f"{incoming.kind}:{incoming.sequence}", str(team_id),
                 {"kind": incoming.kind, "sequence": incoming.sequence,
                  "sha256": incoming.file_sha256})
    return report


def _key_change(session: Session, incoming: Incoming, public: dict[str, str] | None,
                report: TeamImportReport) -> None:
    """A new ward key, endorsed by the previous one (checked by check_signature)."""
    if public is None:
        return
    ward = keys.peer(session, incoming.sender_id)
    if ward is not None:
        keys.set_peer(session, ward.peer_id, "ward", ward.name, public, ward.details)
        report.key_changed = True


def _ward_settings(session: Session, incoming: Incoming, payload: dict[str, Any],
                   report: TeamImportReport) -> None:
    ward = payload.get("ward")
    if not isinstance(ward, dict):
        raise PackageRefused(errors.BAD_CONTENTS, detail="ward")
    public = keys.checked_public(payload.get("keys"))
    name = str(ward.get("name", ""))[:300]
    existing = keys.peer(session, incoming.sender_id)
    if existing is None:
        keys.set_peer(session, incoming.sender_id, "ward", name, public,
                      {k: str(ward.get(k, ""))[:300] for k in ("commune", "province")})
    settings.set_setting(session, book.WARD_ID, incoming.sender_id)
    settings.set_setting(session, book.WARD_NAME, name)
    entitled = "1" if payload.get("entitled_narrative") is True else "0"
    settings.set_setting(session, book.ENTITLED_NARRATIVE, entitled)


def _acknowledgment(session: Session, incoming: Incoming, payload: dict[str, Any],
                    report: TeamImportReport) -> None:
    packages = payload.get("packages")
    if not isinstance(packages, list):
        raise PackageRefused(errors.BAD_CONTENTS, detail="packages")
    received: dict[int, date] = {}
    for item in packages:
        try:
            received[int(item["sequence"])] = date.fromisoformat(str(item["imported_on"]))
        except (KeyError, TypeError, ValueError) as error:
            raise PackageRefused(errors.BAD_CONTENTS, detail="packages") from error
    _resend_rejected(session, packages)
    for state in session.scalars(select(ExchangeCaseState)):
        day = received.get(state.sent_sequence)
        if day is not None and state.acknowledged_sequence != state.sent_sequence:
            state.acknowledged_sequence, state.acknowledged_on = state.sent_sequence, day
            report.acknowledged_cases += 1
    _keep_acknowledged_heads(session, payload.get("journal_heads"), incoming.sequence, report)
    own = keys.own_key(session)
    if own and payload.get("team_key_id") == own.key_id:
        settings.set_setting(session, book.KEY_ANNOUNCE, "")  # the ward knows our new key


def _keep_acknowledged_heads(session: Session, heads: Any, sequence: int,
                             report: TeamImportReport) -> None:
    """The heads of this book's chain that the ward holds become anchors; one the chain
    contradicts (rewritten or cut since it was sent) is noted in the report."""
    for head in heads[:200] if isinstance(heads, list) else []:
        if not isinstance(head, dict) or not journal_anchors.is_head(head.get("seq"),
                                                                      head.get("hash")):
            continue
        seq, hash_ = int(head["seq"]), str(head["hash"])
        if journal_anchors.hash_at(session, seq) == hash_:
            journal_anchors.remember(session, seq, hash_, journal_anchors.ACKNOWLEDGED,
                                     f"acknowledgment {sequence}")
        else:
            report.notes.append(_(CHAIN_CONTRADICTED).format(seq=seq))


def _resend_rejected(session: Session, packages: list[Any]) -> None:
    """Records the ward rejected go again in the next package (once the team fixed them, or
    once the ward can take them, e.g. after a transfer)."""
    wanted = {tuple(item) for item in json.loads(settings.get_setting(
        session, book.RESEND, "[]") or "[]")}
    for package in packages:
        for item in package.get("rejected", []) if isinstance(package, dict) else []:
            if (isinstance(item, list) and len(item) == 2
                    and all(isinstance(part, str) and len(part) <= 60 for part in item)):
                wanted.add((item[0], item[1]))
    settings.set_setting(session, book.RESEND, json.dumps(sorted(wanted)[:5000]))


def _reference(session: Session, incoming: Incoming, payload: dict[str, Any],
               report: TeamImportReport) -> None:
    rate = payload.get(RATE_SETTING)
    if isinstance(rate, str) and rate.strip().isdigit() and len(rate) < 15:
        settings.set_setting(session, RATE_SETTING, rate.strip())
    _categories(session, payload.get("categories"), report)
    _recognitions(session, payload.get("recognitions"), report)
    _reminders(session, payload.get("reminders"))
    _holidays(session, payload.get("holidays"))
    conventions = payload.get("conventions")
    if isinstance(conventions, list):
        settings.set_setting(session, book.REFERENCE_CONVENTIONS,
                             json.dumps(conventions, ensure_ascii=False)[:100_000])


def _holidays(session: Session, text: Any) -> None:
    """The ward's public holidays by year (Civil Code Art. 148 moves a time limit off them):
    kept only when it reads as holidays.toml's form, so a bad list never replaces a good one
    (a package from an older ward carries none and changes nothing)."""
    from desktop.core.domain.holidays import parse_holidays
    from desktop.core.errors import ValidationError

    if not isinstance(text, str) or not text.strip() or len(text) > 200_000:
        return
    try:
        parse_holidays(text)
    except ValidationError:
        return
    settings.set_setting(session, settings.REFERENCE_HOLIDAYS.key, text)


def _reminders(session: Session, days: Any) -> None:
    """The ward's day counts for the reminders: {rule: {key: whole days}}, nothing else (a
    package from an older ward carries none and changes nothing)."""
    if days is None:
        return
    if not isinstance(days, dict) or not all(
            isinstance(rule, str) and isinstance(values, dict) and all(
                isinstance(key, str) and isinstance(value, int) and not isinstance(value, bool)
                and 0 <= value <= 3660 for key, value in values.items())
            for rule, values in days.items()):
        raise PackageRefused(errors.BAD_CONTENTS, detail="reminders")
    settings.set_setting(session, settings.REFERENCE_REMINDERS.key,
                         json.dumps(days, sort_keys=True) if days else "")


def _categories(session: Session, items: Any, report: TeamImportReport) -> None:
    if not isinstance(items, list):
        raise PackageRefused(errors.BAD_CONTENTS, detail="categories")
    existing = {c.code: c for c in session.scalars(select(MatterCategory))}
    for item in items:
        try:
            code, group = str(item["code"])[:40], MatterGroup(item["group"])
            values = {"group": group, "name_vi": str(item["name_vi"])[:200],
                      "name_en": str(item["name_en"])[:200],
                      "sort_order": int(item.get("sort_order", 0)),
                      "retired": bool(item.get("retired", False))}
        except (KeyError, TypeError, ValueError) as error:
            raise PackageRefused(errors.BAD_CONTENTS, detail="categories") from error
        category = existing.get(code)
        if category is None:
            session.add(MatterCategory(code=code, **values))
            report.categories_added += 1
        elif category.group != group:
            raise PackageRefused(CODE_REUSED, code=code)
        elif any(getattr(category, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(category, key, value)
            report.categories_updated += 1


def _recognitions(session: Session, items: Any, report: TeamImportReport) -> None:
    if not isinstance(items, list):
        return
    team_id = book.require_team(session)
    for item in items:
        try:
            mediator = session.get(Mediator, uuid.UUID(str(item["mediator_id"])))
            number = str(item["decision_no"])[:60]
            day = date.fromisoformat(item["decision_date"]) if item.get(
                "decision_date") else None
        except (KeyError, TypeError, ValueError) as error:
            raise PackageRefused(errors.BAD_CONTENTS, detail="recognitions") from error
        if mediator is None or mediator.team_id != team_id:
            continue
        if (mediator.recognition_decision_no, mediator.recognition_decision_date) != (number,
                                                                                       day):
            mediator.recognition_decision_no, mediator.recognition_decision_date = number, day
            report.recognitions += 1
    session.flush()
