"""Who asked to stop (Law 35/2013 Art. 23(2)): recorded on closing, validated, printed on the
record of unsuccessful mediation and read back with pdftotext."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest

from desktop.core.documents.unsuccessful import render_unsuccessful
from desktop.core.domain.enums import OutcomeKind
from desktop.core.errors import HoagiaiError, ValidationError
from desktop.core.services.cases import detail as case_detail
from desktop.core.services.cases import outcomes, stop_requests
from desktop.core.services.documents import data as document_data
from tests.core.helpers import TODAY, build_case
from tests.documents.sample_agreement import KHANG, LONG_NAME, NHUNG
from tests.documents.sample_cases import make_unsuccessful

TextOf = Callable[[bytes], str]
STOPPED_ON = TODAY


@pytest.fixture
def parts(book, actor, team_id):
    with book.database.transaction(actor) as s:
        return build_case(s, team_id, agreement=False)


def _close(book, actor, case_id: uuid.UUID, kind=OutcomeKind.PARTY_ASKED_TO_STOP,
           **changes: object) -> None:
    with book.database.transaction(actor) as s:
        outcomes.close_case(s, case_id, kind, STOPPED_ON, guidance="Đến UBND phường",
                            today=TODAY, **changes)  # type: ignore[arg-type]


def _refused(book, actor, case_id: uuid.UUID, **changes: object) -> HoagiaiError:
    with pytest.raises(HoagiaiError) as caught:
        _close(book, actor, case_id, **changes)
    return caught.value


def _printed(book, case_id: uuid.UUID, pdf_text: TextOf) -> str:
    with book.database.reading() as s:
        doc = document_data.unsuccessful_document(s, case_id)
    return pdf_text(render_unsuccessful(doc))


def test_one_party_asking_is_printed_by_name(book, actor, parts, pdf_text: TextOf) -> None:
    _close(book, actor, parts.case_id, stop_requested_by=(parts.parties[1],))
    with book.database.reading() as s:
        assert case_detail.get_case(s, parts.case_id).outcome.stop_requested_by == (
            "Đặng Thị Bình",)
    text = _printed(book, parts.case_id, pdf_text)
    assert ("ngày 10 tháng 3 năm 2026, ông Đặng Thị Bình yêu cầu chấm dứt hòa giải "
            "(khoản 2 Điều 23 Luật Hòa giải ở cơ sở)") in text
    assert "ghi rõ bên yêu cầu" not in text and "Nguyễn Văn An yêu cầu" not in text


def test_both_parties_asking_is_said_once(book, actor, parts, pdf_text: TextOf) -> None:
    _close(book, actor, parts.case_id, stop_requested_by=parts.parties)
    text = _printed(book, parts.case_id, pdf_text)
    assert ("cả hai bên (ông Nguyễn Văn An và ông Đặng Thị Bình) yêu cầu chấm dứt hòa giải"
            in text)


def test_the_mediator_ending_it_names_no_party(book, actor, parts, pdf_text: TextOf) -> None:
    _close(book, actor, parts.case_id, kind=OutcomeKind.MEDIATOR_ENDED, stop_requested_by=())
    text = _printed(book, parts.case_id, pdf_text)
    assert "hòa giải viên quyết định kết thúc hòa giải" in text
    assert "(khoản 3 Điều 23 Luật Hòa giải ở cơ sở)" in text and "yêu cầu chấm dứt" not in text


def test_a_stop_with_nobody_ticked_is_refused(book, actor, parts) -> None:
    error = _refused(book, actor, parts.case_id, stop_requested_by=())
    assert isinstance(error, ValidationError) and error.field == "stop_requested_by"
    assert error.message_id == stop_requests.NONE_TICKED
    assert "Vui lòng đánh dấu bên hoặc các bên" in str(error)  # translated, in Vietnamese


def test_only_a_party_of_this_case_can_ask(book, actor, team_id, parts) -> None:
    from tests.core.helpers import add_person
    with book.database.transaction(actor) as s:
        related = add_person(s, parts.case_id, team_id, "Trần Văn Dũng",
                             role=case_detail.ParticipantRole.RELATED)
    for stranger in (related, uuid.uuid4()):
        error = _refused(book, actor, parts.case_id, stop_requested_by=(stranger,))
        assert error.message_id == stop_requests.NOT_A_PARTY
    with book.database.reading() as s:
        assert case_detail.get_case(s, parts.case_id).outcome is None  # nothing changed


def test_a_mediators_ending_names_nobody_who_asked(book, actor, parts) -> None:
    error = _refused(book, actor, parts.case_id, kind=OutcomeKind.MEDIATOR_ENDED,
                     stop_requested_by=(parts.parties[0],))
    assert error.message_id == stop_requests.NOT_A_STOP


def test_not_saying_keeps_what_was_recorded(book, actor, parts) -> None:
    """An amendment from a caller that does not speak of it (the CLI, the demo) keeps it."""
    _close(book, actor, parts.case_id, stop_requested_by=(parts.parties[0],))
    with book.database.transaction(actor, reason="sửa ghi chú") as s:
        outcomes.close_case(s, parts.case_id, OutcomeKind.PARTY_ASKED_TO_STOP, STOPPED_ON,
                            guidance="Đến UBND phường", note="Sửa ghi chú", today=TODAY)
    with book.database.reading() as s:
        outcome = case_detail.get_case(s, parts.case_id).outcome
    assert outcome.stop_requested_by == ("Nguyễn Văn An",) and outcome.note == "Sửa ghi chú"


def test_the_document_names_with_honorifics_and_joins_in_vietnamese(pdf_text: TextOf) -> None:
    both = pdf_text(render_unsuccessful(make_unsuccessful(
        stop_requested_by=(NHUNG.full_name, LONG_NAME))))
    assert f"cả hai bên (bà {NHUNG.full_name} và ông {LONG_NAME}) yêu cầu" in both
    one = pdf_text(render_unsuccessful(make_unsuccessful(stop_requested_by=(KHANG.full_name,))))
    assert f"ông {KHANG.full_name} yêu cầu chấm dứt hòa giải" in one
    assert "cả hai bên (" not in one


def test_stored_words_read_back() -> None:
    assert stop_requests.names(stop_requests.stored(("A B", "C D"))) == ("A B", "C D")
    assert stop_requests.names("") == ()
