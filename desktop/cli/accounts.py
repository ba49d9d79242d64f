"""``hoagiai accounts list|add|passwd|reset|deactivate|recover`` and ``hoagiai encrypt``.

Each command logs in first (``HOAGIAI_USER``/``HOAGIAI_PASSWORD`` or a prompt), except
``recover``, which asks for the recovery key instead, and ``encrypt``, which makes the first
account of a plain book. New passwords are typed twice at a prompt, or taken from
``HOAGIAI_NEW_PASSWORD`` in scripts.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import (
    Commands,
    ask,
    ask_new_password,
    database_path,
    db_argument,
    opened_book,
    reading,
)
from desktop.core.i18n import _

ROLE_CHOICES = ("team_leader", "mediator", "ward_officer", "ward_admin")


def register(commands: Commands) -> None:
    group = commands.add_parser("accounts", help=_("the accounts that may open the book"))
    sub = group.add_subparsers(dest="accounts_command", required=True)
    listing = sub.add_parser("list", help=_("list the accounts"))
    db_argument(listing)
    listing.set_defaults(handler=list_accounts)
    add = sub.add_parser("add", help=_("create an account (asks for its password)"))
    add.add_argument("username")
    add.add_argument("--name", required=True, help=_("the person's full name"))
    add.add_argument("--role", required=True, choices=ROLE_CHOICES)
    add.add_argument("--mediator", default=None,
                     help=_("the mediator of the team this account belongs to (full name)"))
    db_argument(add)
    add.set_defaults(handler=add_account)
    passwd = sub.add_parser("passwd", help=_("change your own password"))
    db_argument(passwd)
    passwd.set_defaults(handler=change_password)
    reset = sub.add_parser("reset", help=_("set a new password for someone who forgot theirs"))
    reset.add_argument("username")
    db_argument(reset)
    reset.set_defaults(handler=reset_password)
    deactivate = sub.add_parser("deactivate", help=_("stop an account from logging in"))
    deactivate.add_argument("username")
    db_argument(deactivate)
    deactivate.set_defaults(handler=deactivate_account)
    recover = sub.add_parser("recover", help=_(
        "set a new password with the recovery key of the recovery sheet"))
    recover.add_argument("username")
    db_argument(recover)
    recover.set_defaults(handler=recover_account)
    encrypt = commands.add_parser("encrypt", help=_(
        "encrypt an old plain case book and create its team leader's account"))
    db_argument(encrypt)
    encrypt.add_argument("--user", required=True, help=_("user name of the first account"))
    encrypt.add_argument("--name", required=True, help=_("the person's full name"))
    encrypt.add_argument("--role", default="team_leader", choices=("team_leader", "ward_admin"))
    encrypt.add_argument("--sheet", type=Path, default=None,
                         help=_("also write the recovery sheet to this PDF file"))
    encrypt.set_defaults(handler=encrypt_book)


def list_accounts(args: argparse.Namespace) -> int:
    from desktop.core.services.workspace import accounts

    with reading(args) as session:
        found = accounts.list_accounts(session)
    for view in found:
        state = _("active") if view.active else _("deactivated")
        last = f"{view.last_login_at:%d/%m/%Y %H:%M}" if view.last_login_at else "-"
        print(f"{view.username:<20} {view.role.label:<28} {state:<12} {last:<17} "
              f"{view.display_name}")
    return 0


def add_account(args: argparse.Namespace) -> int:
    from desktop.core.domain.roles import Role
    from desktop.core.policy import settings
    from desktop.core.services.documents import data as document_data
    from desktop.core.services.workspace import accounts

    with opened_book(args) as book:
        role = Role(args.role)
        password = ask_new_password(_("Password of the new account: "))
        with book.database.transaction(book.actor) as session:
            team_id = None if role.is_ward else settings.own_team_id(session)
            mediator = (document_data.find_mediator(session, team_id, args.mediator).id
                        if args.mediator and team_id else None)
            accounts.create_account(session, accounts.AccountInput(
                args.username, args.name, role, team_id, mediator), password, book.keyring)
    print(_("Account {username} created.").format(username=args.username))
    return 0


def change_password(args: argparse.Namespace) -> int:
    from desktop.core.services.workspace import accounts

    with opened_book(args) as book:
        old = ask(_("Current password: "), secret=True)
        new = ask_new_password(_("New password: "))
        with book.database.transaction(book.actor) as session:
            accounts.change_password(session, book.actor.user, old, new, book.keyring)
    print(_("Password changed."))
    return 0


def reset_password(args: argparse.Namespace) -> int:
    from desktop.core.services.workspace import accounts

    with opened_book(args) as book:
        new = ask_new_password(_("New password for {username}: ").format(
            username=args.username))
        with book.database.transaction(book.actor) as session:
            accounts.reset_password(session, args.username, new, book.keyring)
    print(_("Password of {username} set.").format(username=args.username))
    return 0


def deactivate_account(args: argparse.Namespace) -> int:
    from desktop.core.services.workspace import accounts

    with opened_book(args) as book, book.database.transaction(book.actor) as session:
        accounts.deactivate(session, args.username, book.keyring)
    print(_("Account {username} deactivated.").format(username=args.username))
    return 0


def recover_account(args: argparse.Namespace) -> int:
    import os

    from desktop.core.services.workspace import encryption

    path = database_path(args)
    typed = os.environ.get("HOAGIAI_RECOVERY_KEY") or ask(_("Recovery key: "))
    new = ask_new_password(_("New password for {username}: ").format(username=args.username))
    encryption.recover(path, typed, args.username, new)
    print(_("Password of {username} set with the recovery key.").format(
        username=args.username))
    return 0


def encrypt_book(args: argparse.Namespace) -> int:
    from desktop.core.domain.roles import Role
    from desktop.core.services.workspace import accounts, encryption

    path = database_path(args)
    password = ask_new_password(_("Password of {username}: ").format(username=args.user))
    recovery_key = encryption.encrypt_book(path, accounts.AccountInput(
        args.user, args.name, Role(args.role)), password)
    print(_("{path} is now encrypted; its plain content was overwritten.").format(path=path))
    print_recovery_key(recovery_key, args.sheet, path)
    for copy in encryption.plain_copies(path):
        print(_("Warning: {path} is an older plain copy of the book: delete it once you no "
                "longer need it.").format(path=copy), file=sys.stderr)
    return 0


def print_recovery_key(recovery_key: str, sheet: Path | None, book: Path) -> None:
    print(_("Recovery key (print it or write it down, and keep it away from the computer: it "
            "is shown only now): {key}").format(key=recovery_key))
    if sheet is not None:
        from desktop.core.documents.recovery_sheet import write_recovery_sheet

        write_recovery_sheet(sheet, book, recovery_key)
        print(_("Recovery sheet written to {path}.").format(path=sheet))


def print_demo_accounts(path: Path, recovery_key: str) -> None:
    """What ``hoagiai demo`` prints after the book: its accounts and its recovery sheet."""
    from desktop.core.demo.book import DEMO_ACCOUNTS, DEMO_PASSWORD

    print(_("The demo book is encrypted. Its accounts (password {password}):").format(
        password=DEMO_PASSWORD))
    for username, role, _mediator in DEMO_ACCOUNTS:
        print(f"  {username:<12} {role.label}")
    sheet = path.with_name(path.stem + "-recovery-sheet.pdf")
    print_recovery_key(recovery_key, sheet, path)
