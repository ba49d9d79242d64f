"""Opening a case book: where it lives, upgrading its schema, refreshing its reference data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core.db import migrate
from desktop.core.db.engine import Actor, Database, make_engine, sqlite_url
from desktop.core.services import reference, settings

SYSTEM_USER = "system"


@dataclass(frozen=True)
class OpenedBook:
    database: Database
    device: str
    upgrade: migrate.UpgradeReport | None


def default_database_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("hoagiai", appauthor=False) / "hoagiai.sqlite"


def open_book(path: Path) -> OpenedBook:
    """Open (creating it if needed) the database file at ``path``, upgraded and ready."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return open_url(sqlite_url(path), path)


def open_url(url: str, path: Path | None = None) -> OpenedBook:
    engine = make_engine(url)
    report = migrate.upgrade(engine, path)
    database = Database(engine, path)
    with database.transaction(Actor(SYSTEM_USER)) as session:
        device = settings.device_id(session)
        reference.sync_categories(session)
    return OpenedBook(database, device, report)


def actor_for(book: OpenedBook, user: str) -> Actor:
    return Actor(user=user, device=book.device)
