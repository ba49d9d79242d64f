"""The start page reads only the cases that can be due today (#17: every case of a 100,000-case
book read through the ORM took minutes): chosen in SQL, the ended cases awaiting remuneration
counted in SQL. The reminders must be exactly those of the whole book read case by case, on
the demo book (every kind of case), on days around its deadlines, for the leader and for a
mediator who may not see a sensitive case."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from desktop.core.db.engine import Actor
from desktop.core.db.models import Case, MediatorAssignment, Team
from desktop.core.demo.book import create_demo_book
from desktop.core.domain.enums import CaseStatus
from desktop.core.domain.roles import Role
from desktop.core.services import reminders
from desktop.core.services.reminders import facts
from desktop.core.services.workspace import book as workspace
from tests.actors import leader, seeding

DAYS = [datetime(2026, 3, 9, 8), datetime(2026, 9, 1, 9), datetime(2026, 12, 7, 8),
        datetime(2027, 2, 1, 14), datetime(2028, 1, 3, 8)]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> workspace.OpenedBook:
    path: Path = tmp_path_factory.mktemp("narrowed") / "demo.sqlite"
    create_demo_book(path, encrypt=False)
    book = workspace.open_book(path)
    with book.database.transaction(seeding(), reason="a sensitive ended case") as session:
        ended = session.scalars(select(Case.id).where(
            Case.status.in_((CaseStatus.SUCCESSFUL, CaseStatus.UNSUCCESSFUL)))
            .order_by(Case.year, Case.seq).limit(2)).all()
        session.execute(update(Case).where(Case.id.in_(ended)).values(sensitive=True))
    yield book
    book.database.dispose()


def whole_book(session, team_id, now: datetime) -> list[reminders.Reminder]:
    """The reminders from every case of the book (no narrowing), as before #17."""
    rules = reminders.book_rules(session)
    since = min(reminders.week_of(now.date(), rules)[0], now.date() - timedelta(days=90))
    every = facts.book_facts(session, team_id, since)
    return reminders.reminders_for(every, now, rules, reminders.period_ends())


def readers(session) -> list[Actor]:
    handling = session.scalars(select(MediatorAssignment.mediator_id)).first()
    return [leader("leader"), Actor("hgv", role=Role.MEDIATOR, mediator_id=handling)]


@pytest.mark.parametrize("now", DAYS, ids=[day.date().isoformat() for day in DAYS])
def test_the_narrowed_read_reminds_of_exactly_what_the_whole_book_does(demo, now):
    with demo.database.reading() as session:
        team_id = session.scalar(select(Team.id))
        people = readers(session)
    for who in people:
        with demo.database.reading(who) as session:
            narrowed = reminders.todays_reminders(session, team_id, now)
            every = whole_book(session, team_id, now)
        assert narrowed == every, who
    assert narrowed  # the demo has something due on each of these days


def test_the_remuneration_count_leaves_out_what_a_mediator_may_not_see(demo):
    now = DAYS[2]
    with demo.database.reading() as session:
        team_id = session.scalar(select(Team.id))
        mediator = readers(session)[1]
    counted = {}
    for who in (leader("leader"), mediator):
        with demo.database.reading(who) as session:
            found = [r for r in reminders.todays_reminders(session, team_id, now)
                     if r.kind is reminders.Kind.REMUNERATION]
        counted[who.role] = found
    assert counted[Role.TEAM_LEADER] and counted[Role.TEAM_LEADER] != counted[Role.MEDIATOR]


def test_the_days_above_meet_every_rule_that_reads_cases(demo):
    """So the comparison above covers each narrowing (court window, follow-ups, remuneration,
    the cases in progress, hearings)."""
    kinds = set()
    with demo.database.reading(leader("leader")) as session:
        team_id = session.scalar(select(Team.id))
        for now in DAYS:
            kinds |= {r.kind for r in reminders.todays_reminders(session, team_id, now)}
    Kind = reminders.Kind
    assert {Kind.COURT_RECOGNITION, Kind.FOLLOW_UP, Kind.REMUNERATION, Kind.UNASSIGNED,
            Kind.START_HEARING, Kind.HEARING_TODAY, Kind.HEARING_TO_RECORD} <= kinds
