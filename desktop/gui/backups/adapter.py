"""The backup screens' view of the book: its file for the core's backup service
(``desktop.core.services.workspace.backup_jobs``, the one entry point the CLI uses too), the
hours between automatic backups, and opening the book again after a restore.

The disk's refusals (a full disk, a read-only folder) come from the service already translated
(``desktop.core.files``), so the screens only show them.
"""

from __future__ import annotations

from desktop.core.domain.roles import Permission
from desktop.core.policy import access, settings
from desktop.core.services.workspace import book as workspace
from desktop.core.services.workspace.backup_jobs import BackupRow, BookFile
from desktop.gui.kit.context import BookContext

__all__ = ["BackupRow", "book_file", "every_hours", "may_restore", "reopen"]

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
