"""What the reminder rules look at, read from the book as plain data (no ORM object leaves)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.core.db.models import Agreement, AgreementTerm, Case, Hearing
from desktop.core.db.models_documents import IssuedDocument
from desktop.core.db.models_exchange import ExchangePackage
from desktop.core.db.models_remuneration import RemunerationClaimCase
from desktop.core.domain.enums import CaseStatus, DocumentKind, FollowUpStatus
from desktop.core.domain.holidays import Holidays, load_holidays, shipped_holidays
from desktop.core.domain.roles import Permission
from desktop.core.exchange import book as exchange_book
from desktop.core.policy import settings
from desktop.core.policy.access import current_actor, require
from desktop.core.services.search.query import may_see


@dataclass(frozen=True)
class CaseFact:
    id: uuid.UUID
    number: str
    title: str
    status: CaseStatus
    received_on: date
    closed_on: date | None
    assigned_on: date | None  # the earliest current assignment; None: no mediator now
    hearing_days: tuple[date, ...]  # held or planned: a time has been set
    agreement_reached_on: date | None
    # a hearing was mediated on the spot (Art. 20's exception): no 3-day start to remind of
    on_the_spot: bool = False


@dataclass(frozen=True)
class TermFact:
    id: uuid.UUID
    case_id: uuid.UUID
    ordinal: int
    content: str
    obliged_name: str
    deadline: date | None
    status: FollowUpStatus
    followed_up_on: date | None
    reached_on: date | None
    version: int = 0  # as read: a follow-up answered from the reminder is checked against it


@dataclass(frozen=True)
class HearingFact:
    id: uuid.UUID
    case_id: uuid.UUID
    held_at: datetime
    duration_minutes: int
    place: str
    planned: bool


@dataclass(frozen=True)
class BookFacts:
    cases: tuple[CaseFact, ...] = ()
    terms: tuple[TermFact, ...] = ()
    hearings: tuple[HearingFact, ...] = ()
    remuneration_periods: tuple[tuple[date, date], ...] = ()  # requests printed
    claimed_cases: frozenset[uuid.UUID] = frozenset()  # cases a recorded request pays
    exchanges_with_ward: bool = False
    last_package_sent_on: date | None = None
    first_case_on: date | None = None
    last_backup_at: datetime | None = None  # local time; None: none found
    backup_every_hours: int = 4
    backups_known: bool = False  # False: the caller did not look (a server book)
    holidays: Holidays = field(default_factory=shipped_holidays)  # limits move off days off

    def case(self, case_id: uuid.UUID) -> CaseFact | None:
        return next((c for c in self.cases if c.id == case_id), None)


def _case_fact(case: Case) -> CaseFact:
    current = [a.assigned_on for a in case.assignments if a.is_current]
    return CaseFact(
        case.id, case.number, case.title, case.status, case.received_on, case.closed_on,
        min(current) if current else None,
        tuple(sorted(h.held_at.date() for h in case.hearings)),
        case.agreement.reached_on if case.agreement else None,
        any(h.on_the_spot for h in case.hearings))


def _cases(session: Session, team_id: uuid.UUID) -> list[Case]:
    return list(session.scalars(
        select(Case).where(Case.team_id == team_id)
        .options(selectinload(Case.assignments), selectinload(Case.hearings),
                 selectinload(Case.agreement))
        .order_by(Case.year, Case.seq)))


def _visible(session: Session, cases: list[Case]) -> list[Case]:
    """The cases this reader may see, by the search's rule (a sensitive case only for the leader,
    the ward and the mediators handling it): the start page names no case the search hides."""
    actor = current_actor(session)
    return [case for case in cases if may_see(
        actor, case.sensitive, {a.mediator_id for a in case.assignments if a.is_current})]


def _terms(session: Session, team_id: uuid.UUID) -> tuple[TermFact, ...]:
    rows = session.scalars(
        select(AgreementTerm).join(Agreement).join(Case)
        .where(Case.team_id == team_id, Case.status == CaseStatus.SUCCESSFUL)
        .order_by(Case.year, Case.seq, AgreementTerm.ordinal))
    return tuple(TermFact(t.id, t.agreement.case_id, t.ordinal, t.content,
                          t.obliged.person.full_name, t.deadline, t.follow_up_status,
                          t.followed_up_on, t.agreement.reached_on, t.version) for t in rows)


def _hearings(session: Session, team_id: uuid.UUID, since: date) -> tuple[HearingFact, ...]:
    rows = session.scalars(select(Hearing).where(
        Hearing.team_id == team_id, Hearing.held_at >= datetime.combine(since, datetime.min.time()))
        .order_by(Hearing.held_at))
    return tuple(HearingFact(h.id, h.case_id, h.held_at, h.duration_minutes, h.place,
                             h.planned) for h in rows)


def _remuneration_periods(session: Session, team_id: uuid.UUID) -> tuple[tuple[date, date], ...]:
    rows = session.scalars(select(IssuedDocument.params).where(
        IssuedDocument.team_id == team_id, IssuedDocument.kind == DocumentKind.REMUNERATION))
    periods = []
    for params in rows:
        try:
            periods.append((date.fromisoformat(params["start"]), date.fromisoformat(params["end"])))
        except (KeyError, TypeError, ValueError):
            continue  # a request without a period covers no case
    return tuple(periods)


def _claimed_cases(session: Session, team_id: uuid.UUID) -> frozenset[uuid.UUID]:
    return frozenset(session.scalars(select(RemunerationClaimCase.case_id).where(
        RemunerationClaimCase.team_id == team_id)))


def _last_package_sent(session: Session) -> date | None:
    at = session.scalar(select(ExchangePackage.created_at).where(
        ExchangePackage.direction == "sent", ExchangePackage.kind == "team-data")
        .order_by(ExchangePackage.created_at.desc()).limit(1))
    return at.date() if at else None


def book_facts(session: Session, team_id: uuid.UUID, since: date,
               last_backup_at: datetime | None = None,
               backups_known: bool = False) -> BookFacts:
    """Everything the rules need about one team's book; hearings from ``since`` (a week's
    start, or earlier for planned hearings still to record)."""
    require(session, Permission.READ_TEAM_DATA)
    every_case = _cases(session, team_id)
    cases = _visible(session, every_case)
    shown = {c.id for c in cases}
    return BookFacts(
        cases=tuple(_case_fact(c) for c in cases),
        terms=tuple(t for t in _terms(session, team_id) if t.case_id in shown),
        hearings=tuple(h for h in _hearings(session, team_id, since) if h.case_id in shown),
        remuneration_periods=_remuneration_periods(session, team_id),
        claimed_cases=_claimed_cases(session, team_id),
        exchanges_with_ward=bool(settings.value(session, settings.WARD_ID))
        and exchange_book.kind(session) == exchange_book.TEAM,
        last_package_sent_on=_last_package_sent(session),
        first_case_on=min((c.received_on for c in every_case), default=None),
        last_backup_at=last_backup_at,
        backup_every_hours=settings.value(session, settings.BACKUP_EVERY_HOURS),
        backups_known=backups_known,
        holidays=load_holidays(settings.value(session, settings.REFERENCE_HOLIDAYS)))
