"""The ward report over a real ward book (three demo teams written through the services),
checked against counts made in the test from the database rows; submitting locks a period and
later changes come back as amendments."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from desktop.core.db.engine import Actor
from desktop.core.db.models import Case, JournalEntry, MatterCategory, Team
from desktop.core.domain.enums import CaseStatus
from desktop.core.domain.roles import Role
from desktop.core.errors import HoagiaiError
from desktop.core.services.cases import outcomes
from desktop.core.statistics.periods import standard_period
from desktop.core.statistics.submissions import statistics_report, submit_period
from tests.actors import seeding

TODAY = date(2026, 11, 20)
YEAR_2025 = standard_period("year", 2025)
FIRST_HALF_2026 = standard_period("half_year", 2026)
YEAR_2026 = standard_period("year", 2026)


def _rows(session):
    return session.execute(
        select(Case.id, Case.team_id, Case.received_on, Case.status, Case.closed_on,
               MatterCategory.group).join(MatterCategory)).all()


def test_the_demo_ward_book_holds_three_teams(ward_book):
    with ward_book.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Team)) == 3
        teams = session.execute(select(Case.team_id).distinct()).all()
        kind = session.execute(text("SELECT value FROM app_settings WHERE key = 'book_kind'"))
        assert len(teams) == 3 and kind.scalar() == "ward"


@pytest.mark.parametrize("period", [YEAR_2025, FIRST_HALF_2026, YEAR_2026])
def test_ward_figures_match_the_rows(ward_book, period):
    with ward_book.database.reading() as session:
        report = statistics_report(session, period, TODAY)
        rows = _rows(session)
    counted = [r for r in rows if r.received_on <= period.end
               and not (r.closed_on and r.closed_on < period.start)]
    ward = report.ward
    assert ward.count("handled") == len(counted)
    assert ward.count("received") == sum(r.received_on >= period.start for r in counted)
    for status in (CaseStatus.SUCCESSFUL, CaseStatus.UNSUCCESSFUL, CaseStatus.NOT_ELIGIBLE):
        expected = {r.id for r in counted if r.status is status and r.closed_on <= period.end}
        assert set(ward.ids(status.value)) == expected
    assert ward.count("in_progress") == sum(
        r.closed_on is None or r.closed_on > period.end for r in counted)
    for team in report.teams:
        assert set(team.ids("handled")) == {r.id for r in counted if r.team_id == team.team_id}
    assert sum(t.count("successful") for t in report.teams) == ward.count("successful")
    assert ward.people["teams"] == 3 and ward.people["mediators"] >= 9


def test_one_team_only(ward_book):
    with ward_book.database.reading() as session:
        team_id = session.scalar(select(Team.id).where(Team.name.like("%số 8")))
        report = statistics_report(session, YEAR_2025, TODAY, team_id)
        rows = [r for r in _rows(session) if r.team_id == team_id]
    assert [t.team_id for t in report.teams] == [team_id]
    assert set(report.ward.ids("received")) == {
        r.id for r in rows if YEAR_2025.start <= r.received_on <= YEAR_2025.end}
    assert {m.team_id for m in report.mediators} == {team_id}


def _reopen_a_case_closed_in(book, period):
    actor = seeding("officer", book.device)
    with book.database.transaction(actor, reason="closed by mistake") as session:
        case = session.scalars(select(Case).where(
            Case.status == CaseStatus.SUCCESSFUL, Case.closed_on >= period.start,
            Case.closed_on <= period.end).order_by(Case.closed_on)).first()
        outcomes.reopen_case(session, case.id)
        return case.id, case.number


def test_submitting_locks_the_period_and_later_changes_are_amendments(ward_book):
    actor = seeding("officer", ward_book.device)
    with ward_book.database.transaction(actor) as session:
        submitted = submit_period(session, YEAR_2025, TODAY)
    assert submitted.submission is not None
    case_id, number = _reopen_a_case_closed_in(ward_book, YEAR_2025)
    with ward_book.database.reading() as session:
        frozen = statistics_report(session, YEAR_2025, TODAY)
        next_report = statistics_report(session, FIRST_HALF_2026, TODAY)
    # the submitted figures do not move
    assert frozen.ward.figures == submitted.ward.figures
    assert case_id in frozen.ward.ids("successful")
    # the next report lists the case: its result at the end of 2025 changed
    rows = [(a.case_number, a.dimension, a.old, a.new) for a in next_report.amendments]
    assert (number, "result", "successful", "in_progress") in rows
    totals = {t.key: (t.old, t.new) for t in next_report.amended_totals}
    successful = submitted.ward.count("successful")
    assert totals["successful"] == (successful, successful - 1)
    # once the next period is submitted, the amendment it carried is not reported again
    with ward_book.database.transaction(actor) as session:
        carried = submit_period(session, FIRST_HALF_2026, TODAY)
    assert [a.case_id for a in carried.amendments] == [case_id]
    with ward_book.database.reading() as session:
        later = statistics_report(session, YEAR_2026, TODAY)
        again = statistics_report(session, FIRST_HALF_2026, TODAY)
    assert later.amendments == ()
    assert [a.case_id for a in again.amendments] == [case_id]  # the frozen report keeps it


def test_a_submission_is_journaled(ward_book):
    actor = seeding("officer", ward_book.device)
    with ward_book.database.transaction(actor) as session:
        before = session.scalar(select(func.max(JournalEntry.seq)))
        report = submit_period(session, YEAR_2025, TODAY)
    with ward_book.database.reading() as session:
        entries = session.execute(
            select(JournalEntry.op, JournalEntry.entity, JournalEntry.author,
                   JournalEntry.entity_id, JournalEntry.team_id)
            .where(JournalEntry.seq > before)).all()
    assert [tuple(e) for e in entries] == [
        ("insert", "statistics_submissions", "officer", str(report.submission.id), None)]


def test_a_period_is_submitted_once(ward_book):
    actor = seeding("officer", ward_book.device)
    with ward_book.database.transaction(actor) as session:
        submit_period(session, YEAR_2025, TODAY)
    with pytest.raises(HoagiaiError, match="đã được gửi"), \
            ward_book.database.transaction(actor) as session:
        submit_period(session, YEAR_2025, TODAY)


def test_only_the_ward_submits(ward_book):
    mediator = Actor("hoa", ward_book.device, Role.MEDIATOR)
    with pytest.raises(HoagiaiError), ward_book.database.transaction(mediator) as session:
        submit_period(session, YEAR_2025, TODAY)
    with ward_book.database.reading() as session:
        assert statistics_report(session, YEAR_2025, TODAY).submission is None
    officer = Actor("lan", ward_book.device, Role.WARD_OFFICER)
    with ward_book.database.transaction(officer) as session:
        assert submit_period(session, YEAR_2025, TODAY).submission is not None


@pytest.mark.parametrize("period", [YEAR_2025, FIRST_HALF_2026, YEAR_2026])
def test_remuneration_is_paid_once_per_case_per_team(ward_book, period):
    """Issue #12: the ward report paid a team 5.600.000 đ for 16 cases (a case counted once per
    mediator on it). Once per case per team (Joint Circular 100/2014), and no named mediator."""
    from desktop.core.db.models import Mediator
    from desktop.core.statistics.tables import money, report_tables

    with ward_book.database.reading() as session:
        report = statistics_report(session, period, TODAY)
        rows = _rows(session)
        mediators = set(session.scalars(select(Mediator.full_name)))
    tables = {t.key: t for t in report_tables(report)}
    assert "mediators" not in tables
    paid = {row[0].text: row for row in tables["remuneration"].rows}
    ended_results = (CaseStatus.SUCCESSFUL, CaseStatus.UNSUCCESSFUL)
    for team in report.teams:
        ended = {r.id for r in rows if r.team_id == team.team_id and r.status in ended_results
                 and period.start <= r.closed_on <= period.end}
        _name, count, amount = paid[team.name]
        assert set(count.case_ids or ()) == ended and len(count.case_ids or ()) == len(ended)
        assert amount.text == money(len(ended) * 200_000)
    every_cell = {cell.text for table in tables.values() for row in table.rows for cell in row}
    assert not mediators & every_cell
