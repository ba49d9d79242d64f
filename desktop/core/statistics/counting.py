"""The statistics' rules as SQL: which cases a period counts and how (``figures.classify``),
what is overdue on a day (``figures.overdue_keys``), which cases a report reads at all
(``facts._in_windows``). The report counts with these in the database (``GROUP BY``) and reads
case ids only for a drill-down; a property test holds each expression equal to the Python
rule it mirrors, on SQLite and on PostgreSQL.

The data rules stay data: the statuses a follow-up waits in and the days a start may take come
from ``statistics.toml`` (``Rules``), the matter groups from the categories table, the holidays
from the book; deadline arithmetic with the holidays is done in Python once per report, as the
last due day that is late on the day of counting (``last_late_due``), so SQL compares dates.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, or_, select, text, true
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import Case as CaseExpression

from desktop.core.db.models import Agreement, AgreementTerm, Case, Hearing, MediatorAssignment
from desktop.core.domain.deadlines import limit_end
from desktop.core.domain.enums import CaseStatus
from desktop.core.domain.holidays import Holidays
from desktop.core.statistics.periods import Period
from desktop.core.statistics.rules import Rules

CLOSED = tuple(status for status in CaseStatus if status.is_closed)
ORDER = (Case.received_on, Case.year, Case.seq)  # the order a figure lists its cases in


def closed_by(day: date) -> ColumnElement[bool]:
    """The case has ended by the end of ``day`` (an ended case without a date: ended)."""
    return and_(Case.status.in_(CLOSED), or_(Case.closed_on.is_(None), Case.closed_on <= day))


def closed_before(day: date) -> ColumnElement[bool]:
    return and_(Case.status.in_(CLOSED), Case.closed_on.is_not(None), Case.closed_on < day)


def open_on(day: date) -> ColumnElement[bool]:
    """Not ended by the end of ``day``: ``not_(closed_by(day))`` spelt as the two sets an
    index finds (the open cases, migration 0022's partial index; those ended after the day,
    the index on ``closed_on``); a status is never NULL and every other status is closed."""
    return or_(Case.status == CaseStatus.IN_PROGRESS,
               and_(Case.closed_on.is_not(None), Case.closed_on > day))


def not_closed_before(day: date) -> ColumnElement[bool]:
    """``not_(closed_before(day))`` spelt, as ``open_on`` is, as sets an index finds."""
    return or_(Case.status == CaseStatus.IN_PROGRESS, Case.closed_on.is_(None),
               Case.closed_on >= day)


def counted_in(period: Period) -> ColumnElement[bool]:
    """The period counts the case (``classify`` gives it an intake): received by its end and
    not ended before its start."""
    return and_(Case.received_on <= period.end, not_closed_before(period.start))


def intake_in(period: Period) -> CaseExpression[Any]:
    return case((Case.received_on >= period.start, literal("received")),
                else_=literal("carried_over"))


def result_in(period: Period) -> CaseExpression[Any]:
    """Where a counted case stands at the period's end: its ending, or in progress."""
    ended = or_(Case.closed_on.is_(None), Case.closed_on <= period.end)
    return case(*((and_(Case.status == status, ended), literal(status.value))
                  for status in CLOSED), else_=literal(CaseStatus.IN_PROGRESS.value))


def _open_terms(rules: Rules, due_by: date | None = None) -> Any:
    """Ids of the cases with an agreement term still to perform (due by ``due_by``)."""
    query = (select(Agreement.case_id)
             .join(AgreementTerm, AgreementTerm.agreement_id == Agreement.id)
             .where(AgreementTerm.deadline.is_not(None),
                    AgreementTerm.follow_up_status.in_(sorted(rules.follow_up_statuses))))
    if due_by is not None:
        query = query.where(AgreementTerm.deadline <= due_by)
    return query


def in_windows(windows: Sequence[Period], rules: Rules) -> ColumnElement[bool]:
    """The cases a report over ``windows`` reads (``facts.load_facts``): those the periods
    can count, and the successful ones with a term still to perform (its follow-up may be
    overdue, however old the case)."""
    start, end = min(w.start for w in windows), max(w.end for w in windows)
    return or_(and_(Case.received_on <= end, not_closed_before(start)),
               and_(Case.status == CaseStatus.SUCCESSFUL, Case.id.in_(_open_terms(rules))))


def last_late_due(as_of: date, holidays: Holidays) -> date:
    """The last due day that is over on ``as_of``: a limit due on ``d`` ends on
    ``limit_end(d)`` (moved off a day off, Civil Code Art. 148) and is late once that day has
    passed; ``limit_end`` never goes backwards, so "late" is "due on or before this day"."""
    day = as_of - timedelta(days=1)
    while limit_end(day, holidays) >= as_of:
        day -= timedelta(days=1)
    return day


def _day_after(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time.min)


def _first_hearing(planned: bool) -> Any:
    """When the case's first hearing was held (``planned`` False) or planned with the parties
    (True); NULL without one. A scalar looked up by index for each open case: there are few."""
    return (select(func.min(Hearing.held_at))
            .where(Hearing.case_id == Case.id, Hearing.planned.is_(planned))
            .correlate(Case).scalar_subquery())


def _first_assigned() -> Any:
    """The day of the case's first current assignment; NULL when nobody is assigned."""
    return (select(func.min(MediatorAssignment.assigned_on))
            .where(MediatorAssignment.case_id == Case.id, MediatorAssignment.ended_on.is_(None))
            .correlate(Case).scalar_subquery())


def start_late(as_of: date, rules: Rules, holidays: Holidays) -> ColumnElement[bool]:
    """Mediation has not started in time on ``as_of`` (``overdue_keys``' start_late): open
    that day, no hearing held by it, assigned, and due (the time the parties agreed, else
    ``start_within_days`` after the first assignment) on or before the last late due day.
    Each look-up is a scalar subquery, which PostgreSQL runs at every use: the hearing held
    is written once (coalesce) and checked first, as it rules out half the open cases."""
    return and_(*_late_start_checks(as_of, rules, holidays, _first_hearing(False),
                                    _first_hearing(True), _first_assigned()))


def _late_start_checks(as_of: date, rules: Rules, holidays: Holidays, heard: Any,
                       planned: Any, assigned: Any) -> list[ColumnElement[bool]]:
    """``start_late`` over the case's first hearing held, first planned and first current
    assignment, however they are read."""
    late, after = last_late_due(as_of, holidays), _day_after(as_of)
    return [Case.received_on <= as_of, open_on(as_of), func.coalesce(heard, after) >= after,
            func.coalesce(planned < _day_after(late),
                          assigned <= late - timedelta(days=rules.start_within_days)),
            assigned.is_not(None)]


def late_starts(as_of: date, rules: Rules, holidays: Holidays, *columns: Any) -> Select[Any]:
    """``columns`` of the cases ``start_late`` finds, each case's hearings and assignments
    read once (PostgreSQL's LATERAL: two index look-ups for each open case and no more,
    where the scalar look-ups of ``start_late`` run once per use). SQLite has no LATERAL:
    there ``select(...).where(start_late(...))`` is the same question."""
    assigned = (select(func.min(MediatorAssignment.assigned_on).label("assigned"))
                .where(MediatorAssignment.case_id == Case.id,
                       MediatorAssignment.ended_on.is_(None))
                .correlate(Case).lateral("first_assigned"))
    hearings = (select(
        func.min(case((Hearing.planned.is_(False), Hearing.held_at))).label("heard"),
        func.min(case((Hearing.planned.is_(True), Hearing.held_at))).label("planned"))
        .where(Hearing.case_id == Case.id).correlate(Case).lateral("first_heard"))
    checks = _late_start_checks(as_of, rules, holidays, hearings.c.heard, hearings.c.planned,
                                assigned.c.assigned)
    return (select(*columns).select_from(Case).join(assigned, true()).join(hearings, true())
            .where(*checks))


def overdue_query(key: str, as_of: date, rules: Rules, holidays: Holidays, dialect: str,
                  *columns: Any) -> Select[Any]:
    """``columns`` of the cases of overdue figure ``key``, asked as each database answers
    it fastest; the caller adds its scope, grouping and order."""
    if key == "start_late" and dialect == "postgresql":
        return late_starts(as_of, rules, holidays, *columns)
    return select(*columns).where(overdue(key, as_of, rules, holidays))


def follow_up_late(as_of: date, rules: Rules, holidays: Holidays) -> ColumnElement[bool]:
    """A successful case with a term still to perform whose time is over on ``as_of``."""
    return and_(Case.status == CaseStatus.SUCCESSFUL,
                Case.id.in_(_open_terms(rules, last_late_due(as_of, holidays))))


def overdue(key: str, as_of: date, rules: Rules, holidays: Holidays) -> ColumnElement[bool]:
    """The condition of the overdue figure ``key`` (``start_late``, ``follow_up``)."""
    if key == "start_late":
        return start_late(as_of, rules, holidays)
    if key == "follow_up":
        return follow_up_late(as_of, rules, holidays)
    raise ValueError(f"unknown overdue figure {key!r}")


def without_jit(session: Session) -> None:
    """PostgreSQL compiles a query whose estimated cost is high (a province's tables) to
    machine code first: ~1 s measured for these, each of which runs in less. Off for the
    rest of this unit of work (a setting any login may change)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL jit = off"))


def of_team(team_id: uuid.UUID | None) -> list[ColumnElement[bool]]:
    return [Case.team_id == team_id] if team_id is not None else []
