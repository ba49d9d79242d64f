"""The case list a page at a time (#17): a page at any offset in any order is the same stretch
of the whole ordered list, a page in the second half (read from the other end) included; a
case's position in the list; the count. The five sample cases of test_search_and_list."""

from __future__ import annotations

import pytest

from desktop.core.domain.enums import CaseStatus
from desktop.core.services.cases.listing import (
    CaseFilter,
    SortKey,
    case_count,
    case_ids,
    case_page,
    case_position,
)
from tests.core import test_search_and_list as five_cases

# The five sample cases' fixtures, shared with that module (built once per module here too)
listed_file, listed, shelf = five_cases.listed_file, five_cases.listed, five_cases.shelf

FILTERS = (CaseFilter(), CaseFilter(status=CaseStatus.IN_PROGRESS), CaseFilter(year=2026))


def _whole(s, wanted: CaseFilter, sort: SortKey, descending: bool) -> list:
    return case_ids(s, wanted, sort, descending)


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [True, False])
def test_every_page_is_its_stretch_of_the_whole_list(shelf, listed, sort, descending):
    with shelf.database.reading() as s:
        for wanted in (*FILTERS, CaseFilter(team_id=listed.team_id)):
            whole = _whole(s, wanted, sort, descending)
            total = case_count(s, wanted)
            assert total == len(whole)
            for size in (1, 2, 3):
                for offset in range(0, total + 1):
                    expected = whole[offset:offset + size]
                    plain = case_page(s, wanted, sort, descending, offset, size)
                    from_end = case_page(s, wanted, sort, descending, offset, size, total)
                    assert [row.id for row in plain] == expected, (wanted, size, offset)
                    assert [row.id for row in from_end] == expected, (wanted, size, offset)


def test_a_page_carries_the_rows_the_list_shows(shelf, listed):
    with shelf.database.reading() as s:
        [first, second] = case_page(s, CaseFilter(), SortKey.TITLE, False, 0, 2)
    assert (first.id, first.title) == (listed.pond, "Ao cá chung")
    assert (second.id, second.title) == (listed.theft, "Ăn trộm gà")  # Vietnamese order
    assert first.number == "04/2026" and first.status is CaseStatus.IN_PROGRESS


def test_the_last_page_read_from_the_end_may_be_short(shelf, listed):
    with shelf.database.reading() as s:
        rows = case_page(s, CaseFilter(), SortKey.NUMBER, True, 3, 3, total=5)
        beyond = case_page(s, CaseFilter(), SortKey.NUMBER, True, 5, 3, total=5)
    assert [row.id for row in rows] == [listed.path, listed.debt]  # 01/2026, then 01/2025
    assert beyond == []


@pytest.mark.parametrize("sort", list(SortKey))
def test_a_case_position_is_its_row_in_that_order(shelf, listed, sort):
    with shelf.database.reading() as s:
        for wanted in FILTERS:
            for descending in (True, False):
                whole = _whole(s, wanted, sort, descending)
                for row, case_id in enumerate(whole):
                    assert case_position(s, wanted, sort, descending, case_id) == row


def test_a_case_the_filter_leaves_out_has_no_position(shelf, listed):
    with shelf.database.reading() as s:
        assert case_position(s, CaseFilter(status=CaseStatus.IN_PROGRESS), SortKey.NUMBER,
                             True, listed.path) is None
        assert case_position(s, CaseFilter(text="tieng on"), SortKey.TITLE, False,
                             listed.noise) == 0


def test_the_count_follows_the_filter(shelf, listed):
    with shelf.database.reading() as s:
        assert case_count(s, CaseFilter()) == 5
        assert case_count(s, CaseFilter(status=CaseStatus.IN_PROGRESS)) == 2
        assert case_count(s, CaseFilter(year=2025)) == 1
        assert case_count(s, CaseFilter(text="khong co gi")) == 0
