"""Opening a case book: where it lives, upgrading its schema, refreshing its reference data."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, make_url, text
from sqlalchemy.exc import DatabaseError

from desktop.core.db import migrate
from desktop.core.db.engine import Actor, Database, make_engine, sqlite_url
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_
from desktop.core.services import reference, settings

SYSTEM_USER = "system"
OPENING_LOCK = 0x686F6167  # "hoag": the PostgreSQL advisory lock taken while opening
NOT_A_CASE_BOOK = N_(
    "{path} is not a Sổ hòa giải case book, or it is damaged. It was left as it was: choose "
    "another file, or restore a backup.")


@dataclass(frozen=True)
class OpenedBook:
    database: Database
    device: str
    upgrade: migrate.UpgradeReport | None


def default_database_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("hoagiai", appauthor=False) / "hoagiai.sqlite"


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


def open_book(path: Path) -> OpenedBook:
    """Open (creating it if needed) the database file at ``path``, upgraded and ready."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _refuse_foreign_file(path)
    return open_url(sqlite_url(path), path)


def open_url(url: str, path: Path | None = None) -> OpenedBook:
    """Open the database at ``url`` (a SQLite file or a PostgreSQL server), upgraded and
    ready."""
    engine = make_engine(url)
    try:
        with _opening_alone(engine):
            report = migrate.upgrade(engine, path)
            database = Database(engine, path)
            with database.transaction(Actor(SYSTEM_USER)) as session:
                device = settings.device_id(session)
                reference.sync_categories(session)
    except DatabaseError as error:
        engine.dispose()
        raise HoagiaiError(NOT_A_CASE_BOOK, path=path or _shown(url)) from error
    except BaseException:
        engine.dispose()  # a refused book must not stay open (locked on Windows)
        raise
    return OpenedBook(database, device, report)


def _shown(url: str) -> str:
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


def actor_for(book: OpenedBook, user: str) -> Actor:
    return Actor(user=user, device=book.device)
