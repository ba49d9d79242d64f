"""``hoagiai export / import / ward / keys``: the exchange with the ward office by file.

Team: ``keys enrolment`` (public keys for the ward), ``import`` of the ward's packages,
``export`` of the next package. Ward: ``ward init``, ``ward enrol``, ``import`` (with
``--dry-run``), ``ward settings|ack|reference`` (packages back), ``ward review|resolve|transfer``.
Both: ``keys show|create|replace|sheet|restore``.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
import uuid
from pathlib import Path
from typing import Any

from desktop.cli import ward_holidays
from desktop.cli.common import (
    Commands,
    current_user,
    database_path,
    db_argument,
    opened_book,
    reading,
    transaction,
)
from desktop.core.i18n import _


def register(commands: Commands) -> None:
    _register_export(commands)
    _register_import(commands)
    _register_ward(commands)
    _register_keys(commands)


def _register_export(commands: Commands) -> None:
    parser = commands.add_parser("export", help=_("write the next package for the ward office"))
    db_argument(parser)
    parser.add_argument("-o", "--output", type=Path, default=None,
                        help=_("folder to write the package in (a USB stick)"))
    parser.add_argument("--status", action="store_true",
                        help=_("only show what each case's export state is"))
    parser.set_defaults(handler=run_export)


def _register_import(commands: Commands) -> None:
    parser = commands.add_parser("import", help=_("import packages (ward: the teams' packages; "
                                                  "team: the ward's packages)"))
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    db_argument(parser)
    parser.add_argument("--dry-run", action="store_true",
                        help=_("only report what importing would do; change nothing"))
    parser.set_defaults(handler=run_import)


def _output(parser: argparse.ArgumentParser) -> None:
    db_argument(parser)
    parser.add_argument("-o", "--output", type=Path, required=True, help=_("folder to write in"))
    parser.add_argument("--team", default=None,
                        help=_("one enrolled team (id or name); default: every team"))


def _register_ward(commands: Commands) -> None:
    ward = commands.add_parser("ward", help=_("the ward office book"))
    sub = ward.add_subparsers(dest="ward_command", required=True)
    init = sub.add_parser("init", help=_("make a new ward office book"))
    db_argument(init)
    init.add_argument("--ward", required=True, help=_("the ward's name"))
    init.add_argument("--commune", default="", help=_("commune or ward, as in addresses"))
    init.add_argument("--province", default="", help=_("province or city"))
    init.add_argument("--admin", default="", help=_("full name of the ward administrator"))
    init.set_defaults(handler=run_ward_init)
    enrol = sub.add_parser("enrol", help=_("enrol a team from its enrolment file"))
    enrol.add_argument("file", type=Path)
    db_argument(enrol)
    enrol.add_argument("--replace", action="store_true",
                       help=_("replace the key of a team already enrolled (a lost key)"))
    enrol.set_defaults(handler=run_ward_enrol)
    teams = sub.add_parser("teams", help=_("list the enrolled teams"))
    db_argument(teams)
    teams.set_defaults(handler=run_ward_teams)
    for name, kind, text in (("settings", "ward-settings", _("write the ward's settings "
                                                             "packages for the teams")),
                             ("ack", "acknowledgment", _("write acknowledgment packages")),
                             ("reference", "reference", _("write signed reference data "
                                                          "packages"))):
        parser = sub.add_parser(name, help=text)
        _output(parser)
        parser.set_defaults(handler=run_ward_write, kind=kind)
    review = sub.add_parser("review", help=_("list the conflicts waiting for a choice"))
    db_argument(review)
    review.add_argument("--all", action="store_true", help=_("resolved ones too"))
    review.set_defaults(handler=run_ward_review)
    resolve = sub.add_parser("resolve", help=_("choose a side for a conflict, with a reason"))
    resolve.add_argument("number", type=int)
    db_argument(resolve)
    resolve.add_argument("--side", choices=("team", "ward"), required=True)
    resolve.add_argument("--reason", required=True)
    resolve.set_defaults(handler=run_ward_resolve)
    transfer = sub.add_parser("transfer", help=_("hand a case to another team"))
    transfer.add_argument("case_id")
    db_argument(transfer)
    transfer.add_argument("--to", required=True, help=_("the receiving team (id or name)"))
    transfer.add_argument("--reason", required=True)
    transfer.set_defaults(handler=run_ward_transfer)
    ward_holidays.register(sub)


def _register_keys(commands: Commands) -> None:
    keys = commands.add_parser("keys", help=_("this book's exchange keys"))
    sub = keys.add_subparsers(dest="keys_command", required=True)
    show = sub.add_parser("show", help=_("show this book's key and the other side's keys"))
    db_argument(show)
    show.set_defaults(handler=run_keys_show)
    create = sub.add_parser("create", help=_("make this book's key (if it has none)"))
    db_argument(create)
    create.set_defaults(handler=run_keys_create)
    replace = sub.add_parser("replace", help=_("make a new key, announced with the previous one"))
    db_argument(replace)
    replace.set_defaults(handler=run_keys_replace)
    enrolment = sub.add_parser("enrolment", help=_("write this team's enrolment file"))
    db_argument(enrolment)
    enrolment.add_argument("-o", "--output", type=Path, required=True)
    enrolment.set_defaults(handler=run_keys_enrolment)
    sheet = sub.add_parser("sheet", help=_("print the key's recovery sheet (PDF)"))
    db_argument(sheet)
    sheet.add_argument("-o", "--output", type=Path, required=True)
    sheet.set_defaults(handler=run_keys_sheet)
    restore = sub.add_parser("restore", help=_("restore the key from its recovery sheet"))
    db_argument(restore)
    restore.add_argument("--code", default=None,
                         help=_("the recovery code (default: read from standard input)"))
    restore.set_defaults(handler=run_keys_restore)


# --- helpers ---------------------------------------------------------------------------------

def _actor(book: Any) -> Any:
    """Who works on the opened book: the logged-in person."""
    from desktop.core.services.workspace import book as workspace

    return workspace.actor_for(book, current_user())


def _write_file(path: Path, data: bytes) -> None:
    from desktop.core.files import atomic_write, file_errors

    with file_errors(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data)


# --- export / import -------------------------------------------------------------------------

def run_export(args: argparse.Namespace) -> int:
    from desktop.core.exchange import service
    from desktop.core.services.exchange import packages

    if args.status or args.output is None:
        with reading(args) as session:
            for state in service.case_states(session):
                print(f"{state.number:>8}  {state.label}")
        return 0
    with transaction(args, "exchange export") as session:
        sent = packages.send(session, args.output)
    path, result = sent.path, sent.result
    print(_("Package {number} written to {path}: {records} records ({deleted} deleted), "
            "{cases} cases, journal entries {start}-{end}.").format(
        number=result.sequence, path=path, records=result.records, deleted=result.deleted,
        cases=len(result.cases), start=result.journal_from, end=result.journal_to))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from desktop.core.exchange import labels
    from desktop.core.exchange.errors import PackageRefused
    from desktop.core.services.exchange import packages
    from desktop.core.services.exchange.report_text import describe_report

    failed = 0
    with opened_book(args) as book:
        actor = _actor(book)
        for path in args.files:
            try:
                report = packages.receive(book.database, actor, path, dry_run=args.dry_run)
            except PackageRefused as error:
                print(f"{path.name}: " + _("Error: {message}").format(message=error.message),
                      file=sys.stderr)
                failed += 1
                continue
            with book.database.reading(actor) as session:
                print(f"{path.name}: " + describe_report(
                    report, args.dry_run, lambda e, i: labels.describe(session, e, i)))
    return 1 if failed else 0


# --- ward ------------------------------------------------------------------------------------

def _new_password() -> str:
    given = os.environ.get("HOAGIAI_NEW_PASSWORD")
    if given is not None:
        return given
    first = getpass.getpass(_("Password of the new book's administrator: "))
    if getpass.getpass(_("Type it again: ")) != first:
        from desktop.core.errors import ValidationError
        from desktop.core.i18n import N_

        raise ValidationError(N_("The two passwords differ. Nothing was changed: type them "
                                 "again."), field="password")
    return first


def run_ward_init(args: argparse.Namespace) -> int:
    """A new, encrypted ward office book, its first account (a ward administrator) and its
    exchange key."""
    from desktop.core.domain.roles import Role
    from desktop.core.exchange import keys, ward
    from desktop.core.services.workspace import accounts
    from desktop.core.services.workspace import book as workspace

    path = database_path(args)
    user = os.environ.get("HOAGIAI_USER") or input(_("User name: ")).strip()
    first = accounts.AccountInput(user, args.admin or user, Role.WARD_ADMIN)
    book, recovery_key = workspace.create_book(path, first, _new_password())
    with contextlib.ExitStack() as closing:
        closing.callback(book.database.dispose)  # the new book is closed however this ends
        with book.database.transaction(_actor(book)) as session:
            ward.init_ward(session, args.ward, args.commune, args.province)
            pair = keys.require_own_key(session)
    print(_("Ward office book {path} ready. Its key: {fingerprint}. Print its recovery sheet "
            "with hoagiai keys sheet.").format(path=path, fingerprint=keys.fingerprint(
                pair.key_id)))
    print(_("The book's recovery key (write it down and keep it locked away): {key}").format(
        key=recovery_key))
    return 0


def run_ward_enrol(args: argparse.Namespace) -> int:
    from desktop.core.exchange import keys, service, ward

    with transaction(args, "enrolment") as session:
        team = ward.enrol(session, service.read_file(args.file), replace=args.replace)
    print(_("Team {name} enrolled, key {fingerprint}. Check this key with the team leader, "
            "then send the team its settings package (hoagiai ward settings).").format(
        name=team["name"], fingerprint=keys.fingerprint(team["key_id"])))
    return 0


def run_ward_teams(args: argparse.Namespace) -> int:
    from desktop.core.exchange import keys

    with reading(args) as session:
        rows = keys.peers(session, "team")
        for row in rows:
            print(f"{row.peer_id}  {keys.fingerprint(row.key_id)}  {row.name}")
    print(_("{count} team(s).").format(count=len(rows)), file=sys.stderr)
    return 0


def run_ward_write(args: argparse.Namespace) -> int:
    from desktop.core.exchange import keys, ward

    writer = {"ward-settings": ward.write_ward_settings,
              "acknowledgment": ward.write_acknowledgment,
              "reference": ward.write_reference}[args.kind]
    with transaction(args, args.kind) as session:
        targets = ([ward.find_team(session, args.team)] if args.team
                   else keys.peers(session, "team"))
        for team in targets:
            written = writer(session, team.peer_id)
            _write_file(args.output / written.file_name, written.data)
            print(_("{team}: {path}").format(team=written.team_name,
                                             path=args.output / written.file_name))
    return 0


def run_ward_review(args: argparse.Namespace) -> int:
    from desktop.core.exchange import ward

    with reading(args) as session:
        items = ward.list_review(session, include_resolved=args.all)
    for item in items:
        print(_("#{number} {entity} {id} field {field}: base {base!r} / ward {ward!r} / team "
                "{team!r} [{status}]").format(number=item.number, entity=item.entity,
                                               id=item.entity_id, field=item.field,
                                               base=item.base, ward=item.ward, team=item.team,
                                               status=item.status))
    print(_("{count} conflict(s).").format(count=len(items)), file=sys.stderr)
    return 0


def run_ward_resolve(args: argparse.Namespace) -> int:
    from desktop.core.exchange import ward

    with transaction(args, args.reason) as session:
        ward.resolve(session, args.number, args.side, args.reason)
    print(_("Conflict {number} resolved.").format(number=args.number))
    return 0


def run_ward_transfer(args: argparse.Namespace) -> int:
    from desktop.core.errors import ValidationError
    from desktop.core.exchange import ward
    from desktop.core.i18n import N_

    try:
        case_id = uuid.UUID(args.case_id)
    except ValueError as error:
        raise ValidationError(N_("{value} is not a case id (see the ward's case list)."),
                              value=args.case_id) from error
    with transaction(args, args.reason) as session:
        moved = ward.transfer_case(session, case_id, args.to, args.reason)
    print(_("Case transferred: {count} records now belong to the receiving team.").format(
        count=moved))
    return 0


# --- keys ------------------------------------------------------------------------------------

def run_keys_show(args: argparse.Namespace) -> int:
    from desktop.core.exchange import book as book_kind
    from desktop.core.exchange import keys

    with reading(args) as session:
        pair = keys.own_key(session)
        kind = book_kind.kind(session)
        others = keys.peers(session, "team" if kind == book_kind.WARD else "ward")
        print(_("This book's key: {fingerprint}").format(
            fingerprint=keys.fingerprint(pair.key_id) if pair else _("none yet")))
        for row in others:
            print(_("Known key of {name}: {fingerprint}").format(
                name=row.name, fingerprint=keys.fingerprint(row.key_id)))
    return 0


def _require_key_manager(session: Any) -> None:
    """Only whoever sets the book up changes its exchange key (DOMAIN's role table): the team
    leader in a team's book, the ward administrator in the ward's."""
    from desktop.core.domain.roles import Permission
    from desktop.core.exchange import book as book_kind
    from desktop.core.policy import access

    ward = book_kind.kind(session) == book_kind.WARD
    access.require(session, Permission.MANAGE_WARD_SETTINGS if ward else Permission.SET_UP_TEAM)


def _key_change(args: argparse.Namespace, replace: bool) -> int:
    from desktop.core.exchange import keys, service

    with transaction(args, "exchange key") as session:
        _require_key_manager(session)
        pair = service.replace_key(session) if replace else keys.ensure_key(session)
    print(_("This book's key: {fingerprint}. Print its recovery sheet now (hoagiai keys "
            "sheet).").format(fingerprint=keys.fingerprint(pair.key_id)))
    return 0


def run_keys_create(args: argparse.Namespace) -> int:
    return _key_change(args, replace=False)


def run_keys_replace(args: argparse.Namespace) -> int:
    return _key_change(args, replace=True)


def run_keys_enrolment(args: argparse.Namespace) -> int:
    from desktop.core.exchange import keys, team_import

    with transaction(args, "enrolment") as session:
        data = team_import.enrolment_file(session)
        pair = keys.require_own_key(session)
        _write_file(args.output, data)
    print(_("Enrolment file written to {path}. Take it to the ward office; the key to check "
            "there is {fingerprint}.").format(path=args.output,
                                               fingerprint=keys.fingerprint(pair.key_id)))
    return 0


def run_keys_sheet(args: argparse.Namespace) -> int:
    from desktop.core.exchange import key_sheet_data

    with transaction(args, "key recovery sheet") as session:
        pdf = key_sheet_data.render_for(session)
        _write_file(args.output, pdf)
    print(_("Recovery sheet written to {path}. Print it, keep it locked away, and delete the "
            "file.").format(path=args.output))
    return 0


def run_keys_restore(args: argparse.Namespace) -> int:
    from desktop.core.exchange import keys

    code = args.code if args.code is not None else sys.stdin.readline()
    with transaction(args, "key restored") as session:
        _require_key_manager(session)
        pair = keys.restore_key(session, code)
    print(_("Key restored: {fingerprint}.").format(fingerprint=keys.fingerprint(pair.key_id)))
    return 0
