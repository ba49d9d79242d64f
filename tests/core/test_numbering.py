"""Case numbers: a running number per team and calendar year, written like 03/2026."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.core.db.models import Case, Team
from desktop.core.domain.numbering import format_case_number, parse_case_number
from desktop.core.errors import ValidationError
from desktop.core.services.cases import detail as case_detail
from desktop.core.services.cases import listing as case_list
from desktop.core.services.cases import records as cases
from tests.core.helpers import case_input, open_case

# Time limits per example only measure the machine's load, not the code.
NO_DEADLINE = settings(deadline=None)


def numbers(session, team_id) -> list[str]:
    rows = session.scalars(select(Case).where(Case.team_id == team_id)
                           .order_by(Case.year, Case.seq))
    return [case.number for case in rows]


# --- numbering through the services --------------------------------------------------------------

def test_cases_are_numbered_from_01_within_a_year(book, actor, team_id):
    with book.database.transaction(actor) as s:
        first = open_case(s, team_id, "Việc thứ nhất")
        second = open_case(s, team_id, "Việc thứ hai")
    with book.database.transaction(actor) as s:
        third = open_case(s, team_id, "Việc thứ ba", received_on=date(2026, 1, 1))
    with book.database.reading() as s:
        assert [case_detail.get_case(s, i).number for i in (first, second, third)] == [
            "01/2026", "02/2026", "03/2026"]


def test_numbering_restarts_each_calendar_year(book, actor, team_id):
    new_year_day = date(2027, 1, 2)
    with book.database.transaction(actor) as s:
        open_case(s, team_id, "Cuối năm", received_on=date(2026, 12, 31), today=new_year_day)
        open_case(s, team_id, "Cuối năm nữa", received_on=date(2026, 12, 31),
                  today=new_year_day)
        new_year = open_case(s, team_id, "Đầu năm", received_on=date(2027, 1, 1),
                             today=new_year_day)
        open_case(s, team_id, "Còn sót của năm cũ", received_on=date(2026, 12, 30),
                  today=new_year_day)
    with book.database.reading() as s:
        assert case_detail.get_case(s, new_year).number == "01/2027"
        assert numbers(s, team_id) == ["01/2026", "02/2026", "03/2026", "01/2027"]
        assert case_list.case_years(s, team_id) == [2027, 2026]


def test_a_second_team_in_the_same_database_numbers_independently(book, actor, team_id):
    with book.database.transaction(actor) as s:
        other = Team(name="Tổ hòa giải thôn Đông", village="Thôn Đông", commune="Xã Tân Lập",
                     province="Tỉnh Phú Thọ")
        s.add(other)
        s.flush()
        other_id = other.id
    with book.database.transaction(actor) as s:
        open_case(s, team_id, "Tổ 7, việc 1")
        open_case(s, team_id, "Tổ 7, việc 2")
        open_case(s, other_id, "Thôn Đông, việc 1")
        open_case(s, team_id, "Tổ 7, việc 3")
        open_case(s, other_id, "Thôn Đông, việc 2")
    with book.database.reading() as s:
        assert numbers(s, team_id) == ["01/2026", "02/2026", "03/2026"]
        assert numbers(s, other_id) == ["01/2026", "02/2026"]
        assert case_list.find_case_by_number(s, other_id, 2, 2026) is not None
        assert case_list.find_case_by_number(s, other_id, 3, 2026) is None
        own_third = case_list.find_case_by_number(s, team_id, 3, 2026)
        assert case_detail.get_case(s, own_third).title == "Tổ 7, việc 3"


def test_a_number_taken_meanwhile_is_retried_with_the_next_one(book, actor, team_id, monkeypatch):
    """Another officer may take the number between reading the highest and saving."""
    with book.database.transaction(actor) as s:
        open_case(s, team_id, "Đã có số 01")
    real_next_seq = cases.next_seq
    answers = iter([1])  # the first attempt picks the number already taken

    def racing_next_seq(session, team, year):
        return next(answers, None) or real_next_seq(session, team, year)

    monkeypatch.setattr(cases, "next_seq", racing_next_seq)
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id, "Việc mới")
    with book.database.reading() as s:
        assert case_detail.get_case(s, case_id).number == "02/2026"
        assert numbers(s, team_id) == ["01/2026", "02/2026"]


def test_update_cannot_move_a_case_to_another_year(book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id)
    with pytest.raises(ValidationError) as caught, book.database.transaction(actor) as s:
        cases.update_case(s, case_id, case_input(received_on=date(2025, 12, 30)),
                          today=date(2026, 3, 10))
    assert caught.value.field == "received_on"
    assert caught.value.params == {"year": 2026}


# --- formatting and parsing ----------------------------------------------------------------------

@pytest.mark.parametrize("seq, year, text", [
    (1, 2026, "01/2026"), (9, 2026, "09/2026"), (10, 2027, "10/2027"), (123, 2026, "123/2026"),
    (12345, 2026, "12345/2026"),
])
def test_format_case_number(seq, year, text):
    assert format_case_number(seq, year) == text


@pytest.mark.parametrize("text, expected", [
    ("03/2026", (3, 2026)), ("3/2026", (3, 2026)), (" 3 / 2026 ", (3, 2026)),
    ("0012/2027", (12, 2027)), ("123/2026", (123, 2026)), ("12345/2026", (12345, 2026)),
])
def test_parse_case_number(text, expected):
    assert parse_case_number(text) == expected


@pytest.mark.parametrize("text", [
    "", "   ", "03", "2026", "03-2026", "03/26", "03/20266", "/2026", "03/", "a3/2026",
    "03/2026/1", "1234567/2026", "03 2026", "Số 03/2026", "03/2026 HG", "-3/2026",
])
def test_bad_case_numbers_are_rejected_with_the_input(text):
    with pytest.raises(ValidationError) as caught:
        parse_case_number(text)
    assert caught.value.field == "case_number"
    assert caught.value.params == {"value": text}
    assert repr(text) in caught.value.message


@NO_DEADLINE
@given(st.integers(1, 999_999), st.integers(1000, 9999))
def test_format_and_parse_round_trip(seq, year):
    assert parse_case_number(format_case_number(seq, year)) == (seq, year)
