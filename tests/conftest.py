"""Shared fixtures: Qt offscreen, a fresh case book per test built through the real migrations.

``book`` is a SQLite file by default. Tests marked ``both_backends`` run twice, once more on a
throwaway PostgreSQL server started by this test run (``postgres_server``); tests under
``tests/storage/`` run on PostgreSQL only.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt application exists

import pytest

from desktop.core.db.engine import Actor
from desktop.core.domain.enums import MediatorRole, Sex
from desktop.core.domain.roles import Role
from desktop.core.i18n import set_language
from desktop.core.security import kdf, login_record
from desktop.core.services.workspace import book as workspace
from desktop.core.services.workspace import teams
from tests.storage.pg_server import PostgresServer, server_binaries

BACKENDS = ("sqlite", "postgresql")
# The TLS-only server with a real certificate (tls_ward), for tests/storage and tests/gui.
pytest_plugins = ("tests.storage.tls_server",)

# Password slots and verifiers made by tests derive their keys cheaply (the one test-only
# switch; real books keep the slow Argon2id parameters stored with each slot).
kdf.use_cheap_parameters_for_tests()
# Failed logins are also counted in the user's state folder: the tests' own, never the user's.
login_record.FOLDER_FOR_TESTS = Path(tempfile.mkdtemp(prefix="hoagiai-test-logins-"))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "both_backends: run the test's book on SQLite and on PostgreSQL")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.definition.get_closest_marker("both_backends") and (
            "backend" in metafunc.fixturenames):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server for this test run. Without its binaries the tests that need it are
    skipped on a developer's machine, but fail in CI, where a missing install must be seen."""
    binaries = server_binaries()
    if binaries is None:
        reason = ("PostgreSQL server binaries not found (initdb, pg_ctl): install them with "
                  "'python3 installer/bootstrap.py test' or apt-get install postgresql")
        if _in_ci():
            pytest.fail(reason)
        pytest.skip(reason)
    folder = Path(tempfile.mkdtemp(prefix="hoagiai-pg-"))
    server = PostgresServer(binaries, folder)
    try:
        server.start()
        yield server
    finally:
        if server.port:
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_template(postgres_server: PostgresServer) -> str:
    """One PostgreSQL database upgraded through every Alembic revision; tests get clones."""
    name = postgres_server.create_database()
    workspace.open_url(postgres_server.url(name)).database.dispose()
    return name


@pytest.fixture
def postgres_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database (a clone of the template: about 50 ms)."""
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = server.create_database(request.getfixturevalue("postgres_template"))
    yield server.url(name)
    server.drop_database(name)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")  # type: ignore[no-any-return]

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


def open_test_book(request: pytest.FixtureRequest, backend: str) -> workspace.OpenedBook:
    """A connection of its own to the test's book (the same file or database each call)."""
    if backend == "postgresql":
        return workspace.open_url(request.getfixturevalue("postgres_url"))
    return workspace.open_book(request.getfixturevalue("book_path"))


@pytest.fixture
def book(request: pytest.FixtureRequest, backend: str) -> Iterator[workspace.OpenedBook]:
    opened = open_test_book(request, backend)
    yield opened
    opened.database.dispose()


@pytest.fixture
def actor(book: workspace.OpenedBook) -> Actor:
    """A team leader's actor: every test acts as a logged-in leader unless it asks for
    another role (tests/security builds accounts of every role)."""
    return Actor("tester", book.device, role=Role.TEAM_LEADER)


TESTER = workspace.Credentials("tester", "tester-password")


@pytest.fixture(autouse=True)
def cli_login(monkeypatch: pytest.MonkeyPatch) -> workspace.Credentials:
    """Every command-line call in a test logs in as ``TESTER`` (through the variables that
    scripts use); a test may set other credentials."""
    monkeypatch.setenv("HOAGIAI_USER", TESTER.username)
    monkeypatch.setenv("HOAGIAI_PASSWORD", TESTER.password)
    return TESTER


def encrypt_for_cli(book: workspace.OpenedBook | None, path: Path) -> bytes:
    """Encrypt the plain test book at ``path`` (after closing ``book``) with ``TESTER`` as its
    team leader, so the command line, which logs in, opens it; the book's key (for raw
    connections: ``desktop.core.db.engine.connect_file(path, key)``)."""
    from desktop.core.domain.roles import Role
    from desktop.core.services.workspace import accounts, encryption

    if book is not None:
        book.database.dispose()
    encryption.encrypt_book(path, accounts.AccountInput(
        TESTER.username, "Người kiểm thử", Role.TEAM_LEADER), TESTER.password)
    return workspace.unlock(path, TESTER)


DEMO = workspace.Credentials("totruong", "hoagiai-demo")  # a demo book's leader (README)


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo book, made once for a test module (its tests may print from it)."""
    from desktop.core.demo.book import create_demo_book

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    create_demo_book(path)
    return path


@pytest.fixture
def demo_login(monkeypatch: pytest.MonkeyPatch, cli_login: workspace.Credentials
               ) -> workspace.Credentials:
    """Command-line calls log in as the demo book's team leader."""
    monkeypatch.setenv("HOAGIAI_USER", DEMO.username)
    monkeypatch.setenv("HOAGIAI_PASSWORD", DEMO.password)
    return DEMO


def raw_connect(path: Path) -> Any:
    """A DB-API connection to a book file, plain or encrypted (keyed after unlocking it as
    ``TESTER`` or as the demo leader): for tests that read or forge rows directly."""
    import sqlite3

    from desktop.core.db.engine import connect_file
    from desktop.core.security import keyfile

    if not keyfile.path_for(path).exists():
        return sqlite3.connect(path)
    keys = keyfile.KeyFile.load(keyfile.path_for(path))
    for credentials in (TESTER, DEMO):
        key = keys.unwrap(credentials.username, credentials.password)
        if key is not None:
            return connect_file(path, key)
    raise AssertionError(f"{path}: neither the tester nor the demo leader can open it")


@pytest.fixture
def english() -> None:
    """For tests that read messages by their English wording."""
    set_language("en")


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
