"""``hoagiai backup`` and ``hoagiai restore``: copies of the case book, and getting one back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli.common import (
    Commands,
    credentials,
    database_location,
    database_path,
    db_argument,
    db_location,
    unlock_existing,
)
from desktop.core.i18n import _


def register(commands: Commands) -> None:
    backup = commands.add_parser("backup", help=_("copy the case book into the backup folder"))
    _backup_options(backup, argparse.SUPPRESS)
    backup.set_defaults(handler=make_backup, db=None, to=None)
    listing = backup.add_subparsers(dest="backup_command").add_parser(
        "list", help=_("list the backups, newest first"))
    _backup_options(listing, argparse.SUPPRESS)
    listing.set_defaults(handler=list_backups)
    restore = commands.add_parser("restore", help=_("replace the case book with a backup"))
    restore.add_argument("backup", type=Path, help=_("the backup file to restore"))
    db_argument(restore)
    restore.add_argument("--to", dest="to", type=Path, default=None,
                         help=_("where to keep the safety copy of the current book"))
    restore.add_argument("--force", action="store_true",
                         help=_("restore even if the book holds newer saved changes"))
    restore.set_defaults(handler=restore_backup)


def _backup_options(parser: argparse.ArgumentParser, default: object) -> None:
    # SUPPRESS: "backup --db X list" keeps X (a sub-command's default would overwrite it)
    parser.add_argument("--db", type=db_location, default=default, help=_(
        "the book: a file, or a server's address (default: the program's own data folder)"))
    parser.add_argument("--to", type=Path, default=default,
                        help=_("backup folder (default: beside the database file)"))


def book_file(args: argparse.Namespace, key: bytes | None = None) -> Any:
    """The command's book as a file (a ``BookFile``), with its backup folder."""
    from desktop.core.services.workspace.backup_jobs import BookFile

    return BookFile(database_path(args), key, args.to)


def _unlocked(args: argparse.Namespace, given: Any = None) -> tuple[Any, Any]:
    """The book's file and who works on it, read without writing to the book; a plain (old)
    book, or none yet, has nobody to log in: the command acts for itself (``given``: the
    credentials already asked for)."""
    from desktop.core.db.engine import Actor
    from desktop.core.domain.roles import Permission
    from desktop.core.services.workspace import book as workspace

    path = database_path(args)
    if not path.exists() or workspace.is_plain_book(path):
        unlock_existing(path)  # a missing book is an error, never a new one
        return book_file(args), Actor.system(
            "hoagiai backup", (Permission.MAKE_BACKUPS, Permission.RESTORE_BACKUPS))
    key, actor = workspace.unlock_as(path, given or credentials())
    return book_file(args, key), actor


def make_backup(args: argparse.Namespace) -> int:
    from desktop.core.services.workspace import backup_jobs

    location = database_location(args)
    if isinstance(location, str):  # a book on a server: a pg_dump (desktop.cli.server)
        from desktop.cli.server import back_up_server_book

        return back_up_server_book(location, args.to)

    book, actor = _unlocked(args)
    info = backup_jobs.back_up(book, actor)
    print(_("Backup written: {path} (journal entry {seq}).").format(path=info.path,
                                                                   seq=info.last_seq))
    return 0


def list_backups(args: argparse.Namespace) -> int:
    from desktop.core.services.workspace import backup_jobs

    found = backup_jobs.list_backups(book_file(args))
    for info in found:
        print(f"{info.made_at:%d/%m/%Y %H:%M:%S} UTC  {info.last_seq:>8}  {info.path}")
    print(_("{count} backup(s).").format(count=len(found)), file=sys.stderr)
    return 0


def _restorer(args: argparse.Namespace) -> tuple[Any, Any, Any]:
    """Who is about to replace the book (only the team leader or the ward administrator may
    restore), checked without writing to it, and whether their password opens a key file; a
    book not there yet is restored as the command itself."""
    from desktop.core.db.engine import Actor
    from desktop.core.domain.roles import Permission
    from desktop.core.services.workspace import book as workspace

    path = database_path(args)
    if not path.exists():
        return (book_file(args), Actor.system("hoagiai restore", (Permission.RESTORE_BACKUPS,)),
                None)
    if workspace.is_plain_book(path):
        return (*_unlocked(args), None)
    given = credentials()

    def can_open(keys: Any) -> bool:
        return keys.unwrap(given.username, given.password) is not None

    return (*_unlocked(args, given), can_open)


def restore_backup(args: argparse.Namespace) -> int:
    from desktop.core.services.workspace import backup_jobs, backups

    book, actor, can_open = _restorer(args)
    try:
        report = backup_jobs.restore(book, actor, args.backup, allow_older=args.force,
                                     can_open=can_open)
    except backups.NewerDataError as error:
        print(_("Not restored: the case book holds {lost} saved changes (journal entries) "
                "newer than this backup, and they would be lost. Choose a newer backup, or "
                "run again with --force to restore it anyway.").format(lost=error.lost),
              file=sys.stderr)
        return 1
    print(_("Restored {backup} into {book}.").format(backup=args.backup, book=report.restored))
    if report.safety:
        print(_("The book as it was is kept in {path}.").format(path=report.safety))
    return 0
