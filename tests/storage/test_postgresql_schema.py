"""The same migrations on PostgreSQL: from an empty database to head, down to base and up again,
one revision at a time; the database's own refusal to rewrite the journal; the Vietnamese
collation and folding it offers."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, func, inspect, select, text
from sqlalchemy.exc import DBAPIError

from desktop.core.db import migrate
from desktop.core.db.engine import make_engine
from desktop.core.db.journal import GENESIS_HASH
from desktop.core.db.models import AppSetting, Base, JournalHead, MatterCategory
from desktop.core.domain.text import fold
from desktop.core.errors import HoagiaiError
from desktop.core.services.workspace import book as workspace
from desktop.core.services.workspace import reference
from tests.storage.pg_server import PostgresServer


@pytest.fixture
def empty_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A database with nothing in it, as a ward's administrator creates one."""
    name = postgres_server.create_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


@pytest.fixture
def engine(empty_url: str) -> Iterator[Engine]:
    engine = make_engine(empty_url)
    yield engine
    engine.dispose()


def schema_differences(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    # The search index's GIN expression index is made by migration 0011 in SQL (an index on
    # to_tsvector(...) that the models cannot declare portably): not a difference.
    return [difference for difference in compare_metadata(context, Base.metadata)
            if not (isinstance(difference, tuple) and difference[0] == "remove_index"
                    and difference[1].name == "ix_search_entries_words")]


def trigger_names(connection: Connection) -> set[str]:
    rows = connection.execute(text(
        "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal "
        "AND tgrelid = 'change_journal'::regclass"))
    return {name for (name,) in rows}


def table_names(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names())


def test_open_url_builds_an_empty_database_to_head_with_its_reference_data(empty_url):
    book = workspace.open_url(empty_url)
    try:
        assert book.upgrade == migrate.UpgradeReport(None, migrate.head_revision(), None)
        assert book.device
        with book.database.engine.connect() as connection:
            assert table_names(connection) == set(Base.metadata.tables) | {"alembic_version"}
            assert schema_differences(connection) == []
            assert trigger_names(connection) == {"change_journal_append_only"}
            assert migrate.current_revision(connection) == migrate.head_revision()
        with book.database.reading() as s:
            assert s.execute(select(JournalHead.id, JournalHead.last_seq,
                                    JournalHead.last_hash)).all() == [(1, 0, GENESIS_HASH)]
            categories = s.scalar(select(func.count()).select_from(MatterCategory))
            assert categories == len(reference._shipped_categories())
            assert s.get(AppSetting, "device_id") is not None
    finally:
        book.database.dispose()
    reopened = workspace.open_url(empty_url)  # already current: nothing to upgrade
    try:
        assert reopened.upgrade is None
        assert reopened.device == book.device
    finally:
        reopened.database.dispose()


def test_downgrade_to_base_and_upgrade_again(engine):
    assert migrate.upgrade(engine) is not None
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "base")
    with engine.connect() as connection:
        assert migrate.current_revision(connection) is None
        assert table_names(connection) <= {"alembic_version"}
        functions = connection.scalar(text(
            "SELECT count(*) FROM pg_proc WHERE proname = 'change_journal_append_only'"))
        assert functions == 0
    assert migrate.upgrade(engine) is not None
    with engine.connect() as connection:
        assert schema_differences(connection) == []
        assert trigger_names(connection) == {"change_journal_append_only"}


def test_every_revision_can_be_reached_from_base_one_step_at_a_time(engine):
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    revisions = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    for revision in revisions:
        with engine.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), revision)
        with engine.connect() as connection:
            assert migrate.current_revision(connection) == revision
    for revision in [*reversed(revisions[:-1]), "base"]:
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), revision)
        with engine.connect() as connection:
            assert migrate.current_revision(connection) == (
                None if revision == "base" else revision)


@pytest.mark.parametrize("statement", [
    "UPDATE change_journal SET author = 'ke-gia-mao'",
    "DELETE FROM change_journal",
])
def test_plain_sql_cannot_rewrite_the_journal_either(book, actor, team_id, statement):
    with book.database.engine.connect() as connection:
        size = connection.scalar(text("SELECT count(*) FROM change_journal"))
        assert size
        with pytest.raises(DBAPIError, match="append-only"):
            connection.execute(text(statement))
        connection.rollback()
        assert connection.scalar(text("SELECT count(*) FROM change_journal")) == size


def test_the_vietnamese_collation_is_there_in_a_c_utf8_cluster(book):
    with book.database.reading() as s:
        names = set(s.scalars(text(
            "SELECT collname FROM pg_collation WHERE collname LIKE 'vi%'")))
        assert "vi-VN-x-icu" in names
        ordered = s.scalars(text(
            "SELECT w FROM unnest(ARRAY['Đào', 'Dung', 'Ánh', 'Bình', 'An', 'Ăn', 'Zô']) w "
            'ORDER BY w COLLATE "vi-VN-x-icu"')).all()
        assert ordered == ["An", "Ánh", "Ăn", "Bình", "Dung", "Đào", "Zô"]


NAMES = ["Đặng Thị Bình", "Nguyễn Văn An", "Trần Thị Thu Hà", "Lê Thị Ngọc Ánh",
         "Hoàng Văn Em", "Võ Văn Thành", "Phạm Văn Liên", "ĐỖ QUỐC BẢO", "Thỏa thuận hòa giải"]


def test_unaccent_folds_vietnamese_as_the_program_does(book):
    """A second opinion on ``fold``: PostgreSQL's unaccent (postgresql-contrib) agrees,
    đ included."""
    with book.database.engine.connect() as connection:
        connection.execute(text("CREATE EXTENSION IF NOT EXISTS unaccent"))
        for name in NAMES:
            folded = connection.scalar(text("SELECT lower(unaccent(:name))"), {"name": name})
            assert folded == fold(name), name


def test_two_officers_opening_a_new_database_at_once_both_get_in(empty_url):
    """The first to open it builds the schema and reference data; the other waits for that
    instead of failing halfway through the same work."""
    start = threading.Barrier(2)

    def open_it() -> workspace.OpenedBook:
        start.wait(10)
        return workspace.open_url(empty_url)

    with ThreadPoolExecutor(max_workers=2) as pool:
        books = list(pool.map(lambda _: open_it(), range(2)))
    try:
        assert sorted(b.upgrade is None for b in books) == [False, True]
        with books[1].database.reading() as s:
            categories = s.scalar(select(func.count()).select_from(MatterCategory))
            assert categories == len(reference._shipped_categories())
    finally:
        for book in books:
            book.database.dispose()


def test_a_password_in_the_url_is_not_shown_when_the_server_cannot_be_reached(
        postgres_server):
    url = postgres_server.url("postgres").replace("app@", "app:hemmelig@").replace(
        f":{postgres_server.port}/", ":1/")
    with pytest.raises(HoagiaiError) as caught:
        workspace.open_url(url)
    assert "hemmelig" not in str(caught.value)
    assert "127.0.0.1" in str(caught.value)
