"""The ``hoagiai`` command line: a second face over the same services as the GUI.

With no sub-command it starts the desktop program (and says so clearly when there is no display).
Each area registers its own sub-commands from its own module (``COMMAND_MODULES``), so adding a
command never means editing a long central file; handlers import what they need lazily, so
``hoagiai --version`` stays instant.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.cli.common import Commands, database_location, database_path, db_argument
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _, set_language

COMMAND_MODULES = (
    "desktop.cli.cases",
    "desktop.cli.printing",
    "desktop.cli.verify",
    "desktop.cli.conventions",
    "desktop.cli.backup",
    "desktop.cli.audit",
    "desktop.cli.persons",
    "desktop.cli.search",
    "desktop.cli.statistics",
    "desktop.cli.exchange",
    "desktop.cli.accounts",
    "desktop.cli.calendar",
    "desktop.cli.server",
)


def _run_gui(args: argparse.Namespace) -> int:
    from desktop.cli.launch import launch_gui

    args.db = getattr(args, "db", None) or args.gui_db
    return launch_gui(database_location(args))  # a file, or a server's address


def _run_demo(args: argparse.Namespace) -> int:
    if args.ward:
        from desktop.cli.statistics import run_ward_demo

        return run_ward_demo(args)
    from desktop.core.demo.ward import create_team_demo_book

    path = database_path(args)
    summary = create_team_demo_book(path, args.team, replace_file=args.force)
    print(_("Demo case book written to {path}: {cases} cases, {mediators} mediators.")
          .format(path=path, cases=summary.cases, mediators=summary.mediators))
    from desktop.cli.accounts import print_demo_accounts

    print_demo_accounts(path, summary.recovery_key)
    return 0


def _register_own(commands: Commands) -> None:
    gui = commands.add_parser("gui", help=_("start the desktop program (the default)"))
    db_argument(gui)
    gui.set_defaults(handler=_run_gui)
    demo = commands.add_parser("demo", help=_("create a demo case book with realistic data"))
    db_argument(demo)
    demo.add_argument("--force", action="store_true", help=_("replace an existing file"))
    demo.add_argument("--ward", action="store_true",
                      help=_("a ward book holding the cases of three teams"))
    demo.add_argument("--team", type=int, default=1, metavar="N",
                      help=_("the book of demo team N (1 to 3): three distinct teams for a "
                             "demonstration of the exchange with the ward"))
    demo.set_defaults(handler=_run_demo)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hoagiai", description=_("Sổ hòa giải: the case book "
                                     "of a grassroots mediation team."))
    parser.add_argument("--version", action="version", version=f"hoagiai {__version__}")
    parser.add_argument("--lang", choices=("vi", "en"), default=None,
                        help=_("language of messages (default: Vietnamese)"))
    # `hoagiai --db PATH` starts the desktop program on that file (its own dest: a sub-command's
    # --db default would otherwise overwrite it). Kept as text: Path() would fold a server's
    # "postgresql://" into "postgresql:/", a file that does not exist (database_location sorts it).
    parser.add_argument("--db", dest="gui_db", type=str, default=None,
                        help=_("database file (default: the program's own data folder)"))
    parser.set_defaults(handler=_run_gui)
    importlib.import_module("desktop.cli.self_test").register_option(parser)
    commands = parser.add_subparsers(dest="command")
    _register_own(commands)
    for module in COMMAND_MODULES:
        importlib.import_module(module).register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        set_language(args.lang)
    try:
        return int(args.handler(args))
    except HoagiaiError as error:
        print(_("Error: {message}").format(message=error.message), file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`hoagiai ... | head`): say nothing more. Point stdout at
        # devnull so that Python's own flush at exit does not fail again (Python docs, "Note
        # on SIGPIPE").
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
