"""Backing up and restoring a book: the one entry point of each job for the GUI and the CLI.

A backup or a restore works on the book's whole file, not inside a session (SQLite's backup
API copies every page; a restore replaces the file, which must be closed), so these take the
book's file (``BookFile``: its path and, for an encrypted book, its key) and the actor doing the
work, whose permission is checked here. Every disk refusal (a full disk, a read-only or
forbidden folder, SQLite's "disk is full") comes out as one translated ``FileProblem`` from
``desktop.core.files``: the app and ``hoagiai backup`` say the same sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.core.db.engine import Actor, Database
from desktop.core.domain.roles import Permission
from desktop.core.errors import HoagiaiError
from desktop.core.files import file_errors
from desktop.core.i18n import N_
from desktop.core.policy import access
from desktop.core.security.keyfile import KeyFile
from desktop.core.services.workspace import anchoring, backups
from desktop.core.services.workspace.book import default_database_path

NOT_A_FILE_BOOK = N_(
    "This case book is kept on a database server: its backups are made on the server by the "
    "ward's administrator, not from this program.")


@dataclass(frozen=True)
class BookFile:
    """A book as a file: where it is, its key (None: a plain book) and its backup folder."""

    path: Path
    key: bytes | None = None
    backup_dir: Path | None = None  # None: the default folder beside the book

    @classmethod
    def of(cls, database: Database) -> BookFile:
        """The file of an open book; a book on a server has none (and no backups here)."""
        if database.path is None:
            raise HoagiaiError(NOT_A_FILE_BOOK)
        return cls(database.path, database.key)

    @property
    def folder(self) -> Path:
        return self.backup_dir or backups.default_backup_dir(self.path, default_database_path())


@dataclass(frozen=True)
class BackupRow:
    """One backup as a list shows it."""

    path: Path
    made_at: datetime  # UTC, naive
    last_seq: int
    label: str
    size: int  # bytes


def back_up(book: BookFile, actor: Actor) -> backups.BackupInfo:
    """A backup now (the book may be open), rotated to the book's ``backup_keep``."""
    access.check(actor, Permission.MAKE_BACKUPS)
    with file_errors(book.folder):
        return backups.make_backup(book.path, book.folder, key=book.key)


def back_up_if_due(book: BookFile, every_hours: float) -> backups.BackupInfo | None:
    """The automatic backup (the program's own, for whoever is logged in): made when the last
    one is ``every_hours`` old and the book changed since."""
    with file_errors(book.folder):
        return backups.backup_if_due(book.path, book.folder, every_hours, key=book.key)


def list_backups(book: BookFile) -> list[BackupRow]:
    """The book's backups, newest first, with their sizes."""
    rows = []
    with file_errors(book.folder):
        for info in backups.list_backups(book.folder):
            try:
                size = info.path.stat().st_size
            except OSError:
                continue  # rotated away meanwhile
            rows.append(BackupRow(info.path, info.made_at, info.last_seq, info.label, size))
    return rows


def entries_lost(book: BookFile, backup: Path) -> int:
    """Saved changes of the book that ``backup`` lacks (0 for an unreadable backup: the
    restore itself says what is wrong with it)."""
    try:
        with file_errors(backup):
            return backups.entries_lost(book.path, backup, key=book.key)
    except HoagiaiError:
        return 0


def audit_findings(book: BookFile) -> list[str]:
    """What ``audit verify`` finds beyond the chain's own links, one line each: the journal
    against every anchor known outside the book (its backups' heads, packages sent, the
    ward's acknowledgments) and the live rows against the journal's last values."""
    with file_errors(book.path):
        return anchoring.describe(anchoring.audit(book.path, book.key, book.folder))


def restore(book: BookFile, actor: Actor, backup: Path, allow_older: bool = False,
            can_open: Callable[[KeyFile], bool] | None = None) -> backups.RestoreReport:
    """Replace the (closed) book with ``backup`` (see ``backups.restore``); only a team leader
    or the ward administrator may. ``can_open``: whether the restoring person's password
    opens a key file (the backup's is checked before anything is swapped in)."""
    access.check(actor, Permission.RESTORE_BACKUPS)
    with file_errors(book.path.parent):
        return backups.restore(backup, book.path, allow_older=allow_older,
                               backup_dir=book.folder, key=book.key, can_open=can_open)
