"""Bring a database to the schema this program expects, copying an older file aside first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_

MIGRATIONS = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class UpgradeReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _known(revision: str) -> bool:
    scripts = ScriptDirectory.from_config(alembic_config())
    return any(script.revision == revision for script in scripts.walk_revisions())


def backup_sqlite_file(path: Path, label: str, key: bytes | None = None) -> Path:
    """Copy a live SQLite database with the online backup API (safe with WAL); an encrypted
    book's copy is encrypted with the same key."""
    from desktop.core.db.engine import connect_file

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{label}-{stamp}{path.suffix}")
    source = connect_file(path, key)
    try:
        copy = connect_file(target, key)
        try:
            source.backup(copy)
            copy.commit()
        finally:
            copy.close()
    finally:
        source.close()
    return target


def upgrade(engine: Engine, path: Path | None = None,
            key: bytes | None = None) -> UpgradeReport | None:
    """Upgrade to head; returns None when the schema was already current."""
    head = head_revision()
    with engine.connect() as connection:
        current = current_revision(connection)
    if current == head:
        return None
    if current is not None and not _known(current):
        raise HoagiaiError(
            N_("This database was made by a newer version of Sổ hòa giải. Please install the "
               "newest version of the program to open it.")
        )
    backup = backup_sqlite_file(path, current, key) if path and current is not None else None
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    return UpgradeReport(current, head, backup)
