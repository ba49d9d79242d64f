"""A case's history in words, and the journal of looks at sensitive cases.

Who may see a case's history (issue 3, item 3): whoever may read the team's cases (team
leader, mediators, ward officers and administrators: ``Permission.READ_TEAM_DATA``), enforced
here with ``access.require``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
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
from desktop.core.domain.roles import Permission
from desktop.core.i18n import _, current_language
from desktop.core.policy.access import require
from desktop.core.services.common import fetch
from desktop.core.services.history.labels import VIEW, entity_label, operation_label
from desktop.core.services.history.values import (
    FieldChange,
    Names,
    field_changes,
    latest_value,
    show_value,
)

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
            belongs = str(latest_value(changes, link)) in parents.get(parent, set())
        if not belongs:
            continue
        members.add(key)
        if entry.entity in parents:
            parents[entry.entity].add(entry.entity_id)
        if entry.op in ("insert", "update", "delete"):
            record = values.setdefault(key, {})
            record.update({name: latest_value(changes, name) for name in changes})
        kept.append(entry)
    return kept, values


def _names(session: Session, case: Case,
           values: dict[tuple[str, str], dict[str, Any]]) -> Names:
    names = Names()
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


def _subject(entity: str, record: dict[str, Any], names: Names) -> str:
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
            changes=field_changes(session, entry, names),
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
