"""A demo ward book (three teams, written through the services) built once per test run;
each test gets its own copy."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.demo.ward import create_ward_demo_book
from desktop.core.services.workspace import book as workspace


@pytest.fixture(scope="session")
def ward_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ward") / "ward.sqlite"
    create_ward_demo_book(path, encrypt=False)
    return path


@pytest.fixture
def ward_book(tmp_path: Path, ward_template: Path) -> Iterator[workspace.OpenedBook]:
    path = tmp_path / "ward.sqlite"
    shutil.copyfile(ward_template, path)
    opened = workspace.open_book(path)
    yield opened
    opened.database.dispose()
