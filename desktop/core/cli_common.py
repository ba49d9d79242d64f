"""Pieces every sub-command module of the CLI shares."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import Any

from desktop.core.errors import NotFoundError
from desktop.core.i18n import N_, _

Commands = Any  # argparse's private _SubParsersAction: what add_subparsers() returns


def db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, default=None,
                        help=_("database file (default: the program's own data folder)"))


def database_path(args: argparse.Namespace) -> Path:
    from desktop.core.services.workspace import default_database_path

    return getattr(args, "db", None) or default_database_path()


def current_user() -> str:
    return getpass.getuser() or "cli"


def open_existing(path: Path) -> Any:
    """The case book at ``path``; a missing file is an error, never a new empty book."""
    from desktop.core.services import workspace

    if not path.exists():
        raise NotFoundError(N_("There is no case book at {path}. Check the --db path."),
                            path=path)
    return workspace.open_book(path)
