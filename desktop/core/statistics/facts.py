"""The plain facts about each case, team and mediator that the figures are computed from: read
from the database in a few queries, so the counting itself is plain Python (and testable
against counts a test makes its own way)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.db.models import (
    Agreement,
    AgreementTerm,
    Case,
    Hearing,
    MatterCategory,
    Mediator,
    MediatorAssignment,
    Team,
)
from desktop.core.domain.enums import CaseStatus, MatterGroup, Sex
from desktop.core.domain.holidays import Holidays, load_holidays
from desktop.core.domain.numbering import format_case_number
from desktop.core.domain.text import name_sort_key
from desktop.core.policy.settings import REFERENCE_HOLIDAYS, get_setting
from desktop.core.statistics.rules import Rules


@dataclass(frozen=True)
class CaseFacts:
    id: uuid.UUID
    team_id: uuid.UUID
    number: str
    received_on: date
    status: CaseStatus
    closed_on: date | None
    group: MatterGroup
    mediator_ids: tuple[uuid.UUID, ...] = ()  # current assignments (paid when it ends)
    first_assigned_on: date | None = None
    first_heard_on: date | None = None  # the first hearing held (not one only planned)
    open_term_deadline: date | None = None  # earliest deadline of a term still to perform
    # the first hearing planned with the parties: the time they agreed (Law 35/2013 Art. 20)
    first_planned_on: date | None = None


@dataclass(frozen=True)
class TeamFacts:
    id: uuid.UUID
    name: str
    commune: str = ""


@dataclass(frozen=True)
class MediatorFacts:
    id: uuid.UUID
    team_id: uuid.UUID
    full_name: str
    sex: Sex
    ethnicity: str
    start_date: date | None
    end_date: date | None

    def active_on(self, day: date) -> bool:
        return ((self.start_date is None or self.start_date <= day)
                and (self.end_date is None or day <= self.end_date))


@dataclass(frozen=True)
class BookFacts:
    teams: tuple[TeamFacts, ...]  # in Vietnamese name order
    mediators: tuple[MediatorFacts, ...]
    cases: tuple[CaseFacts, ...]


def book_holidays(session: Session) -> Holidays:
    """The holidays this book counts time limits with: the shipped list, updated by the
    ward's (the setting ``REFERENCE_HOLIDAYS``)."""
    return load_holidays(get_setting(session, REFERENCE_HOLIDAYS.key))


def load_facts(session: Session, rules: Rules, team_id: uuid.UUID | None = None) -> BookFacts:
    """Every case of the book (or of one team), with what the figures need."""
    teams = session.execute(select(Team.id, Team.name, Team.commune).where(
        *([Team.id == team_id] if team_id else [])))
    team_list = sorted((TeamFacts(i, n, c) for i, n, c in teams),
                       key=lambda t: name_sort_key(t.name))
    return BookFacts(tuple(team_list), _mediators(session, team_id),
                     _cases(session, rules, team_id))


def _mediators(session: Session, team_id: uuid.UUID | None) -> tuple[MediatorFacts, ...]:
    query = select(Mediator)
    if team_id:
        query = query.where(Mediator.team_id == team_id)
    return tuple(MediatorFacts(m.id, m.team_id, m.full_name, m.sex, m.ethnicity, m.start_date,
                               m.end_date) for m in session.scalars(query))


def _cases(session: Session, rules: Rules, team_id: uuid.UUID | None) -> tuple[CaseFacts, ...]:
    where: list[Any] = [Case.team_id == team_id] if team_id else []
    rows = session.execute(
        select(Case.id, Case.team_id, Case.seq, Case.year, Case.received_on, Case.status,
               Case.closed_on, MatterCategory.group)
        .join(MatterCategory, MatterCategory.code == Case.category_code).where(*where)
        .order_by(Case.received_on, Case.year, Case.seq))
    assigned = _assignments(session, where)
    heard = {case_id: held for case_id, held in session.execute(
        select(Hearing.case_id, func.min(Hearing.held_at))
        .join(Case, Case.id == Hearing.case_id)
        .where(*where, Hearing.planned.is_(False))  # a planned hearing has not started it
        .group_by(Hearing.case_id))}
    planned = {case_id: day for case_id, day in session.execute(
        select(Hearing.case_id, func.min(Hearing.held_at))
        .join(Case, Case.id == Hearing.case_id)
        .where(*where, Hearing.planned.is_(True))  # the time agreed with the parties
        .group_by(Hearing.case_id))}
    deadlines = _open_deadlines(session, rules, where)
    result = []
    for case_id, team, seq, year, received, status, closed, group in rows:
        mediators = assigned.get(case_id, [])
        first_heard = heard.get(case_id)
        result.append(CaseFacts(
            case_id, team, format_case_number(seq, year), received, status, closed, group,
            tuple(m for m, _day in mediators),
            min((day for _m, day in mediators), default=None),
            first_heard.date() if first_heard else None, deadlines.get(case_id),
            planned[case_id].date() if case_id in planned else None))
    return tuple(result)


def _assignments(session: Session,
                 where: list[Any]) -> dict[uuid.UUID, list[tuple[uuid.UUID, date]]]:
    rows = session.execute(
        select(MediatorAssignment.case_id, MediatorAssignment.mediator_id,
               MediatorAssignment.assigned_on)
        .join(Case, Case.id == MediatorAssignment.case_id)
        .where(MediatorAssignment.ended_on.is_(None), *where))
    found: dict[uuid.UUID, list[tuple[uuid.UUID, date]]] = defaultdict(list)
    for case_id, mediator_id, assigned_on in rows:
        found[case_id].append((mediator_id, assigned_on))
    return found


def _open_deadlines(session: Session, rules: Rules, where: list[Any]) -> dict[uuid.UUID, date]:
    rows = session.execute(
        select(Agreement.case_id, func.min(AgreementTerm.deadline))
        .join(AgreementTerm, AgreementTerm.agreement_id == Agreement.id)
        .join(Case, Case.id == Agreement.case_id)
        .where(AgreementTerm.deadline.is_not(None),
               AgreementTerm.follow_up_status.in_(rules.follow_up_statuses),
               *where)
        .group_by(Agreement.case_id))
    return {case_id: deadline for case_id, deadline in rows if deadline is not None}
