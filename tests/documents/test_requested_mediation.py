"""The parties who asked for mediation, printed where the documents name the grounds and the
parties (Law 35/2013 Art. 16 cl. 1 a); nothing for older cases where nobody was marked."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from desktop.core.db.models import Case
from desktop.core.documents.agreement import render_agreement
from desktop.core.documents.casefile import render_casefile
from desktop.core.documents.unsuccessful import render_unsuccessful
from desktop.core.domain.enums import Grounds, ParticipantRole, Sex
from desktop.core.services.cases import participants
from desktop.core.services.cases import records as cases
from desktop.core.services.documents import data as document_data
from desktop.core.services.people import persons as people
from tests.documents.sample_agreement import KHANG, LONG_NAME, MAI, NHUNG, THO, make_agreement
from tests.documents.sample_cases import make_casefile, make_unsuccessful

GENERAL = ("Vụ, việc được tiến hành hòa giải theo yêu cầu của một bên hoặc các bên có mâu "
           "thuẫn, tranh chấp.")
MARK = "người yêu cầu hòa giải"
ASKED = dataclasses.replace(NHUNG, requested_mediation=True)


def test_the_agreement_names_the_party_who_asked(pdf_text: Callable[[bytes], str]) -> None:
    text = pdf_text(render_agreement(make_agreement(participants=(ASKED, KHANG, MAI, THO))))
    assert ("Vụ, việc được tiến hành hòa giải theo yêu cầu của bà Nguyễn Thị Hồng Nhung."
            in text)
    assert "Bên thứ nhất: Bà Nguyễn Thị Hồng Nhung (người yêu cầu hòa giải)" in text
    assert GENERAL not in text
    assert text.count(MARK) == 1  # the other party is not marked


def test_both_parties_asked(pdf_text: Callable[[bytes], str]) -> None:
    both = (ASKED, dataclasses.replace(KHANG, requested_mediation=True), MAI, THO)
    text = pdf_text(render_agreement(make_agreement(participants=both)))
    assert (f"theo yêu cầu của bà Nguyễn Thị Hồng Nhung và ông {LONG_NAME}." in text)
    assert text.count(MARK) == 2


def test_an_older_case_with_nobody_marked_keeps_the_general_sentence(
        pdf_text: Callable[[bytes], str]) -> None:
    text = pdf_text(render_agreement(make_agreement()))
    assert GENERAL in text
    assert MARK not in text  # no guess at who asked


def test_other_grounds_are_not_turned_into_a_request(pdf_text: Callable[[bytes], str]) -> None:
    text = pdf_text(render_agreement(make_agreement(
        grounds=Grounds.LEADER_ASSIGNED, participants=(ASKED, KHANG, MAI, THO))))
    assert "theo sự phân công của tổ trưởng tổ hòa giải" in text
    assert "theo yêu cầu của bà" not in text


def test_the_unsuccessful_record_names_the_party_who_asked(
        pdf_text: Callable[[bytes], str]) -> None:
    text = pdf_text(render_unsuccessful(make_unsuccessful(
        participants=(ASKED, KHANG, MAI, THO))))
    assert "theo yêu cầu của bà Nguyễn Thị Hồng Nhung." in text
    assert GENERAL in pdf_text(render_unsuccessful(make_unsuccessful()))


def test_the_case_file_has_a_line_for_who_asked_only_when_someone_did(
        pdf_text: Callable[[bytes], str]) -> None:
    text = pdf_text(render_casefile(make_casefile(participants=(ASKED, KHANG, MAI, THO))))
    assert "Người yêu cầu hòa giải: Bà Nguyễn Thị Hồng Nhung" in text
    assert "Người yêu cầu hòa giải" not in pdf_text(render_casefile(make_casefile()))


def test_the_logbook_marks_the_party_who_asked_in_column_4(book, actor, team_id) -> None:
    with book.database.transaction(actor) as session:
        case_id = cases.open_case_with_parties(
            session, team_id,
            cases.CaseInput("Tranh chấp lối đi chung", date(2026, 3, 2),
                            Grounds.PARTY_REQUEST, "shared_path_utilities"),
            [cases.NewParty(people.PersonInput("Nguyễn Văn An", Sex.MALE, birth_year=1970,
                                               address="Thôn Đông"), True),
             cases.NewParty(people.PersonInput("Đặng Thị Bình", Sex.FEMALE))],
            today=date(2026, 3, 10))
        person = people.create_person(session, team_id, people.PersonInput("Lê Văn Tư"))
        participants.add_participant(session, case_id, person, ParticipantRole.RELATED)
    with book.database.reading(actor) as session:
        logbook = document_data.logbook_document(session, team_id, date(2026, 1, 1),
                                                 date(2026, 12, 31))
        agreement_lines = document_data.participant_lines(session.get(Case, case_id))
    [row] = logbook.rows
    assert row.people == ("Nguyễn Văn An, 56 tuổi, Thôn Đông, người yêu cầu hòa giải",
                          "Đặng Thị Bình", "Lê Văn Tư")
    assert [p.requested_mediation for p in agreement_lines] == [True, False, False]
