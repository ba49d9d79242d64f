"""Setting up a book on a PostgreSQL server, upgrading it, and moving a file book onto one
(``hoagiai server init / upgrade / copy``; docs/ward-server.md).

Set-up and copying go only into an empty database. A copy takes every row of every table as it
is, the journal and its head included, so the hash chain is the same line on the server as it
was in the file; the copy is checked (row counts and the chain) before it is reported done, and
a failed copy leaves the server database empty again."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, text
from sqlalchemy.engine import Connection

from desktop.core.db import migrate
from desktop.core.db.journal import first_broken_link
from desktop.core.db.models import Base
from desktop.core.domain.roles import Role
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_
from desktop.core.policy import system_actors
from desktop.core.security import authorship
from desktop.core.security.keyfile import Signer
from desktop.core.services.workspace import accounts, server
from desktop.core.services.workspace import book as workspace

COPY_BATCH = 2000
NOT_A_WARD_ADMIN = N_("The first account of a ward office's book is its administrator.")
BROKEN_CHAIN = N_("The journal's chain of the copy on the server breaks at entry {seq}. The "
                  "server database was emptied again; nothing in the book was changed.")
COPY_DIFFERS = N_("The copy on the server does not match the book ({table}: {found} rows "
                  "instead of {expected}). The server database was emptied again; nothing "
                  "in the book was changed.")


@dataclass(frozen=True)
class Copied:
    tables: int
    rows: int
    journal_entries: int


def init_server(address: str, admin: accounts.AccountInput, password: str,
                ward_name: str, commune: str = "", province: str = "") -> str:
    """A new ward office book in the empty database at ``address``: the schema through the
    migrations, the ward, its exchange key and its first account (a ward administrator, whose
    password is kept only as an Argon2id verifier, and whose own signing key, wrapped by that
    password, is granted by the set-up's authority key). Returns the exchange key's
    fingerprint."""
    from desktop.core.exchange import keys, ward

    if admin.role is not Role.WARD_ADMIN:
        raise HoagiaiError(NOT_A_WARD_ADMIN)
    accounts.check_username(admin.username)
    accounts.check_password_strength(password)
    url = server.require_empty(address)
    book = workspace.open_url(url)  # the migrations, under the opening lock
    try:
        with book.database.transaction(system_actors.FIRST_ACCOUNT) as session:
            accounts.create_account(session, admin, password, signer=_set_up_authority())
    finally:
        book.database.dispose()
    opened = workspace.login_url(url, workspace.Credentials(admin.username, password))
    try:
        assert opened.actor is not None  # login_url always names who logged in
        with opened.database.transaction(opened.actor, reason="server set-up") as session:
            ward.init_ward(session, ward_name, commune, province)
            return keys.fingerprint(keys.require_own_key(session).key_id)
    finally:
        opened.database.dispose()


def _set_up_authority() -> Signer:
    """The authority of a server book: a key made for its set-up, that signs the first
    administrator's key and is then forgotten (a server book has no recovery key to derive one
    from). Its public half, in that first grant, is the only authority the book recognises
    (``grants.book_authority``), so nobody can sign another authority grant later."""
    return Signer(authorship.AUTHORITY, authorship.new_key())


def upgrade_server(address: str, copy_to: Path) -> migrate.UpgradeReport | None:
    """Upgrade an older book once: a ``pg_dump`` to ``copy_to`` first, then the migrations
    (under the opening lock, so officers opening it meanwhile wait). None when current."""
    url = server.server_url(address)
    found = server.probe(url)
    if found.schema is server.Schema.CURRENT:
        return None
    if found.schema is not server.Schema.OLDER:
        server.require_openable(url)  # says why (empty, not a book, newer)
    server.dump_as_it_is(url, copy_to)  # whole or not at all, for its owner only
    book = workspace.open_url(url)
    try:
        return book.upgrade
    finally:
        book.database.dispose()


def copy_book(path: Path, key: bytes | None, address: str,
              login: workspace.Credentials | None = None) -> Copied:
    """Every record of the book file at ``path`` (its key: ``key``) into the empty server
    database at ``address``, the journal chain intact. A file book's passwords live in its key
    file, which a server has not: ``login`` (the account that opened the file, with the
    password it was opened with) gets a server password verifier and its own signing key (the
    one its key-file slot holds, re-wrapped on the server), so that this account can log in on
    the server, sign as before, and set new passwords (with new keys) for the others."""
    url = server.require_empty(address)
    source = workspace.open_book(path, key)  # brought to the current schema first
    target = workspace.open_url(url)
    try:
        with source.database.engine.connect() as reading, \
                target.database.engine.begin() as writing:
            _empty(writing)
            counts = {table.name: _copy_table(reading, writing, table)
                      for table in _tables()}
            _reset_sequences(writing)
        copied = Copied(len(counts), sum(counts.values()), counts.get("change_journal", 0))
        _check_copy(target, counts)
        if login is not None:
            _give_server_password(target, login, _own_key(path, login))
        return copied
    except BaseException:
        with target.database.engine.begin() as writing:
            _empty(writing)
        raise
    finally:
        source.database.dispose()
        target.database.dispose()


def _own_key(path: Path, login: workspace.Credentials) -> bytes | None:
    """The signing key in the key-file slot of ``login`` (None: a plain book, or a slot made
    before signing: the account then makes its key at its first login on the server)."""
    from desktop.core.security import keyfile

    keys_path = keyfile.path_for(path)
    if not keys_path.exists():
        return None
    opened = keyfile.KeyFile.load(keys_path).open_slot(login.username, login.password)
    return opened.signing if opened is not None else None


def _give_server_password(book: workspace.OpenedBook, login: workspace.Credentials,
                          signing: bytes | None) -> None:
    from desktop.core.services.workspace import server_keys

    with book.database.transaction(system_actors.FIRST_ACCOUNT) as session:
        account = accounts.get_account(session, login.username)
        server_keys.keep(session, account, login.password, signing)


def _tables() -> list[Table]:
    return [table for table in Base.metadata.sorted_tables if table.name != "alembic_version"]


def _empty(connection: Connection) -> None:
    """Remove what the server's own opening wrote (reference data, its device id)."""
    for table in reversed(_tables()):
        connection.execute(delete(table))


def _copy_table(reading: Connection, writing: Connection, table: Table) -> int:
    rows = reading.execute(select(table)).mappings()
    count = 0
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(dict(row))
        if len(batch) == COPY_BATCH:
            writing.execute(insert(table), batch)
            count, batch = count + len(batch), []
    if batch:
        writing.execute(insert(table), batch)
        count += len(batch)
    return count


def _reset_sequences(connection: Connection) -> None:
    """Integer keys copied as they were: each sequence continues after the highest."""
    for table in _tables():
        for column in table.primary_key.columns:
            if column.autoincrement is True or (column.autoincrement == "auto"
                                               and column.type.python_type is int):
                connection.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                    f"COALESCE((SELECT MAX({column.name}) FROM {table.name}), 0) + 1, false)"))


def _check_copy(target: workspace.OpenedBook, counts: dict[str, int]) -> None:
    with target.database.engine.connect() as connection:
        for table in _tables():
            found = connection.scalar(select(func.count()).select_from(table)) or 0
            if found != counts[table.name]:
                raise HoagiaiError(COPY_DIFFERS, table=table.name, found=found,
                                   expected=counts[table.name])
    with target.database.reading(system_actors.OPENING) as session:
        broken = first_broken_link(session)
    if broken is not None:
        raise HoagiaiError(BROKEN_CHAIN, seq=broken)
