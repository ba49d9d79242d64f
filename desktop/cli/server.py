"""``hoagiai server ...``: a ward office's book on a PostgreSQL server (docs/ward-server.md).

    hoagiai server check   --db postgresql://quan.tri@may-chu/hoagiai
    hoagiai server init    --db URL --ward "Phường Nghĩa Đô" [--commune ... --province ...]
    hoagiai server copy    BOOK.sqlite --db URL      # a file book moved onto an empty server
    hoagiai server upgrade --db URL [--copy-to FILE] # a pg_dump first, then the migrations
    hoagiai server backup  --db URL -o FILE          # a pg_dump of the book
    hoagiai server restore FILE --db URL             # into a new, empty database

The address may also come from $HOAGIAI_DB. Never put the server's password in the address: it
would land in the process list and the shell's history. Keep it in ~/.pgpass
(%APPDATA%\\postgresql\\pgpass.conf on Windows) or $PGPASSWORD: psycopg reads them, and the program
never writes a password anywhere.
"""

from __future__ import annotations

import argparse
import os
from datetime import datetime
from pathlib import Path

from desktop.cli.common import Commands, ask, ask_new_password, credentials
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_, _

NEEDS_ADDRESS = N_("Give the server's address with --db postgresql://user@server/database (or "
                   "in $HOAGIAI_DB).")


def register(commands: Commands) -> None:
    group = commands.add_parser("server", help=_("a ward office's book on a PostgreSQL server"))
    sub = group.add_subparsers(dest="server_command", required=True)
    check = sub.add_parser("check", help=_("say what is at the server's address"))
    _address(check)
    check.set_defaults(handler=run_check)
    init = sub.add_parser("init", help=_("set up a ward office's book in an empty database"))
    _address(init)
    init.add_argument("--ward", required=True, help=_("the ward's name"))
    init.add_argument("--commune", default="", help=_("commune or ward, as in addresses"))
    init.add_argument("--province", default="", help=_("province or city"))
    init.add_argument("--admin", default="", help=_("full name of the ward administrator"))
    init.set_defaults(handler=run_init)
    copy = sub.add_parser("copy", help=_("move a book file onto an empty server database"))
    copy.add_argument("file", type=Path, help=_("the book file"))
    _address(copy)
    copy.set_defaults(handler=run_copy)
    upgrade = sub.add_parser("upgrade", help=_(
        "upgrade the server's book to this version (a pg_dump is taken first)"))
    _address(upgrade)
    upgrade.add_argument("--copy-to", type=Path, default=None,
                         help=_("where the copy taken first goes"))
    upgrade.set_defaults(handler=run_upgrade)
    backup = sub.add_parser("backup", help=_("copy the server's book into a file (pg_dump)"))
    _address(backup)
    backup.add_argument("-o", "--output", type=Path, required=True, help=_("the file to write"))
    backup.set_defaults(handler=run_backup)
    restore = sub.add_parser("restore", help=_(
        "put a server backup into a new, empty database"))
    restore.add_argument("file", type=Path, help=_("the backup file (pg_dump)"))
    _address(restore)
    restore.set_defaults(handler=run_restore)


def _address(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=None, help=_(
        "the server's address: postgresql://user@server/database (default: $HOAGIAI_DB); "
        "never put the password in it: keep it in ~/.pgpass or $PGPASSWORD"))


def server_address(args: argparse.Namespace) -> str:
    from desktop.core.services.workspace.server import is_server_address

    location = getattr(args, "db", None) or os.environ.get("HOAGIAI_DB") or ""
    if not is_server_address(str(location)):
        raise HoagiaiError(NEEDS_ADDRESS)
    return str(location)


def run_check(args: argparse.Namespace) -> int:
    from desktop.core.services.workspace import server

    address = server_address(args)
    found = server.probe(address)
    texts = {server.Schema.EMPTY: _("an empty database, ready for 'hoagiai server init'"),
             server.Schema.FOREIGN: _("a database that is not a Sổ hòa giải book"),
             server.Schema.OLDER: _("a book of an older version: run 'hoagiai server upgrade'"),
             server.Schema.NEWER: _("a book of a newer version: install the newest program"),
             server.Schema.CURRENT: _("a Sổ hòa giải book, ready")}
    print(_("{address}: {state} (server time {time}).").format(
        address=server.shown(address), state=texts[found.schema],
        time=server.server_time(address)))
    if found.encryption is not None:
        print(found.encryption.described())
    return 0 if found.schema is server.Schema.CURRENT else 1


def run_init(args: argparse.Namespace) -> int:
    from desktop.core.domain.roles import Role
    from desktop.core.services.workspace import accounts, server, server_setup

    address = server_address(args)
    server.require_empty(address)  # said before any password is asked for
    user = os.environ.get("HOAGIAI_USER") or ask(_("User name of the ward administrator: "))
    admin = accounts.AccountInput(user.strip(), args.admin or user.strip(), Role.WARD_ADMIN)
    password = ask_new_password(_("Password of the ward administrator: "))
    fingerprint = server_setup.init_server(address, admin, password, args.ward, args.commune,
                                           args.province)
    print(_("The ward office's book on {address} is ready. Its exchange key: {fingerprint}. "
            "Officers log in with their own accounts (hoagiai accounts add --db ...).").format(
        address=server.shown(address), fingerprint=fingerprint))
    return 0


def run_copy(args: argparse.Namespace) -> int:
    from desktop.core.services.workspace import book as workspace
    from desktop.core.services.workspace import server, server_setup

    address = server_address(args)
    server.require_empty(address)
    login = credentials()
    key = None if workspace.is_plain_book(args.file) else workspace.unlock(args.file, login)
    copied = server_setup.copy_book(args.file, key, address,
                                    login if key is not None else None)
    print(_("{file} copied to {address}: {rows} records in {tables} tables, {entries} journal "
            "entries, the chain checked. {user} logs in there with the same password; set new "
            "passwords for the other accounts (hoagiai accounts reset --db ...).").format(
        file=args.file, address=server.shown(address), rows=copied.rows, tables=copied.tables,
        entries=copied.journal_entries, user=login.username))
    return 0


def run_upgrade(args: argparse.Namespace) -> int:
    from desktop.core.services.workspace import server, server_setup

    address = server_address(args)
    copy_to = args.copy_to or Path(f"hoagiai-truoc-nang-cap-{datetime.now():%Y%m%d-%H%M}.dump")
    report = server_setup.upgrade_server(address, copy_to)
    if report is None:
        print(_("The book on {address} is already at this version: nothing to do.").format(
            address=server.shown(address)))
    else:
        print(_("The book on {address} was upgraded ({old} to {new}); the copy taken first is "
                "{copy}.").format(address=server.shown(address), old=report.from_revision,
                                  new=report.to_revision, copy=copy_to))
    return 0


def _may_back_up(address: str) -> None:
    """Only an account that may make backups (DOMAIN.md's role table) dumps the book: the
    person logs in to the book first, as for any other command."""
    from desktop.cli.common import open_on_server
    from desktop.core.domain.roles import Permission
    from desktop.core.policy.access import require

    book = open_on_server(address)
    try:
        with book.database.reading(book.actor) as session:
            require(session, Permission.MAKE_BACKUPS)
    finally:
        book.database.dispose()


def back_up_server_book(address: str, folder: Path | None) -> int:
    """``hoagiai backup --db URL``: a pg_dump into ``folder`` (default: the program's data
    folder's server-backups), named by the database and the time."""
    from sqlalchemy import make_url

    from desktop.core.resources import data_folder

    target = (folder or data_folder() / "server-backups") / (
        f"{make_url(address).database}-{datetime.now():%Y%m%d-%H%M%S}.dump")
    return _dump(address, target)


def run_backup(args: argparse.Namespace) -> int:
    return _dump(server_address(args), args.output)


def _dump(address: str, target: Path) -> int:
    from desktop.core.services.workspace import server

    server.require_openable(address)
    _may_back_up(address)
    written = server.dump(address, target)
    print(_("The book on {address} was copied to {file} ({size} kB).").format(
        address=server.shown(address), file=written, size=written.stat().st_size // 1024))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from desktop.core.services.workspace import server

    address = server_address(args)
    server.restore_dump(args.file, address)
    print(_("{file} was restored into {address}; point the officers' programs at it.").format(
        file=args.file, address=server.shown(address)))
    return 0
