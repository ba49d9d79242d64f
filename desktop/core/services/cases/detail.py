"""Everything about one case as plain, read-only data for screens and documents."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from desktop.core.db.models import Case, Hearing
from desktop.core.domain.enums import (
    AssignmentMethod,
    CaseStatus,
    Eligibility,
    FollowUpStatus,
    Grounds,
    OutcomeKind,
    ParticipantRole,
)
from desktop.core.services.cases import stop_requests
from desktop.core.services.common import fetch
from desktop.core.services.people import persons as people
from desktop.core.services.workspace.reference import category_name


@dataclass(frozen=True)
class ParticipantView:
    id: uuid.UUID
    role: ParticipantRole
    position: str
    represents_id: uuid.UUID | None
    person: people.PersonView
    requested_mediation: bool = False  # this party asked for mediation (Art. 16 cl. 1 a)


@dataclass(frozen=True)
class AssignmentView:
    id: uuid.UUID
    mediator_id: uuid.UUID
    mediator_name: str
    method: AssignmentMethod
    assigned_on: date
    ended_on: date | None
    end_reason: str


@dataclass(frozen=True)
class ConflictView:
    mediator_id: uuid.UUID
    mediator_name: str
    declared_on: date
    reason: str


@dataclass(frozen=True)
class HearingView:
    id: uuid.UUID
    held_at: datetime
    place: str
    is_public: bool
    course: str
    result: str
    participant_ids: frozenset[uuid.UUID]
    mediator_ids: frozenset[uuid.UUID]
    planned: bool = False  # not yet recorded as held: the attendees are those invited
    duration_minutes: int = 60
    on_the_spot: bool = False  # mediated at once (Art. 20): the 3-day start does not apply


@dataclass(frozen=True)
class TermView:
    id: uuid.UUID
    ordinal: int
    obliged_participant_id: uuid.UUID
    obliged_name: str
    content: str
    deadline: date | None
    follow_up_status: FollowUpStatus
    followed_up_on: date | None = None
    follow_up_note: str = ""


@dataclass(frozen=True)
class AgreementView:
    reached_on: date | None
    note: str
    terms: tuple[TermView, ...]


@dataclass(frozen=True)
class OutcomeView:
    kind: OutcomeKind
    decided_on: date
    referred_to: str
    guidance: str
    note: str
    stop_requested_by: tuple[str, ...] = ()  # the parties who asked to stop (Art. 23(2))


@dataclass(frozen=True)
class CaseDetail:
    id: uuid.UUID
    team_id: uuid.UUID
    number: str
    title: str
    received_on: date
    arose_on: date | None
    grounds: Grounds
    referrer: str
    eligibility: Eligibility
    eligibility_note: str
    category_code: str
    category_name: str
    summary: str
    sensitive: bool
    status: CaseStatus
    closed_on: date | None
    version: int
    participants: tuple[ParticipantView, ...]
    assignments: tuple[AssignmentView, ...]
    conflicts: tuple[ConflictView, ...]
    hearings: tuple[HearingView, ...]
    outcome: OutcomeView | None
    agreement: AgreementView | None

    def participant(self, participant_id: uuid.UUID) -> ParticipantView:
        return next(p for p in self.participants if p.id == participant_id)

    @property
    def requesters(self) -> tuple[ParticipantView, ...]:
        """The parties who asked for mediation; () when nobody was marked (older cases)."""
        return tuple(p for p in self.participants
                     if p.role is ParticipantRole.PARTY and p.requested_mediation)

    @property
    def current_assignments(self) -> tuple[AssignmentView, ...]:
        return tuple(a for a in self.assignments if a.ended_on is None)


def _hearing(hearing: Hearing) -> HearingView:
    attendees = hearing.attendees
    return HearingView(
        hearing.id, hearing.held_at, hearing.place, hearing.is_public, hearing.course,
        hearing.result,
        frozenset(a.participant_id for a in attendees if a.participant_id),
        frozenset(a.mediator_id for a in attendees if a.mediator_id),
        hearing.planned, hearing.duration_minutes, hearing.on_the_spot)


def _agreement(case: Case) -> AgreementView | None:
    agreement = case.agreement
    if agreement is None:
        return None
    terms = tuple(
        TermView(t.id, t.ordinal, t.obliged_participant_id, t.obliged.person.full_name,
                 t.content, t.deadline, t.follow_up_status, t.followed_up_on,
                 t.follow_up_note) for t in agreement.terms)
    return AgreementView(agreement.reached_on, agreement.note, terms)


def _outcome(case: Case) -> OutcomeView | None:
    o = case.outcome
    if o is None:
        return None
    return OutcomeView(o.kind, o.decided_on, o.referred_to, o.guidance, o.note,
                       stop_requests.names(o.stop_requested_by))


def get_case(session: Session, case_id: uuid.UUID) -> CaseDetail:
    case = fetch(session, Case, case_id)
    return CaseDetail(
        id=case.id, team_id=case.team_id, number=case.number, title=case.title,
        received_on=case.received_on, arose_on=case.arose_on, grounds=case.grounds,
        referrer=case.referrer, eligibility=case.eligibility,
        eligibility_note=case.eligibility_note, category_code=case.category_code,
        category_name=category_name(case.category), summary=case.summary,
        sensitive=case.sensitive, status=case.status, closed_on=case.closed_on,
        version=case.version,
        participants=tuple(
            ParticipantView(p.id, p.role, p.position, p.represents_id, people.view(p.person),
                            p.requested_mediation)
            for p in case.participants),
        assignments=tuple(
            AssignmentView(a.id, a.mediator_id, a.mediator.full_name, a.method, a.assigned_on,
                           a.ended_on, a.end_reason)
            for a in sorted(case.assignments, key=lambda a: a.assigned_on)),
        conflicts=tuple(ConflictView(c.mediator_id, c.mediator.full_name, c.declared_on,
                                     c.reason) for c in case.conflicts),
        hearings=tuple(_hearing(h) for h in case.hearings),
        outcome=_outcome(case), agreement=_agreement(case),
    )
