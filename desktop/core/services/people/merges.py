"""Merging two records of one person, and undoing it until it has gone to the ward.

Only the team leader merges. The merged record is not deleted: its case roles move to the kept
record (each move journaled like any change to a case), the merge is recorded with the list of
what moved, and both persons' histories get an entry naming the other. Undoing moves the roles
back; once a package carrying the merge has been sent, the ward has it too and it is final.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db import journal
from desktop.core.db.models import CaseParticipant, JournalEntry, Person
from desktop.core.db.models_people import PersonMerge
from desktop.core.domain.roles import Permission
from desktop.core.errors import ValidationError, WorkflowError
from desktop.core.exchange.export import cursor
from desktop.core.i18n import N_
from desktop.core.policy.access import require
from desktop.core.services.common import editable_case, fetch, today_or
from desktop.core.services.people.index import merged_away


def merge_persons(session: Session, kept_id: uuid.UUID, merged_id: uuid.UUID, reason: str,
                  today: date | None = None) -> uuid.UUID:
    """Make ``merged_id``'s case roles ``kept_id``'s: the two records are one person."""
    require(session, Permission.EDIT_ANY_CASE)
    kept, merged = fetch(session, Person, kept_id), fetch(session, Person, merged_id)
    _check_mergeable(session, kept, merged, reason)
    moved = list(session.scalars(select(CaseParticipant).where(
        CaseParticipant.person_id == merged.id)))
    for participant in moved:
        editable_case(session, participant.case_id)
        participant.person_id = kept.id
    record = PersonMerge(team_id=kept.team_id, kept_id=kept.id, merged_id=merged.id,
                         participant_ids=[str(p.id) for p in moved],
                         merged_on=today_or(today), reason=reason.strip())
    session.add(record)
    session.flush()
    _journal_both(session, "merge", kept, merged, record)
    return record.id


def _check_mergeable(session: Session, kept: Person, merged: Person, reason: str) -> None:
    if kept.id == merged.id or kept.team_id != merged.team_id:
        raise ValidationError(N_("Choose two different records of the same team to merge."))
    if {kept.id, merged.id} & merged_away(session, kept.team_id):
        raise WorkflowError(N_("One of these records was already merged into another."))
    if not reason.strip():
        raise ValidationError(N_("Write why these two records are the same person."),
                              field="reason")
    shared = set(session.scalars(select(CaseParticipant.case_id).where(
        CaseParticipant.person_id == kept.id))) & set(session.scalars(
            select(CaseParticipant.case_id).where(CaseParticipant.person_id == merged.id)))
    if shared:
        raise WorkflowError(N_(
            "{kept} and {merged} both take part in the same case, so they are two people "
            "and cannot be merged."), kept=kept.full_name, merged=merged.full_name)


def _journal_both(session: Session, op: str, kept: Person, merged: Person,
                  record: PersonMerge) -> None:
    details = {"merge": str(record.id), "kept": str(kept.id), "merged": str(merged.id),
               "participants": list(record.participant_ids)}
    for person in (kept, merged):
        journal.record_event(session, op, "persons", str(person.id), str(person.team_id),
                             details)


def merge_sent(session: Session, merge_id: uuid.UUID) -> bool:
    """Whether a package sent to the ward already carried the merge."""
    first = session.scalar(select(JournalEntry.seq).where(
        JournalEntry.entity == PersonMerge.__tablename__,
        JournalEntry.entity_id == str(merge_id)).order_by(JournalEntry.seq).limit(1))
    return first is not None and first <= cursor(session)


def undo_merge(session: Session, merge_id: uuid.UUID, today: date | None = None) -> None:
    """Give the merged record back its case roles, unless the merge was sent to the ward."""
    require(session, Permission.EDIT_ANY_CASE)
    record = fetch(session, PersonMerge, merge_id)
    if record.undone_on is not None:
        raise WorkflowError(N_("This merge was already undone."))
    if merge_sent(session, merge_id):
        raise WorkflowError(N_(
            "This merge was sent to the ward office in a package, so it can no longer be "
            "undone here."))
    for participant_id in record.participant_ids:
        participant = session.get(CaseParticipant, uuid.UUID(participant_id))
        if participant is not None and participant.person_id == record.kept_id:
            editable_case(session, participant.case_id)
            participant.person_id = record.merged_id
    record.undone_on = today_or(today)
    session.flush()
    _journal_both(session, "unmerge", fetch(session, Person, record.kept_id),
                  fetch(session, Person, record.merged_id), record)


def merges_of(session: Session, person_id: uuid.UUID) -> list[PersonMerge]:
    return list(session.scalars(select(PersonMerge).where(
        (PersonMerge.kept_id == person_id) | (PersonMerge.merged_id == person_id))
        .order_by(PersonMerge.merged_on)))
