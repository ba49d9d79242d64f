"""The whole book's journal for the audit screen: its rows page by page, the filters and what
they offer, and the check of its hash chain.

Only those who may read the journal (``READ_AUDIT``: team leader, ward officers and
administrators) see it, enforced here with ``access.require``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop.core.db import journal
from desktop.core.db.models import Case, CaseParticipant, JournalEntry, Mediator, Person
from desktop.core.domain.roles import Permission
from desktop.core.policy.access import require
from desktop.core.services.history.labels import entity_label, operation_label
from desktop.core.services.history.values import Names, field_changes, latest_value, shorten


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


def _summary(session: Session, entry: JournalEntry, names: Names) -> str:
    parts = []
    for change in field_changes(session, entry, names):
        if entry.op == "update":
            parts.append(f"{change.label}: {change.old} → {change.new}")
        elif entry.op == "delete":
            parts.append(f"{change.label}: {change.old}")
        else:
            parts.append(f"{change.label}: {change.new}")
    return shorten("; ".join(parts))


def _page_names(session: Session, entries: Iterable[JournalEntry]) -> Names:
    """Names for the people, participants and mediators a page of entries points at."""
    wanted: set[uuid.UUID] = set()
    for entry in entries:
        changes = entry.changes if isinstance(entry.changes, dict) else {}
        for name in ("person_id", "participant_id", "represents_id", "obliged_participant_id",
                     "mediator_id"):
            value = latest_value(changes, name)
            try:
                wanted.add(uuid.UUID(str(value)))
            except ValueError:
                continue
    names = Names()
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
