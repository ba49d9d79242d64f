"""What the reminder rules look at, read from the book as plain data: columns, not ORM objects,
and (for the start page) only the cases that can be due today, chosen in SQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, not_, or_, select, true, union
from sqlalchemy.orm import Session, aliased

from desktop.core.db.models import (
    Agreement,
    AgreementTerm,
    Case,
    CaseParticipant,
    Hearing,
    MediatorAssignment,
    Person,
)
from desktop.core.db.models_documents import IssuedDocument
from desktop.core.db.models_exchange import ExchangePackage
from desktop.core.db.models_remuneration import RemunerationClaimCase
from desktop.core.domain.enums import CaseStatus, DocumentKind, FollowUpStatus
from desktop.core.domain.holidays import Holidays, load_holidays, shipped_holidays
from desktop.core.domain.numbering import format_case_number
from desktop.core.domain.roles import Permission
from desktop.core.exchange import book as exchange_book
from desktop.core.policy import settings
from desktop.core.policy.access import current_actor, require
from desktop.core.services.reminders.rules import ReminderRules
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
class RemunerationWaiting:
    """The ended cases no remuneration request covers yet, as the rule names them: how many,
    the one that ended first (its item opens it) and the last day one ended."""

    count: int
    first: CaseFact
    last_closed_on: date


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
    # counted in SQL for the start page (tens of thousands of ended cases in a large book);
    # None: ``due`` counts them in ``cases``
    remuneration_waiting: RemunerationWaiting | None = None
    remuneration_counted: bool = False

    def case(self, case_id: uuid.UUID) -> CaseFact | None:
        return next((c for c in self.cases if c.id == case_id), None)


@dataclass(frozen=True)
class Narrowing:
    """Which cases can be due today under these rules, said in SQL so a large book is not read
    whole (20,000 cases: 27 s through the ORM). Generous: each rule in ``due`` still decides;
    this only leaves out cases no rule could name today."""

    today: date
    rules: ReminderRules

    def court_from(self) -> date:
        # an agreement's court window ends ``court_months`` later, moved off days off by less
        # than a month: one reached before this cannot still be open today
        return self.today - timedelta(days=31 * self.rules.court_months + 31)

    def court_until(self) -> date:
        # the window ends no sooner than ``court_months`` later, each month at least 28 days:
        # one reached after this is not within ``court_closing_days`` of its end yet
        return self.today + timedelta(
            days=self.rules.court_closing_days - 28 * self.rules.court_months)

    def ended_by(self) -> date:
        return self.today - timedelta(days=self.rules.remuneration_after_days)


_ENDED = (CaseStatus.SUCCESSFUL, CaseStatus.UNSUCCESSFUL)


def _candidates(team_id: uuid.UUID, since: date, narrowing: Narrowing | None) -> Any:
    """The WHERE clause of the cases the rules look at (every case of the team, unnarrowed):
    a union of ids, each part read along an index (an OR of them scanned every case); the
    ended cases awaiting remuneration are counted apart (_remuneration_waiting)."""
    team = Case.team_id == team_id
    if narrowing is None:
        return team
    since_at = datetime.combine(since, datetime.min.time())
    successful = and_(team, Case.status == CaseStatus.SUCCESSFUL)
    kept = union(
        select(Case.id).where(team, Case.status == CaseStatus.IN_PROGRESS),  # to assign, start
        select(Hearing.case_id).where(Hearing.team_id == team_id, Hearing.held_at >= since_at),
        select(Agreement.case_id).join(Case, Case.id == Agreement.case_id).where(  # the court
            successful, Agreement.reached_on.between(narrowing.court_from(),
                                                      narrowing.court_until())),
        select(Agreement.case_id).join(Case, Case.id == Agreement.case_id)  # follow-ups
        .join(AgreementTerm, AgreementTerm.agreement_id == Agreement.id).where(
            successful,
            AgreementTerm.follow_up_status.in_(narrowing.rules.follow_up_statuses)))
    return Case.id.in_(kept)


def _by_case(rows: Any) -> dict[uuid.UUID, list[Any]]:
    found: dict[uuid.UUID, list[Any]] = {}
    for row in rows:
        found.setdefault(row[0], []).append(row)
    return found


_CHUNK = 500  # ids in one IN (...)


def _in_chunks(ids: list[uuid.UUID]) -> Iterator[list[uuid.UUID]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _case_facts(session: Session, where: Any) -> list[CaseFact]:
    """The cases ``where`` keeps that this reader may see (the search's rule: a sensitive
    case only for the leader, the ward and its mediators), read as columns, not objects.
    The ids are chosen once; what belongs to them is read by id along its index (an
    encrypted book decrypts every page a scan touches)."""
    run = session.connection().execute  # plain rows: no ORM processing of each row
    ids = list(run(select(Case.id).where(where).order_by(Case.year, Case.seq)).scalars())
    actor = current_actor(session)
    facts: list[CaseFact] = []
    for chunk in _in_chunks(ids):
        current = _by_case(run(
            select(MediatorAssignment.case_id, MediatorAssignment.mediator_id,
                   MediatorAssignment.assigned_on)
            .where(MediatorAssignment.case_id.in_(chunk), MediatorAssignment.ended_on.is_(None))))
        heard = _by_case(run(select(Hearing.case_id, Hearing.held_at, Hearing.on_the_spot)
                             .where(Hearing.case_id.in_(chunk))))
        reached = {row.case_id: row.reached_on for row in run(
            select(Agreement.case_id, Agreement.reached_on).where(Agreement.case_id.in_(chunk)))}
        rows = {row.id: row for row in run(_CASE_COLUMNS.where(Case.id.in_(chunk)))}
        for case_id in chunk:
            row, assigned = rows[case_id], current.get(case_id, [])
            if not may_see(actor, row.sensitive, {a.mediator_id for a in assigned}):
                continue
            hearings = heard.get(case_id, [])
            facts.append(_case_fact(
                row, min((a.assigned_on for a in assigned), default=None),
                tuple(sorted(h.held_at.date() for h in hearings)), reached.get(case_id),
                any(h.on_the_spot for h in hearings)))
    return facts


_CASE_COLUMNS = select(Case.id, Case.seq, Case.year, Case.title, Case.status, Case.received_on,
                       Case.closed_on, Case.sensitive)


def _case_fact(row: Any, assigned_on: date | None = None, hearing_days: tuple[date, ...] = (),
               reached_on: date | None = None, on_the_spot: bool = False) -> CaseFact:
    return CaseFact(row.id, format_case_number(row.seq, row.year), row.title, row.status,
                    row.received_on, row.closed_on, assigned_on, hearing_days, reached_on,
                    on_the_spot)


def _seen_by_reader(session: Session) -> Any:
    """``may_see`` as a WHERE clause on ``cases``: True for a reader who sees every case,
    else the cases not sensitive or handled now by the reader's own mediator record."""
    actor = current_actor(session)
    if may_see(actor, True, set()):
        return true()
    mediator = actor.mediator_id if actor is not None else None
    handled = select(MediatorAssignment.id).where(
        MediatorAssignment.case_id == Case.id, MediatorAssignment.ended_on.is_(None),
        MediatorAssignment.mediator_id == mediator).exists()
    return or_(Case.sensitive.is_(False), handled) if mediator is not None else \
        Case.sensitive.is_(False)


def _remuneration_waiting(session: Session, team_id: uuid.UUID, narrowing: Narrowing,
                          periods: tuple[tuple[date, date], ...]) -> RemunerationWaiting | None:
    """The remuneration rule's ended cases counted in SQL: ended (either outcome) long
    enough ago, on no recorded request, in no printed request's period, seen by this reader."""
    where = and_(
        Case.team_id == team_id, Case.status.in_(_ENDED), Case.closed_on.is_not(None),
        Case.closed_on <= narrowing.ended_by(),
        Case.id.not_in(select(RemunerationClaimCase.case_id).where(
            RemunerationClaimCase.team_id == team_id)),
        *(not_(Case.closed_on.between(start, end)) for start, end in _merged(periods)),
        _seen_by_reader(session))
    run = session.connection().execute
    count, last = run(select(func.count(), func.max(Case.closed_on)).where(where)).one()
    if not count or last is None:
        return None
    first = run(_CASE_COLUMNS.where(where).order_by(Case.closed_on, Case.year, Case.seq)
                .limit(1)).one()
    return RemunerationWaiting(count, _case_fact(first), last)


def _merged(periods: tuple[tuple[date, date], ...]) -> list[tuple[date, date]]:
    """Overlapping or touching periods as one (one condition each in SQL)."""
    merged: list[tuple[date, date]] = []
    for start, end in sorted(periods):
        if merged and start <= merged[-1][1] + timedelta(days=1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _terms(session: Session, narrowing: Narrowing | None,
           cases: list[CaseFact]) -> tuple[TermFact, ...]:
    """The agreement terms of the successful ``cases``, in the cases' order: read by case id
    along the agreements' index (joined to ``cases`` the planner walked every case per IN)."""
    obliged = aliased(CaseParticipant)
    statement = (
        select(AgreementTerm.id, Agreement.case_id, AgreementTerm.ordinal, AgreementTerm.content,
               Person.full_name, AgreementTerm.deadline, AgreementTerm.follow_up_status,
               AgreementTerm.followed_up_on, Agreement.reached_on, AgreementTerm.version)
        .join(Agreement, Agreement.id == AgreementTerm.agreement_id)
        .join(obliged, obliged.id == AgreementTerm.obliged_participant_id)
        .join(Person, Person.id == obliged.person_id))
    if narrowing is not None:  # a term in another state is never followed up (``due``)
        statement = statement.where(
            AgreementTerm.follow_up_status.in_(narrowing.rules.follow_up_statuses))
    order = {c.id: place for place, c in enumerate(cases) if c.status is CaseStatus.SUCCESSFUL}
    run = session.connection().execute
    found = [row for chunk in _in_chunks(list(order))
             for row in run(statement.where(Agreement.case_id.in_(chunk)))]
    found.sort(key=lambda row: (order[row[1]], row[2]))
    return tuple(TermFact(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7],
                          row[8], row[9]) for row in found)


def _hearings(session: Session, team_id: uuid.UUID, since: date) -> tuple[HearingFact, ...]:
    rows = session.execute(
        select(Hearing.id, Hearing.case_id, Hearing.held_at, Hearing.duration_minutes,
               Hearing.place, Hearing.planned)
        .where(Hearing.team_id == team_id,
               Hearing.held_at >= datetime.combine(since, datetime.min.time()))
        .order_by(Hearing.held_at))
    return tuple(HearingFact(*row) for row in rows)


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
               backups_known: bool = False, narrowing: Narrowing | None = None) -> BookFacts:
    """Everything the rules need about one team's book; hearings from ``since`` (a week's
    start, or earlier for planned hearings still to record). With ``narrowing``, only the
    cases and terms that can be due today (what the start page reads); without, every case."""
    require(session, Permission.READ_TEAM_DATA)
    cases = _case_facts(session, _candidates(team_id, since, narrowing))
    shown = {c.id for c in cases}
    terms = _terms(session, narrowing, cases)
    periods = _remuneration_periods(session, team_id)
    return BookFacts(
        remuneration_waiting=None if narrowing is None
        else _remuneration_waiting(session, team_id, narrowing, periods),
        remuneration_counted=narrowing is not None,
        cases=tuple(cases),
        terms=terms,
        hearings=tuple(h for h in _hearings(session, team_id, since) if h.case_id in shown),
        remuneration_periods=periods,
        claimed_cases=_claimed_cases(session, team_id),
        exchanges_with_ward=bool(settings.value(session, settings.WARD_ID))
        and exchange_book.kind(session) == exchange_book.TEAM,
        last_package_sent_on=_last_package_sent(session),
        first_case_on=session.scalar(select(func.min(Case.received_on))
                                     .where(Case.team_id == team_id)),
        last_backup_at=last_backup_at,
        backup_every_hours=settings.value(session, settings.BACKUP_EVERY_HOURS),
        backups_known=backups_known,
        holidays=load_holidays(settings.value(session, settings.REFERENCE_HOLIDAYS)))
