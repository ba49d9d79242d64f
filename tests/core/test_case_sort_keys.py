"""Sorting the case list by title, parties and kind of matter in SQL (#17): the stored
Vietnamese-order keys give the same order as the Python collation, follow every change, and
work on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.core.db.models import Case, MatterCategory
from desktop.core.db.sort_keys import CaseSortKey
from desktop.core.domain.sort_order import binary_sort_key, name_binary_key
from desktop.core.domain.text import name_sort_key, sort_key
from desktop.core.services.cases import records
from desktop.core.services.cases.listing import CaseFilter, SortKey, case_ids
from tests.core.helpers import add_person, case_input, open_case

TITLES = ["Đòi nợ tiền vay", "Ao cá chung", "Ăn trộm gà", "Bờ rào lấn đất", "Dọn rác ngõ",
          "ồn ào karaoke", "Ơn nghĩa họ hàng", "Ủng hộ tiền xây đình", "Tranh chấp lối đi",
          "ung dung", "Âm thanh loa kẹo kéo", "Anh em chia đất"]
VIETNAMESE = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹ"
                              "ếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ 0123456789-,.",
                     max_size=30)


def _order(texts: list[str]) -> list[str]:
    return sorted(texts, key=sort_key)


@given(VIETNAMESE, VIETNAMESE)
def test_the_stored_key_orders_like_the_collation(left, right):
    by_collation = (sort_key(left) > sort_key(right)) - (sort_key(left) < sort_key(right))
    a, b = binary_sort_key(left).encode(), binary_sort_key(right).encode()  # UTF-8 bytes
    assert (a > b) - (a < b) == by_collation


@given(st.text(max_size=20), st.text(max_size=20))
def test_any_text_has_a_key_in_the_same_order(left, right):
    by_collation = (sort_key(left) > sort_key(right)) - (sort_key(left) < sort_key(right))
    a, b = binary_sort_key(left), binary_sort_key(right)
    if by_collation:  # letters beyond every alphabet may share a weight: never reversed
        assert (a > b) - (a < b) in (by_collation, 0)
    a.encode()  # always storable text


@given(VIETNAMESE, VIETNAMESE)
def test_names_sort_by_given_name_then_the_whole_name(left, right):
    by_names = (name_sort_key(left) > name_sort_key(right)) - (
        name_sort_key(left) < name_sort_key(right))
    a, b = name_binary_key(left), name_binary_key(right)
    assert (a > b) - (a < b) == by_names


def _titles_in_list(book, actor, sort, descending=False) -> list[str]:
    with book.database.reading(actor) as session:
        ids = case_ids(session, CaseFilter(), sort, descending)
        return [session.get(Case, case_id).title for case_id in ids]


@pytest.mark.both_backends
def test_the_list_sorts_by_title_in_vietnamese_order(book, actor, team_id):
    with book.database.transaction(actor) as session:
        for title in TITLES:
            open_case(session, team_id, title)
    assert _titles_in_list(book, actor, SortKey.TITLE) == _order(TITLES)
    assert _titles_in_list(book, actor, SortKey.TITLE, True) == _order(TITLES)[::-1]


@pytest.mark.both_backends
def test_keys_follow_a_new_title_and_new_parties(book, actor, team_id):
    with book.database.transaction(actor) as session:
        first = open_case(session, team_id, "Bờ rào")
        second = open_case(session, team_id, "Cây xoài")
        add_person(session, first, team_id, "Trần Văn Bình")
        add_person(session, second, team_id, "Đặng Thị An")
    with book.database.transaction(actor) as session:
        records.update_case(session, first, case_input("Xây tường"))
    assert _titles_in_list(book, actor, SortKey.TITLE) == ["Cây xoài", "Xây tường"]
    with book.database.reading(actor) as session:
        assert case_ids(session, CaseFilter(), SortKey.PARTIES, False) == [second, first]
    with book.database.transaction(actor) as session:
        add_person(session, second, team_id, "Vũ Minh")
    with book.database.reading(actor) as session:
        key = session.get(CaseSortKey, second).parties_key
        assert key == binary_sort_key("Đặng Thị An, Vũ Minh")


def test_every_case_has_its_keys_and_they_go_with_the_case(book, actor, team_id):
    with book.database.transaction(actor) as session:
        ids = [open_case(session, team_id, title) for title in TITLES]
    with book.database.reading(actor) as session:
        stored = set(session.scalars(select(CaseSortKey.case_id)))
    assert stored == set(ids)


def test_sorting_by_kind_of_matter_follows_the_reference_order(book, actor, team_id):
    with book.database.transaction(actor) as session:
        open_case(session, team_id, "Một", category_code="shared_path_utilities")
        open_case(session, team_id, "Hai", category_code="neighbour_nuisance")
    with book.database.reading(actor) as session:
        ids = case_ids(session, CaseFilter(), SortKey.CATEGORY, False)
        codes = [session.get(Case, case_id).category_code for case_id in ids]
        orders = [session.get(MatterCategory, code).sort_order for code in codes]
    assert orders == sorted(orders) and len(ids) == 2
    assert all(isinstance(case_id, uuid.UUID) for case_id in ids)
