"""The case sub-commands of the CLI: listing cases and printing their documents."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.core.domain.enums import CaseStatus
from desktop.core.domain.labels import status_label
from desktop.core.domain.numbering import parse_case_number
from desktop.core.errors import NotFoundError
from desktop.core.i18n import N_, _
from desktop.core.services import case_list, documents, settings, workspace


def _open_existing(path: Path) -> workspace.OpenedBook:
    if not path.exists():
        raise NotFoundError(N_("There is no case book at {path}. Check the --db path."),
                            path=path)
    return workspace.open_book(path)


def list_cases(path: Path, year: int | None, status: str | None, search: str) -> int:
    book = _open_existing(path)
    wanted = case_list.CaseFilter(status=CaseStatus(status) if status else None, year=year,
                                  text=search)
    with book.database.reading() as session:
        wanted = case_list.CaseFilter(settings.own_team_id(session), wanted.status,
                                      wanted.year, wanted.text)
        rows = case_list.case_rows(session, case_list.case_ids(session, wanted))
    for row in rows:
        print(f"{row.number:>8}  {row.received_on:%d/%m/%Y}  {status_label(row.status):<14}  "
              f"{row.title}  [{row.parties}]")
    print(_("{count} case(s).").format(count=len(rows)), file=sys.stderr)
    return 0


def print_agreement(path: Path, case_number: str, output: Path, user: str) -> int:
    from desktop.core.documents.agreement import render_agreement

    book = _open_existing(path)
    seq, year = parse_case_number(case_number)
    actor = workspace.actor_for(book, user)
    with book.database.transaction(actor) as session:
        team_id = settings.own_team_id(session)
        case_id = case_list.find_case_by_number(session, team_id, seq, year) if team_id else None
        if case_id is None:
            raise NotFoundError(N_("There is no case number {number} in this case book."),
                                number=case_number)
        pdf = render_agreement(documents.agreement_document(session, case_id, author=user))
        output.write_bytes(pdf)
        documents.record_print(session, case_id, documents.DocumentKind.AGREEMENT, str(output))
    print(_("Written agreement of case {number} saved to {path}.")
          .format(number=case_number, path=output))
    return 0
