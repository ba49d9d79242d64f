"""Search means the same on both backends (SQLite's FTS5 index, PostgreSQL's word-start
pattern): diacritics and case ignored, đ folded, each word matched only where a word starts."""

from __future__ import annotations

import pytest

from desktop.core.services.cases.listing import CaseFilter, case_ids
from tests.core.helpers import open_case

pytestmark = pytest.mark.both_backends

TITLES = {
    "agreement": "Thỏa thuận chia đất",
    "mediated": "Hòa giải xong",
    "underscored": "Đặng_Văn mã số 12/HG",
    "shouted": "TRANH CHẤP ĐẤT",
}


QUERIES = [
    ("dang", {"underscored"}),
    ("ĐẶNG", {"underscored"}),
    ("van", {"underscored"}),  # after an underscore, as after a space
    ("hg", {"underscored"}),
    ("12/hg", {"underscored"}),
    ("hoa", {"mediated"}),  # not the end of "thỏa"
    ("thoa", {"agreement"}),
    ("dat", {"agreement", "shouted"}),
    ("at", set()),
    ("tranh dat", {"shouted"}),
    ("%", set(TITLES)),  # no words: no filter
]


def test_search_finds_words_by_their_start_on_every_backend(book, actor, team_id):
    """One database per backend for all the queries (a fresh PostgreSQL one costs ~0.25 s)."""
    with book.database.transaction(actor) as s:
        ids = {name: open_case(s, team_id, title) for name, title in TITLES.items()}
    with book.database.reading() as s:
        found = {query: set(case_ids(s, CaseFilter(text=query))) for query, _ in QUERIES}
    assert found == {query: {ids[name] for name in names} for query, names in QUERIES}
