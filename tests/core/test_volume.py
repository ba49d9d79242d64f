"""Books at volume for the benchmarks (desktop.core.demo.volume): clones with everything that
belongs to a case, numbered, sortable and searchable, the same from the same seed."""

from __future__ import annotations

import shutil

from sqlalchemy import func, select

from desktop.core.db.models import Case, CaseParticipant
from desktop.core.db.search_index import SearchEntry
from desktop.core.db.sort_keys import CaseSortKey
from desktop.core.demo.volume import grow_cases
from desktop.core.services.cases.listing import CaseFilter, SortKey, case_ids
from desktop.core.services.workspace import book as workspace
from tests.core.helpers import add_person, open_case


def _seed(book, actor, team_id) -> None:
    with book.database.transaction(actor) as session:
        for title, party in (("Tranh chấp lối đi chung", "Đặng Văn Ưng"),
                             ("Mâu thuẫn tiếng ồn", "Nguyễn Thị Hòa")):
            case_id = open_case(session, team_id, title)
            add_person(session, case_id, team_id, party)


def _grow(book, actor, total, seed=7):
    with book.database.transaction(actor) as session:
        return grow_cases(session.connection(), total, seed)


def _titles(book, actor) -> list[tuple[int, int, str]]:
    with book.database.reading(actor) as session:
        rows = session.execute(select(Case.year, Case.seq, Case.title)
                               .order_by(Case.year, Case.seq))
        return [tuple(row) for row in rows]


def test_clones_carry_their_parties_keys_and_search_words(book, actor, team_id):
    _seed(book, actor, team_id)
    grown = _grow(book, actor, 50)
    assert (grown.cases, grown.added) == (50, 48)
    with book.database.reading(actor) as session:
        count = session.scalar(select(func.count()).select_from(Case))
        numbers = session.execute(select(Case.year, Case.seq)).all()
        assert count == 50 and len(set(numbers)) == 50  # each clone numbered in its year
        parties = session.scalar(select(func.count()).select_from(CaseParticipant))
        keys = session.scalar(select(func.count()).select_from(CaseSortKey))
        entries = session.scalar(select(func.count(func.distinct(SearchEntry.case_id))))
        assert parties == 50 and keys == 50 and entries == 50
        assert len(case_ids(session, CaseFilter(text="dang van ung"))) > 1
        assert len(case_ids(session, CaseFilter(), SortKey.TITLE)) == 50
    assert _grow(book, actor, 40).added == 0  # already as many


def test_the_same_seed_grows_the_same_book(book, actor, team_id, tmp_path):
    _seed(book, actor, team_id)
    book.database.dispose()  # closed, so the file can be copied whole
    twin_path = tmp_path / "twin.sqlite"
    shutil.copyfile(book.database.path, twin_path)
    grown = []
    for path in (book.database.path, twin_path):
        opened = workspace.open_book(path)
        try:
            _grow(opened, actor, 30, seed=11)
            grown.append(_titles(opened, actor))
        finally:
            opened.database.dispose()
    assert grown[0] == grown[1] and len(grown[0]) == 30
