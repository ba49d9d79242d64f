"""A server book made before server accounts had signing keys (schema 0019), upgraded through
0020: its accounts have no key yet, and ``audit verify --db URL`` says so honestly ("no signing
key yet: it gets one at its next login"), not as forgery; each account does get its key at its
next login, once; after that a forgery is caught as on a new book. On the test run's throwaway
PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, select, text

from desktop.core.db import migrate
from desktop.core.db.engine import Actor
from desktop.core.db.journal import record_event
from desktop.core.db.models_accounts import Account, AccountSecret
from desktop.core.domain.roles import Role
from desktop.core.policy import system_actors
from desktop.core.security import authorship
from desktop.core.services.workspace import accounts, grants, server_setup
from desktop.core.services.workspace import book as workspace
from tests.security.test_server_account_forgery import ADMIN, OFFICER, audit


def _as_an_older_program_wrote_it(url: str) -> None:
    """Two accounts with password verifiers only, and entries in their names, unsigned (no
    grant, no key: what the program wrote on a server before 0020)."""
    book = workspace.open_url(url)
    try:
        with book.database.transaction(system_actors.FIRST_ACCOUNT) as session:
            for who, name, role in ((ADMIN, "Trần Văn Quản", Role.WARD_ADMIN),
                                    (OFFICER, "Phạm Thị Lan", Role.WARD_OFFICER)):
                accounts.create_account(session, accounts.AccountInput(who.username, name, role),
                                        who.password)
        with book.database.reading(system_actors.OPENING) as session:
            people = [(a.username, a.role, a.id) for a in session.scalars(select(Account))]
        for username, role, account_id in people:
            with book.database.transaction(Actor(username, book.device, role,
                                                 account_id)) as session:
                record_event(session, "login", "account", str(account_id), None,
                             {"username": username})
    finally:
        book.database.dispose()


@pytest.fixture
def old_server_book(postgres_server, tmp_path: Path) -> Iterator[str]:
    """The book above, taken down to 0019 (its accounts' key columns gone), then upgraded by the
    IT person (``hoagiai server upgrade``: a pg_dump first, then the migrations)."""
    name = postgres_server.create_database()
    url = postgres_server.url(name)
    _as_an_older_program_wrote_it(url)
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "0019")
        with engine.connect() as connection:
            assert migrate.current_revision(connection) == "0019"
            columns = {row[0] for row in connection.execute(text(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_name = 'account_secrets'"))}
            assert "signing_key" not in columns and "verifier" in columns
    finally:
        engine.dispose()
    report = server_setup.upgrade_server(url, tmp_path / "truoc-nang-cap.dump")
    assert report is not None and report.from_revision == "0019"
    yield url
    postgres_server.drop_database(name)


def _kept_keys(url: str) -> dict[str, str | None]:
    book = workspace.open_url(url)
    try:
        with book.database.reading(system_actors.OPENING) as session:
            return {username: public for username, public in session.execute(
                select(Account.username, AccountSecret.public_key).join(
                    AccountSecret, AccountSecret.account_id == Account.id))}
    finally:
        book.database.dispose()


def test_accounts_without_keys_are_reported_and_get_one_at_their_next_login(
        old_server_book, monkeypatch, capsys):
    assert _kept_keys(old_server_book) == {ADMIN.username: None, OFFICER.username: None}
    code, out = audit(old_server_book, monkeypatch, capsys)  # the administrator logs in
    assert code == 0, out
    assert (f"The account {OFFICER.username} has no signing key yet (made by an older "
            "version): it gets one at its next login.") in out
    assert f"The account {ADMIN.username} made its own signing key at its first login" in out
    assert "written before signing began: 2." in out and "NOT SIGNED" not in out
    kept = _kept_keys(old_server_book)
    assert kept[ADMIN.username] is not None and kept[OFFICER.username] is None

    workspace.login_url(old_server_book, OFFICER).database.dispose()  # the next login
    kept = _kept_keys(old_server_book)
    assert kept[OFFICER.username] is not None
    book = workspace.open_url(old_server_book)
    try:
        with book.database.reading(system_actors.OPENING) as session:
            officer = accounts.get_account(session, OFFICER.username)
            officer_id = str(officer.id)
            check = grants.check_of(session, officer, grants.book_authority(session))
    finally:
        book.database.dispose()
    assert [grant.signer for grant in check.valid[officer_id]] == [authorship.SELF]
    current = check.current(officer_id)
    assert current is not None and current.public_key == kept[OFFICER.username]
    code, out = audit(old_server_book, monkeypatch, capsys)
    assert code == 0, out
    assert "has no signing key yet" not in out and "NOT SIGNED" not in out

    workspace.login_url(old_server_book, OFFICER).database.dispose()  # only once
    assert _kept_keys(old_server_book)[OFFICER.username] == kept[OFFICER.username]


def test_once_keys_are_made_a_raw_role_change_is_caught(old_server_book, monkeypatch, capsys):
    workspace.login_url(old_server_book, OFFICER).database.dispose()
    engine = create_engine(old_server_book)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE accounts SET role = 'ward_admin' "
                                    "WHERE username_key = :name"), {"name": OFFICER.username})
    finally:
        engine.dispose()
    code, out = audit(old_server_book, monkeypatch, capsys)
    assert code == 1
    assert f"NOT SIGNED: The book gives {OFFICER.username} the role" in out
