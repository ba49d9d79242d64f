"""The report counted in SQL (``counted_report``, its ids read by ``resolve_report``) is the
report classified case by case in Python (``from_facts`` over every case of the book), for
random small books on SQLite and on PostgreSQL: a few teams and mediators, cases received,
ended (with a date or without), assigned, heard or only planned, with agreements whose terms
are kept or still due, and a random period, day of counting and team.

Each example writes its book inside the reading session and rolls it back, so one migrated
book serves every example of a backend.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from desktop.core.db.models import MatterCategory
from desktop.core.demo.province import insert_rows
from desktop.core.domain.enums import CaseStatus, FollowUpStatus
from desktop.core.statistics.counted import Question, counted_report, resolve_report
from desktop.core.statistics.facts import book_holidays, load_facts
from desktop.core.statistics.periods import Period
from desktop.core.statistics.report import StatisticsReport, from_facts
from desktop.core.statistics.rules import load_rules

FIRST = date(2024, 1, 1)  # the books' cases come in from here, over about two years
SPAN = 760
EXAMPLES = 30


@dataclass(frozen=True)
class TermPlan:
    deadline: date | None
    status: FollowUpStatus


@dataclass(frozen=True)
class CasePlan:
    team: int
    received: date
    status: CaseStatus
    closed: date | None  # None: ended without a date, or open
    category: int
    mediators: tuple[tuple[int, date, date | None], ...]  # (mediator, assigned, ended)
    hearings: tuple[tuple[date, bool], ...]  # (held, planned)
    terms: tuple[TermPlan, ...]


@dataclass(frozen=True)
class BookPlan:
    teams: int
    mediators: tuple[tuple[int, date | None, date | None, str], ...]  # team, start, end, ethnic
    cases: tuple[CasePlan, ...]


@dataclass(frozen=True)
class Asked:
    period: Period
    today: date
    team: int | None

    @property
    def as_of(self) -> date:
        return min(self.period.end, self.today)


def _days(asked: Asked) -> st.SearchStrategy[date]:
    """Any day of the books' years, or a day or two from one the rules turn on (the period's
    ends, the day of counting, an assignment whose three days ran out the day before)."""
    anchors = (asked.period.start, asked.period.end, asked.as_of,
               asked.as_of - timedelta(days=4))
    near = st.tuples(st.sampled_from(anchors), st.integers(-1, 1)).map(
        lambda pair: pair[0] + timedelta(days=pair[1]))
    return st.one_of(st.dates(FIRST, FIRST + timedelta(days=SPAN)), near, near, near)


def _after(day: date, later: date) -> date:
    return max(day, later)  # nothing happens to a case before it came in


@st.composite
def _case(draw: st.DrawFn, asked: Asked, teams: int, mediators: int) -> CasePlan:
    days = _days(asked)
    received = draw(days)
    status = draw(st.sampled_from(CaseStatus))
    closed = (draw(st.one_of(st.none(), days.map(lambda d: _after(received, d))))
              if status.is_closed else None)
    assigned = draw(st.lists(st.tuples(st.integers(0, mediators - 1), days,
                                       st.one_of(st.none(), days)),
                             max_size=2, unique_by=lambda m: m[0]))
    hearings = draw(st.lists(st.tuples(days, st.booleans()), max_size=3))
    terms = draw(st.lists(st.builds(TermPlan, st.one_of(st.none(), days),
                                    st.sampled_from(FollowUpStatus)), max_size=2))
    return CasePlan(draw(st.integers(0, teams - 1)), received, status, closed,
                    draw(st.integers(0, 50)),
                    tuple((m, _after(received, on), None if end is None else _after(on, end))
                          for m, on, end in assigned),
                    tuple((_after(received, d), planned) for d, planned in hearings),
                    tuple(terms))


@st.composite
def examples(draw: st.DrawFn) -> tuple[BookPlan, Asked]:
    """A period (a day, a month, half a year, a year or more), the day of counting, a team or
    all; and a book whose days cluster where the period's rules turn."""
    start = FIRST + timedelta(days=draw(st.integers(0, SPAN)))
    end = start + timedelta(days=draw(st.sampled_from((0, 30, 181, 364, 500))))
    today = start + timedelta(days=draw(st.integers(0, 700)))
    asked = Asked(Period(start, end), today, draw(st.one_of(st.none(), st.integers(0, 2))))
    teams = draw(st.integers(1, 3))
    optional = st.one_of(st.none(), _days(asked))
    mediators = tuple(draw(st.lists(st.tuples(
        st.integers(0, teams - 1), optional, optional, st.sampled_from(("Kinh", "Tày", ""))),
        min_size=1, max_size=4)))
    cases = tuple(draw(st.lists(_case(asked, teams, len(mediators)), min_size=5, max_size=30)))
    return BookPlan(teams, mediators, cases), asked


def _write(connection: Connection, plan: BookPlan, categories: list[str]) -> list[uuid.UUID]:
    """The plan's rows; returns the teams' ids."""
    team_ids = [uuid.uuid4() for _ in range(plan.teams)]
    insert_rows(connection, "teams", [
        {"id": t, "name": f"Tổ hòa giải thôn {n}", "village": f"Thôn {n}",
         "commune": "Xã Yên Hòa", "province": "Hà Nội"} for n, t in enumerate(team_ids, 1)])
    mediator_ids = [uuid.uuid4() for _ in plan.mediators]
    insert_rows(connection, "mediators", [
        {"id": m, "team_id": team_ids[team], "full_name": f"Lê Thị {chr(65 + n)}",
         "sex": "female" if n % 2 else "male", "role": "member", "ethnicity": ethnicity,
         "start_date": start, "end_date": end}
        for n, (m, (team, start, end, ethnicity)) in enumerate(
            zip(mediator_ids, plan.mediators, strict=True))])
    for seq, case in enumerate(plan.cases, start=1):
        _write_case(connection, case, seq, team_ids, mediator_ids, categories)
    return team_ids


def _write_case(connection: Connection, case: CasePlan, seq: int, team_ids: list[uuid.UUID],
                mediator_ids: list[uuid.UUID], categories: list[str]) -> None:
    # seq is unique over the book, so the order cases came in (day, year, seq) has no ties
    team, case_id, received, closed = team_ids[case.team], uuid.uuid4(), case.received, case.closed
    insert_rows(connection, "cases", [{
        "id": case_id, "team_id": team, "year": received.year, "seq": seq,
        "received_on": received, "title": "Tranh chấp ranh giới đất", "grounds": "party_request",
        "eligibility": "eligible", "category_code": categories[case.category % len(categories)],
        "status": case.status.value, "closed_on": closed}])
    person, party = uuid.uuid4(), uuid.uuid4()
    insert_rows(connection, "persons", [{"id": person, "team_id": team, "full_name": "Bên A"}])
    insert_rows(connection, "case_participants", [
        {"id": party, "team_id": team, "case_id": case_id, "person_id": person,
         "role": "party"}])
    insert_rows(connection, "mediator_assignments", [
        {"id": uuid.uuid4(), "team_id": team, "case_id": case_id,
         "mediator_id": mediator_ids[m], "method": "assigned_by_leader",
         "assigned_on": on, "ended_on": ended}
        for m, on, ended in case.mediators])
    insert_rows(connection, "hearings", [
        {"id": uuid.uuid4(), "team_id": team, "case_id": case_id, "place": "Nhà văn hóa",
         "held_at": datetime.combine(day, datetime.min.time()).replace(hour=8 + index),
         "planned": planned}
        for index, (day, planned) in enumerate(case.hearings)])
    if case.terms and case.status is CaseStatus.SUCCESSFUL:
        agreement = uuid.uuid4()
        insert_rows(connection, "agreements", [{"id": agreement, "team_id": team,
                                                "case_id": case_id, "reached_on": closed}])
        insert_rows(connection, "agreement_terms", [
            {"id": uuid.uuid4(), "team_id": team, "agreement_id": agreement, "ordinal": n,
             "obliged_participant_id": party, "content": "Trả tiền",
             "deadline": term.deadline,
             "follow_up_status": term.status.value}
            for n, term in enumerate(case.terms, start=1)])


def _both(session: Session, period: Period, as_of: date,
          team_id: uuid.UUID | None) -> tuple[StatisticsReport, StatisticsReport, dict[Any, Any]]:
    rules, holidays = load_rules(), book_holidays(session)
    question = Question(period, as_of, rules, holidays, (period,), team_id)
    counted = counted_report(session, question, 0)
    numbers = resolve_report(session, question, counted)
    expected = from_facts(load_facts(session, rules, team_id), period, as_of, rules, 0,
                          team_id, holidays)
    return counted, expected, numbers


def _plain(figures: dict[str, Any]) -> dict[str, tuple[uuid.UUID, ...]]:
    return {key: tuple(ids) for key, ids in figures.items()}


def _check(counted: StatisticsReport, expected: StatisticsReport,
           numbers: dict[uuid.UUID, str]) -> None:
    assert _plain(counted.ward.figures) == _plain(expected.ward.figures)
    assert [(r.team_id, _plain(r.figures), r.people) for r in counted.teams] == [
        (r.team_id, _plain(r.figures), r.people) for r in expected.teams]
    assert counted.ward.people == expected.ward.people
    assert [(t.mediator_id, tuple(t.successful), tuple(t.unsuccessful))
            for t in counted.mediators] == [
        (t.mediator_id, tuple(t.successful), tuple(t.unsuccessful)) for t in expected.mediators]
    shown = {case_id for ids in counted.ward.figures.values() for case_id in ids}
    assert numbers == {case_id: expected.case_numbers[case_id] for case_id in shown}


@pytest.mark.both_backends
def test_counted_in_sql_is_counted_in_python(book) -> None:
    with book.database.reading() as session:
        categories = sorted(session.scalars(select(MatterCategory.code)))

    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture,
                                     HealthCheck.too_slow])
    @given(examples())
    def check(example: tuple[BookPlan, Asked]) -> None:
        plan, asked = example
        with book.database.reading() as session:  # rolled back: nothing of it stays
            team_ids = _write(session.connection(), plan, categories)
            team = asked.team
            team_id = team_ids[team] if team is not None and team < len(team_ids) else None
            _check(*_both(session, asked.period, asked.as_of, team_id))

    check()
