"""``hoagiai print DOCUMENT ...``: documents of the case book written to PDF files.

Each document registers its selectors in ``_DOCUMENTS``; printing is journaled like a print from
the desktop program.
"""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.cli.common import (
    Commands,
    current_user,
    db_argument,
    iso_date,
    transaction,
)
from desktop.core.domain.enums import DocumentKind
from desktop.core.domain.labels import label
from desktop.core.errors import NotFoundError
from desktop.core.files import write_out
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


def _issue(args: argparse.Namespace, request_for: Callable[[Any], Any]) -> Any:
    """Render the document with its verification code, write it, record it as issued."""
    from desktop.core.services.documents import issued

    user = current_user()
    with transaction(args) as session:
        document = issued.prepare(session, request_for(session), author=user)
        write_out(args.output, document.pdf)
        issued.record_issue(session, document, str(args.output))
    return document


def print_case_document(args: argparse.Namespace) -> int:
    """Print one document of one case (selected by its number) and record it as issued."""
    from desktop.core.services.documents.issued import IssueRequest

    kind = DocumentKind(args.document)
    document = _issue(args, lambda session: IssueRequest(
        kind, case_id=_case_id(session, args.case_number),
        hearing=getattr(args, "hearing", 1), court=getattr(args, "court", "")))
    print(_("{document} of case {number} saved to {path}.")
          .format(document=label(kind), number=args.case_number, path=args.output))
    _print_code(document)
    return 0


def _print_code(document: Any) -> None:
    print(_("Verification code: {code}").format(code=document.display_code))


def _case_id(session: Any, case_number: str) -> uuid.UUID:
    from desktop.core.domain.numbering import parse_case_number
    from desktop.core.policy import settings
    from desktop.core.services.cases import listing as case_list

    seq, year = parse_case_number(case_number)
    team_id = settings.own_team_id(session)
    case_id = case_list.find_case_by_number(session, team_id, seq, year) if team_id else None
    if case_id is None:
        raise NotFoundError(N_("There is no case number {number} in this case book."),
                            number=case_number)
    return case_id


def print_agreement(args: argparse.Namespace) -> int:
    from desktop.core.services.documents.issued import IssueRequest

    document = _issue(args, lambda session: IssueRequest(
        DocumentKind.AGREEMENT, case_id=_case_id(session, args.case_number)))
    print(_("Written agreement of case {number} saved to {path}.")
          .format(number=args.case_number, path=args.output))
    _print_code(document)
    return 0


def _period_document(documents: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    """A ``print NAME --from DAY --to DAY -o FILE`` sub-command for a team's period."""
    parser: argparse.ArgumentParser = documents.add_parser(name, help=help_text)
    parser.add_argument("--from", dest="start", type=iso_date, required=True,
                        help=_("first day, YYYY-MM-DD"))
    parser.add_argument("--to", dest="end", type=iso_date, required=True,
                        help=_("last day, YYYY-MM-DD"))
    db_argument(parser)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.set_defaults(handler=print_period_document)
    return parser


def print_period_document(args: argparse.Namespace) -> int:
    """Print a document of the team over a period and record it as issued."""
    from desktop.core.policy import settings
    from desktop.core.services.documents.issued import IssueRequest

    def request(session: Any) -> IssueRequest:
        team_id = settings.own_team_id(session)
        if team_id is None:
            raise NotFoundError(N_("This case book has no team yet."))
        return IssueRequest(DocumentKind(args.document), team_id=team_id, start=args.start,
                            end=args.end, volume=getattr(args, "volume", ""),
                            mediator=getattr(args, "mediator", ""))

    document = _issue(args, request)
    print(_("{document} for {start:%d/%m/%Y} to {end:%d/%m/%Y} saved to {path}.")
          .format(document=label(DocumentKind(args.document)), start=args.start, end=args.end,
                  path=args.output))
    _print_code(document)
    return 0
