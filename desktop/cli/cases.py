"""``hoagiai cases ...``: looking at the case book from the command line."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import Commands, db_argument, reading
from desktop.core.domain.enums import CaseStatus
from desktop.core.i18n import _


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
    with reading(args) as session:
        wanted = case_list.CaseFilter(settings.own_team_id(session), status, args.year,
                                      args.search)
        rows = case_list.case_rows(session, case_list.case_ids(session, wanted))
    for row in rows:
        print(f"{row.number:>8}  {row.received_on:%d/%m/%Y}  {status_label(row.status):<14}  "
              f"{row.title}  [{row.parties}]")
    print(_("{count} case(s).").format(count=len(rows)), file=sys.stderr)
    return 0
