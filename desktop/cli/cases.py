"""``hoagiai cases ...``: looking at the case book from the command line."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import Commands, db_argument, reading
from desktop.core.domain.enums import CaseStatus
from desktop.core.i18n import _

PAGE = 1_000  # rows fetched and printed at a time


def register(commands: Commands) -> None:
    cases = commands.add_parser("cases", help=_("work with cases"))
    case_commands = cases.add_subparsers(dest="cases_command", required=True)
    listing = case_commands.add_parser("list", help=_("list the cases"))
    db_argument(listing)
    listing.add_argument("--year", type=int)
    listing.add_argument("--status", choices=[status.value for status in CaseStatus])
    listing.add_argument("--search", default="")
    listing.set_defaults(handler=list_cases)


def list_cases(args: argparse.Namespace) -> int:
    from desktop.core.domain.labels import status_label
    from desktop.core.policy import settings
    from desktop.core.services.cases import listing as case_list

    status = CaseStatus(args.status) if args.status else None
    shown = 0
    with reading(args) as session:
        wanted = case_list.CaseFilter(settings.own_team_id(session), status, args.year,
                                      args.search)
        ids = case_list.case_ids(session, wanted)
        # Streamed a page at a time: the first lines come at once and only one page of rows
        # is held (all of a 100,000-case book's rows at once took 11-25 s before any output).
        for start in range(0, len(ids), PAGE):
            page = case_list.case_rows(session, ids[start:start + PAGE])
            sys.stdout.write("".join(
                f"{row.number:>8}  {row.received_on:%d/%m/%Y}  {status_label(row.status):<14}  "
                f"{row.title}  [{row.parties}]\n" for row in page))
            shown += len(page)
    print(_("{count} case(s).").format(count=shown), file=sys.stderr)
    return 0
