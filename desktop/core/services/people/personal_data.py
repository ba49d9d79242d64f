"""Personal-data duties (DOMAIN.md §6; Law 91/2025/QH15, Decree 356/2025/NĐ-CP).

* **Notice and consent**: what a person was told about what is kept and why, and their answer
  (given, refused, withdrawn), with its date and who recorded it.
* **Access**: everything held about one person, as plain data (``person_data``) for a JSON
  file or a readable PDF; the export itself is journaled.
* **Erasure after the retention period** (setting ``retention_years``; DOMAIN.md names no
  period, so the default is 10 years): a person all of whose cases closed more than that long
  ago is anonymised: their name becomes "Người đã được ẩn danh #k", their ID number, address,
  phone and birth date are cleared, their name is scrubbed from the free text of their cases,
  and their sealing key is deleted, so the journal's sealed copies of their identity can no
  longer be read (see ``desktop.core.db.journal`` and docs/personal-data.md).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Text, cast, delete, func, or_, select
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session

from desktop.core.db import journal
from desktop.core.db.models import (
    Agreement,
    AgreementTerm,
    Case,
    CaseCitation,
    CaseParticipant,
    Hearing,
    HearingAttendee,
    JournalEntry,
    Outcome,
    Person,
    Team,
)
from desktop.core.db.models_personal import (
    CONSENT_LABELS,
    ConsentDecision,
    ConsentRecord,
    Erasure,
    PersonalKey,
)
from desktop.core.db.search_index import purge_deleted_words, refresh_case_search
from desktop.core.domain.enums import CaseStatus
from desktop.core.domain.roles import Permission
from desktop.core.domain.text import clean, nfc
from desktop.core.errors import ValidationError
from desktop.core.i18n import N_, _
from desktop.core.policy import settings
from desktop.core.policy.access import require
from desktop.core.services.common import fetch
from desktop.core.services.people.erased_copies import drop_issued_copies

RETENTION_SETTING = settings.RETENTION_YEARS.key
DEFAULT_RETENTION_YEARS = settings.RETENTION_YEARS.default
ANONYMOUS_NAME = "Người đã được ẩn danh #{number}"  # stored data: Vietnamese whatever the UI

NO_NOTICE = N_("Write what the person was told: what is kept about them and why.")
NO_RECORDER = N_("Write who recorded the person's answer.")
FUTURE_CONSENT = N_("The date of the answer cannot be after today ({today}).")
BAD_RETENTION = N_("The retention period must be a whole number of years from 1 to 100.")
ERASED_VALUE = N_("(erased for good)")
ERASED_ACTION = N_("Anonymised (personal data erased)")
ERASURE_REASON = N_("Personal data erased: every case of this person closed more than "
                    "{years} years ago (retention period).")

# Free text of a case that may name its people (scrubbed on erasure).
_FREE_TEXT = {
    Case: ("title", "summary", "eligibility_note", "referrer"),
    CaseParticipant: ("position",),
    Hearing: ("place", "course", "result"),
    Outcome: ("referred_to", "guidance", "note", "stop_requested_by"),
    Agreement: ("note",),
    AgreementTerm: ("content", "follow_up_note"),
}


@dataclass(frozen=True)
class ConsentInput:
    recorded_on: date
    notice: str
    decision: ConsentDecision
    recorded_by: str
    note: str = ""


@dataclass(frozen=True)
class DueErasure:
    person_id: uuid.UUID
    full_name: str
    last_closed: date
    cases: int


# --- consent -----------------------------------------------------------------------------------

def record_consent(session: Session, person_id: uuid.UUID, data: ConsentInput,
                   today: date | None = None) -> uuid.UUID:
    """Record what the person was told and their answer."""
    require(session, Permission.INTAKE_CASES)
    person = fetch(session, Person, person_id)
    today = today or date.today()
    if not clean(data.notice):
        raise ValidationError(NO_NOTICE, field="notice")
    if not clean(data.recorded_by):
        raise ValidationError(NO_RECORDER, field="recorded_by")
    if data.recorded_on > today:
        raise ValidationError(FUTURE_CONSENT, field="recorded_on", today=today.strftime("%d/%m/%Y"))
    record = ConsentRecord(team_id=person.team_id, person_id=person_id,
                           recorded_on=data.recorded_on, notice=clean(data.notice),
                           decision=data.decision, recorded_by=clean(data.recorded_by),
                           note=clean(data.note))
    session.add(record)
    session.flush()
    return record.id


def consent_history(session: Session, person_id: uuid.UUID) -> list[dict[str, Any]]:
    rows = session.scalars(select(ConsentRecord).where(ConsentRecord.person_id == person_id)
                           .order_by(ConsentRecord.recorded_on, ConsentRecord.changed_at))
    return [{"recorded_on": r.recorded_on.isoformat(), "decision": r.decision.value,
             "decision_label": _(CONSENT_LABELS[r.decision]), "notice": r.notice,
             "recorded_by": r.recorded_by, "note": r.note} for r in rows]


def current_consent(session: Session, person_id: uuid.UUID) -> ConsentDecision | None:
    history = consent_history(session, person_id)
    return ConsentDecision(history[-1]["decision"]) if history else None


# --- everything held about one person ----------------------------------------------------------

def person_data(session: Session, person_id: uuid.UUID) -> dict[str, Any]:
    """Everything this book holds about one person, as JSON-safe plain data."""
    require(session, Permission.READ_TEAM_DATA)
    person = fetch(session, Person, person_id)
    roles = session.scalars(select(CaseParticipant).where(
        CaseParticipant.person_id == person_id)).all()
    return {
        "person_id": str(person.id),
        "identity": _identity(person),
        "cases": [_case(session, role) for role in roles],
        "consent": consent_history(session, person_id),
        "journal": _journal_about(session, person, roles),
        "erased": _erasure(session, person_id),
    }


def _identity(person: Person) -> dict[str, Any]:
    return {"full_name": person.full_name, "sex": journal.to_plain(person.sex),
            "birth_date": journal.to_plain(person.birth_date), "birth_year": person.birth_year,
            "citizen_id": person.citizen_id, "address": person.address, "phone": person.phone}


def _case(session: Session, role: CaseParticipant) -> dict[str, Any]:
    case = role.case
    attended = set(session.scalars(select(HearingAttendee.hearing_id).where(
        HearingAttendee.participant_id == role.id)))
    return {
        "number": case.number, "title": case.title, "received_on": case.received_on.isoformat(),
        "status": case.status.value, "closed_on": journal.to_plain(case.closed_on),
        "summary": case.summary, "role": role.role.value, "position": role.position,
        "hearings": [{"held_at": h.held_at.isoformat(timespec="minutes"), "place": h.place,
                      "attended": h.id in attended, "result": h.result}
                     for h in case.hearings],
        "agreement": _agreement(case, role.id),
        "citations": _citations(session, case.id),
    }


def _agreement(case: Case, participant_id: uuid.UUID) -> dict[str, Any] | None:
    agreement = case.agreement
    if agreement is None:
        return None
    return {"reached_on": journal.to_plain(agreement.reached_on), "note": agreement.note,
            "terms": [{"content": t.content, "deadline": journal.to_plain(t.deadline),
                       "obliges_this_person": t.obliged_participant_id == participant_id,
                       "follow_up": t.follow_up_status.value} for t in agreement.terms]}


def _citations(session: Session, case_id: uuid.UUID) -> list[dict[str, Any]]:
    rows = session.scalars(select(CaseCitation).where(CaseCitation.case_id == case_id))
    out = []
    for citation in rows:
        article = citation.article
        version = article.convention_version
        out.append({"convention": version.convention.title, "decision": version.decision_no,
                    "article": article.number, "article_title": article.title,
                    "clause": citation.clause_number, "note": citation.note})
    return out


def _journal_about(session: Session, person: Person,
                   roles: Sequence[CaseParticipant]) -> list[dict[str, Any]]:
    """The journal entries of the person's record, of their roles in cases, of their consent
    records, and events that name them (sealed values opened where the key still exists)."""
    ids = {str(person.id), *(str(role.id) for role in roles)}
    ids |= {str(i) for i in session.scalars(select(ConsentRecord.id).where(
        ConsentRecord.person_id == person.id))}
    entries = session.scalars(select(JournalEntry).where(or_(
        JournalEntry.entity_id.in_(ids),
        cast(JournalEntry.changes, Text).contains(str(person.id))))
        .order_by(JournalEntry.seq))
    out = []
    for entry in entries:
        changes = journal.open_changes(session, entry)
        out.append({"seq": entry.seq, "at": entry.at.isoformat(), "author": entry.author,
                    "op": entry.op, "entity": entry.entity, "changes": changes,
                    "action": _action(entry.op, entry.entity),
                    "described": _described(entry.entity, changes), "reason": entry.reason})
    return out


_CONSENT_FIELDS = {
    "recorded_on": N_("Date of the answer"), "notice": N_("What the person was told"),
    "decision": N_("Answer"), "recorded_by": N_("Recorded by"), "note": N_("Note"),
}


def _is_uuid(value: Any) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return isinstance(value, str) and len(value) == 36


def _action(op: str, entity: str) -> str:
    from desktop.core.services.history.labels import OPERATION_LABELS, entity_label

    text = OPERATION_LABELS.get(op) or (ERASED_ACTION if op == "erase" else "")
    return f"{_(text) if text else op} ({entity_label(entity)})"


def _described(entity: str, changes: dict[str, Any]) -> str:
    """The changes in words: each field's label and its newest value (erased ones said so)."""
    from desktop.core.services.history.labels import field_label
    from desktop.core.services.history.values import show_value

    shown = []
    for name, value in changes.items():
        if isinstance(value, list) and len(value) == 2:
            value = value[1] if value[1] is not None else value[0]
        if value in (None, "") or name in ("id", "version") or _is_uuid(value):
            continue
        if value == journal.ERASED:
            text = _(ERASED_VALUE)
        elif entity == "consent_records" and name == "decision" and value in CONSENT_LABELS:
            text = _(CONSENT_LABELS[ConsentDecision(value)])
        else:
            text = show_value(entity, name, value)
        label = _CONSENT_FIELDS.get(name) if entity == "consent_records" else None
        shown.append(f"{_(label) if label else field_label(entity, name)}: {text[:120]}")
    return "; ".join(shown)


def _erasure(session: Session, person_id: uuid.UUID) -> dict[str, Any] | None:
    erasure = session.get(Erasure, person_id)
    if erasure is None:
        return None
    return {"number": erasure.number, "erased_on": erasure.erased_on.isoformat(),
            "reason": erasure.reason}


def export_json(session: Session, person_id: uuid.UUID, target: str = "") -> bytes:
    """The person's data as a JSON file (UTF-8); the export is journaled."""
    require(session, Permission.MANAGE_PERSONAL_DATA)
    data = person_data(session, person_id)
    _journal_export(session, person_id, "json", target)
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def export_pdf(session: Session, person_id: uuid.UUID, target: str = "",
               today: date | None = None) -> bytes:
    """The person's data as a readable PDF; the export is journaled."""
    require(session, Permission.MANAGE_PERSONAL_DATA)
    from desktop.core.documents.person_export import render_person_export
    from desktop.core.services.teams import team_info

    data = person_data(session, person_id)
    person = fetch(session, Person, person_id)
    team = team_info(fetch(session, Team, person.team_id))
    _journal_export(session, person_id, "pdf", target)
    return render_person_export(data, team, today or date.today(), retention_years(session))


def _journal_export(session: Session, person_id: uuid.UUID, form: str, target: str) -> None:
    person = fetch(session, Person, person_id)
    journal.record_event(session, "export", "persons", str(person_id), str(person.team_id),
                         {"export": "personal_data", "format": form, "target": target})


# --- retention and erasure ---------------------------------------------------------------------

def retention_years(session: Session) -> int:
    value = settings.get_setting(session, RETENTION_SETTING, "")
    return int(value) if value.isdigit() and 1 <= int(value) <= 100 else DEFAULT_RETENTION_YEARS


def set_retention_years(session: Session, years: int) -> None:
    require(session, Permission.EDIT_SETTINGS)
    if not 1 <= years <= 100:
        raise ValidationError(BAD_RETENTION, field="retention_years")
    settings.set_setting(session, RETENTION_SETTING, str(years))


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def erasure_due(session: Session, today: date | None = None,
                years: int | None = None) -> list[DueErasure]:
    """People not yet erased whose every case is closed, the last one more than the retention
    period (or ``years``) ago."""
    cutoff = _years_before(today or date.today(), years or retention_years(session))
    rows = session.execute(
        select(Person.id, Person.full_name, func.max(Case.closed_on), func.count(Case.id),
               func.sum(sql_case((Case.status == CaseStatus.IN_PROGRESS, 1), else_=0)))
        .join(CaseParticipant, CaseParticipant.person_id == Person.id)
        .join(Case, Case.id == CaseParticipant.case_id)
        .where(Person.id.not_in(select(Erasure.person_id)))
        .group_by(Person.id, Person.full_name)
        .order_by(Person.full_name))
    return [DueErasure(person_id, name, last, count)
            for person_id, name, last, count, open_cases in rows
            if not open_cases and last is not None and last < cutoff]


def erase_due(session: Session, today: date | None = None,
              dry_run: bool = False, years: int | None = None) -> list[DueErasure]:
    """Anonymise every person due (``erasure_due``); with ``dry_run`` only list them (``years``:
    what a dry run would find with another period)."""
    require(session, Permission.EDIT_SETTINGS)
    today = today or date.today()
    due = erasure_due(session, today, years if dry_run else None)
    if not dry_run:
        years = retention_years(session)
        for item in due:
            _erase(session, item.person_id, today, _(ERASURE_REASON).format(years=years))
    return due


def erase_person(session: Session, person_id: uuid.UUID, today: date, reason: str) -> int:
    """Anonymise one person (see the module's notes); returns their number ``k``."""
    require(session, Permission.MANAGE_PERSONAL_DATA)
    return _erase(session, person_id, today, reason)


def _erase(session: Session, person_id: uuid.UUID, today: date, reason: str) -> int:
    person = fetch(session, Person, person_id)
    number = (session.scalar(select(func.max(Erasure.number))) or 0) + 1
    anonymous = ANONYMOUS_NAME.format(number=number)
    session.info["reason"] = reason
    case_ids = set(session.scalars(select(CaseParticipant.case_id).where(
        CaseParticipant.person_id == person_id)))
    _scrub_cases(session, case_ids, _mentions(person, anonymous))
    drop_issued_copies(session, person.team_id, case_ids, [person.full_name])  # PDFs kept
    person.full_name, person.citizen_id, person.address, person.phone = anonymous, None, "", ""
    person.birth_date = person.birth_year = None
    session.add(Erasure(person_id=person_id, number=number, erased_on=today, reason=reason))
    session.flush()  # the journal seals the old values under the keys deleted next
    # The person's key (their identity) and the keys of their cases (the free text that named
    # them, in every earlier journal entry): the live text is scrubbed above.
    subjects = [str(person_id), *(str(case_id) for case_id in case_ids)]
    session.execute(delete(PersonalKey).where(PersonalKey.person_id.in_(subjects)))
    journal.record_event(session, "erase", "persons", str(person_id), str(person.team_id),
                         {"number": number, "cases": len(case_ids)})
    for case_id in case_ids:
        refresh_case_search(session, case_id)
    purge_deleted_words(session)  # the search index forgets them too, not only marks them
    return number


# How narrative text calls a person besides their full name: an honorific and the given name.
_HONORIFICS = ("ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "em", "cháu", "dì", "cậu")
ADDRESS_REMOVED = "[địa chỉ đã được ẩn]"  # stored data, like ANONYMOUS_NAME


def _mentions(person: Person, anonymous: str) -> list[tuple[re.Pattern[str], str]]:
    """What to replace in the free text of the person's cases, longest first: full name,
    honorific + given name, address, phone, ID number."""
    found: list[tuple[re.Pattern[str], str]] = []
    name = nfc(person.full_name).strip()
    if name:
        found.append((re.compile(re.escape(name), re.IGNORECASE), anonymous))
        given = name.split()[-1]
        honorifics = "|".join(_HONORIFICS)
        found.append((re.compile(rf"\b({honorifics})\s+{re.escape(given)}\b", re.IGNORECASE),
                      rf"\1 {anonymous}"))
    for value, replacement in ((person.address, ADDRESS_REMOVED), (person.phone, ""),
                               (person.citizen_id, "")):
        if value and len(value.strip()) >= 6:
            found.append((re.compile(re.escape(nfc(value.strip())), re.IGNORECASE), replacement))
    return found


def _scrub_cases(session: Session, case_ids: set[uuid.UUID],
                 mentions: list[tuple[re.Pattern[str], str]]) -> None:
    for case_id in case_ids:
        for record in _case_records(session, case_id):
            for field in _FREE_TEXT[type(record)]:
                value = getattr(record, field)
                if not isinstance(value, str) or not value:
                    continue
                scrubbed = nfc(value)
                for pattern, replacement in mentions:
                    scrubbed = pattern.sub(replacement, scrubbed)
                if scrubbed != nfc(value):
                    setattr(record, field, scrubbed)


def _case_records(session: Session, case_id: uuid.UUID) -> list[Any]:
    case = fetch(session, Case, case_id)
    records: list[Any] = [case, *case.participants, *case.hearings]
    if case.outcome is not None:
        records.append(case.outcome)
    if case.agreement is not None:
        records += [case.agreement, *case.agreement.terms]
    return records
