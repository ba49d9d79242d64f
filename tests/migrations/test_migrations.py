"""Alembic migrations: they build exactly the models' schema, upgrade old books without losing
data (after a backup copy), refuse books from a newer program, and run down and up again."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, select, text

from desktop.core.db import migrate
from desktop.core.db.engine import Database, make_engine, sqlite_url
from desktop.core.db.journal import GENESIS_HASH, first_broken_link
from desktop.core.db.models import Base, Case, JournalHead
from desktop.core.domain.enums import Grounds, ParticipantRole, Sex
from desktop.core.errors import HoagiaiError
from desktop.core.services.cases import participants
from desktop.core.services.cases import records as cases
from desktop.core.services.cases.listing import CaseFilter, case_ids, case_rows
from desktop.core.services.people import persons as people
from desktop.core.services.workspace import book as workspace
from desktop.core.services.workspace import reference, teams
from tests.actors import leader
from tests.conftest import SAMPLE_MEDIATORS, SAMPLE_TEAM

FTS_TABLES = {"case_search", "case_search_data", "case_search_idx", "case_search_docsize",
              "case_search_config", "case_search_content",
              "search_fts", "search_fts_data", "search_fts_idx", "search_fts_docsize",
              "search_fts_config"}
TRIGGERS = {"change_journal_no_update", "change_journal_no_delete", "case_search_text_ai",
            "case_search_text_ad", "case_search_text_au", "search_entries_ai",
            "search_entries_ad", "search_entries_au"}


def _touches_fts(difference: object) -> bool:
    if isinstance(difference, list):
        return all(_touches_fts(item) for item in difference)
    assert isinstance(difference, tuple)
    for part in difference[1:]:
        name = getattr(part, "name", None) if not isinstance(part, str) else part
        table = getattr(part, "table", None)
        if name in FTS_TABLES or getattr(table, "name", None) in FTS_TABLES:
            return True
    return False


def schema_differences(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return [d for d in compare_metadata(context, Base.metadata) if not _touches_fts(d)]


def table_names(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names())


def trigger_names(connection: Connection) -> set[str]:
    rows = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    return {name for (name,) in rows}


def rows_of(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


@pytest.fixture
def fresh_path(tmp_path: Path) -> Path:
    return tmp_path / "so-hoa-giai.sqlite"


# --- from nothing to head ----------------------------------------------------------------------

def test_upgrade_from_an_empty_file_builds_the_models_schema(fresh_path):
    engine = make_engine(sqlite_url(fresh_path))
    try:
        report = migrate.upgrade(engine, fresh_path)
        assert report == migrate.UpgradeReport(None, migrate.head_revision(), None)
        with engine.connect() as connection:
            assert table_names(connection) - FTS_TABLES == set(Base.metadata.tables) | {
                "alembic_version"}
            assert FTS_TABLES - {"case_search_content"} <= table_names(connection)
            for name, table in Base.metadata.tables.items():
                columns = {c["name"] for c in inspect(connection).get_columns(name)}
                assert columns == set(table.columns.keys()), name
            assert schema_differences(connection) == []
            assert trigger_names(connection) == TRIGGERS
            assert migrate.current_revision(connection) == migrate.head_revision()
            head = connection.execute(select(JournalHead.id, JournalHead.last_seq,
                                             JournalHead.last_hash)).all()
            assert head == [(1, 0, GENESIS_HASH)]
        assert migrate.upgrade(engine, fresh_path) is None  # already current: nothing to do
    finally:
        engine.dispose()
    assert list(fresh_path.parent.glob("*.before-*")) == []  # nothing to back up


def test_the_test_template_is_at_head_and_matches_the_models(migrated_template):
    engine = make_engine(sqlite_url(migrated_template))
    try:
        with engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
            assert schema_differences(connection) == []
    finally:
        engine.dispose()


# --- an old book with data ---------------------------------------------------------------------

ACTOR = leader("tester", "may-cu")


def make_book_at_0001(path: Path) -> dict[str, uuid.UUID]:
    """A database of the first released schema holding a case, its parties and their journal.

    Today's services write the rows into a book at the head revision, which the migrations then
    take down to 0001: the services' models cannot write into the 0001 tables themselves once a
    later migration adds a column to a table they touch (case_participants, 0019)."""
    engine = make_engine(sqlite_url(path))
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "head")
    database = Database(engine, path)
    try:
        with database.transaction(ACTOR) as s:
            reference.sync_categories(s)
            team_id = teams.set_up_team(s, SAMPLE_TEAM, SAMPLE_MEDIATORS)
        with database.transaction(ACTOR) as s:
            case_id = cases.open_case(s, team_id, cases.CaseInput(
                "Tranh chấp lối đi chung", date(2026, 3, 2), Grounds.PARTY_REQUEST,
                "shared_path_utilities"), today=date(2026, 3, 10))
        with database.transaction(ACTOR) as s:
            for name in ("Nguyễn Văn An", "Đặng Thị Bình"):
                person = people.create_person(s, team_id, people.PersonInput(name, Sex.MALE))
                participants.add_participant(s, case_id, person, ParticipantRole.PARTY)
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "0001")
        with engine.connect() as connection:
            assert migrate.current_revision(connection) == "0001"
            assert "case_search" not in table_names(connection)
    finally:
        database.dispose()
    return {"team": team_id, "case": case_id}


SNAPSHOT_SQL = {
    "cases": "SELECT id, year, seq, title, version FROM cases ORDER BY id",
    "persons": "SELECT id, full_name FROM persons ORDER BY id",
    "participants": "SELECT id, case_id, person_id, role FROM case_participants ORDER BY id",
    "mediators": "SELECT id, full_name FROM mediators ORDER BY id",
    "journal": "SELECT seq, hash FROM change_journal ORDER BY seq",
    "search": "SELECT case_id, folded FROM case_search_text ORDER BY case_id",
    "settings": "SELECT key, value FROM app_settings ORDER BY key",
}


def snapshot(path: Path) -> dict[str, list[tuple]]:
    return {name: rows_of(path, sql) for name, sql in SNAPSHOT_SQL.items()}


@pytest.fixture(scope="module")
def book_at_0001(tmp_path_factory) -> tuple[Path, dict[str, uuid.UUID]]:
    path = tmp_path_factory.mktemp("released-0001") / "so-hoa-giai.sqlite"
    return path, make_book_at_0001(path)


@pytest.fixture
def old_book(book_at_0001, fresh_path) -> tuple[Path, dict[str, uuid.UUID],
                                                dict[str, list[tuple]]]:
    """A private copy of a book last saved by the 0001 program, and what it held."""
    shutil.copyfile(book_at_0001[0], fresh_path)
    return fresh_path, book_at_0001[1], snapshot(fresh_path)


def test_upgrading_an_old_book_keeps_its_data(old_book):
    path, ids, before = old_book
    assert len(before["cases"]) == 1 and len(before["persons"]) == 2 and before["search"]
    book = workspace.open_book(path)
    try:
        assert book.upgrade is not None
        assert (book.upgrade.from_revision, book.upgrade.to_revision) == (
            "0001", migrate.head_revision())
        with book.database.reading() as s:
            assert s.get(Case, ids["case"]).number == "01/2026"
            assert first_broken_link(s) is None
            assert schema_differences(s.connection()) == []
    finally:
        book.database.dispose()
    after = snapshot(path)
    assert set(after.pop("settings")) >= set(before.pop("settings"))  # a device id may be added
    assert after == before


def test_upgrading_writes_a_backup_copy_first(old_book):
    path, _ids, before = old_book
    book = workspace.open_book(path)
    book.database.dispose()
    backup = book.upgrade.backup
    assert backup is not None and backup.exists()
    assert backup.parent == path.parent
    assert backup != path
    assert "0001" in backup.name
    assert rows_of(backup, "PRAGMA integrity_check") == [("ok",)]
    assert rows_of(backup, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert snapshot(backup) == before
    assert "case_search" not in {n for (n,) in rows_of(
        backup, "SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_cases_from_before_the_search_index_are_searchable(old_book):
    path, ids, _before = old_book
    book = workspace.open_book(path)
    try:
        with book.database.reading() as s:
            for query in ("dang", "Đặng", "nguyen an", "loi di", "01/2026"):
                assert case_ids(s, CaseFilter(text=query)) == [ids["case"]], query
            assert case_ids(s, CaseFilter(text="khong co")) == []
            rows = case_rows(s, [ids["case"]])
            assert rows[0].parties == "Nguyễn Văn An, Đặng Thị Bình"
            s.execute(text("INSERT INTO case_search(case_search) VALUES ('integrity-check')"))
    finally:
        book.database.dispose()


def test_an_upgraded_book_keeps_working(old_book):
    path, ids, _before = old_book
    book = workspace.open_book(path)
    try:
        actor = workspace.actor_for(book, "tester")
        with book.database.transaction(actor) as s:
            new_case = cases.open_case(s, ids["team"], cases.CaseInput(
                "Mâu thuẫn tiếng ồn", date(2026, 4, 1), Grounds.PARTY_REQUEST,
                "neighbour_nuisance"), today=date(2026, 4, 2))
        with book.database.reading() as s:
            assert s.get(Case, new_case).number == "02/2026"
            assert case_ids(s, CaseFilter(text="tieng on")) == [new_case]
            assert first_broken_link(s) is None
    finally:
        book.database.dispose()
    reopened = workspace.open_book(path)
    reopened.database.dispose()
    assert reopened.upgrade is None  # upgraded once, for good


# --- a book from a newer program ---------------------------------------------------------------

def test_a_book_from_a_newer_version_is_refused_untouched(fresh_path):
    workspace.open_book(fresh_path).database.dispose()
    connection = sqlite3.connect(fresh_path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    connection.close()
    before = fresh_path.read_bytes()
    files_before = sorted(p.name for p in fresh_path.parent.iterdir())
    with pytest.raises(HoagiaiError) as caught:
        workspace.open_book(fresh_path)
    assert type(caught.value) is HoagiaiError
    assert "newer version" in caught.value.message_id
    assert caught.value.message.strip()
    assert fresh_path.read_bytes() == before
    assert rows_of(fresh_path, "SELECT version_num FROM alembic_version") == [
        ("0099_from_the_future",)]
    backups = [p for p in fresh_path.parent.iterdir() if ".before-" in p.name]
    assert backups == []
    assert set(files_before) <= {p.name for p in fresh_path.parent.iterdir()}


def test_a_foreign_sqlite_file_is_refused_and_left_alone(fresh_path):
    connection = sqlite3.connect(fresh_path)
    with connection:
        connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        connection.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    connection.close()
    with pytest.raises(HoagiaiError):
        workspace.open_book(fresh_path).database.dispose()
    tables = rows_of(fresh_path, "SELECT name FROM sqlite_master WHERE type = 'table'")
    assert tables == [("moz_places",)]
    assert rows_of(fresh_path, "SELECT url FROM moz_places") == [("https://example.org",)]


def open_descriptors(path: Path) -> list[str]:
    """Files of this process that are ``path`` or its -wal/-shm companions (Linux /proc)."""
    found = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = str(fd.readlink())
        except OSError:
            continue
        if target.startswith(str(path)):
            found.append(target)
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs Linux /proc")
def test_a_refused_book_is_not_left_open(fresh_path):
    workspace.open_book(fresh_path).database.dispose()
    connection = sqlite3.connect(fresh_path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    connection.close()
    with pytest.raises(HoagiaiError) as caught:
        workspace.open_book(fresh_path)
    assert caught.value is not None  # the error (and its traceback) is still alive here
    assert open_descriptors(fresh_path) == []


# --- down and up again -------------------------------------------------------------------------

def test_downgrade_to_base_and_upgrade_again(fresh_path):
    workspace.open_book(fresh_path).database.dispose()
    engine = make_engine(sqlite_url(fresh_path))
    try:
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "0001")
        with engine.connect() as connection:
            assert migrate.current_revision(connection) == "0001"
            assert not FTS_TABLES & table_names(connection)
            assert trigger_names(connection) == {"change_journal_no_update",
                                                 "change_journal_no_delete"}
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "base")
        with engine.connect() as connection:
            assert migrate.current_revision(connection) is None
            assert table_names(connection) <= {"alembic_version"}
            assert trigger_names(connection) == set()
        assert migrate.upgrade(engine, fresh_path) is not None
        with engine.connect() as connection:
            assert schema_differences(connection) == []
            assert trigger_names(connection) == TRIGGERS
            assert connection.execute(select(JournalHead.last_seq)).all() == [(0,)]
    finally:
        engine.dispose()
    book = workspace.open_book(fresh_path)
    try:
        actor = workspace.actor_for(book, "tester")
        with book.database.transaction(actor) as s:
            team_id = teams.set_up_team(s, SAMPLE_TEAM, SAMPLE_MEDIATORS)
            cases.open_case(s, team_id, cases.CaseInput(
                "Đòi nợ", date(2026, 3, 2), Grounds.PARTY_REQUEST, "debts_contracts"),
                today=date(2026, 3, 10))
        with book.database.reading() as s:
            assert len(case_ids(s, CaseFilter(text="doi no"))) == 1
            assert first_broken_link(s) is None
    finally:
        book.database.dispose()


def test_every_revision_can_be_reached_from_base_one_step_at_a_time(fresh_path):
    engine = make_engine(sqlite_url(fresh_path))
    try:
        scripts = ScriptDirectory.from_config(migrate.alembic_config())
        revisions = [s.revision for s in reversed(list(scripts.walk_revisions()))]
        assert revisions[0] == "0001" and revisions[-1] == migrate.head_revision()
        for revision in revisions:
            with engine.begin() as connection:
                command.upgrade(migrate.alembic_config(connection), revision)
            with engine.connect() as connection:
                assert migrate.current_revision(connection) == revision
    finally:
        engine.dispose()
