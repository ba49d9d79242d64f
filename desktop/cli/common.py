"""Pieces every sub-command module of the CLI shares.

Every command that opens a book logs in first (``open_existing``): the user name and password
come from ``HOAGIAI_USER`` and ``HOAGIAI_PASSWORD`` when set (for scripts), otherwise from a
prompt (the password is not echoed on a terminal; piped input is read line by line). The opened
book carries the logged-in person's actor, which ``workspace.actor_for`` hands out, so every
change and print is journaled under the person's name and checked against their role.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from desktop.core.errors import NotFoundError
from desktop.core.i18n import N_, _

Commands = Any  # argparse's private _SubParsersAction: what add_subparsers() returns
USER_VARIABLE = "HOAGIAI_USER"
PASSWORD_VARIABLE = "HOAGIAI_PASSWORD"


def iso_date(text: str) -> date:
    """A date given as YYYY-MM-DD on the command line (an argparse ``type``)."""
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a date: write it as YYYY-MM-DD.").format(text=text)) from error


DB_VARIABLE = "HOAGIAI_DB"  # the book to use when --db is not given (a file or a server)
ON_A_SERVER = N_("This command works on a book file, and {address} is a book on a server. "
                 "For a server book, see 'hoagiai server --help'.")


def db_location(text: str) -> Path | str:
    """--db's value: a server address stays text, anything else is a file's path."""
    from desktop.core.services.workspace.server import is_server_address

    return text if is_server_address(text) else Path(text)


def db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=db_location, default=None, help=_(
        "the book: a file, or a server's address (postgresql://user@server/database); "
        "default: $HOAGIAI_DB, else the program's own data folder; a server's password goes in "
        "~/.pgpass or $PGPASSWORD, never in the address"))


def database_location(args: argparse.Namespace) -> Path | str:
    """The book a command works on: --db, else $HOAGIAI_DB, else the program's own file."""
    from desktop.core.services.workspace.book import default_database_path

    given = getattr(args, "db", None) or os.environ.get(DB_VARIABLE) or None
    return db_location(str(given)) if given else default_database_path()


def database_path(args: argparse.Namespace) -> Path:
    """The book's file, for commands that work on files (a server book is refused, said)."""
    from desktop.core.errors import HoagiaiError
    from desktop.core.services.workspace.server import shown

    location = database_location(args)
    if isinstance(location, str):
        raise HoagiaiError(ON_A_SERVER, address=shown(location))
    return location


def current_user() -> str:
    """The operating system's user name (the logged-in account's name is in ``book.actor``)."""
    return getpass.getuser() or "cli"


def ask(prompt: str, secret: bool = False) -> str:
    """A line typed by the person (a password without echo on a terminal); piped input is
    read as is, so scripts and tests can feed it."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt) if secret else input(prompt)
    print(prompt, end="", file=sys.stderr, flush=True)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def ask_new_password(prompt: str) -> str:
    """A new password typed twice (or ``HOAGIAI_NEW_PASSWORD`` for scripts)."""
    from desktop.core.errors import ValidationError

    given = os.environ.get("HOAGIAI_NEW_PASSWORD")
    if given is not None:
        return given
    first = ask(prompt, secret=True)
    if ask(_("Type it again: "), secret=True) != first:
        raise ValidationError(N_("The two passwords differ. Nothing was changed: type them "
                                 "again."), field="password")
    return first


def credentials() -> Any:
    from desktop.core.services.workspace.book import Credentials

    user = os.environ.get(USER_VARIABLE) or ask(_("User name: "))
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        password = ask(_("Password: "), secret=True)
    return Credentials(user.strip(), password)


def open_existing(path: Path) -> Any:
    """The case book at ``path``, logged in; a missing file is an error, never a new book."""
    from desktop.core.services.workspace import book as workspace

    if not path.exists():
        raise NotFoundError(N_("There is no case book at {path}. Check the --db path."),
                            path=path)
    workspace.key_file(path)  # a plain or keyless book is refused before asking for a password
    return workspace.login(path, credentials())


def open_on_server(address: str) -> Any:
    """The book on the server at ``address``, logged in (its state checked first: an
    unreachable server, a wrong password, an older book... each said, nothing changed)."""
    from desktop.core.services.workspace import book as workspace
    from desktop.core.services.workspace import server

    url = server.require_openable(address)
    return workspace.login_url(url, credentials())


def unlock_existing(path: Path) -> bytes | None:
    """The key of the encrypted book at ``path`` after asking for a password, without opening
    it (read-only work such as checks and backups leaves the book's file unchanged); None for
    a plain book, which such read-only work still accepts."""
    from desktop.core.services.workspace import book as workspace

    if not path.exists():
        raise NotFoundError(N_("There is no case book at {path}. Check the --db path."),
                            path=path)
    if workspace.is_plain_book(path):
        return None
    return workspace.unlock(path, credentials())


@contextmanager
def opened_book(args: argparse.Namespace) -> Iterator[Any]:
    """The book a command works on, logged in, and closed again however the command ends: the
    one way a sub-command opens a book (``with opened_book(args) as book: ...``)."""
    location = database_location(args)
    book = (open_existing(location) if isinstance(location, Path)
            else open_on_server(location))
    try:
        yield book
    finally:
        book.database.dispose()


@contextmanager
def reading(args: argparse.Namespace) -> Iterator[Any]:
    """A read-only session on the command's book, carrying the logged-in person's actor."""
    with opened_book(args) as book, book.database.reading(book.actor) as session:
        yield session


@contextmanager
def transaction(args: argparse.Namespace, reason: str = "") -> Iterator[Any]:
    """One unit of work on the command's book, under the logged-in person's name."""
    with opened_book(args) as book, book.database.transaction(book.actor, reason) as session:
        yield session
