"""``hoagiai today`` (the day's work, as the start page shows it) and ``hoagiai calendar``
(``ics``: the hearings for a phone; ``agenda``: the week's agenda as a PDF)."""

from __future__ import annotations

import argparse
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.common import Commands, db_argument, iso_date, opened_book
from desktop.core.errors import WorkflowError
from desktop.core.i18n import N_, _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

NO_TEAM = N_("This book has no team of its own (a ward book): it has no day's work or "
             "calendar here.")


def register(commands: Commands) -> None:
    today = commands.add_parser("today", help=_("what is due today: the start page's reminders"))
    db_argument(today)
    today.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD",
                       help=_("as if today were this day"))
    today.set_defaults(handler=run_today)
    calendar = commands.add_parser("calendar", help=_("the hearings: .ics file or agenda PDF"))
    kinds = calendar.add_subparsers(dest="kind", required=True)
    ics = kinds.add_parser("ics", help=_("save the hearings as an .ics file for a phone"))
    agenda = kinds.add_parser("agenda", help=_("save the week's agenda of hearings as a PDF"))
    for parser in (ics, agenda):
        db_argument(parser)
        parser.add_argument("-o", "--output", type=Path, required=True,
                            help=_("the file to write"))
        parser.add_argument("--from", dest="first", type=iso_date, metavar="YYYY-MM-DD",
                            help=_("the first day (default: today)"))
    ics.add_argument("--days", type=int, default=31, help=_("how many days (default 31)"))
    ics.set_defaults(handler=run_ics)
    agenda.set_defaults(handler=run_agenda)


def _team(session: Session) -> uuid.UUID:
    from desktop.core.policy.settings import own_team_id

    team_id = own_team_id(session)
    if team_id is None:
        raise WorkflowError(NO_TEAM)
    return team_id


def run_today(args: argparse.Namespace) -> int:
    from desktop.core.services.reminders import reminders_of_book

    now = datetime.combine(args.on, datetime.now().time()) if args.on else datetime.now()
    with opened_book(args) as book, book.database.reading(book.actor) as session:
        found = reminders_of_book(session, book.database, _team(session), now)
    if not found:
        print(_("Nothing is due today. New cases and hearings will show here."))
        return 0
    for reminder in found:
        print(("! " if reminder.overdue else "- ") + reminder.text)
    return 0


def _write(path: Path, data: bytes) -> None:
    from desktop.core.files import atomic_write

    atomic_write(path, data)
    print(_("Written to {path}.").format(path=path))


def run_ics(args: argparse.Namespace) -> int:
    from desktop.core.services.calendar.agenda import calendar_ics

    first = args.first or date.today()
    last = first + timedelta(days=max(1, args.days) - 1)
    with opened_book(args) as book, book.database.reading(book.actor) as session:
        data = calendar_ics(session, _team(session), first, last)
    _write(args.output, data)
    return 0


def run_agenda(args: argparse.Namespace) -> int:
    from desktop.core.services.calendar.agenda import agenda_pdf

    with opened_book(args) as book, book.database.reading(book.actor) as session:
        pdf = agenda_pdf(session, _team(session), args.first or date.today(),
                         book.actor.user if book.actor else "")
    _write(args.output, pdf)
    return 0
