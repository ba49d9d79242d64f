"""Shared fixtures: Qt offscreen, a fresh case book per test built through the real migrations."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt application exists

import pytest

from desktop.core.db.engine import Actor
from desktop.core.domain.enums import MediatorRole, Sex
from desktop.core.i18n import set_language
from desktop.core.services import teams, workspace


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database upgraded through every Alembic revision; tests get copies of it."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    book = workspace.open_book(path)
    book.database.dispose()
    return path


@pytest.fixture
def book_path(tmp_path: Path, migrated_template: Path) -> Path:
    path = tmp_path / "hoagiai.sqlite"
    shutil.copyfile(migrated_template, path)
    return path


@pytest.fixture
def book(book_path: Path) -> workspace.OpenedBook:
    opened = workspace.open_book(book_path)
    yield opened
    opened.database.dispose()


@pytest.fixture
def actor(book: workspace.OpenedBook) -> Actor:
    return workspace.actor_for(book, "tester")


@pytest.fixture(autouse=True)
def vietnamese() -> None:
    """Every test starts in the default language, whatever the previous one switched to."""
    set_language("vi")


SAMPLE_TEAM = teams.TeamInput(
    name="Tổ hòa giải tổ dân phố số 7", village="Tổ dân phố số 7",
    commune="Phường Nghĩa Đô", province="Thành phố Hà Nội",
    address="Nhà văn hóa tổ dân phố số 7, ngõ 12 đường Hoàng Quốc Việt")

SAMPLE_MEDIATORS = [
    teams.MediatorInput("Trần Thị Thu Hà", Sex.FEMALE, MediatorRole.LEADER, 1962),
    teams.MediatorInput("Nguyễn Văn Đức", Sex.MALE, MediatorRole.MEMBER, 1958),
    teams.MediatorInput("Lê Thị Ngọc Ánh", Sex.FEMALE, MediatorRole.MEMBER, 1975),
    teams.MediatorInput("Đặng Quốc Bảo", Sex.MALE, MediatorRole.MEMBER, 1969),
]


@pytest.fixture
def team_id(book: workspace.OpenedBook, actor: Actor) -> uuid.UUID:
    with book.database.transaction(actor) as session:
        return teams.set_up_team(session, SAMPLE_TEAM, SAMPLE_MEDIATORS)
