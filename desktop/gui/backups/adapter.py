"""The GUI's one door to the core's backup functions.

The backup service's signatures may grow (a key for encrypted books, the person's credentials),
so every screen calls these small functions and only this module changes when they do. Each
function runs on the background helper's thread and turns the file-system and SQLite errors a
backup can meet (a full disk, a folder without write permission, a damaged file) into a clear,
translated ``HoagiaiError``: the screens show it; nothing here is a crash.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from desktop.core.domain.roles import Permission
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_
from desktop.core.policy import access, settings
from desktop.core.services.workspace import backups
from desktop.core.services.workspace import book as workspace
from desktop.gui.kit.context import BookContext

T = TypeVar("T")

EVERY_HOURS_SETTING = "backup_every_hours"  # app_settings key: hours of use between backups
DEFAULT_EVERY_HOURS = 4.0
FILE_PROBLEM = N_(
    "The backup could not be written or read ({problem}). The case book was left as it was: "
    "check that the backup folder {folder} exists, is writable and has free space.")
NOT_A_FILE_BOOK = N_(
    "This case book is kept on a database server: its backups are made on the server by the "
    "ward's administrator, not from this program.")


@dataclass(frozen=True)
class BackupRow:
    """One backup as the window lists it."""

    path: Path
    made_at: datetime  # UTC, naive
    last_seq: int
    label: str
    size: int  # bytes


def book_path(context: BookContext) -> Path | None:
    """The book's file, or None for a book on a server."""
    return context.book.database.path


def backup_folder(context: BookContext) -> Path:
    path = book_path(context)
    if path is None:
        raise HoagiaiError(NOT_A_FILE_BOOK)
    return backups.default_backup_dir(path, workspace.default_database_path())


def _key(context: BookContext) -> dict[str, Any]:
    """``key=`` for an encrypted book (its backups are encrypted with the same key); nothing
    for a plain one."""
    key = getattr(context.book.database, "key", None)
    return {"key": key} if key is not None else {}


def _guarded(context: BookContext, work: Callable[[], T]) -> T:
    try:
        return work()
    except (OSError, sqlite3.Error) as error:
        folder = book_path(context)
        raise HoagiaiError(FILE_PROBLEM, problem=error.strerror if isinstance(error, OSError)
                           and error.strerror else str(error),
                           folder=backup_folder(context) if folder else "") from error


def every_hours(context: BookContext) -> float:
    """Hours of use between automatic backups (the book's setting; never below a quarter)."""
    text = context.read_now(lambda s: settings.get_setting(s, EVERY_HOURS_SETTING, ""))
    try:
        hours = float(text)
    except ValueError:
        return DEFAULT_EVERY_HOURS
    return max(hours, 0.25)


def backup_if_due(context: BookContext, hours: float) -> backups.BackupInfo | None:
    path = book_path(context)
    if path is None:
        return None
    return _guarded(context, lambda: backups.backup_if_due(path, backup_folder(context), hours,
                                                          **_key(context)))


def make_backup(context: BookContext) -> backups.BackupInfo:
    access.check(context.actor, Permission.MAKE_BACKUPS)
    path = book_path(context)
    if path is None:
        raise HoagiaiError(NOT_A_FILE_BOOK)
    return _guarded(context, lambda: backups.make_backup(path, backup_folder(context),
                                                        **_key(context)))


def list_backups(context: BookContext) -> list[BackupRow]:
    def listing() -> list[BackupRow]:
        rows = []
        for info in backups.list_backups(backup_folder(context)):
            try:
                size = info.path.stat().st_size
            except OSError:
                continue  # rotated away meanwhile
            rows.append(BackupRow(info.path, info.made_at, info.last_seq, info.label, size))
        return rows
    return _guarded(context, listing)


def latest_backup_time(context: BookContext) -> datetime | None:
    """When the newest backup in the folder was made (UTC), if there is one."""
    found = _guarded(context, lambda: backups.list_backups(backup_folder(context)))
    return found[0].made_at if found else None


def entries_lost(context: BookContext, backup: Path) -> int:
    """Saved changes of the book that ``backup`` lacks (what a restore would take away)."""
    path = book_path(context)
    if path is None:
        raise HoagiaiError(NOT_A_FILE_BOOK)
    try:
        return _guarded(context, lambda: backups.entries_lost(path, backup, **_key(context)))
    except HoagiaiError:
        return 0  # an unreadable backup: the restore itself says what is wrong with it


def may_restore(context: BookContext) -> bool:
    return access.permitted(context.actor, Permission.RESTORE_BACKUPS)


def restore(context: BookContext, backup: Path, allow_older: bool) -> backups.RestoreReport:
    """Replace the (closed) book with ``backup``; the caller has disposed of the database."""
    access.check(context.actor, Permission.RESTORE_BACKUPS)
    path = book_path(context)
    if path is None:
        raise HoagiaiError(NOT_A_FILE_BOOK)
    return _guarded(context, lambda: backups.restore(backup, path, allow_older=allow_older,
                                                     backup_dir=backup_folder(context),
                                                     **_key(context)))


def reopen(context: BookContext) -> workspace.OpenedBook:
    """Open the book again at the same place (after a restore, or a restore that failed), with
    the same key, for the same logged-in person."""
    path = book_path(context)
    assert path is not None
    opened = workspace.open_book(path, getattr(context.book.database, "key", None))
    return dataclasses.replace(opened, actor=context.book.actor, keyring=context.book.keyring)
