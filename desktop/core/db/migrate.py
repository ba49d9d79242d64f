"""Bring a database to the schema this program expects, copying an older file aside first.

Every start asks whether the book is at the head revision. That question is answered without
Alembic (its import and the migration environment cost ~0.5 s of a start-up, #17): the head is
read from the ``revision``/``down_revision`` lines of the versions folder's files, the book's
revision from its ``alembic_version`` table. Alembic is loaded only to upgrade.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*['\"]?([\w-]*)['\"]?",
                            re.MULTILINE)


@dataclass(frozen=True)
class UpgradeReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


@cache
def _revisions() -> dict[str, str | None]:
    """Each migration's revision and the one it follows, from its file's own lines."""
    found: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS / "versions").glob("[0-9]*.py")):
        lines = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if not lines.get("revision"):
            raise RuntimeError(f"a migration without its revision line: {script.name}")
        down = lines.get("down_revision")
        found[lines["revision"]] = None if down in (None, "", "None") else down
    return found


def head_revision() -> str:
    """The one revision no other follows (Alembic's head, read without Alembic)."""
    revisions = _revisions()
    heads = set(revisions) - {down for down in revisions.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


def current_revision(connection: Connection) -> str | None:
    """The book's revision as Alembic stores it (None: never migrated)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    found = connection.scalar(text("SELECT version_num FROM alembic_version"))
    return None if found is None else str(found)


def known_revisions() -> frozenset[str]:
    """Every revision this program's migrations know."""
    return frozenset(_revisions())


def is_known(revision: str) -> bool:
    """Whether this program's migrations know ``revision`` (else a newer program wrote it)."""
    return revision in _revisions()


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
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    return UpgradeReport(current, head, backup)
