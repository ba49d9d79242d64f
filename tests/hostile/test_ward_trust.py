"""The ward trusts a team only for its own records: a package signed by a genuine, enrolled
team that reaches into another team's case, claims another team's record, or takes another
team's name is refused, record by record, each with its true reason."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core.db.models import CaseParticipant, Hearing, Team
from desktop.core.errors import WorkflowError
from desktop.core.exchange import envelope, keys, team_import, ward
from desktop.core.exchange.envelope import canonical_json
from desktop.core.services.workspace import teams
from tests.core.helpers import build_case
from tests.exchange import sides

pytestmark = pytest.mark.usefixtures("english")  # the reasons are read in English

@pytest.fixture
def stage(migrated_template: Path, tmp_path: Path) -> Iterator[dict]:
    ward_side = sides.make_ward(migrated_template, tmp_path)
    first, second = (sides.make_team(migrated_template, tmp_path, v) for v in ("Thôn A", "Thôn B"))
    for side in (first, second):
        sides.connect(side, ward_side)
    with first.tx() as s:
        victim = build_case(s, first.team_id).case_id
    sides.receive(ward_side, sides.export(first))
    yield {"ward": ward_side, "first": first, "second": second, "victim": str(victim)}
    for side in (ward_side, first, second):
        side.db.dispose()


def _pair(side: sides.Side) -> keys.KeyPair:
    with side.db.reading() as s:
        pair = keys.own_key(s)
    assert pair is not None
    return pair


def _forged(team: sides.Side, ward_side: sides.Side, package: Path, change) -> bytes:
    """The team's genuine package with its records changed by ``change``, signed again with
    the team's own key (a key holder of that team can do exactly this)."""
    ward_pair = _pair(ward_side)
    opened = envelope.open_package(package.read_bytes(), ward_pair.key_id, ward_pair.receiving)
    body = json.loads(opened.members["records.json"])
    change(body["snapshots"])
    members = {**opened.members, "records.json": canonical_json(body)}
    manifest = {k: v for k, v in opened.manifest.items() if k != "members"}
    return envelope.seal(manifest, members, _pair(team).signing,
                         envelope.Recipient(ward_pair.key_id, ward_pair.box_public))


def _receive(ward_side: sides.Side, data: bytes):
    from desktop.core.exchange import service

    return service.receive(ward_side.db, ward_side.actor, data)


def _count(ward_side: sides.Side, model, **where) -> int:
    with ward_side.db.reading() as s:
        query = select(func.count()).select_from(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return s.scalar(query) or 0


def _reasons(report) -> dict[str, str]:
    return {entity: reason for entity, _id, reason in report.rejections}


@pytest.mark.parametrize("entity", ["hearings", "case_participants"])
def test_a_record_pointed_at_another_teams_case_is_refused(stage, entity):
    ward_side, second, victim = stage["ward"], stage["second"], stage["victim"]
    with second.tx() as s:
        build_case(s, second.team_id, title="Tranh chấp tiếng ồn")
    model = {"hearings": Hearing, "case_participants": CaseParticipant}[entity]
    import uuid

    before = _count(ward_side, model, case_id=uuid.UUID(victim))

    def attach_to_victim(snapshots: list[dict]) -> None:
        for item in snapshots:
            if item["entity"] == entity:
                item["values"]["case_id"] = victim

    report = _receive(ward_side, _forged(second, ward_side, sides.export(second),
                                         attach_to_victim))
    assert report.applied and report.rejected >= 1
    assert _count(ward_side, model, case_id=uuid.UUID(victim)) == before
    reason = _reasons(report)[entity]
    assert "another team (cases)" in reason and "transferred" not in reason


def test_a_snapshot_of_another_teams_case_is_refused_with_its_true_reason(stage):
    ward_side, second, victim = stage["ward"], stage["second"], stage["victim"]

    def claim_victim(snapshots: list[dict]) -> None:
        snapshots.append({"entity": "cases", "id": victim, "order": 0, "withheld": [],
                          "values": {"id": victim, "team_id": str(second.team_id),
                                     "version": 99, "title": "Của tổ B"}})

    report = _receive(ward_side, _forged(second, ward_side, sides.export(second), claim_victim))
    reason = _reasons(report)["cases"]
    assert reason == "the ward holds this record for another team"


def test_a_team_cannot_rename_itself_to_another_teams_name(stage):
    ward_side, first, second = stage["ward"], stage["first"], stage["second"]
    sides.receive(ward_side, sides.export(second))
    with second.tx() as s:
        teams.update_team(s, second.team_id, teams.TeamInput(
            name="Tổ hòa giải Thôn A", village="Thôn B", commune="Phường Nghĩa Đô",
            province="Thành phố Hà Nội"))
    report = sides.receive(ward_side, sides.export(second))
    assert "is the name of another enrolled team" in _reasons(report)["teams"]
    with ward_side.db.reading() as s:
        names = sorted(s.scalars(select(Team.name)))
    assert names == ["Tổ hòa giải Thôn A", "Tổ hòa giải Thôn B"]
    assert first.team_id != second.team_id


def test_a_new_team_named_like_another_is_kept_under_its_enrolled_name(stage, tmp_path,
                                                                        migrated_template):
    ward_side = stage["ward"]
    third = sides.make_team(migrated_template, tmp_path, "Thôn C")
    try:
        sides.connect(third, ward_side)
        with third.tx() as s:
            teams.update_team(s, third.team_id, teams.TeamInput(
                name="Tổ hòa giải Thôn A", village="Thôn C", commune="Phường Nghĩa Đô",
                province="Thành phố Hà Nội"))
        report = sides.receive(ward_side, sides.export(third))
        assert report.applied and report.rejected == 0
        with ward_side.db.reading() as s:
            assert s.get(Team, third.team_id).name == "Tổ hòa giải Thôn C"
    finally:
        third.db.dispose()


def test_enrolling_a_second_team_under_a_taken_name_is_refused(stage, tmp_path,
                                                               migrated_template):
    ward_side = stage["ward"]
    fourth = sides.make_team(migrated_template, tmp_path, "Thôn D")
    try:
        with fourth.tx() as s:
            teams.update_team(s, fourth.team_id, teams.TeamInput(
                name="tổ hòa giải  thôn a", village="Thôn D", commune="Phường Nghĩa Đô",
                province="Thành phố Hà Nội"))
            enrolment = team_import.enrolment_file(s)
        with pytest.raises(WorkflowError) as refused, ward_side.tx() as s:
            ward.enrol(s, enrolment)
        assert refused.value.message_id == ward.ENROLMENT_NAME_TAKEN
    finally:
        fourth.db.dispose()


def test_a_tombstone_for_another_teams_case_is_refused(stage):
    import uuid

    from desktop.core.db.models import Case

    ward_side, second, victim = stage["ward"], stage["second"], stage["victim"]
    with second.tx() as s:
        build_case(s, second.team_id, title="Tranh chấp tiếng ồn")
    package = sides.export(second)
    ward_pair = _pair(ward_side)
    opened = envelope.open_package(package.read_bytes(), ward_pair.key_id, ward_pair.receiving)
    body = json.loads(opened.members["records.json"])
    body["tombstones"].append({"entity": "cases", "id": victim, "version": 99})
    members = {**opened.members, "records.json": canonical_json(body)}
    manifest = {k: v for k, v in opened.manifest.items() if k != "members"}
    data = envelope.seal(manifest, members, _pair(second).signing,
                         envelope.Recipient(ward_pair.key_id, ward_pair.box_public))
    report = _receive(ward_side, data)
    assert _reasons(report)["cases"] == "the ward holds this record for another team"
    with ward_side.db.reading() as s:
        assert s.get(Case, uuid.UUID(victim)) is not None
