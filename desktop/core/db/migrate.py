"""Bring a database to the schema this program expects, copying an older file aside first."""

from __future__ import annotations

import os
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


def is_known(revision: str) -> bool:
    """Whether this program's migrations know ``revision`` (else a newer program wrote it)."""
    scripts = ScriptDirectory.from_config(alembic_config())
    return any(script.revision == revision for script in scripts.walk_revisions())


_known = is_known


def backup_sqlite_file(path: Path, label: str, key: bytes | None = None) -> Path:
    """Copy a live SQLite database with the online backup API (safe with WAL); an encrypted
    book's copy is encrypted with the same key."""
    from desktop.core.db.engine import connect_file
    from desktop.core.files import fsync_folder

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{label}-{stamp}{path.suffix}")
    # Written under a hidden name and renamed when whole: a copy cut short by a crash or a
    # kill must never look like a sound backup of the book (a kill-trial test found one).
    for stale in path.parent.glob(f".{path.stem}.before-*.partial"):
        stale.unlink(missing_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    source = connect_file(path, key)
    try:
        copy = connect_file(partial, key)
        try:
            source.backup(copy)
            copy.commit()
        finally:
            copy.close()
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
        fsync_folder(target.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
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
