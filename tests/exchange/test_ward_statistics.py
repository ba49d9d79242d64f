"""The data arrives where the ward's statistics read it: after the exchange, the ward's figures
for each team are the figures the team's own book gives (same cases behind each figure)."""

from __future__ import annotations

from datetime import date

from desktop.core.domain.enums import OutcomeKind
from desktop.core.services.cases import outcomes
from desktop.core.statistics.periods import Period
from desktop.core.statistics.report import compute_report
from tests.core.helpers import AGREED, TODAY, build_case, close_successfully, open_case
from tests.exchange import sides

PERIOD = Period(date(2026, 1, 1), date(2026, 12, 31))


def figures_of(side: sides.Side, team_id) -> dict:
    with side.db.reading() as s:
        report = compute_report(s, PERIOD, date(2026, 12, 31))
    [row] = [r for r in report.teams if r.team_id == team_id]
    return {key: sorted(map(str, ids)) for key, ids in row.figures.items() if ids}, row.people


def test_ward_statistics_match_each_teams_own(three_teams, ward_side):
    for index, team in enumerate(three_teams):
        with team.tx() as s:
            for number in range(index + 1):
                parts = build_case(s, team.team_id, title=f"Việc thành {number}")
                close_successfully(s, parts.case_id)
            stopped = build_case(s, team.team_id, title="Việc không thành", agreement=False)
            outcomes.close_case(s, stopped.case_id, OutcomeKind.PARTY_ASKED_TO_STOP,
                                AGREED, guidance="UBND phường", today=TODAY)
            open_case(s, team.team_id, "Việc đang hòa giải")
        sides.receive(ward_side, sides.export(team))
    for team in three_teams:
        on_team, on_ward = figures_of(team, team.team_id), figures_of(ward_side, team.team_id)
        assert on_ward == on_team and on_team[0]
