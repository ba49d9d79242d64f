"""The ward office's book on a PostgreSQL server (#16): what is at an address is told apart
before anything is written; set-up goes into an empty database; a file book moves onto a
server with every record and its journal chain; pg_dump backups restore."""

from __future__ import annotations

import socket
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, make_url, select

from desktop.core.db.models import Case, JournalEntry
from desktop.core.demo.book import DEMO_ACCOUNTS, DEMO_PASSWORD, create_demo_book
from desktop.core.domain.roles import Role
from desktop.core.errors import HoagiaiError
from desktop.core.services.workspace import accounts, server, server_setup
from desktop.core.services.workspace import book as workspace

ADMIN = workspace.Credentials("quan.tri", "mat-khau-quan-tri-phuong")


@pytest.fixture
def empty_url(postgres_server):
    name = postgres_server.create_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


def _execute(url: str, statement: str) -> None:
    address = make_url(url)
    with psycopg.connect(host=address.host, port=address.port, user=address.username,
                         dbname=address.database, autocommit=True) as connection:
        connection.execute(statement)  # type: ignore[arg-type]


def _free_port() -> int:
    with socket.socket() as probe_socket:
        probe_socket.bind(("127.0.0.1", 0))
        return int(probe_socket.getsockname()[1])


def test_each_kind_of_address_is_told_apart(postgres_url, empty_url, postgres_server):
    assert server.probe(postgres_url).schema is server.Schema.CURRENT
    assert server.probe(empty_url).schema is server.Schema.EMPTY
    _execute(postgres_url, "UPDATE alembic_version SET version_num = '0010'")
    assert server.probe(postgres_url).schema is server.Schema.OLDER
    _execute(postgres_url, "UPDATE alembic_version SET version_num = '9999_future'")
    assert server.probe(postgres_url).schema is server.Schema.NEWER
    _execute(empty_url, "CREATE TABLE invoices (id integer)")
    assert server.probe(empty_url).schema is server.Schema.FOREIGN


@pytest.mark.parametrize("schema, reason", [("0010", server.OLDER_BOOK),
                                            ("9999_future", server.NEWER_BOOK)])
def test_an_older_or_newer_book_is_refused_with_its_reason_and_left_alone(
        postgres_url, schema, reason):
    _execute(postgres_url, f"UPDATE alembic_version SET version_num = '{schema}'")
    with pytest.raises(HoagiaiError) as refused:
        server.require_openable(postgres_url)
    assert refused.value.message_id == reason
    assert server.probe(postgres_url).revision == schema  # not upgraded behind anyone's back


def test_a_server_that_does_not_answer_and_a_missing_database_say_so(postgres_server):
    closed = f"postgresql://officer@127.0.0.1:{_free_port()}/hoagiai"
    with pytest.raises(HoagiaiError) as unreachable:
        server.probe(closed)
    assert unreachable.value.message_id == server.UNREACHABLE
    missing = postgres_server.url("no_such_book")
    with pytest.raises(HoagiaiError) as no_database:
        server.probe(missing)
    assert no_database.value.message_id == server.NO_DATABASE
    assert "no_such_book" in str(no_database.value)


def test_addresses_never_show_their_password():
    url = server.server_url("postgresql://can.bo:bi-mat@server.phuong/hoagiai?sslmode=verify-full")
    assert url.drivername == "postgresql+psycopg"
    assert "bi-mat" not in server.shown(url) and "sslmode=verify-full" in server.shown(url)
    assert server.is_server_address("postgres://x@y/z") and not server.is_server_address("/a/b")


def test_init_sets_up_a_ward_book_with_its_administrator(empty_url):
    admin = accounts.AccountInput(ADMIN.username, "Trần Văn Quản", Role.WARD_ADMIN)
    fingerprint = server_setup.init_server(empty_url, admin, ADMIN.password, "Phường Nghĩa Đô")
    assert fingerprint
    book = workspace.login_url(empty_url, ADMIN)
    try:
        assert book.actor is not None and book.actor.role is Role.WARD_ADMIN
    finally:
        book.database.dispose()
    with pytest.raises(HoagiaiError) as refused:  # never over a book
        server_setup.init_server(empty_url, admin, ADMIN.password, "Phường khác")
    assert refused.value.message_id == server.NOT_EMPTY


@pytest.fixture(scope="module")
def team_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("team") / "to-hoa-giai.sqlite"
    create_demo_book(path)
    return path


def test_a_file_book_moves_to_a_server_with_its_journal_chain(team_file, empty_url):
    login = workspace.Credentials(DEMO_ACCOUNTS[0][0], DEMO_PASSWORD)
    key = workspace.unlock(team_file, login)
    source = workspace.login(team_file, login)
    try:
        with source.database.reading(source.actor) as session:
            cases = session.scalar(select(func.count()).select_from(Case))
            entries = session.scalar(select(func.count()).select_from(JournalEntry))
    finally:
        source.database.dispose()
    copied = server_setup.copy_book(team_file, key, empty_url, login)
    assert copied.journal_entries >= entries  # the file's own opening may add a login
    book = workspace.login_url(empty_url, login)  # the leader logs in on the server
    try:
        with book.database.reading(book.actor) as session:
            assert session.scalar(select(func.count()).select_from(Case)) == cases
            from desktop.core.db.journal import first_broken_link

            assert first_broken_link(session) is None
    finally:
        book.database.dispose()


def test_a_pg_dump_backup_restores_into_a_new_database(postgres_url, empty_url, tmp_path):
    _execute(postgres_url, "CREATE TABLE IF NOT EXISTS _marker (id integer)")  # harmless extra
    target = server.dump(postgres_url, tmp_path / "sao-luu-phuong.dump")
    assert target.stat().st_mode & 0o077 == 0  # readable by its owner only
    server.restore_dump(target, empty_url)
    assert server.probe(empty_url).schema is server.Schema.CURRENT
    with pytest.raises(HoagiaiError) as refused:  # never over a live book
        server.restore_dump(target, postgres_url)
    assert refused.value.message_id == server.NOT_EMPTY
    stray = tmp_path / "ghi-chu.dump"
    stray.write_bytes(b"not an archive")
    with pytest.raises(HoagiaiError) as not_a_dump:
        server.check_dump(stray)
    assert not_a_dump.value.message_id == server.NOT_A_DUMP
