"""``hoagiai statistics --from DAY --to DAY [--team NAME] [-o FILE.pdf|.csv] [--submit]``:
the ward's statistics report of a period, shown, written to a file, or submitted (locked)."""

from __future__ import annotations

import argparse
import unicodedata
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cli.common import (
    Commands,
    database_path,
    db_argument,
    iso_date,
    transaction,
)
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.files import write_out
from desktop.core.i18n import N_, _


def register(commands: Commands) -> None:
    parser = commands.add_parser(
        "statistics", help=_("the statistics report of a period, for the ward or one team"))
    parser.add_argument("--from", dest="start", type=iso_date, required=True,
                        help=_("first day, YYYY-MM-DD"))
    parser.add_argument("--to", dest="end", type=iso_date, required=True,
                        help=_("last day, YYYY-MM-DD"))
    parser.add_argument("--team", default="", help=_("only this team (its name)"))
    db_argument(parser)
    parser.add_argument("-o", "--output", type=Path, default=None,
                        help=_("write the report to FILE.pdf or FILE.csv"))
    parser.add_argument("--submit", action="store_true",
                        help=_("submit the period: its figures are locked from then on"))
    parser.set_defaults(handler=run_statistics)


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def find_team(session: Any, name: str) -> uuid.UUID:
    """The team with this name, or the only team whose name contains it."""
    from sqlalchemy import select

    from desktop.core.db.models import Team

    teams = list(session.execute(select(Team.id, Team.name)))
    wanted = _fold(name)
    exact = [i for i, n in teams if _fold(n) == wanted]
    partial = [i for i, n in teams if wanted in _fold(n)]
    found = exact or partial
    if len(found) != 1:
        raise NotFoundError(N_("No single team is called {name}. The teams of this book are: "
                               "{teams}."), name=name, teams=", ".join(n for _i, n in teams))
    return found[0]  # type: ignore[no-any-return]


def _check_output(args: argparse.Namespace) -> str:
    if args.output is None:
        return ""
    suffix = str(args.output.suffix).lower()
    if suffix not in (".pdf", ".csv"):
        raise ValidationError(N_("Give the report file a name ending in .pdf or .csv."),
                              field="output")
    return suffix


def run_statistics(args: argparse.Namespace) -> int:
    from desktop.core.statistics.periods import make_period
    from desktop.core.statistics.submissions import statistics_report, submit_period

    period = make_period(args.start, args.end)
    if args.submit and args.team:
        raise ValidationError(N_("A period is submitted for the whole ward: leave out --team."),
                              field="team")
    suffix = _check_output(args)
    today = date.today()
    with transaction(args) as session:
        team_id = find_team(session, args.team) if args.team else None
        if args.submit:
            report = submit_period(session, period, today)
        else:
            report = statistics_report(session, period, today, team_id)
        if suffix:
            write_out(args.output, _render(report, suffix))
            _record_export(session, report, str(args.output))
    _say(report, args, suffix)
    return 0


def _render(report: Any, suffix: str) -> bytes:
    if suffix == ".csv":
        from desktop.core.statistics.export_csv import report_csv

        return report_csv(report)
    from desktop.core.documents.statistics_report import render_statistics_report

    return render_statistics_report(report)


def _record_export(session: Any, report: Any, target: str) -> None:
    from desktop.core.statistics.submissions import record_export

    record_export(session, report, target)


def _say(report: Any, args: argparse.Namespace, suffix: str) -> None:
    from desktop.core.statistics.text import report_text

    if args.submit:
        print(_("The period {period} is submitted; its figures are locked.")
              .format(period=report.period.label))
    if suffix:
        print(_("Statistics report for {period} saved to {path}.")
              .format(period=report.period.label, path=args.output))
    else:
        print(report_text(report))


def run_ward_demo(args: argparse.Namespace) -> int:
    """``hoagiai demo --ward``: a ward book holding three demo teams' cases."""
    from desktop.core.demo.ward import ADMIN, DEMO_PASSWORD, OFFICER, create_ward_demo_book

    path = database_path(args)
    summary = create_ward_demo_book(path, replace_file=args.force)
    print(_("Demo ward book written to {path}: {teams} teams, {cases} cases, {mediators} "
            "mediators.").format(path=path, teams=summary.teams, cases=summary.book.cases,
                                 mediators=summary.book.mediators))
    print(_("Log in as {officer} (ward officer) or {admin} (ward administrator), password "
            "{password}. Recovery key of the book: {key}").format(
        officer=OFFICER, admin=ADMIN, password=DEMO_PASSWORD, key=summary.recovery_key))
    return 0
