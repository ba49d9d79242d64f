"""``hoagiai print DOCUMENT ...``: documents of the case book written to PDF files.

Each document registers its selectors in ``_DOCUMENTS``; printing is journaled like a print from
the desktop program.
"""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from desktop.core.cli_common import (
    Commands,
    current_user,
    database_path,
    db_argument,
    open_existing,
)
from desktop.core.domain.enums import DocumentKind
from desktop.core.domain.labels import label
from desktop.core.errors import NotFoundError
from desktop.core.i18n import N_, _


def register(commands: Commands) -> None:
    printing = commands.add_parser("print", help=_("print a document to a PDF file"))
    documents = printing.add_subparsers(dest="document", required=True)
    agreement = documents.add_parser("agreement", help=_("the written agreement of a case"))
    agreement.add_argument("case_number", help=_("case number, e.g. 03/2026"))
    db_argument(agreement)
    agreement.add_argument("-o", "--output", type=Path, required=True)
    agreement.set_defaults(handler=print_agreement)
    _case_document(documents, "unsuccessful", _("the record of unsuccessful mediation of a case"))
    minutes = _case_document(documents, "minutes", _("the minutes of one hearing of a case"))
    _hearing_argument(minutes)
    invitation = _case_document(
        documents, "invitation",
        _("invitations to one hearing of a case, one page for each invitee"))
    _hearing_argument(invitation)
    guidance = _case_document(
        documents, "guidance", _("the court-recognition guidance sheet of a successful case"))
    guidance.add_argument("--court", default="",
                          help=_("the court to name (default: the setting, or a general text)"))
    _case_document(documents, "casefile", _("the case file summary: everything about a case"))
    logbook = _period_document(documents, "logbook",
                               _("the logbook of the cases received in a period"))
    logbook.add_argument("--volume", default="", help=_("volume number printed on the cover"))
    remuneration = _period_document(
        documents, "remuneration",
        _("the request for mediators' remuneration for the cases that ended in a period"))
    remuneration.add_argument("--mediator", default="",
                              help=_("full name of one mediator (default: the whole team)"))


def _case_document(documents: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    """A ``print NAME CASE_NUMBER -o FILE`` sub-command printed by :func:`print_case_document`."""
    parser: argparse.ArgumentParser = documents.add_parser(name, help=help_text)
    parser.add_argument("case_number", help=_("case number, e.g. 03/2026"))
    db_argument(parser)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.set_defaults(handler=print_case_document)
    return parser


def _hearing_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--hearing", type=int, default=1,
                        help=_("which hearing of the case, counted from 1 (default 1)"))


CaseRenderer = Callable[[Any, uuid.UUID, argparse.Namespace, str], bytes]


def _render_case_document(name: str) -> CaseRenderer:
    from desktop.core.documents.casefile import render_casefile
    from desktop.core.documents.guidance import render_guidance
    from desktop.core.documents.invitation import render_invitation
    from desktop.core.documents.minutes import render_minutes
    from desktop.core.documents.unsuccessful import render_unsuccessful
    from desktop.core.services import document_data as data

    renderers: dict[str, CaseRenderer] = {
        "unsuccessful": lambda s, case, args, user: render_unsuccessful(
            data.unsuccessful_document(s, case, author=user)),
        "minutes": lambda s, case, args, user: render_minutes(
            data.minutes_document(s, case, args.hearing, author=user)),
        "invitation": lambda s, case, args, user: render_invitation(
            data.invitation_document(s, case, args.hearing, author=user)),
        "guidance": lambda s, case, args, user: render_guidance(
            data.guidance_document(s, case, author=user, court=args.court)),
        "casefile": lambda s, case, args, user: render_casefile(
            data.casefile_document(s, case, author=user)),
    }
    return renderers[name]


def print_case_document(args: argparse.Namespace) -> int:
    """Print one document of one case (selected by its number) and journal it."""
    from desktop.core.services import documents, workspace

    book = open_existing(database_path(args))
    user = current_user()
    render = _render_case_document(args.document)
    with book.database.transaction(workspace.actor_for(book, user)) as session:
        case_id = _case_id(session, args.case_number)
        args.output.write_bytes(render(session, case_id, args, user))
        documents.record_print(session, case_id, DocumentKind(args.document),
                               str(args.output))
    print(_("{document} of case {number} saved to {path}.")
          .format(document=label(DocumentKind(args.document)), number=args.case_number,
                  path=args.output))
    return 0


def _case_id(session: Any, case_number: str) -> uuid.UUID:
    from desktop.core.domain.numbering import parse_case_number
    from desktop.core.services import case_list, settings

    seq, year = parse_case_number(case_number)
    team_id = settings.own_team_id(session)
    case_id = case_list.find_case_by_number(session, team_id, seq, year) if team_id else None
    if case_id is None:
        raise NotFoundError(N_("There is no case number {number} in this case book."),
                            number=case_number)
    return case_id


def print_agreement(args: argparse.Namespace) -> int:
    from desktop.core.documents.agreement import render_agreement
    from desktop.core.domain.numbering import parse_case_number
    from desktop.core.services import case_list, documents, settings, workspace

    book = open_existing(database_path(args))
    seq, year = parse_case_number(args.case_number)
    user = current_user()
    with book.database.transaction(workspace.actor_for(book, user)) as session:
        team_id = settings.own_team_id(session)
        case_id = case_list.find_case_by_number(session, team_id, seq, year) if team_id else None
        if case_id is None:
            raise NotFoundError(N_("There is no case number {number} in this case book."),
                                number=args.case_number)
        pdf = render_agreement(documents.agreement_document(session, case_id, author=user))
        args.output.write_bytes(pdf)
        documents.record_print(session, case_id, DocumentKind.AGREEMENT,
                               str(args.output))
    print(_("Written agreement of case {number} saved to {path}.")
          .format(number=args.case_number, path=args.output))
    return 0


def _period_document(documents: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    """A ``print NAME --from DAY --to DAY -o FILE`` sub-command for a team's period."""
    parser: argparse.ArgumentParser = documents.add_parser(name, help=help_text)
    parser.add_argument("--from", dest="start", type=_day, required=True,
                        help=_("first day, YYYY-MM-DD"))
    parser.add_argument("--to", dest="end", type=_day, required=True,
                        help=_("last day, YYYY-MM-DD"))
    db_argument(parser)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.set_defaults(handler=print_period_document)
    return parser


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("not a date in the form YYYY-MM-DD: {text}")
                                         .format(text=text)) from None


PeriodRenderer = Callable[[Any, uuid.UUID, argparse.Namespace, str], bytes]


def _render_period_document(name: str) -> PeriodRenderer:
    from desktop.core.documents.logbook import render_logbook
    from desktop.core.documents.remuneration import render_remuneration
    from desktop.core.services import document_data as data

    renderers: dict[str, PeriodRenderer] = {
        "logbook": lambda s, team, args, user: render_logbook(
            data.logbook_document(s, team, args.start, args.end, volume=args.volume,
                                  author=user)),
        "remuneration": lambda s, team, args, user: render_remuneration(
            data.remuneration_document(s, team, args.start, args.end,
                                       mediator_name=args.mediator, author=user)),
    }
    return renderers[name]


def print_period_document(args: argparse.Namespace) -> int:
    """Print a document of the team over a period and journal it."""
    from desktop.core.services import document_data, settings, workspace

    book = open_existing(database_path(args))
    user = current_user()
    render = _render_period_document(args.document)
    with book.database.transaction(workspace.actor_for(book, user)) as session:
        team_id = settings.own_team_id(session)
        if team_id is None:
            raise NotFoundError(N_("This case book has no team yet."))
        args.output.write_bytes(render(session, team_id, args, user))
        document_data.record_team_print(session, team_id, args.document, str(args.output),
                                        args.start, args.end)
    print(_("{document} for {start:%d/%m/%Y} to {end:%d/%m/%Y} saved to {path}.")
          .format(document=label(DocumentKind(args.document)), start=args.start, end=args.end,
                  path=args.output))
    return 0
