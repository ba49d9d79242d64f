"""The ``hoagiai`` command line: a second face over the same services as the GUI.

With no sub-command it starts the desktop program (and says so clearly when there is no display).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop import __version__
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _, set_language

Handler = Callable[[argparse.Namespace], int]


def _db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, default=None,
                        help=_("database file (default: the program's own data folder)"))


def _database_path(args: argparse.Namespace) -> Path:
    from desktop.core.services.workspace import default_database_path

    return args.db or default_database_path()


def _user() -> str:
    return getpass.getuser() or "cli"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hoagiai", description=_("Sổ hòa giải: the case book "
                                     "of a grassroots mediation team."))
    parser.add_argument("--version", action="version", version=f"hoagiai {__version__}")
    parser.add_argument("--lang", choices=("vi", "en"), default=None,
                        help=_("language of messages (default: Vietnamese)"))
    # `hoagiai --db PATH` starts the desktop program on that file (its own dest: a sub-command's
    # --db default would otherwise overwrite it).
    parser.add_argument("--db", dest="gui_db", type=Path, default=None,
                        help=_("database file (default: the program's own data folder)"))
    commands = parser.add_subparsers(dest="command")
    gui = commands.add_parser("gui", help=_("start the desktop program (the default)"))
    _db_argument(gui)
    demo = commands.add_parser("demo", help=_("create a demo case book with realistic data"))
    _db_argument(demo)
    demo.add_argument("--force", action="store_true", help=_("replace an existing file"))
    cases = commands.add_parser("cases", help=_("work with cases"))
    case_commands = cases.add_subparsers(dest="cases_command", required=True)
    listing = case_commands.add_parser("list", help=_("list the cases"))
    _db_argument(listing)
    listing.add_argument("--year", type=int)
    listing.add_argument("--status", choices=("in_progress", "successful", "unsuccessful",
                                              "not_eligible"))
    listing.add_argument("--search", default="")
    printing = commands.add_parser("print", help=_("print a document to a PDF file"))
    documents = printing.add_subparsers(dest="document", required=True)
    agreement = documents.add_parser("agreement", help=_("the written agreement of a case"))
    agreement.add_argument("case_number", help=_("case number, e.g. 03/2026"))
    _db_argument(agreement)
    agreement.add_argument("-o", "--output", type=Path, required=True)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from desktop.core.launch import launch_gui

    args.db = getattr(args, "db", None) or args.gui_db
    return launch_gui(_database_path(args))


def _run_demo(args: argparse.Namespace) -> int:
    from desktop.core.services.demo import create_demo_book

    path = _database_path(args)
    summary = create_demo_book(path, replace=args.force)
    print(_("Demo case book written to {path}: {cases} cases, {mediators} mediators.")
          .format(path=path, cases=summary.cases, mediators=summary.mediators))
    return 0


def _run_cases_list(args: argparse.Namespace) -> int:
    from desktop.core import cli_cases

    return cli_cases.list_cases(_database_path(args), args.year, args.status, args.search)


def _run_print(args: argparse.Namespace) -> int:
    from desktop.core import cli_cases

    return cli_cases.print_agreement(_database_path(args), args.case_number, args.output,
                                     _user())


def _handler(args: argparse.Namespace) -> Handler:
    if args.command in (None, "gui"):
        return _run_gui
    return {"demo": _run_demo, "cases": _run_cases_list, "print": _run_print}[args.command]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        set_language(args.lang)
    try:
        return _handler(args)(args)
    except HoagiaiError as error:
        print(_("Error: {message}").format(message=error.message), file=sys.stderr)
        return 1
