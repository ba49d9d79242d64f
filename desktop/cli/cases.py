"""``hoagiai cases ...``: looking at the case book from the command line."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import Commands, db_argument, reading
from desktop.core.domain.enums import CaseStatus
from desktop.core.i18n import _

PAGE = 1_000  # lines written to the terminal at a time


def register(commands: Commands) -> None:
    cases = commands.add_parser("cases", help=_("work with cases"))
    case_commands = cases.add_subparsers(dest="cases_command", required=True)
    listing = case_commands.add_parser("list", help=_("list the cases"))
    db_argument(listing)
    listing.add_argument("--year", type=int)
    listing.add_argument("--status", choices=[status.value for status in CaseStatus])
    listing.add_argument("--search", default="")
    listing.set_defaults(handler=list_cases)
    from desktop.cli.case_show import register as register_show

    register_show(case_commands)


def list_cases(args: argparse.Namespace) -> int:
    from desktop.core.domain.labels import status_label
    from desktop.core.policy import settings
    from desktop.core.services.cases import streaming
    from desktop.core.services.cases.listing import CaseFilter

    status = CaseStatus(args.status) if args.status else None
    status_width = max(len(status_label(s)) for s in CaseStatus)
    shown = 0
    with reading(args) as session:
        wanted = CaseFilter(settings.own_team_id(session), status, args.year, args.search)
        # Sized before the first line, so 07/2026 and 12345/2026 stand in one column.
        number_width = streaming.widest_number(session, wanted)
        lines: list[str] = []
        # One stream of the cases and their parties: the first lines come at once, and only
        # a page of lines is held whatever the size of the book.
        for case in streaming.stream_cases(session, wanted):
            lines.append(f"{case.number:>{number_width}}  {case.received_on:%d/%m/%Y}  "
                         f"{status_label(case.status):<{status_width}}  {case.title}  "
                         f"[{', '.join(case.parties)}]\n")
            if len(lines) >= PAGE:
                sys.stdout.write("".join(lines))
                shown, lines = shown + len(lines), []
        sys.stdout.write("".join(lines))
        shown += len(lines)
    print(_("{count} case(s).").format(count=shown), file=sys.stderr)
    return 0
