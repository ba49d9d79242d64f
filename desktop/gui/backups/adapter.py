"""The backup screens' view of the book: its file for the core's backup service
(``desktop.core.services.workspace.backup_jobs``, the one entry point the CLI uses too), the
hours between automatic backups, and opening the book again after a restore.

The disk's refusals (a full disk, a read-only folder) come from the service already translated
(``desktop.core.files``), so the screens only show them.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.domain.roles import Permission
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_
from desktop.core.policy import access, settings
from desktop.core.security.keyfile import KeyFile
from desktop.core.services.workspace import book as workspace
from desktop.core.services.workspace.backup_jobs import BackupRow, BookFile
from desktop.gui.kit.context import BookContext

__all__ = ["BackupRow", "book_file", "every_hours", "may_restore", "needs_password",
           "opener", "reopen"]

WRONG_PASSWORD = N_(
    "That is not your password, so nothing was restored and the case book is as it was. "
    "Type the password you log in with, then try again.")

EVERY_HOURS_SETTING = settings.BACKUP_EVERY_HOURS.key  # hours of use between backups
DEFAULT_EVERY_HOURS = float(settings.BACKUP_EVERY_HOURS.default)


def is_file_book(context: BookContext) -> bool:
    """False for a book on a server (backed up on the server)."""
    return context.book.database.path is not None


def book_file(context: BookContext) -> BookFile:
    """The open book's file and key (raises the service's clear error for a server book)."""
    return BookFile.of(context.book.database)


def every_hours(context: BookContext) -> float:
    """Hours of use between automatic backups (the book's setting; never below a quarter)."""
    text = context.read_now(lambda s: settings.get_setting(s, EVERY_HOURS_SETTING, ""))
    try:
        hours = float(text)
    except ValueError:
        return DEFAULT_EVERY_HOURS
    return max(hours, 0.25)


def may_restore(context: BookContext) -> bool:
    return access.permitted(context.actor, Permission.RESTORE_BACKUPS)


def reopen(context: BookContext) -> workspace.OpenedBook:
    """Open the book again at the same place (after a restore, or a restore that failed), with
    the same key, for the same logged-in person."""
    book = book_file(context)
    opened = workspace.open_book(book.path, book.key)
    return workspace.carry_login(opened, context.book)  # their entries stay signed


def needs_password(context: BookContext) -> bool:
    """An encrypted book: the restoring person's password must open the backup's key file, or
    after the restore nobody at this computer could log in (the command line asks too)."""
    return context.book.keyring is not None


def opener(context: BookContext, password: str) -> Callable[[KeyFile], bool]:
    """``can_open`` for the core's restore: whether ``password``, the logged-in person's (checked
    against the book's own key file first, so a typing slip is said as such), opens a key
    file. Runs on the worker thread (deriving a key from a password takes a moment)."""
    keyring, username = context.book.keyring, context.actor.user
    if keyring is None or not keyring.check_password(username, password):
        raise HoagiaiError(WRONG_PASSWORD)
    return lambda keys: keys.unwrap(username, password) is not None
