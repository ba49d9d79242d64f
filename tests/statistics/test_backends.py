"""The statistics on SQLite and on PostgreSQL (the ward office's server): two teams' cases
written through the services, the report counted again in the test, a submission (its JSON
snapshot) read back, and an amendment after a later change."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from desktop.core.db.models import Team
from desktop.core.domain.enums import AssignmentMethod, Grounds, OutcomeKind, Sex
from desktop.core.services.cases import assignments, outcomes
from desktop.core.services.cases import records as cases
from desktop.core.services.workspace import teams
from desktop.core.statistics.periods import standard_period
from desktop.core.statistics.submissions import statistics_report, submit_period
from tests.actors import seeding

TODAY = date(2026, 6, 1)
YEAR = standard_period("year", 2025)
HALF = standard_period("half_year", 2026)


def _team(session, name: str) -> tuple[uuid.UUID, uuid.UUID]:
    team = Team(name=name, village=name, commune="Phường Yên Hòa", province="Hà Nội")
    session.add(team)
    session.flush()
    mediator = teams.add_mediator(session, team.id, teams.MediatorInput("Lê Thị Hoa", Sex.FEMALE))
    return team.id, mediator


def _case(session, team_id, received: date, category: str = "land_boundary") -> uuid.UUID:
    return cases.open_case(session, team_id, cases.CaseInput(
        "Tranh chấp ranh giới đất", received, Grounds.PARTY_REQUEST, category), today=TODAY)


def _stopped(session, team_id, mediator, received: date, closed: date) -> uuid.UUID:
    case_id = _case(session, team_id, received)
    assignments.assign_mediator(session, case_id, mediator, AssignmentMethod.ASSIGNED_BY_LEADER,
                                True, assigned_on=received)
    outcomes.close_case(session, case_id, OutcomeKind.PARTY_ASKED_TO_STOP, closed,
                        guidance="Ủy ban nhân dân phường", today=TODAY)
    return case_id


def _referred(session, team_id, received: date) -> uuid.UUID:
    from desktop.core.domain.enums import Eligibility

    case_id = _case(session, team_id, received, "minor_violation")
    outcomes.close_case(session, case_id, OutcomeKind.NOT_ELIGIBLE, received,
                        referred_to="Công an phường",
                        not_eligible_because=Eligibility.MUST_BE_SANCTIONED, today=TODAY)
    return case_id


def _assigned(session, team_id, mediator, received: date) -> uuid.UUID:
    case_id = _case(session, team_id, received, "neighbour_nuisance")
    assignments.assign_mediator(session, case_id, mediator, AssignmentMethod.ASSIGNED_BY_LEADER,
                                True, assigned_on=received)
    return case_id


@pytest.mark.both_backends
def test_report_submission_and_amendment(book):
    actor = seeding("officer", book.device)
    with book.database.transaction(actor) as session:
        first, hoa = _team(session, "Tổ hòa giải thôn Đông")
        second, lan = _team(session, "Tổ hòa giải thôn Đoài")
        stopped = _stopped(session, first, hoa, date(2025, 3, 1), date(2025, 4, 2))
        _stopped(session, second, lan, date(2024, 11, 5), date(2025, 1, 20))  # carried over
        referred = _referred(session, second, date(2025, 7, 9))
        heard = _assigned(session, first, hoa, date(2025, 12, 1))
        _case(session, second, date(2026, 2, 3))  # after the year
    with book.database.reading() as session:
        report = statistics_report(session, YEAR, TODAY)
    ward = report.ward
    assert (ward.count("carried_over"), ward.count("received"), ward.count("handled")) == (1, 3, 4)
    assert ward.count("unsuccessful") == 2 and ward.ids("not_eligible") == (referred,)
    assert ward.ids("in_progress") == (heard,)
    assert ward.ids("civil_family.handled") and len(ward.ids("civil_family.handled")) == 2
    assert sorted((t.team_id, len(t.ended)) for t in report.mediators) == sorted(
        [(first, 1), (second, 1)])
    assert report.ward.ids("overdue.start_late") == (heard,)  # no hearing since 1 Dec
    assert ward.people == {"teams": 2, "mediators": 2, "women": 2, "minority": 0}
    assert ward.rate() == 0.0

    with book.database.transaction(actor) as session:
        submitted = submit_period(session, YEAR, TODAY)
    with book.database.transaction(actor, reason="sai kết quả") as session:
        outcomes.reopen_case(session, stopped)
    with book.database.reading() as session:
        frozen = statistics_report(session, YEAR, TODAY)
        later = statistics_report(session, HALF, TODAY)
    assert frozen.ward.figures == submitted.ward.figures  # read back from the JSON snapshot
    assert frozen.mediators == submitted.mediators
    assert [(a.case_id, a.dimension, a.old, a.new) for a in later.amendments] == [
        (stopped, "result", "unsuccessful", "in_progress")]
