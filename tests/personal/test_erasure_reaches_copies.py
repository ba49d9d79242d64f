"""Erasure reaches the issued documents kept in the book: after a person is erased, ``verify
CODE -o`` no longer hands back a PDF with their name or citizen ID (the stored copies of their
cases' documents and of the team's logbook are dropped), the verification record stays, and
the command says why no copy was written."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.cli.main import main
from desktop.core.db.models import CaseParticipant, Person
from desktop.core.domain.enums import DocumentKind
from desktop.core.i18n import _
from desktop.core.services.documents import issued, verification
from desktop.core.services.documents.issued import IssueRequest
from desktop.core.services.people import personal_data, persons
from tests.conftest import encrypt_for_cli
from tests.core.helpers import build_case, close_successfully

CITIZEN_ID = "001070012345"


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "copy.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def _issue(book, actor, request: IssueRequest) -> str:
    with book.database.transaction(actor) as session:
        document = issued.prepare(session, request, author="Tổ trưởng")
        return issued.record_issue(session, document, "/home/to/Nguyen-Van-An.pdf").code


def _issued_world(book, actor, team_id):
    with book.database.transaction(actor) as session:
        parts = build_case(session, team_id)
        participant = session.get(CaseParticipant, parts.parties[0])
        assert participant is not None
        person_id = participant.person_id
        person = session.get(Person, person_id)
        assert person is not None
        persons.update_person(session, person_id, persons.PersonInput(
            person.full_name, person.sex, birth_year=1970, citizen_id=CITIZEN_ID,
            address="Số 3 ngõ 12"), today=date(2026, 3, 20))
        name = person.full_name
        close_successfully(session, parts.case_id)
    codes = [_issue(book, actor, IssueRequest(DocumentKind.AGREEMENT, case_id=parts.case_id)),
             _issue(book, actor, IssueRequest(DocumentKind.LOGBOOK, team_id=team_id,
                                              start=date(2026, 1, 1), end=date(2026, 12, 31)))]
    return person_id, name, codes


def test_an_erased_persons_name_and_id_are_no_longer_in_any_kept_copy(book, actor, team_id,
                                                                      tmp_path):
    person_id, name, codes = _issued_world(book, actor, team_id)
    with book.database.reading(actor) as session:
        before = [verification.verify(session, code) for code in codes]
    assert all(name in _text(found.pdf, tmp_path) for found in before)  # the test can fail
    assert CITIZEN_ID in _text(before[0].pdf, tmp_path)
    with book.database.transaction(actor) as session:
        personal_data.erase_person(session, person_id, date(2036, 6, 1), "yêu cầu của người đó")
    with book.database.reading(actor) as session:
        after = [verification.verify(session, code) for code in codes]
        targets = [session.scalar(select(issued.IssuedDocument.target).where(
            issued.IssuedDocument.code == code)) for code in codes]
    assert [found.pdf for found in after] == [b"", b""]
    assert [found.issued_at for found in after] == [found.issued_at for found in before]
    assert targets == ["", ""]  # "Nguyen-Van-An.pdf" named them too


def test_verify_o_writes_no_copy_of_an_erased_person_and_says_why(book, book_path, actor,
                                                                  team_id, tmp_path, capsys):
    person_id, _name, codes = _issued_world(book, actor, team_id)
    with book.database.transaction(actor) as session:
        personal_data.erase_person(session, person_id, date(2036, 6, 1), "yêu cầu")
    encrypt_for_cli(book, book_path)
    target = tmp_path / "ban-sao.pdf"
    assert main(["verify", "--db", str(book_path), "-o", str(target), codes[0]]) == 0
    assert not target.exists()
    assert _(verification.NO_COPY_KEPT) in capsys.readouterr().out
