"""Encrypted books for the security tests: made with create_book, a leader account, a team."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.core.domain.roles import Role
from desktop.core.services.workspace import accounts, teams
from desktop.core.services.workspace import book as workspace
from tests.conftest import SAMPLE_MEDIATORS, SAMPLE_TEAM

LEADER = workspace.Credentials("totruong", "mat-khau-to-truong")


@dataclass
class Encrypted:
    path: Path
    recovery_key: str
    team_id: uuid.UUID


@pytest.fixture
def encrypted(tmp_path: Path) -> Iterator[Encrypted]:
    path = tmp_path / "so-hoa-giai.sqlite"
    book, recovery_key = workspace.create_book(
        path, accounts.AccountInput(LEADER.username, "Trần Thị Thu Hà", Role.TEAM_LEADER),
        LEADER.password)
    try:
        assert book.actor is not None
        with book.database.transaction(book.actor) as session:
            team_id = teams.set_up_team(session, SAMPLE_TEAM, SAMPLE_MEDIATORS)
            accounts.link_to_team(session, team_id)
    finally:
        book.database.dispose()
    yield Encrypted(path, recovery_key, team_id)


def login(path: Path, credentials: workspace.Credentials = LEADER) -> workspace.OpenedBook:
    return workspace.login(path, credentials)
