"""``hoagiai print DOCUMENT ...``: documents of the case book written to PDF files.

Each document registers its selectors in ``_DOCUMENTS``; printing is journaled like a print from
the desktop program.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.core.cli_common import (
    Commands,
    current_user,
    database_path,
    db_argument,
    open_existing,
)
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
        documents.record_print(session, case_id, documents.DocumentKind.AGREEMENT,
                               str(args.output))
    print(_("Written agreement of case {number} saved to {path}.")
          .format(number=args.case_number, path=args.output))
    return 0
