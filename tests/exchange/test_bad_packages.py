"""Every class of bad package is refused with a clear message, and the ward book is left
byte-for-byte as it was (a full dump compared before and after)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.errors import HoagiaiError
from desktop.core.exchange import envelope, keys, service
from desktop.core.exchange.errors import PackageRefused
from tests.core.helpers import build_case, open_case
from tests.exchange import sides
from tests.exchange.corpus import CASES, Forge
from tests.hostile.registry import clear_message_problems


def own_pair(side: sides.Side) -> keys.KeyPair:
    with side.db.reading() as s:
        pair = keys.own_key(s)
    assert pair is not None
    return pair


@pytest.fixture(scope="module")
def stage(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    root = tmp_path_factory.mktemp("bad-packages")
    ward_side = sides.make_ward(migrated_template, root)
    other_ward = sides.make_ward(migrated_template, root / "other")
    team, other_team = (sides.make_team(migrated_template, root, v) for v in ("Thôn A", "Thôn B"))
    for side in (team, other_team):
        sides.connect(side, ward_side)
    with team.tx() as s:
        build_case(s, team.team_id)
    first = sides.export(team)
    sides.receive(ward_side, first)
    with team.tx() as s:
        open_case(s, team.team_id, "Tranh chấp tiếng ồn")
    genuine = sides.export(team).read_bytes()
    ward_pair = own_pair(ward_side)
    opened = envelope.open_package(genuine, ward_pair.key_id, ward_pair.receiving)
    other_pair = own_pair(other_ward)
    forge = Forge(genuine, opened.manifest, opened.members, own_pair(team),
                  envelope.Recipient(ward_pair.key_id, ward_pair.box_public),
                  own_pair(other_team),
                  envelope.Recipient(other_pair.key_id, other_pair.box_public),
                  [first.read_bytes()])
    yield {"ward": ward_side, "forge": forge, "team": team}
    for side in (ward_side, other_ward, team, other_team):
        side.db.dispose()


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_package_is_refused_and_nothing_changes(stage, name):
    ward_side = stage["ward"]
    data = CASES[name](stage["forge"])
    before = sides.dump(ward_side)
    with pytest.raises(HoagiaiError) as refused:
        service.receive(ward_side.db, ward_side.actor, data)
    assert isinstance(refused.value, PackageRefused), refused.value
    assert clear_message_problems(refused.value) == []
    assert sides.dump(ward_side) == before


def test_dry_run_of_bad_package_is_refused_too(stage):
    ward_side = stage["ward"]
    before = sides.dump(ward_side)
    with pytest.raises(PackageRefused):
        service.receive(ward_side.db, ward_side.actor, stage["forge"].genuine[:-5], dry_run=True)
    assert sides.dump(ward_side) == before


def test_the_genuine_package_itself_is_accepted_after_all_that(stage):
    ward_side = stage["ward"]
    before = sides.dump(ward_side)
    dry = service.receive(ward_side.db, ward_side.actor, stage["forge"].genuine, dry_run=True)
    assert sides.dump(ward_side) == before  # a dry run changes nothing either
    report = service.receive(ward_side.db, ward_side.actor, stage["forge"].genuine)
    assert (dry.new, dry.updated, dry.unchanged) == (report.new, report.updated, report.unchanged)
    assert report.new >= 1 and report.gaps == []


def test_a_team_cannot_open_its_own_package(stage):
    team = stage["team"]
    with pytest.raises(PackageRefused):
        service.receive(team.db, team.actor, stage["forge"].genuine)


def test_a_package_for_another_book_kind_is_refused(stage):
    ward_side = stage["ward"]
    with ward_side.tx() as s:
        from desktop.core.exchange import ward

        written = ward.write_acknowledgment(s, str(stage["team"].team_id))
    before = sides.dump(ward_side)
    with pytest.raises(PackageRefused):
        service.receive(ward_side.db, ward_side.actor, written.data)
    assert sides.dump(ward_side) == before
