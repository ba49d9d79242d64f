"""Fixtures of the exchange tests: three teams and a ward office, connected."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.exchange import sides


@pytest.fixture
def ward_side(migrated_template: Path, tmp_path: Path) -> Iterator[sides.Side]:
    side = sides.make_ward(migrated_template, tmp_path)
    yield side
    side.db.dispose()


@pytest.fixture
def three_teams(migrated_template: Path, tmp_path: Path,
                ward_side: sides.Side) -> Iterator[list[sides.Side]]:
    found = [sides.make_team(migrated_template, tmp_path, village)
             for village in ("Thôn Đông", "Thôn Tây", "Tổ dân phố 7")]
    for team in found:
        sides.connect(team, ward_side)
    yield found
    for team in found:
        team.db.dispose()


@pytest.fixture
def team(three_teams: list[sides.Side]) -> sides.Side:
    return three_teams[0]
