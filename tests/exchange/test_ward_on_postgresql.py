"""The ward office book on PostgreSQL (a ward that outgrew one PC): the same round trip,
conflicts and refusals, with the database compared in full before and after a refusal."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.core.db.models import Case
from desktop.core.exchange import service, ward
from desktop.core.exchange.errors import PackageRefused
from desktop.core.services.cases import records as cases
from tests.core.helpers import build_case, case_input, open_case
from tests.exchange import sides

WITHHELD = frozenset({"persons.citizen_id", "persons.phone"})


@pytest.fixture
def pg_ward(postgres_url, tmp_path):
    side = sides.ward_url_side(postgres_url, tmp_path / "ward")
    yield side
    side.db.dispose()


@pytest.fixture
def pg_team(migrated_template, tmp_path, pg_ward):
    team = sides.make_team(migrated_template, tmp_path, "Thôn Bắc")
    sides.connect(team, pg_ward)
    yield team
    team.db.dispose()


def test_round_trip_conflict_and_refusals_on_postgresql(pg_team, pg_ward):
    with pg_team.tx() as s:
        parts = build_case(s, pg_team.team_id)
        other = open_case(s, pg_team.team_id, "Việc thứ hai")
    first = sides.export(pg_team)
    dry = sides.receive(pg_ward, first, dry_run=True)
    assert sides.team_records(pg_ward, pg_team.team_id) == {}
    report = sides.receive(pg_ward, first)
    assert report.new == dry.new > 10 and report.rejected == 0
    assert sides.team_records(pg_ward, pg_team.team_id, WITHHELD) == sides.team_records(
        pg_team, pg_team.team_id, WITHHELD)
    with pg_ward.tx(reason="Sửa") as s:
        s.get(Case, other).title = "Xã sửa"
    with pg_team.tx() as s:
        cases.update_case(s, other, dataclasses.replace(case_input("Tổ sửa")))
    second = sides.export(pg_team)
    before = sides.dump(pg_ward)
    for bad in (second.read_bytes()[:-3], first.read_bytes()):
        with pytest.raises(PackageRefused):
            service.receive(pg_ward.db, pg_ward.actor, bad)
        assert sides.dump(pg_ward) == before
    report = sides.receive(pg_ward, second)
    assert report.conflicting == 1
    with pg_ward.db.reading() as s:
        [item] = ward.list_review(s)
    with pg_ward.tx() as s:
        ward.resolve(s, item.number, "ward", "Xã đã xác minh")
    sides.back(pg_ward, pg_team)
    del parts
