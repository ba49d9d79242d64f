"""Engines and units of work.

A ``Database`` wraps one engine and its session factory. Writes happen in
``with database.transaction(actor) as session:`` blocks: one transaction, committed on success,
rolled back on any error, the change journal written in the same flush.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import QueuePool

from desktop.core.db import journal
from desktop.core.domain.roles import Permission, Role
from desktop.core.domain.text import compare
from desktop.core.errors import ConcurrentEditError, HoagiaiError
from desktop.core.files import DISK_FULL, READ_ONLY, translate
from desktop.core.i18n import N_

VIETNAMESE_COLLATION = "vi"  # registered on every SQLite connection

STALE_EDIT_MESSAGE = N_(
    "Someone else saved this record while you were editing it. Your change was not saved: "
    "close the window, open the record again and redo it.")


@dataclass(frozen=True)
class Actor:
    """Who makes a change, and on which device (written into every journal entry).

    A person's actor comes from logging in (``workspace.login``): it carries the account's
    role, id and mediator link, and the services check its permissions
    (``policy.access.require``). The program's own work (migrations, reference data, demo
    seeding, recovery) acts as a system actor (``Actor.system``) that holds only the
    permissions named for that job in ``grants``. An actor with neither a role nor grants may
    do nothing that a service checks; nor may a session without an actor.
    """

    user: str
    device: str = ""
    role: Role | None = None
    account_id: UUID | None = None
    mediator_id: UUID | None = None
    grants: frozenset[Permission] = frozenset()

    @property
    def is_system(self) -> bool:
        return self.role is None

    @classmethod
    def system(cls, purpose: str, permissions: Iterable[Permission] = (),
               device: str = "") -> Actor:
        """The program acting for ``purpose`` (journaled as the user), allowed only
        ``permissions``."""
        return cls(user=purpose, device=device, grants=frozenset(permissions))


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def key_pragma(key: bytes) -> str:
    """SQLCipher's raw-key form: the 32-byte key is used as is (no passphrase derivation on
    every connection; the slow derivation happened once, when the key was unwrapped)."""
    if len(key) != 32:
        raise ValueError("a book key has 32 bytes")
    return f"x'{key.hex()}'"


def sqlcipher_url(path: Path, key: bytes) -> URL:
    """An encrypted book (never print it: the key is its password part)."""
    return URL.create("sqlite+pysqlcipher", password=key_pragma(key), database=str(path))


def _database_errors() -> tuple[type[Exception], ...]:
    import sqlite3

    import sqlcipher3  # type: ignore[import-untyped]

    return (sqlite3.DatabaseError, sqlcipher3.DatabaseError)


# What a plain (sqlite3) or encrypted (sqlcipher3) file connection raises: distinct classes.
DATABASE_ERRORS = _database_errors()


def connect_file(path: Path, key: bytes | None = None, read_only: bool = False,
                 timeout: float = 5.0) -> Any:
    """A plain DB-API connection to a book file: ``sqlite3``, or ``sqlcipher3`` keyed with
    ``key`` (backups, checks and restores work on whole files, outside the ORM)."""
    import sqlite3

    module: Any = sqlite3
    if key is not None:
        import sqlcipher3

        module = sqlcipher3
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    connection = module.connect(target, uri=read_only, timeout=timeout)
    if key is not None:
        connection.execute(f'PRAGMA key = "{key_pragma(key)}"')
    connection.create_collation(VIETNAMESE_COLLATION, compare)
    return connection


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite (Python < 3.12) opens transactions lazily and never before a SAVEPOINT, so a
    # SAVEPOINT first in a unit of work would commit on RELEASE. Take BEGIN over (see _begin).
    dbapi_connection.isolation_level = None
    dbapi_connection.create_collation(VIETNAMESE_COLLATION, compare)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")  # off by default in SQLite
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")  # a committed save must survive a power cut
    cursor.execute("PRAGMA busy_timeout=5000")
    # A search's sorts and temporary tables stay in memory: no plaintext spills to a temp file.
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def _begin(connection: Connection) -> None:
    # Units of work that write take the write lock at once (BEGIN IMMEDIATE): a deferred
    # transaction upgrading to a write in WAL mode fails instead of waiting for the lock.
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str | URL) -> Engine:
    # A server may restart between two saves of a program left open all day: check a pooled
    # connection before handing it out (a local file needs no such check).
    parsed = make_url(url)
    server = parsed.get_backend_name() != "sqlite"
    # SQLCipher's dialect would keep one connection per thread; a pool like plain SQLite's
    # suits the GUI's worker threads.
    pooling: dict[str, Any] = (
        {"poolclass": QueuePool} if parsed.get_driver_name() == "pysqlcipher" else {})
    # Vietnamese stays readable in JSON columns (the journal) instead of \u escapes.
    engine = create_engine(url, json_serializer=lambda value: json.dumps(value, ensure_ascii=False),
                           pool_pre_ping=server, **pooling)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin)
    return engine


class Database:
    def __init__(self, engine: Engine, path: Path | None = None,
                 key: bytes | None = None) -> None:
        self.engine = engine
        self.path = path
        self.key = key  # an encrypted book's key, for backups of it (never written anywhere)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writing = sessionmaker(engine.execution_options(sqlite_begin="IMMEDIATE"),
                                     expire_on_commit=False)
        journal.install(self._sessions)
        journal.install(self._writing)

    @classmethod
    def from_url(cls, url: str) -> Database:
        return cls(make_engine(url))

    @contextmanager
    def transaction(self, actor: Actor, reason: str = "") -> Iterator[Session]:
        """One unit of work: all of it is saved, or none of it."""
        session = self._writing(info={"actor": actor, "reason": reason})
        try:
            with session.begin():
                yield session
        except StaleDataError as error:
            raise ConcurrentEditError(STALE_EDIT_MESSAGE) from error
        except OperationalError as error:  # a full disk under a book file: said in words
            refusal = _disk_refusal(error, self.path)
            if refusal is None:
                raise
            raise refusal from error
        finally:
            session.close()

    @contextmanager
    def reading(self, actor: Actor | None = None) -> Iterator[Session]:
        """A read-only session (nothing it does is committed); with ``actor``, the reads that
        a role may not make are refused."""
        session = self._sessions(info={"actor": actor} if actor else {})
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def _disk_refusal(error: OperationalError, path: Path | None) -> HoagiaiError | None:
    """The translated sentence when the disk holding the book file refused a save (full, or
    read-only): the transaction was rolled back, so nothing of it was saved."""
    if path is None:
        return None
    problem = translate(error, path)
    return problem if problem.message_id in (DISK_FULL, READ_ONLY) else None

