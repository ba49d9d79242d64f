"""``hoagiai ward holidays FILE``: the ward enters the public holidays of a year (the government's
decision for it) from a file in the form of resources/reference/holidays.toml."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import Commands, db_argument, transaction
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_, _

UNREADABLE = N_("The file {path} could not be read as text (UTF-8): {detail}")
TOO_BIG = N_("The file {path} is too large for a list of public holidays.")
MAX_BYTES = 200_000  # what a team accepts in a reference package


def register(sub: Commands) -> None:
    parser = sub.add_parser("holidays", help=_(
        "enter the public holidays of a year from a file (the government's decision)"))
    parser.add_argument("file", type=Path, help=_(
        "a TOML file in the form of resources/reference/holidays.toml"))
    db_argument(parser)
    parser.add_argument("--dry-run", action="store_true",
                        help=_("check the file and say what would change, changing nothing"))
    parser.set_defaults(handler=run_ward_holidays)


def _read(path: Path) -> str:
    try:
        data = path.read_bytes()
        if len(data) > MAX_BYTES:
            raise HoagiaiError(TOO_BIG, path=str(path))
        return data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise HoagiaiError(UNREADABLE, path=str(path), detail=str(error)) from error


def run_ward_holidays(args: argparse.Namespace) -> int:
    from desktop.core.services.ward.holidays import update_holidays

    text = _read(args.file)
    with transaction(args, _("public holidays updated")) as session:
        summaries = update_holidays(session, text, dry_run=args.dry_run)
    for s in summaries:
        line = (_("{year}: {days} working day(s) off, {working} swapped working day(s) "
                  "(replaces the earlier entry); source: {source}") if s.replaced else
                _("{year}: {days} working day(s) off, {working} swapped working day(s); "
                  "source: {source}"))
        print(line.format(year=s.year, days=s.days_off, working=s.working, source=s.source))
    print(_("Nothing was changed (dry run).") if args.dry_run else _(
        "Saved. The teams receive it with the next reference package "
        "(hoagiai ward reference)."))
    return 0
