"""The ward updates the reminders' day counts like its other reference data: the numbers travel
in its signed reference package and take the place of reminders.toml's in the team's book; a
package with anything but whole days is refused and changes nothing."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from desktop.core.exchange import service, ward
from desktop.core.exchange.errors import PackageRefused
from desktop.core.policy import settings
from desktop.core.services.reminders import Kind, book_rules, todays_reminders
from tests.core.helpers import assign, mediator_ids, open_case
from tests.exchange import sides


@pytest.fixture
def connected(migrated_template, tmp_path):
    ward_side = sides.make_ward(migrated_template, tmp_path)
    team = sides.make_team(migrated_template, tmp_path, "Thôn Đông")
    sides.connect(team, ward_side)
    yield team, ward_side
    team.db.dispose()
    ward_side.db.dispose()


def set_ward_days(ward_side, days) -> None:
    with ward_side.tx() as s:
        settings.set_setting(s, settings.REFERENCE_REMINDERS.key, json.dumps(days))


def test_the_wards_day_counts_reach_the_team(connected):
    team, ward_side = connected
    with team.tx() as s:
        case_id = open_case(s, team.team_id, "Tiếng ồn ban đêm")
        assign(s, case_id, mediator_ids(s, team.team_id)[0], on=date(2026, 3, 3))
    monday = datetime(2026, 3, 9, 8, 0)  # 6 days after the assignment (due 06/03)
    with team.db.reading(team.actor) as s:
        before = [r for r in todays_reminders(s, team.team_id, monday)
                  if r.kind is Kind.START_HEARING]
    assert [r.overdue for r in before] == [True]
    set_ward_days(ward_side, {"start_hearing": {"within_days": 7}})
    sides.back(ward_side, team, "reference")
    with team.db.reading(team.actor) as s:
        assert book_rules(s).start_within_days == 7
        after = [r for r in todays_reminders(s, team.team_id, monday)
                 if r.kind is Kind.START_HEARING]
    assert [(r.overdue, r.due_on) for r in after] == [(False, date(2026, 3, 10))]


@pytest.mark.parametrize("days", [{"start_hearing": {"within_days": -1}},
                                  {"start_hearing": {"within_days": "3"}},
                                  {"start_hearing": 3}, ["start_hearing"]])
def test_a_package_with_wrong_day_counts_is_refused(connected, days):
    team, ward_side = connected
    with ward_side.tx() as s:
        settings.set_setting(s, settings.REFERENCE_REMINDERS.key, json.dumps(days))
        written = ward.write_reference(s, str(team.team_id))
    before = sides.dump(team)
    if isinstance(days, list):  # not a table: the ward itself sends none
        service.receive(team.db, team.actor, written.data)
        with team.db.reading(team.actor) as s:
            assert settings.value(s, settings.REFERENCE_REMINDERS) == ""
        return
    with pytest.raises(PackageRefused):
        service.receive(team.db, team.actor, written.data)
    assert sides.dump(team) == before
