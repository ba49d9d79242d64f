"""The case list by kind of matter: the reference data's order (``sort_order``), then the
number, read from the keys' copy of it (migration 0024), which follows a case moved to another
kind and a kind given another place by new reference data."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from desktop.core.db.models import Case, MatterCategory
from desktop.core.services.cases import records as cases
from desktop.core.services.cases.listing import SortKey
from tests.core import test_search_and_list as five_cases
from tests.core.helpers import case_input

listed_file, listed, shelf, own = (five_cases.listed_file, five_cases.listed, five_cases.shelf,
                                   five_cases.own)
found, ACTOR, LATER = five_cases.found, five_cases.ACTOR, five_cases.LATER


def expected(book) -> list:
    """The order computed from the records themselves: kind's place, year, number."""
    with book.database.reading() as s:
        rows = s.execute(select(Case.id, MatterCategory.sort_order, Case.year, Case.seq)
                         .join(MatterCategory, MatterCategory.code == Case.category_code))
        return [row.id for row in sorted(rows, key=lambda r: (r.sort_order, r.year, r.seq))]


def test_by_kind_of_matter_both_directions(shelf):
    ascending = expected(shelf)
    assert found(shelf, sort=SortKey.CATEGORY, descending=False) == ascending
    assert found(shelf, sort=SortKey.CATEGORY, descending=True) == ascending[::-1]


def test_a_case_given_another_kind_moves(own, listed):
    with own.database.transaction(ACTOR) as s:
        cases.update_case(s, listed.pond, case_input("Ao cá chung", date(2026, 7, 1),
                                                     category_code="land_boundary"),
                          today=LATER)
    assert found(own, sort=SortKey.CATEGORY, descending=False) == expected(own)


def test_a_kind_given_another_place_by_the_reference_data_moves_its_cases(own, listed):
    before = found(own, sort=SortKey.CATEGORY, descending=False)
    with own.database.transaction(ACTOR) as s:
        first = s.scalar(select(Case.category_code).where(Case.id == before[0]))
        moved = set(s.scalars(select(Case.id).where(Case.category_code == first)))
        category = s.get(MatterCategory, first)
        assert category is not None and len(moved) < len(before)
        category.sort_order = 10_000  # now after every other kind
    after = found(own, sort=SortKey.CATEGORY, descending=False)
    assert after == expected(own)
    assert set(after[-len(moved):]) == moved  # the kind's cases went to the end
