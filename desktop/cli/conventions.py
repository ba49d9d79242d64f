"""``hoagiai conventions ...``: import a village convention, look at it, see the annual review."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cli.common import (
    Commands,
    current_user,
    db_argument,
    iso_date,
    opened_book,
    reading,
    transaction,
)
from desktop.core.domain.labels import label
from desktop.core.errors import WorkflowError
from desktop.core.files import write_out
from desktop.core.i18n import N_, _

NO_TEAM = N_("This case book has no team yet. Open it in the program and set up the team "
             "first.")


def register(commands: Commands) -> None:
    conventions = commands.add_parser("conventions", help=_("village conventions"))
    sub = conventions.add_subparsers(dest="conventions_command", required=True)
    _register_import(sub)
    listing = sub.add_parser("list", help=_("list the conventions"))
    db_argument(listing)
    listing.set_defaults(handler=list_conventions)
    show = sub.add_parser("show", help=_("show a convention's articles"))
    db_argument(show)
    show.add_argument("convention", metavar="ID_OR_TITLE")
    show.add_argument("--on", type=iso_date, help=_("the version in force on this date"))
    show.set_defaults(handler=show_convention)
    review = sub.add_parser("review", help=_("the annual review: articles cited by cases"))
    db_argument(review)
    review.add_argument("convention", metavar="ID_OR_TITLE")
    review.add_argument("--from", dest="start", type=iso_date, required=True)
    review.add_argument("--to", dest="end", type=iso_date, required=True)
    review.add_argument("-o", "--output", type=Path,
                        help=_("also save the review report as this PDF file"))
    review.set_defaults(handler=review_convention)


def _register_import(sub: Any) -> None:
    importing = sub.add_parser("import", help=_("import a convention from .docx or .txt"))
    importing.add_argument("file", type=Path)
    db_argument(importing)
    importing.add_argument("--title", default="", help=_("default: read from the text"))
    importing.add_argument("--village", default="")
    importing.add_argument("--decision", default="", help=_("number of the recognition decision"))
    importing.add_argument("--decision-date", type=iso_date)
    importing.add_argument("--effective", type=iso_date,
                           help=_("default: the date of the decision"))
    importing.add_argument("--amends", metavar="CONVENTION_ID",
                           help=_("import as an amendment of this convention"))
    importing.add_argument("--full-text", action="store_true",
                           help=_("the amendment is the whole text: drop articles it lacks"))
    importing.add_argument("--dry-run", action="store_true", help=_("parse only; save nothing"))
    importing.set_defaults(handler=import_convention)


def import_convention(args: argparse.Namespace) -> int:
    from desktop.core.conventions.parser import guess_title, parse
    from desktop.core.conventions.reading import read_convention

    parsed = parse(read_convention(args.file))
    print_parsed(parsed)
    if args.dry_run:
        return 0
    title = args.title or guess_title(parsed) or args.file.stem
    result = _save(args, parsed, title)
    print(_("Saved: {new} new, {amended} amended, {unchanged} unchanged article(s). "
            "Convention id: {id}").format(new=result.new, amended=result.amended,
                                          unchanged=result.unchanged, id=result.convention_id))
    return 0


def _save(args: argparse.Namespace, parsed: Any, title: str) -> Any:
    from desktop.core.policy import settings
    from desktop.core.services.conventions import versions as conventions
    from desktop.core.services.conventions.views import find_convention

    recognition = conventions.Recognition(args.decision, args.decision_date, args.effective)
    source = args.file.name
    with transaction(args) as session:
        if args.amends:
            convention_id = find_convention(session, args.amends)
            return conventions.import_amendment(session, convention_id, parsed, recognition,
                                                source, full_text=args.full_text)
        team_id = settings.own_team_id(session)
        if team_id is None:
            raise WorkflowError(NO_TEAM)
        return conventions.import_convention(session, team_id, parsed, title, args.village,
                                             recognition, source)


def print_parsed(parsed: Any) -> None:
    print(_("{chapters} chapter(s), {articles} article(s), {clauses} clause(s), {flagged} "
            "flagged fragment(s).").format(
        chapters=sum(1 for c in parsed.chapters if c.number), articles=len(parsed.articles),
        clauses=parsed.clause_count, flagged=len(parsed.flagged)))
    for chapter in parsed.chapters:
        if chapter.number:
            print(_("Chapter {label}: {title}").format(label=chapter.label, title=chapter.title))
        for article in chapter.articles:
            print("  " + _("Article {number}. {title} ({clauses} clause(s))").format(
                number=article.number, title=article.title, clauses=len(article.clauses)))
    for number, fragment in parsed.flagged:
        where = _("Article {number}").format(number=number) if number else _("preamble")
        print(_("FLAGGED ({where}): {reason}").format(where=where, reason=fragment.message))
        print("    " + fragment.text.replace("\n", "\n    "))


def list_conventions(args: argparse.Namespace) -> int:
    from desktop.core.services.conventions import views as conventions

    with reading(args) as session:
        rows = conventions.list_conventions(session)
    for convention_id, title, village, versions in rows:
        print(f"{convention_id}  {title}  [{village}]  " +
              _("{count} version(s)").format(count=versions))
    print(_("{count} convention(s).").format(count=len(rows)), file=sys.stderr)
    return 0


def show_convention(args: argparse.Namespace) -> int:
    from desktop.core.services.conventions import views as conventions

    with reading(args) as session:
        view = conventions.show_convention(
            session, conventions.find_convention(session, args.convention), args.on)
    print(view.title)
    _print_versions(view)
    chapter = None
    for article in view.articles:
        if article.chapter_label != chapter:
            chapter = article.chapter_label
            print(_("Chapter {label}: {title}").format(label=chapter,
                                                       title=article.chapter_title))
        print("  " + _("Article {number}. {title}").format(number=article.number,
                                                           title=article.title))
        print("    " + article.text.replace("\n", "\n    "))
    print(_(view.reminder))
    return 0


def date_label(day: date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else "-"


def _print_versions(view: Any) -> None:
    for version in view.versions:
        mark = "*" if version.id == view.shown_version.id else " "
        print(f"{mark} v{version.ordinal}  " + _(
            "decision {decision} of {date}, in effect from {effective}: {status}").format(
            decision=version.decision_no or "-", date=date_label(version.decision_date),
            effective=date_label(version.effective_on), status=label(version.status)))
        if version.status_decision_no:
            print("      " + _("status set by decision {decision} of {date}, from {since}").format(
                decision=version.status_decision_no, date=date_label(version.status_decision_date),
                since=date_label(version.status_since)))


def review_convention(args: argparse.Namespace) -> int:
    from desktop.core.services.conventions import citations as convention_citations
    from desktop.core.services.conventions import views as conventions

    with opened_book(args) as book:
        with book.database.reading(book.actor) as session:
            convention_id = conventions.find_convention(session, args.convention)
            review = convention_citations.annual_review(session, convention_id, args.start,
                                                        args.end)
        if args.output is not None:
            _save_review(book, convention_id, args)
    for row in review.rows:
        outcomes = ", ".join(f"{label(status)}: {count}" for status, count in row.by_status)
        print(f"{row.number:>4}  {row.cases:>3}  {row.title}  {outcomes}")
    print(_("Never cited: {numbers}").format(
        numbers=", ".join(str(r.number) for r in review.never_cited) or "-"))
    print(_(review.reminder))
    if args.output is not None:
        print(_("The review report for {start:%d/%m/%Y} to {end:%d/%m/%Y} was saved to "
                "{path}.").format(start=args.start, end=args.end, path=args.output))
    return 0


def _save_review(book: Any, convention_id: Any, args: argparse.Namespace) -> None:
    """Render the review report, write it, and journal the print in the same unit of work."""
    from desktop.core.documents.convention_review import render_convention_review
    from desktop.core.services.conventions import citations as convention_citations

    user = current_user()
    with book.database.transaction(book.actor) as session:
        document = convention_citations.review_document(session, convention_id, args.start,
                                                        args.end, author=user)
        write_out(args.output, render_convention_review(document))
        convention_citations.record_review_print(session, convention_id, str(args.output),
                                                 args.start, args.end)
