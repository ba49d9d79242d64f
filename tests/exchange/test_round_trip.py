"""Round trips between team books and a ward book, through package files."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core.db.models import Case
from desktop.core.exchange import service
from desktop.core.services.cases import records as cases
from tests.core.helpers import build_case, case_input, close_successfully, open_case
from tests.exchange import sides

WITHHELD_ALWAYS = frozenset({"persons.citizen_id", "persons.phone"})


def test_a_team_package_reaches_the_ward_and_both_sides_agree(team, ward_side):
    with team.tx() as s:
        parts = build_case(s, team.team_id)
        close_successfully(s, parts.case_id)
    path = sides.export(team)
    dry = sides.receive(ward_side, path, dry_run=True)
    assert dry.new > 10 and not dry.applied
    assert sides.team_records(ward_side, team.team_id) == {}
    report = sides.receive(ward_side, path)
    assert report.applied and report.new == dry.new and report.rejected == 0
    assert sides.team_records(ward_side, team.team_id, WITHHELD_ALWAYS) == sides.team_records(
        team, team.team_id, WITHHELD_ALWAYS)


def test_case_export_state_goes_from_not_sent_to_acknowledged(team, ward_side):
    with team.tx() as s:
        case_id = open_case(s, team.team_id)
    with team.db.reading() as s:
        assert [c.sent_sequence for c in service.case_states(s)] == [None]
    sides.receive(ward_side, sides.export(team))
    with team.db.reading() as s:
        state = service.case_states(s)[0]
    assert (state.sent_sequence, state.acknowledged_on) == (1, None)
    assert "1" in state.label
    report = sides.back(ward_side, team)
    assert report.acknowledged_cases == 1
    with team.db.reading() as s:
        state = service.case_states(s)[0]
    assert state.acknowledged_on is not None
    assert f"{state.acknowledged_on:%d/%m/%Y}" in state.label
    with team.tx() as s:
        cases.update_case(s, case_id, case_input("Tranh chấp ranh giới đất"))
    with team.db.reading() as s:
        assert service.case_states(s)[0].changed_since


def test_second_package_carries_only_what_changed(team, ward_side):
    with team.tx() as s:
        case_id = open_case(s, team.team_id)
    first = sides.receive(ward_side, sides.export(team))
    with team.tx() as s:
        cases.update_case(s, case_id, case_input("Tranh chấp ranh giới đất"))
    second = sides.receive(ward_side, sides.export(team))
    assert first.new >= 5 and second.updated == 1 and second.new == 0
    with ward_side.db.reading() as s:
        assert s.get(Case, case_id).title == "Tranh chấp ranh giới đất"
    assert second.gaps == []


def test_three_teams_interleaved(three_teams, ward_side):
    for round_number in range(3):
        for index, team in enumerate(three_teams):
            with team.tx() as s:
                open_case(s, team.team_id, f"Việc {round_number}-{index}")
            if (round_number + index) % 2 == 0:
                sides.receive(ward_side, sides.export(team))
    for team in three_teams:
        sides.receive(ward_side, sides.export(team))
        assert sides.team_records(ward_side, team.team_id, WITHHELD_ALWAYS) == \
            sides.team_records(team, team.team_id, WITHHELD_ALWAYS)
    with ward_side.db.reading() as s:
        assert len(s.scalars(select(Case)).all()) == 9


def test_attachments_travel_with_their_bytes(team, ward_side):
    from desktop.core.services.cases import attachments
    from tests.hostile.corpus import PDF

    with team.tx() as s:
        case_id = open_case(s, team.team_id)
        attachment_id = attachments.attach(s, case_id, "bien-ban.pdf", PDF).id
    report = sides.receive(ward_side, sides.export(team))
    assert report.attachments == 1
    with ward_side.db.reading() as s:
        _row, data = attachments.attachment_bytes(s, attachment_id)
    assert data == PDF
