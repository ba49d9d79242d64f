"""Reading the change journal: a case's history in words, views of sensitive cases, and the
whole book's journal for the audit screen.

The journal stores raw column values (ids, enum values, ISO dates). This module turns them into
what a person reads: translated field labels, names instead of ids, enum values by their labels,
dates as dd/mm/yyyy, and the events that change nothing (prints, views, exports).

Who may see a case's history (issue 3, item 3): whoever may read the team's cases (team
leader, mediators, ward officers and administrators: ``Permission.READ_TEAM_DATA``); the whole
book's journal (the audit screen) only those who may read the journal (``READ_AUDIT``: team
leader, ward officers and administrators). Both are enforced here with ``access.require``.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from enum import Enum
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop.core.db import journal
from desktop.core.db.models import (
    Agreement,
    Case,
    CaseParticipant,
    ConventionArticle,
    Hearing,
    JournalEntry,
    MatterCategory,
    Mediator,
    Person,
)
from desktop.core.domain.enums import (
    AssignmentMethod,
    CaseStatus,
    DocumentKind,
    Eligibility,
    FollowUpStatus,
    Grounds,
    MediatorRole,
    OutcomeKind,
    ParticipantRole,
    Sex,
)
from desktop.core.domain.labels import label
from desktop.core.domain.roles import Permission, Role
from desktop.core.i18n import N_, _, current_language
from desktop.core.policy.access import require
from desktop.core.services.common import fetch

VIEW = "view"  # the journal operation of a look at a sensitive case
EMPTY = "—"
_LONG = 300  # characters of a long text shown in one cell

# A case's own records and the field linking each to its parent (DOMAIN.md §2).
_CASE_CHILDREN: dict[str, tuple[str, str]] = {
    "case_participants": ("case_id", "cases"),
    "mediator_assignments": ("case_id", "cases"),
    "conflict_declarations": ("case_id", "cases"),
    "hearings": ("case_id", "cases"),
    "outcomes": ("case_id", "cases"),
    "agreements": ("case_id", "cases"),
    "case_citations": ("case_id", "cases"),
    "hearing_attendees": ("hearing_id", "hearings"),
    "agreement_terms": ("agreement_id", "agreements"),
    "case_attachments": ("case_id", "cases"),
}
CASE_ENTITIES = frozenset({"cases", *_CASE_CHILDREN})

ENTITY_LABELS: dict[str, str] = {
    "cases": N_("Case"),
    "case_participants": N_("Participant"),
    "mediator_assignments": N_("Mediator assignment"),
    "conflict_declarations": N_("Conflict-of-interest declaration"),
    "hearings": N_("Hearing"),
    "hearing_attendees": N_("Hearing attendee"),
    "outcomes": N_("Outcome"),
    "agreements": N_("Agreement"),
    "agreement_terms": N_("Agreement term"),
    "case_citations": N_("Convention citation"),
    "teams": N_("Team"),
    "mediators": N_("Mediator"),
    "persons": N_("Person"),
    "conventions": N_("Village convention"),
    "convention_versions": N_("Convention version"),
    "convention_articles": N_("Convention article"),
    "convention_clauses": N_("Convention clause"),
    "case_attachments": N_("Attachment"),
    "issued_documents": N_("Issued document"),
    "account": N_("Account"),
    "accounts": N_("Account"),
    "journal_head": N_("Journal"),
}

OPERATION_LABELS: dict[str, str] = {
    "insert": N_("Created"),
    "update": N_("Changed"),
    "delete": N_("Removed"),
    "print": N_("Printed or saved a document"),
    VIEW: N_("Viewed (sensitive case)"),
    "export": N_("Exported"),
    "login": N_("Logged in"),
    "login_failed": N_("Failed login"),
    "password_recovered": N_("Password reset with the recovery sheet"),
    "print_copy": N_("Printed or saved the copy as issued"),
    "verify": N_("Checked a verification code"),
    "open_attachment": N_("Opened an attachment"),
    "case_transferred": N_("Transferred the case"),
    "package_imported": N_("Imported an exchange package"),
    "package_exported": N_("Exported an exchange package"),
}

FIELD_LABELS: dict[str, str] = {
    "received_on": N_("Date received"),
    "arose_on": N_("Date it arose"),
    "title": N_("Title"),
    "grounds": N_("Grounds for mediating"),
    "referrer": N_("Proposed by"),
    "eligibility": N_("Eligibility"),
    "eligibility_note": N_("Eligibility note"),
    "category_code": N_("Kind of matter"),
    "summary": N_("Main content of the matter"),
    "sensitive": N_("Sensitive"),
    "status": N_("Status"),
    "closed_on": N_("Date closed"),
    "person_id": N_("Person"),
    "role": N_("Role"),
    "ordinal": N_("Order"),
    "represents_id": N_("Represents"),
    "position": N_("Demands or position"),
    "mediator_id": N_("Mediator"),
    "method": N_("How assigned"),
    "assigned_on": N_("Date assigned"),
    "no_conflict_confirmed": N_("No conflict of interest confirmed"),
    "ended_on": N_("Date ended"),
    "end_reason": N_("Why it ended"),
    "declared_on": N_("Date declared"),
    "reason": N_("Reason"),
    "held_at": N_("Time"),
    "place": N_("Place"),
    "is_public": N_("Public hearing"),
    "course": N_("Course of the hearing"),
    "result": N_("Result"),
    "participant_id": N_("Participant"),
    "kind": N_("How it ended"),
    "decided_on": N_("Date decided"),
    "referred_to": N_("Referred to"),
    "guidance": N_("Guidance given"),
    "note": N_("Note"),
    "reached_on": N_("Date agreement was reached"),
    "obliged_participant_id": N_("Who must do it"),
    "content": N_("Content"),
    "deadline": N_("Time limit"),
    "follow_up_status": N_("Follow-up"),
    "follow_up_note": N_("Follow-up note"),
    "article_id": N_("Article"),
    "clause_number": N_("Clause"),
    "document": N_("Document"),
    "target": N_("Sent to"),
    "full_name": N_("Full name"),
    "sex": N_("Sex"),
    "birth_date": N_("Date of birth"),
    "birth_year": N_("Year of birth"),
    "citizen_id": N_("ID number"),
    "address": N_("Address"),
    "phone": N_("Phone"),
    "code": N_("Verification code"),
    "output": N_("Saved to"),
    "username": N_("User name"),
    "failures": N_("Failed attempts"),
    "file_name": N_("File name"),
    "media_type": N_("File type"),
    "size": N_("Size in bytes"),
    "added_at": N_("Added at"),
    "added_by": N_("Added by"),
    "display_name": N_("Display name"),
    "active": N_("Active"),
    "created_at": N_("Created at"),
}
_ENTITY_FIELD_LABELS: dict[tuple[str, str], str] = {
    ("agreements", "note"): N_("How it will be carried out"),
    ("case_citations", "note"): N_("How it applies to the case"),
}
# Never shown: keys, links to the parent record, numbering, and an event's bookkeeping.
_HIDDEN = frozenset({"id", "team_id", "case_id", "hearing_id", "agreement_id", "year", "seq",
                     "case_version", "version", "changed_by", "changed_at", "content_hash",
                     "sha256", "issued_id", "username_key"})
_ENUMS: dict[str, type[Enum]] = {
    "grounds": Grounds, "eligibility": Eligibility, "status": CaseStatus,
    "method": AssignmentMethod, "kind": OutcomeKind, "follow_up_status": FollowUpStatus,
    "sex": Sex, "document": DocumentKind,
}
_ENTITY_ENUMS: dict[tuple[str, str], type[Enum]] = {
    ("case_participants", "role"): ParticipantRole,
    ("mediators", "role"): MediatorRole,
    ("accounts", "role"): Role,
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


@dataclass(frozen=True)
class FieldChange:
    label: str  # translated
    old: str
    new: str


@dataclass(frozen=True)
class HistoryEntry:
    """One journal entry of a case, in words."""

    seq: int
    at: datetime  # UTC, naive (as the journal stores it)
    author: str
    device: str
    action: str  # translated: Added, Changed, Printed...
    subject: str  # translated: which record ("Participant: Nguyễn Thị Hoa")
    changes: tuple[FieldChange, ...]
    reason: str  # why a closed case was amended (empty otherwise)
    op: str = ""  # the raw operation (insert, update, print, view...)


def local_time(at: datetime) -> datetime:
    """A UTC journal time as the computer's local time (naive)."""
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def entity_label(entity: str) -> str:
    return _(ENTITY_LABELS[entity]) if entity in ENTITY_LABELS else entity


def operation_label(op: str) -> str:
    return _(OPERATION_LABELS[op]) if op in OPERATION_LABELS else op


def field_label(entity: str, name: str) -> str:
    text = _ENTITY_FIELD_LABELS.get((entity, name)) or FIELD_LABELS.get(name)
    return _(text) if text else name


# --- values in words ---------------------------------------------------------------------------

@dataclass
class _Names:
    """Names for the ids a case's records point at, filled once per history."""

    people: dict[str, str] = field(default_factory=dict)  # person id -> name
    participants: dict[str, str] = field(default_factory=dict)  # participant id -> name
    mediators: dict[str, str] = field(default_factory=dict)
    articles: dict[str, str] = field(default_factory=dict)
    categories: dict[str, str] = field(default_factory=dict)

    def for_field(self, name: str) -> dict[str, str] | None:
        return {
            "person_id": self.people, "participant_id": self.participants,
            "represents_id": self.participants, "obliged_participant_id": self.participants,
            "mediator_id": self.mediators, "article_id": self.articles,
            "category_code": self.categories,
        }.get(name)


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _LONG else text[:_LONG - 1] + "…"


def show_value(entity: str, name: str, value: Any, names: _Names | None = None) -> str:
    """A journal value in words."""
    if value is None or value == "":
        return EMPTY
    if value == journal.ERASED:
        return _("(erased)")
    if journal.is_sealed(value):
        return _("(encrypted)")
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    kind = _ENTITY_ENUMS.get((entity, name)) or _ENUMS.get(name)
    if kind is not None:
        try:
            member = kind(value)
        except ValueError:
            return str(value)
        try:
            return label(member)
        except KeyError:  # an enum that names itself (roles)
            return str(getattr(member, "label", value))
    lookup = names.for_field(name) if names is not None else None
    if lookup is not None and str(value) in lookup:
        return lookup[str(value)]
    if isinstance(value, str) and _DATE.match(value):
        return date.fromisoformat(value).strftime("%d/%m/%Y")
    if isinstance(value, str) and _DATETIME.match(value):
        return datetime.fromisoformat(value).strftime("%d/%m/%Y %H:%M")
    if isinstance(value, list | dict):
        return _shorten(str(value))
    return _shorten(str(value))


def _field_changes(session: Session, entry: JournalEntry,
                   names: _Names | None) -> tuple[FieldChange, ...]:
    """The entry's fields in words, always read through ``journal.open_changes``: sealed
    personal data shows as the value it was (or as erased), never as ciphertext."""
    changes = journal.open_changes(session, entry)
    shown = []
    for name, value in changes.items():
        if name in _HIDDEN:
            continue
        if entry.op in ("insert", "update", "delete") and isinstance(value, list) \
                and len(value) == 2:
            old, new = value
            kept = {"insert": new, "delete": old}.get(entry.op, True)
            if kept is None or kept == "" or kept is False:
                continue  # an empty field of a new or removed record says nothing
        else:  # an event's details: one value each
            old, new = None, value
        shown.append(FieldChange(field_label(entry.entity, name),
                                 show_value(entry.entity, name, old, names),
                                 show_value(entry.entity, name, new, names)))
    return tuple(shown)


# --- a case's history --------------------------------------------------------------------------

def _latest(changes: dict[str, Any], name: str) -> Any:
    value = changes.get(name)
    if isinstance(value, list) and len(value) == 2:
        return value[1] if value[1] is not None else value[0]
    return None


def _current_children(session: Session, case_id: uuid.UUID) -> dict[str, set[str]]:
    """Ids of the case's records as they are now (for books whose early entries predate the
    journal, and a cheap start for the walk)."""
    found: dict[str, set[str]] = {"cases": {str(case_id)}, "hearings": set(), "agreements": set()}
    found["hearings"] = {str(i) for i in session.scalars(
        select(Hearing.id).where(Hearing.case_id == case_id))}
    found["agreements"] = {str(i) for i in session.scalars(
        select(Agreement.id).where(Agreement.case_id == case_id))}
    return found


def _case_entries(session: Session, case: Case) -> tuple[list[JournalEntry],
                                                         dict[tuple[str, str], dict[str, Any]]]:
    """The journal entries of the case and of every record that belongs (or belonged) to it,
    oldest first, with the last known values of each record (names for deleted ones)."""
    parents = _current_children(session, case.id)
    members: set[tuple[str, str]] = set()
    values: dict[tuple[str, str], dict[str, Any]] = {}
    kept: list[JournalEntry] = []
    query = (select(JournalEntry)
             .where(JournalEntry.entity.in_(CASE_ENTITIES),
                    JournalEntry.team_id == str(case.team_id))
             .order_by(JournalEntry.seq))
    for entry in session.scalars(query):
        key = (entry.entity, entry.entity_id)
        changes = entry.changes if isinstance(entry.changes, dict) else {}
        if entry.entity == "cases":
            belongs = entry.entity_id == str(case.id)
        elif key in members:
            belongs = True
        else:
            link, parent = _CASE_CHILDREN[entry.entity]
            belongs = str(_latest(changes, link)) in parents.get(parent, set())
        if not belongs:
            continue
        members.add(key)
        if entry.entity in parents:
            parents[entry.entity].add(entry.entity_id)
        if entry.op in ("insert", "update", "delete"):
            record = values.setdefault(key, {})
            record.update({name: _latest(changes, name) for name in changes})
        kept.append(entry)
    return kept, values


def _names(session: Session, case: Case,
           values: dict[tuple[str, str], dict[str, Any]]) -> _Names:
    names = _Names()
    person_ids = {str(v.get("person_id")) for (entity, _id), v in values.items()
                  if entity == "case_participants" and v.get("person_id")}
    person_ids |= {str(p.person_id) for p in session.scalars(
        select(CaseParticipant).where(CaseParticipant.case_id == case.id))}
    if person_ids:
        for person in session.scalars(select(Person).where(
                Person.id.in_([uuid.UUID(i) for i in person_ids]))):
            names.people[str(person.id)] = person.full_name
    for (entity, record_id), record in values.items():
        if entity == "case_participants":
            names.participants[record_id] = names.people.get(str(record.get("person_id")), "?")
    for mediator in session.scalars(select(Mediator).where(Mediator.team_id == case.team_id)):
        names.mediators[str(mediator.id)] = mediator.full_name
    article_ids = {str(v.get("article_id")) for (entity, _id), v in values.items()
                   if entity == "case_citations" and v.get("article_id")}
    if article_ids:
        for article in session.scalars(select(ConventionArticle).where(
                ConventionArticle.id.in_([uuid.UUID(i) for i in article_ids]))):
            names.articles[str(article.id)] = _("Article {number}").format(
                number=article.number) + (f". {article.title}" if article.title else "")
    english = current_language() != "vi"
    for category in session.scalars(select(MatterCategory)):
        names.categories[category.code] = category.name_en if english else category.name_vi
    return names


def _subject(entity: str, record: dict[str, Any], names: _Names) -> str:
    """Which record an entry is about, in words."""
    what = entity_label(entity)
    detail = ""
    if entity == "case_participants":
        detail = names.people.get(str(record.get("person_id")), "")
    elif entity in ("mediator_assignments", "conflict_declarations"):
        detail = names.mediators.get(str(record.get("mediator_id")), "")
    elif entity == "hearings" and record.get("held_at"):
        detail = show_value(entity, "held_at", record.get("held_at"))
    elif entity == "hearing_attendees":
        detail = (names.participants.get(str(record.get("participant_id")))
                  or names.mediators.get(str(record.get("mediator_id")), ""))
    elif entity == "agreement_terms" and record.get("ordinal") is not None:
        detail = str(record.get("ordinal"))
    elif entity == "case_citations":
        detail = names.articles.get(str(record.get("article_id")), "")
    elif entity == "case_attachments":
        detail = str(record.get("file_name") or "")
    return f"{what}: {detail}" if detail else what


def case_history(session: Session, case_id: uuid.UUID) -> list[HistoryEntry]:
    """Everything the journal holds about a case and its records, newest first: who, when, on
    which device, what changed (old → new), why (amendments), and who printed or viewed it."""
    require(session, Permission.READ_TEAM_DATA)
    case = fetch(session, Case, case_id)
    entries, values = _case_entries(session, case)
    names = _names(session, case, values)
    history = []
    for entry in reversed(entries):
        record = values.get((entry.entity, entry.entity_id), {})
        history.append(HistoryEntry(
            seq=entry.seq, at=entry.at, author=entry.author, device=entry.device,
            action=operation_label(entry.op), subject=_subject(entry.entity, record, names),
            changes=_field_changes(session, entry, names),
            reason=entry.reason, op=entry.op))
    return history


def record_sensitive_view(session: Session, case_id: uuid.UUID) -> bool:
    """Journal that the session's user opened a case marked sensitive (who, when and the device
    come from the session's actor). Returns whether the case is sensitive (and so recorded)."""
    case = fetch(session, Case, case_id)
    if not case.sensitive:
        return False
    journal.record_event(session, VIEW, "cases", str(case.id), str(case.team_id),
                         {"case_version": case.version})
    return True


# --- the whole book's journal (the audit screen) -----------------------------------------------

@dataclass(frozen=True)
class JournalFilter:
    author: str | None = None
    entity: str | None = None
    op: str | None = None
    start: date | None = None  # local dates, inclusive
    end: date | None = None


@dataclass(frozen=True)
class JournalRow:
    seq: int
    at: datetime  # UTC, naive
    author: str
    device: str
    action: str
    entity: str  # translated
    entity_id: str
    summary: str
    reason: str


@dataclass(frozen=True)
class JournalCheck:
    entries: int
    broken_seq: int | None
    broken_entity: str = ""
    broken_at: datetime | None = None


def _utc(day: date, at: time) -> datetime:
    return datetime.combine(day, at).astimezone(UTC).replace(tzinfo=None)


def _filtered(query: Select[Any], wanted: JournalFilter) -> Select[Any]:
    if wanted.author:
        query = query.where(JournalEntry.author == wanted.author)
    if wanted.entity:
        query = query.where(JournalEntry.entity == wanted.entity)
    if wanted.op:
        query = query.where(JournalEntry.op == wanted.op)
    if wanted.start:
        query = query.where(JournalEntry.at >= _utc(wanted.start, time.min))
    if wanted.end:
        query = query.where(JournalEntry.at <= _utc(wanted.end, time.max))
    return query


def journal_seqs(session: Session, wanted: JournalFilter) -> list[int]:
    """The sequence numbers of the entries that match, newest first (cheap: numbers only)."""
    require(session, Permission.READ_AUDIT)
    query = _filtered(select(JournalEntry.seq), wanted).order_by(JournalEntry.seq.desc())
    return list(session.scalars(query))


def _summary(session: Session, entry: JournalEntry, names: _Names) -> str:
    parts = []
    for change in _field_changes(session, entry, names):
        if entry.op == "update":
            parts.append(f"{change.label}: {change.old} → {change.new}")
        elif entry.op == "delete":
            parts.append(f"{change.label}: {change.old}")
        else:
            parts.append(f"{change.label}: {change.new}")
    return _shorten("; ".join(parts))


def _page_names(session: Session, entries: Iterable[JournalEntry]) -> _Names:
    """Names for the people, participants and mediators a page of entries points at."""
    wanted: set[uuid.UUID] = set()
    for entry in entries:
        changes = entry.changes if isinstance(entry.changes, dict) else {}
        for name in ("person_id", "participant_id", "represents_id", "obliged_participant_id",
                     "mediator_id"):
            value = _latest(changes, name)
            try:
                wanted.add(uuid.UUID(str(value)))
            except ValueError:
                continue
    names = _Names()
    if not wanted:
        return names
    for person in session.scalars(select(Person).where(Person.id.in_(wanted))):
        names.people[str(person.id)] = person.full_name
    for mediator in session.scalars(select(Mediator).where(Mediator.id.in_(wanted))):
        names.mediators[str(mediator.id)] = mediator.full_name
    for participant in session.scalars(
            select(CaseParticipant).where(CaseParticipant.id.in_(wanted))):
        names.participants[str(participant.id)] = participant.person.full_name
    return names


def journal_rows(session: Session, seqs: Sequence[int]) -> list[JournalRow]:
    """The entries with these numbers, in the order given."""
    require(session, Permission.READ_AUDIT)
    if not seqs:
        return []
    found = {entry.seq: entry for entry in session.scalars(
        select(JournalEntry).where(JournalEntry.seq.in_(list(seqs))))}
    names = _page_names(session, found.values())
    numbers = _case_numbers(session, {e.entity_id for e in found.values() if e.entity == "cases"})
    return [JournalRow(e.seq, e.at, e.author, e.device, operation_label(e.op),
                       _record(e, numbers), e.entity_id, _summary(session, e, names),
                       e.reason)
            for e in (found[s] for s in seqs if s in found)]


def _case_numbers(session: Session, ids: set[str]) -> dict[str, str]:
    keys = []
    for value in ids:
        try:
            keys.append(uuid.UUID(value))
        except ValueError:
            continue
    if not keys:
        return {}
    return {str(case.id): case.number
            for case in session.scalars(select(Case).where(Case.id.in_(keys)))}


def _record(entry: JournalEntry, numbers: dict[str, str]) -> str:
    """The record's kind, with the case's number for a case."""
    number = numbers.get(entry.entity_id) if entry.entity == "cases" else None
    return f"{entity_label(entry.entity)} {number}" if number else entity_label(entry.entity)


def _distinct(session: Session, column: Any) -> list[str]:
    return [str(v) for v in session.scalars(select(column).distinct().order_by(column))]


def journal_choices(session: Session) -> tuple[list[str], list[str], list[str]]:
    """What the filters offer: the authors, entities and operations the journal holds."""
    return (_distinct(session, JournalEntry.author), _distinct(session, JournalEntry.entity),
            _distinct(session, JournalEntry.op))


def check_journal(session: Session) -> JournalCheck:
    """Walk the hash chain: how many entries, and the first link that does not check out."""
    require(session, Permission.READ_AUDIT)
    entries = session.scalar(select(func.count()).select_from(JournalEntry)) or 0
    broken = journal.first_broken_link(session)
    if broken is None:
        return JournalCheck(entries, None)
    entry = session.get(JournalEntry, broken)
    return JournalCheck(entries, broken, entry.entity if entry else "journal_head",
                        entry.at if entry else None)


def labels_of(entities: Iterable[str]) -> list[tuple[str, str]]:
    """(raw name, translated label) pairs, sorted by label."""
    return sorted(((e, entity_label(e)) for e in entities), key=lambda pair: pair[1])
