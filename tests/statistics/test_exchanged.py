"""Three teams send their cases to the ward by package files: the ward's statistics equal each
team's own, and a change a team sends after the ward submitted comes back as an amendment."""

from __future__ import annotations

from datetime import date

from desktop.core.services.cases import outcomes
from desktop.core.statistics.figures import CASE_FIGURES
from desktop.core.statistics.periods import standard_period
from desktop.core.statistics.submissions import statistics_report, submit_period
from tests.core.helpers import build_case, close_successfully, open_case
from tests.exchange import sides

TODAY = date(2026, 11, 20)
HALF = standard_period("half_year", 2026)
YEAR = standard_period("year", 2026)


def _counts(row):
    return {key: row.count(key) for key in CASE_FIGURES}


def _fill(team: sides.Side, successful: int, open_cases: int) -> list:
    closed = []
    with team.tx() as s:
        for _ in range(successful):
            parts = build_case(s, team.team_id)
            close_successfully(s, parts.case_id)
            closed.append(parts.case_id)
        for _ in range(open_cases):
            open_case(s, team.team_id)
    return closed


def test_the_ward_counts_what_the_teams_sent(migrated_template, tmp_path):
    ward = sides.make_ward(migrated_template, tmp_path)
    teams = [sides.make_team(migrated_template, tmp_path, v) for v in ("Thôn Đông", "Thôn Tây",
                                                                      "Tổ dân phố 7")]
    try:
        for team in teams:
            sides.connect(team, ward)
        closed = [_fill(team, n + 1, 2 - n) for n, team in enumerate(teams)]
        for team in teams:
            sides.receive(ward, sides.export(team))
        with ward.db.reading() as s:
            at_ward = statistics_report(s, HALF, TODAY)
        by_team = {row.team_id: row for row in at_ward.teams}
        for team in teams:
            with team.db.reading() as s:
                own = statistics_report(s, HALF, TODAY, team.team_id)
            assert _counts(by_team[team.team_id]) == _counts(own.ward)
        assert at_ward.ward.count("successful") == 6 and at_ward.ward.count("in_progress") == 3

        with ward.tx() as s:
            submitted = submit_period(s, HALF, TODAY)
        reopened = closed[1][0]
        with teams[1].tx(reason="the parties did not sign") as s:
            outcomes.reopen_case(s, reopened)
        sides.receive(ward, sides.export(teams[1]))
        with ward.db.reading() as s:
            frozen = statistics_report(s, HALF, TODAY)
            later = statistics_report(s, YEAR, TODAY)
        assert frozen.ward.figures == submitted.ward.figures
        assert [(a.case_id, a.old, a.new) for a in later.amendments] == [
            (reopened, "successful", "in_progress")]
        assert later.ward.count("in_progress") == 4
    finally:
        for side in (ward, *teams):
            side.db.dispose()
