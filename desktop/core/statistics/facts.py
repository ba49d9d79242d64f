"""The plain facts about each case, team and mediator that the figures are computed from: read
from the database in a few queries, so the counting itself is plain Python (and testable
against counts a test makes its own way)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, and_, func, not_, or_, select
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
from desktop.core.statistics.periods import Period
from desktop.core.statistics.rules import Rules

CLOSED = tuple(status for status in CaseStatus if status.is_closed)


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


# A name's Vietnamese sort key, kept between reports: a province has 2,000 teams and 10,000
# mediators, whose names change seldom, and a key takes ~40 us (0.4 s a report at that size).
name_key = lru_cache(maxsize=65_536)(name_sort_key)


def book_holidays(session: Session) -> Holidays:
    """The holidays this book counts time limits with: the shipped list, updated by the
    ward's (the setting ``REFERENCE_HOLIDAYS``)."""
    return load_holidays(get_setting(session, REFERENCE_HOLIDAYS.key))


def load_facts(session: Session, rules: Rules, team_id: uuid.UUID | None = None,
               windows: Sequence[Period] = ()) -> BookFacts:
    """Every case of the book (or of one team), with what the figures need. With ``windows``,
    only the cases the figures of those periods can count (see ``_in_windows``): a province's
    ten years hold ten times the cases one year's report looks at."""
    where: list[Any] = [Case.team_id == team_id] if team_id else []
    if windows:
        where.append(_in_windows(windows, rules))
    return BookFacts(team_facts(session, team_id), mediator_facts(session, team_id),
                     _cases(session, rules, where))


def team_facts(session: Session, team_id: uuid.UUID | None = None) -> tuple[TeamFacts, ...]:
    """The book's teams (or the one), in Vietnamese name order."""
    teams = session.execute(select(Team.id, Team.name, Team.commune).where(
        *([Team.id == team_id] if team_id else [])))
    return tuple(sorted((TeamFacts(i, n, c) for i, n, c in teams),
                        key=lambda t: name_key(t.name)))


def _in_windows(windows: Sequence[Period], rules: Rules) -> ColumnElement[bool]:
    """The cases a report over ``windows`` can count: received by the last end and not
    closed before the first start (``figures.classify`` counts no other), or ended successfully
    with a term still to perform (its follow-up may be overdue, however old the case)."""
    start, end = min(w.start for w in windows), max(w.end for w in windows)
    closed_before = and_(Case.status.in_(CLOSED), Case.closed_on.is_not(None),
                         Case.closed_on < start)
    open_terms = (select(Agreement.case_id)
                  .join(AgreementTerm, AgreementTerm.agreement_id == Agreement.id)
                  .where(AgreementTerm.deadline.is_not(None),
                         AgreementTerm.follow_up_status.in_(rules.follow_up_statuses)))
    return or_(and_(Case.received_on <= end, not_(closed_before)),
               and_(Case.status == CaseStatus.SUCCESSFUL, Case.id.in_(open_terms)))


def mediator_facts(session: Session,
                   team_id: uuid.UUID | None = None) -> tuple[MediatorFacts, ...]:
    # Plain columns, not ORM objects: a province has ten thousand mediators.
    query = select(Mediator.id, Mediator.team_id, Mediator.full_name, Mediator.sex,
                   Mediator.ethnicity, Mediator.start_date, Mediator.end_date)
    if team_id:
        query = query.where(Mediator.team_id == team_id)
    return tuple(MediatorFacts(*row) for row in session.execute(query))


def _first_hearing(planned: bool) -> Any:
    """The case's first hearing held (``planned`` False: a planned one has not started it),
    or first planned with the parties (True: the time they agreed, Art. 20)."""
    return (select(func.min(Hearing.held_at))
            .where(Hearing.case_id == Case.id, Hearing.planned.is_(planned))
            .correlate(Case).scalar_subquery())


def _open_deadline(rules: Rules) -> Any:
    """The earliest deadline of a term of the case's agreement still to perform."""
    return (select(func.min(AgreementTerm.deadline))
            .join(Agreement, Agreement.id == AgreementTerm.agreement_id)
            .where(Agreement.case_id == Case.id, AgreementTerm.deadline.is_not(None),
                   AgreementTerm.follow_up_status.in_(rules.follow_up_statuses))
            .correlate(Case).scalar_subquery())


def _cases(session: Session, rules: Rules, where: list[Any]) -> tuple[CaseFacts, ...]:
    # One row per case, its hearings and terms looked up by index for that case alone: the
    # cases of a period are a small part of a book's years, the other way round scans them all.
    rows = session.execute(
        select(Case.id, Case.team_id, Case.seq, Case.year, Case.received_on, Case.status,
               Case.closed_on, MatterCategory.group, _first_hearing(False),
               _first_hearing(True), _open_deadline(rules))
        .join(MatterCategory, MatterCategory.code == Case.category_code).where(*where)
        .order_by(Case.received_on, Case.year, Case.seq))
    assigned = _assignments(session, where)
    result = []
    for (case_id, team, seq, year, received, status, closed, group, heard, planned,
         deadline) in rows:
        mediators, first_on = assigned.get(case_id, _NOBODY)
        result.append(CaseFacts(
            case_id, team, format_case_number(seq, year), received, status, closed, group,
            mediators, first_on, heard.date() if heard else None, deadline,
            planned.date() if planned else None))
    return tuple(result)


_NOBODY: tuple[tuple[uuid.UUID, ...], date | None] = ((), None)


def _assignments(session: Session, where: list[Any]
                 ) -> dict[uuid.UUID, tuple[tuple[uuid.UUID, ...], date | None]]:
    """Each case's current mediators and the day the first of them was assigned."""
    rows = session.execute(
        select(MediatorAssignment.case_id, MediatorAssignment.mediator_id,
               MediatorAssignment.assigned_on)
        .join(Case, Case.id == MediatorAssignment.case_id)
        .where(MediatorAssignment.ended_on.is_(None), *where))
    found: dict[uuid.UUID, list[tuple[uuid.UUID, date]]] = defaultdict(list)
    for case_id, mediator_id, assigned_on in rows:
        found[case_id].append((mediator_id, assigned_on))
    return {case_id: (tuple(m for m, _day in pairs), min(day for _m, day in pairs))
            for case_id, pairs in found.items()}
