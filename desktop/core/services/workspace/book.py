"""Opening a case book: where it lives, logging in, upgrading its schema, refreshing its
reference data.

People open a book by logging in (``login`` for a SQLite file, ``login_url`` for a PostgreSQL
server); the opened book then carries their ``actor`` (role, account, mediator link) and, for an
encrypted file, its ``keyring``. A new book is made encrypted (``create_book``), with its first
account and a recovery key. ``open_book``/``open_url`` without a login are the program's own
way in (migrations, tests, tools) and never the CLI's or the GUI's: they take the book's key,
not a password, and give no actor.

Every login is journaled (``login``), and failed ones too: counted in the key file (or in
``account_secrets`` on a server) at once, and written to the journal as ``login_failed`` at the
next successful login, since the journal cannot be opened without a valid password.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL, Engine, make_url, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from desktop.core.db import migrate
from desktop.core.db.engine import (
    Actor,
    Database,
    make_engine,
    sqlcipher_url,
    sqlite_url,
)
from desktop.core.db.journal import record_event, register_signer, utcnow
from desktop.core.db.models_accounts import Account, AccountSecret
from desktop.core.domain.roles import Permission, Role
from desktop.core.errors import HoagiaiError, NotFoundError
from desktop.core.i18n import N_
from desktop.core.policy import settings, system_actors
from desktop.core.security import keyfile, private_files, recovery
from desktop.core.security.keyfile import KeyFile, KeyRing, LoginRefused
from desktop.core.services.workspace import accounts, reference, restoring, signed_in

SYSTEM_USER = "system"
OPENING_LOCK = 0x686F6167  # "hoag": the PostgreSQL advisory lock taken while opening
NOT_A_CASE_BOOK = N_(
    "{path} is not a Sổ hòa giải case book, or it is damaged. It was left as it was: choose "
    "another file, or restore a backup.")
PLAIN_BOOK = N_(
    "The case book {path} is not encrypted (it was made by an older version of the program), "
    "so it is not opened. Encrypt it first with: hoagiai encrypt --db {path}")
ENCRYPTED_BOOK = N_("The case book {path} is encrypted: log in to open it.")
NO_BOOK = N_("There is no case book at {path}. Check the path.")
BOOK_EXISTS = N_("There is already a file at {path}. Choose another name for the new book.")
ACCOUNT_INACTIVE = signed_in.ACCOUNT_INACTIVE


class PlainBookError(HoagiaiError):
    """An old, unencrypted book: it must be encrypted before people log in to it."""


@dataclass(frozen=True)
class Credentials:
    username: str
    password: str = field(repr=False)


@dataclass(frozen=True)
class OpenedBook:
    database: Database
    device: str
    upgrade: migrate.UpgradeReport | None
    actor: Actor | None = None  # who logged in; None when the program opened it itself
    keyring: KeyRing | None = None  # an encrypted book's key and key file


def default_database_path() -> Path:
    from desktop.core.resources import data_folder  # beside the program when portable

    return data_folder() / "hoagiai.sqlite"


def _refuse_foreign_file(path: Path) -> None:
    """Look at an existing file read-only before anything writes to it: only an empty file or
    a case book may be opened (opening writes WAL settings into the file's header)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as error:
        raise HoagiaiError(NOT_A_CASE_BOOK, path=path) from error
    if tables and "alembic_version" not in tables:
        raise HoagiaiError(NOT_A_CASE_BOOK, path=path)


def is_plain_book(path: Path) -> bool:
    """A readable, unencrypted SQLite file (an encrypted one's header is random bytes)."""
    try:
        with path.open("rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def open_book(path: Path, key: bytes | None = None) -> OpenedBook:
    """Open (creating it if needed) the database file at ``path``, upgraded and ready: plain,
    or encrypted with ``key``. People log in instead (``login``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if key is None:
        if keyfile.path_for(path).exists() and not is_plain_book(path):
            raise HoagiaiError(ENCRYPTED_BOOK, path=path)
        _refuse_foreign_file(path)
        return open_url(sqlite_url(path), path)
    private_files.create(path)  # before SQLite makes it readable by everyone (umask 022)
    private_files.tighten_book(path)
    return open_url(sqlcipher_url(path, key), path, key)


def open_url(url: str | URL, path: Path | None = None, key: bytes | None = None) -> OpenedBook:
    """Open the database at ``url`` (a SQLite file or a PostgreSQL server), upgraded and
    ready."""
    engine = make_engine(url)
    try:
        with _opening_alone(engine):
            report = migrate.upgrade(engine, path, key)
            database = Database(engine, path, key)
            with database.transaction(system_actors.OPENING) as session:
                device = settings.device_id(session)
                reference.sync_categories(session)
    except DatabaseError as error:
        engine.dispose()
        raise not_opened(path, url, error) from error
    except BaseException:
        engine.dispose()  # a refused book must not stay open (locked on Windows)
        raise
    return OpenedBook(database, device, report)


def not_opened(path: Path | None, url: str | URL | None, error: BaseException) -> HoagiaiError:
    """Why a book did not open: busy, in a read-only folder or on a full disk are each said
    as such (the book is not damaged, and restoring a backup would lose newer work); else it
    is not a case book, or damaged."""
    reason = restoring.why_unreadable(path, error) if path is not None else None
    return HoagiaiError(reason or NOT_A_CASE_BOOK,
                        path=path or (_shown(url) if url is not None else ""))


def _shown(url: str | URL) -> str:
    """The URL as a message may show it: never with its password."""
    return make_url(url).render_as_string(hide_password=True)


@contextmanager
def _opening_alone(engine: Engine) -> Iterator[None]:
    """On a server, officers opening the database at the same moment take turns: the first
    upgrades the schema and writes the reference data, the others then find it done (a
    session-level advisory lock, released when its connection closes)."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as connection:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": OPENING_LOCK})
        connection.commit()
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": OPENING_LOCK})
            connection.commit()


def actor_for(book: OpenedBook, user: str,
              permissions: frozenset[Permission] = system_actors.PLAIN_BOOK_PERMISSIONS) -> Actor:
    """Who acts on ``book``: the logged-in person when someone logged in (``user`` and
    ``permissions`` are then ignored), else (an unencrypted book, which has no accounts) a
    system actor named ``user`` holding only ``permissions``."""
    if book.actor is not None:
        return book.actor
    return system_actors.plain_book_actor(user, book.device, permissions)


# --- logging in ---------------------------------------------------------------------------------

def create_book(path: Path, first: accounts.AccountInput, password: str) -> tuple[OpenedBook, str]:
    """A new encrypted book with its first account (the team leader, or a ward administrator),
    logged in; and the recovery key to print on the recovery sheet (shown only now)."""
    if path.exists() and path.stat().st_size > 0:
        raise HoagiaiError(BOOK_EXISTS, path=path)
    accounts.check_username(first.username)
    accounts.check_password_strength(password)
    path.parent.mkdir(parents=True, exist_ok=True)
    key, recovery_key = os.urandom(32), recovery.new_recovery_key()
    keys_path = keyfile.path_for(path)
    keys = KeyFile.create(keys_path, key, recovery_key)
    keys.save()
    ring = KeyRing(keys_path, key, keys.authority_signer(recovery_key))
    book = open_book(path, key)
    try:
        with book.database.transaction(system_actors.FIRST_ACCOUNT) as session:
            accounts.create_account(session, first, password, ring)
    finally:
        book.database.dispose()
    return login(path, Credentials(first.username, password)), recovery_key


def unlock(path: Path, credentials: Credentials, now: datetime | None = None) -> bytes:
    """The encrypted book's key, unwrapped with the password (failures counted, lockout
    enforced), without opening the book: for read-only checks that must leave it unchanged."""
    return unlock_slot(path, credentials, now).db_key


def unlock_slot(path: Path, credentials: Credentials,
                now: datetime | None = None) -> keyfile.OpenedSlot:
    """What the account's slot holds (the book's key, the account's own signing key), opened
    with the password; failures counted, lockout enforced."""
    now = now or datetime.now()
    keys = key_file(path)
    name = credentials.username
    until = keys.locked_until(name, now) if keys.has_slot(name) else None
    if until is not None:
        raise LoginRefused(keyfile.LOCKED_OUT, user=name, until=f"{until:%H:%M}")
    opened = keys.open_slot(name, credentials.password)
    if opened is None:
        until = keys.record_failure(name, now) if keys.has_slot(name) else None
        if until is not None:
            raise LoginRefused(keyfile.LOCKED_OUT, user=name, until=f"{until:%H:%M}")
        raise LoginRefused(keyfile.WRONG_LOGIN)
    return opened


def unlock_as(path: Path, credentials: Credentials) -> tuple[bytes, Actor]:
    """The book's key and the account's actor, read without writing anything to the book
    (for work that must leave it byte for byte unchanged when refused, such as a restore).
    The account's key and role must be the ones a leader signed, as at a login."""
    from desktop.core.db.engine import connect_file

    opened = unlock_slot(path, credentials)
    key = opened.db_key
    with closing(connect_file(path, key, read_only=True)) as connection:
        row = connection.execute(
            "SELECT username, role, id, mediator_id, active FROM accounts "
            "WHERE username_key = ?", (keyfile.username_key(credentials.username),)).fetchone()
        if row is None or not row[4]:
            raise LoginRefused(ACCOUNT_INACTIVE if row else keyfile.WRONG_LOGIN,
                               username=credentials.username)
        signed_in.check_read_only(connection, key_file(path), row, opened.signing)
    mediator = uuid.UUID(row[3]) if row[3] else None
    return key, Actor(row[0], "", Role(row[1]), uuid.UUID(row[2]), mediator)


def login(path: Path, credentials: Credentials, now: datetime | None = None) -> OpenedBook:
    """Open the encrypted book at ``path`` as ``credentials``' account (see the module's
    notes). Refuses a plain book, a missing or damaged key file, a wrong password, a locked or
    deactivated account, a key or role no leader signed, each with its own message."""
    opened = unlock_slot(path, credentials, now)
    keys = key_file(path)
    book = open_book(path, opened.db_key)
    try:
        actor, signer = signed_in.sign_in(book.database, book.device, keys, credentials,
                                          opened, _journal_login)
    except DatabaseError as error:  # the login's journal entry could not be written
        book.database.dispose()
        raise not_opened(path, None, error) from error
    except BaseException:
        book.database.dispose()
        raise
    return replace(book, actor=actor, keyring=KeyRing(keys.path, opened.db_key, signer))


def carry_login(book: OpenedBook, logged_in: OpenedBook) -> OpenedBook:
    """``book`` (the same file opened again, e.g. after a restore) for the person logged in to
    ``logged_in``: their actor, keyring, and their entries signed as before."""
    signer = logged_in.keyring.signer if logged_in.keyring else None
    actor = logged_in.actor
    if signer is not None and actor is not None and actor.account_id is not None:
        register_signer(book.database.engine, actor.account_id, signer.key)
    return replace(book, actor=actor, keyring=logged_in.keyring)


def key_file(path: Path) -> KeyFile:
    if not path.is_file():
        raise NotFoundError(NO_BOOK, path=path)
    keys_path = keyfile.path_for(path)
    if is_plain_book(path):
        raise PlainBookError(PLAIN_BOOK, path=path)
    if not keys_path.exists():
        size = path.stat().st_size
        if size < 1024 or size % 1024:  # SQLCipher writes whole pages
            raise HoagiaiError(NOT_A_CASE_BOOK, path=path)
        raise keyfile.KeyFileError(keyfile.KEY_FILE_MISSING, path=path, keys=keys_path)
    return KeyFile.load(keys_path)


def _journal_login(session: Session, account: Account | None, failures: int) -> None:
    assert account is not None
    team = str(account.team_id) if account.team_id else None
    if failures:
        record_event(session, "login_failed", "account", str(account.id), team,
                     {"username": account.username, "failures": failures})
    record_event(session, "login", "account", str(account.id), team,
                 {"username": account.username})
    secret = session.get(AccountSecret, account.id) or AccountSecret(account_id=account.id)
    secret.last_login_at = utcnow()
    secret.unreported = 0
    session.add(secret)


def login_url(url: str | URL, credentials: Credentials,
              now: datetime | None = None) -> OpenedBook:
    """Log in to a book on a PostgreSQL server: the password is checked against the account's
    Argon2id verifier (failures are counted in the database), then unwraps the account's own
    signing key, which must be the one granted to it; its entries are signed from then on."""
    book = open_url(url)
    try:
        failures = _check_on_server(book, credentials, now or datetime.now())
        actor = signed_in.sign_in_on_server(book.database, book.device, credentials, failures,
                                            _journal_login)
    except BaseException:
        book.database.dispose()
        raise
    return replace(book, actor=actor)


def _check_on_server(book: OpenedBook, credentials: Credentials, now: datetime) -> int:
    refusal: HoagiaiError | None = None
    failures = 0
    with book.database.transaction(system_actors.OPENING) as session:
        account = accounts.find_account(session, credentials.username)
        secret = session.get(AccountSecret, account.id) if account else None
        if account is None or secret is None:
            refusal = LoginRefused(keyfile.WRONG_LOGIN)
        elif secret.locked_until and secret.locked_until > now:
            refusal = LoginRefused(keyfile.LOCKED_OUT, user=account.username,
                                   until=f"{secret.locked_until:%H:%M}")
        elif not accounts.password_matches(session, account, credentials.password, None):
            refusal = _count_failure(secret, account.username, now)
        else:
            failures, secret.failures, secret.locked_until = secret.unreported, 0, None
    if refusal is not None:
        raise refusal
    return failures


def _count_failure(secret: AccountSecret, username: str, now: datetime) -> HoagiaiError:
    policy = keyfile.POLICY
    secret.failures += 1
    secret.unreported += 1
    if secret.failures % policy.attempts:
        return LoginRefused(keyfile.WRONG_LOGIN)
    wait = policy.first if secret.failures == policy.attempts else policy.later
    secret.locked_until = now + wait
    return LoginRefused(keyfile.LOCKED_OUT, user=username, until=f"{secret.locked_until:%H:%M}")
