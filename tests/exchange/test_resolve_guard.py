"""Two ward officers resolving the same import conflict (#16), each with their own session on
the ward's book (a file, and the test run's PostgreSQL server): the second is told it was
already resolved, by whom, when and how, and nothing is applied twice."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from desktop.core.db.engine import Actor
from desktop.core.db.models import Case, JournalEntry
from desktop.core.domain.roles import Role
from desktop.core.errors import ConcurrentEditError
from desktop.core.exchange import ward
from desktop.core.services.cases import records as cases
from desktop.core.services.workspace import book as workspace
from tests.core.helpers import case_input, open_case
from tests.exchange import sides

MINH = Actor("canbo.minh", "may-tinh-3", role=Role.WARD_OFFICER)


@pytest.fixture(params=["sqlite", "postgresql"])
def ward_side(request, migrated_template, tmp_path) -> Iterator[sides.Side]:
    if request.param == "postgresql":
        side = sides.ward_url_side(request.getfixturevalue("postgres_url"), tmp_path / "ward")
    else:
        side = sides.make_ward(migrated_template, tmp_path)
    yield side
    side.db.dispose()


def a_conflict(ward_side: sides.Side, team: sides.Side) -> tuple[int, object]:
    """A case title changed by the ward and by the team from the same base: one review item."""
    with team.tx() as s:
        case_id = open_case(s, team.team_id, "Ban đầu")
    sides.receive(ward_side, sides.export(team))
    with ward_side.tx(reason="Sửa") as s:
        s.get(Case, case_id).title = "Xã sửa"
    with team.tx() as s:
        cases.update_case(s, case_id, dataclasses.replace(case_input("Tổ sửa")))
    sides.receive(ward_side, sides.export(team))
    with ward_side.db.reading() as s:
        [item] = ward.list_review(s)
    return item.number, case_id


def second_connection(ward_side: sides.Side) -> workspace.OpenedBook:
    url = ward_side.db.engine.url
    if url.get_backend_name() == "sqlite":
        assert ward_side.db.path is not None
        return workspace.open_book(ward_side.db.path)
    return workspace.open_url(url.render_as_string(hide_password=False))


def test_the_second_resolution_is_told_who_resolved_it_and_how(ward_side, migrated_template,
                                                              tmp_path):
    team = sides.make_team(migrated_template, tmp_path, "Thôn Bắc")
    sides.connect(team, ward_side)
    number, case_id = a_conflict(ward_side, team)
    other = second_connection(ward_side)
    try:
        with ward_side.tx(reason="Theo tổ") as s:  # the first officer keeps the team's value
            ward.resolve(s, number, "team", "Tổ đã xác minh với các bên")
        with pytest.raises(ConcurrentEditError) as refused, \
                other.database.transaction(MINH, reason="Theo xã") as s:
            ward.resolve(s, number, "ward", "Xã đã xác minh")
    finally:
        other.database.dispose()
        team.db.dispose()
    text = refused.value.message
    assert f"Chênh lệch số {number} đã được tuphap xử lý" in text  # by whom
    assert "giá trị của tổ (Tổ sửa)" in text  # how: which side, which value
    assert "Tổ đã xác minh với các bên" in text  # and why
    with ward_side.db.reading() as s:
        assert s.get(Case, case_id).title == "Tổ sửa"  # the first resolution stands
        (item,) = ward.list_review(s, include_resolved=True)
        assert (item.chosen, item.reason) == ("team", "Tổ đã xác minh với các bên")
        events = s.scalar(select(func.count()).select_from(JournalEntry).where(
            JournalEntry.op == "conflict_resolved"))
    assert events == 1
