"""``hoagiai backup`` and ``hoagiai restore``: copies of the case book, and getting one back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import Commands, credentials, database_path, db_argument, unlock_existing
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
    parser.add_argument("--db", type=Path, default=default,
                        help=_("database file (default: the program's own data folder)"))
    parser.add_argument("--to", type=Path, default=default,
                        help=_("backup folder (default: beside the database file)"))


def backup_folder(args: argparse.Namespace, book: Path) -> Path:
    from desktop.core.services.workspace.backups import default_backup_dir
    from desktop.core.services.workspace.book import default_database_path

    return args.to or default_backup_dir(book, default_database_path())


def make_backup(args: argparse.Namespace) -> int:
    from desktop.core.services.workspace import backups

    book = database_path(args)
    key = unlock_existing(book)
    info = backups.make_backup(book, backup_folder(args, book), key=key)
    print(_("Backup written: {path} (journal entry {seq}).").format(path=info.path,
                                                                   seq=info.last_seq))
    return 0


def list_backups(args: argparse.Namespace) -> int:
    from desktop.core.services.workspace import backups

    book = database_path(args)
    found = backups.list_backups(backup_folder(args, book))
    for info in found:
        print(f"{info.made_at:%d/%m/%Y %H:%M:%S} UTC  {info.last_seq:>8}  {info.path}")
    print(_("{count} backup(s).").format(count=len(found)), file=sys.stderr)
    return 0


def _key_of_restorer(book: Path) -> bytes | None:
    """Who is about to replace the book (only the team leader or the ward administrator may
    restore), checked without writing to it; its key, which the backup must open with."""
    from desktop.core.domain.roles import Permission
    from desktop.core.policy import access
    from desktop.core.services.workspace import book as workspace

    if not book.exists() or workspace.is_plain_book(book):
        return None  # a plain (old) book, or none yet: nothing to log in to
    key, actor = workspace.unlock_as(book, credentials())
    access.check(actor, Permission.RESTORE_BACKUPS)
    return key


def restore_backup(args: argparse.Namespace) -> int:
    from desktop.core.services.workspace import backups

    book = database_path(args)
    key = _key_of_restorer(book)
    try:
        report = backups.restore(args.backup, book, allow_older=args.force,
                                 backup_dir=backup_folder(args, book), key=key)
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
