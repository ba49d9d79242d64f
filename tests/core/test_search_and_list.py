"""The case list: filters, diacritic-blind search, sorting in SQL, rows by id."""

from __future__ import annotations

import shutil
import uuid
import warnings
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.exc import SAWarning

from desktop.core.db.models import CaseSearchText
from desktop.core.domain.enums import CaseStatus, Eligibility, OutcomeKind, ParticipantRole
from desktop.core.i18n import set_language
from desktop.core.services.cases import hearings, outcomes, participants
from desktop.core.services.cases import records as cases
from desktop.core.services.cases.listing import CaseFilter, SortKey, case_ids, case_rows, case_years
from desktop.core.services.people import persons as people
from desktop.core.services.workspace import book as workspace
from desktop.core.services.workspace import teams
from tests.actors import leader
from tests.conftest import SAMPLE_MEDIATORS, SAMPLE_TEAM
from tests.core.helpers import add_person, assign, case_input, mediator_ids

LATER = date(2026, 11, 1)  # "today" for these tests
ACTOR = leader("tester")


@dataclass(frozen=True)
class Listed:
    """Five cases of one team; attributes are their ids."""

    path: uuid.UUID  # 01/2026 Tranh chấp lối đi chung, successful
    noise: uuid.UUID  # 02/2026 Mâu thuẫn tiếng ồn, unsuccessful
    theft: uuid.UUID  # 03/2026 Ăn trộm gà, not eligible
    debt: uuid.UUID  # 01/2025 Đòi nợ, in progress
    pond: uuid.UUID  # 04/2026 Ao cá chung, in progress, no parties yet
    team_id: uuid.UUID


def _open(s, team_id, title, received_on=date(2026, 4, 1), **fields):
    return cases.open_case(s, team_id, case_input(title, received_on, **fields), today=LATER)


def _build(book, actor, team_id) -> Listed:
    with book.database.transaction(actor) as s:
        leader = mediator_ids(s, team_id)[0]
        path = _open(s, team_id, "Tranh chấp lối đi chung", date(2026, 3, 2),
                     summary="Hàng rào lấn lối đi")
        an = add_person(s, path, team_id, "Nguyễn Văn An")
        binh = add_person(s, path, team_id, "Đặng Thị Bình")
        add_person(s, path, team_id, "Phạm Văn Liên", ParticipantRole.RELATED)
        assign(s, path, leader, date(2026, 3, 2))
        hearings.add_hearing(s, path, hearings.HearingInput(
            datetime(2026, 3, 4, 8, 30), "Nhà văn hóa", participant_ids=frozenset({an, binh}),
            mediator_ids=frozenset({leader})))
        outcomes.save_agreement(s, path, outcomes.AgreementInput(date(2026, 3, 4), terms=(
            outcomes.TermInput(an, "Dỡ hàng rào"),)))
        outcomes.close_case(s, path, OutcomeKind.SUCCESSFUL, date(2026, 3, 4), today=LATER)

        noise = _open(s, team_id, "Mâu thuẫn tiếng ồn", date(2026, 5, 10),
                      category_code="neighbour_nuisance", sensitive=True)
        add_person(s, noise, team_id, "Lê Văn Cường")
        add_person(s, noise, team_id, "Trần Thị Dung")
        assign(s, noise, leader, date(2026, 5, 10))
        outcomes.close_case(s, noise, OutcomeKind.PARTY_ASKED_TO_STOP, date(2026, 5, 12),
                            guidance="UBND phường", today=LATER)

        theft = _open(s, team_id, "Ăn trộm gà", date(2026, 6, 1))
        outcomes.close_case(s, theft, OutcomeKind.NOT_ELIGIBLE, date(2026, 6, 1),
                            referred_to="Công an phường",
                            not_eligible_because=Eligibility.MUST_BE_SANCTIONED, today=LATER)

        debt = _open(s, team_id, "Đòi nợ", date(2025, 11, 20), category_code="debts_contracts")
        add_person(s, debt, team_id, "Hoàng Văn Em")
        pond = _open(s, team_id, "Ao cá chung", date(2026, 7, 1))
    return Listed(path, noise, theft, debt, pond, team_id)


@pytest.fixture(scope="module")
def listed_file(tmp_path_factory, migrated_template) -> tuple[Path, Listed]:
    """Built once per module: most tests here only read."""
    path = tmp_path_factory.mktemp("listed") / "listed.sqlite"
    shutil.copyfile(migrated_template, path)
    book = workspace.open_book(path)
    try:
        actor = workspace.actor_for(book, "tester")
        with book.database.transaction(actor) as s:
            team_id = teams.set_up_team(s, SAMPLE_TEAM, SAMPLE_MEDIATORS)
        listed = _build(book, actor, team_id)
    finally:
        book.database.dispose()
    return path, listed


@pytest.fixture
def listed(listed_file) -> Listed:
    return listed_file[1]


@pytest.fixture(scope="module")
def shelf(listed_file):
    """The five cases, shared read-only by the tests of this module."""
    book = workspace.open_book(listed_file[0])
    yield book
    book.database.dispose()


@pytest.fixture
def own(tmp_path, listed_file):
    """A private copy of the five cases, for tests that change them."""
    path = tmp_path / "own.sqlite"
    shutil.copyfile(listed_file[0], path)
    book = workspace.open_book(path)
    yield book
    book.database.dispose()


def found(book, **wanted) -> list[uuid.UUID]:
    sort = wanted.pop("sort", SortKey.NUMBER)
    descending = wanted.pop("descending", True)
    with book.database.reading() as s:
        return case_ids(s, CaseFilter(**wanted), sort, descending)


def found_set(book, **wanted) -> set[uuid.UUID]:
    return set(found(book, **wanted))


# --- filters -----------------------------------------------------------------------------------

def test_no_filter_lists_every_case_newest_number_first(shelf, listed):
    assert found(shelf) == [listed.pond, listed.theft, listed.noise, listed.path, listed.debt]


@pytest.mark.parametrize("status, expected", [
    (CaseStatus.SUCCESSFUL, {"path"}),
    (CaseStatus.UNSUCCESSFUL, {"noise"}),
    (CaseStatus.NOT_ELIGIBLE, {"theft"}),
    (CaseStatus.IN_PROGRESS, {"debt", "pond"}),
])
def test_filter_by_status(shelf, listed, status, expected):
    assert found_set(shelf, status=status) == {getattr(listed, name) for name in expected}


def test_filter_by_year(shelf, listed):
    assert found(shelf, year=2025) == [listed.debt]
    assert found_set(shelf, year=2026) == {listed.path, listed.noise, listed.theft, listed.pond}
    assert found(shelf, year=2024) == []


def test_filters_combine(shelf, listed):
    assert found(shelf, status=CaseStatus.IN_PROGRESS, year=2026) == [listed.pond]
    assert found(shelf, status=CaseStatus.IN_PROGRESS, text="em") == [listed.debt]
    assert found(shelf, status=CaseStatus.SUCCESSFUL, text="cuong") == []


def test_filter_by_team(shelf, listed):
    assert len(found(shelf, team_id=listed.team_id)) == 5
    assert found(shelf, team_id=uuid.uuid4()) == []


@pytest.mark.parametrize("query", ["dang", "Đặng", "ĐẶNG", "dặng", "Dang"])
def test_search_ignores_diacritics_and_case(shelf, listed, query):
    assert found(shelf, text=query) == [listed.path]


@pytest.mark.parametrize("query, expected", [
    ("ngu", {"path"}),  # prefix of Nguyễn
    ("nguyen an", {"path"}),  # every word must match
    ("nguyen cuong", set()),
    ("lien", {"path"}),  # a related person's name is searchable too
    ("hang rao", {"path"}),  # words of the summary
    ("chung", {"path", "pond", "theft"}),  # titles, and the category "Lối đi chung..."
    ("tieng on", {"noise"}),
    ("an trom", {"theft"}),
    ("01/2026", {"path"}),
    ("01/2025", {"debt"}),
    ("2025", {"debt"}),
    ("no", {"debt"}),  # "nợ", not the middle of a word like "nguyen"
    ("ang", set()),  # no match in the middle of a word
    ("lan neighbour", set()),
])
def test_search_matches_word_prefixes(shelf, listed, query, expected):
    assert found_set(shelf, text=query) == {getattr(listed, name) for name in expected}


@pytest.mark.parametrize("query", [
    "12/HG", "NOT", "not dang", "AND", "OR", "NEAR", "NEAR(dang", '"', "'", '"dang', "dang'",
    'a"b', "*", "dang*", "(", ")", "-dang", "+", "^dang", "a:b", "title:dang", "{", "\\",
    "%", "_", "dang OR 1=1", "'; DROP TABLE cases; --", "²", "½", "ʼ", "\u0301", "\x00",
])
def test_odd_search_input_never_crashes(shelf, listed, query):
    result = found(shelf, text=query)
    assert set(result) <= found_set(shelf)


def test_blank_search_is_no_filter(shelf, listed):
    assert found_set(shelf, text="  ") == found_set(shelf)
    assert found_set(shelf, text='"*()') == found_set(shelf)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=30))
def test_any_search_text_returns_a_subset_without_error(shelf, listed, query):
    assert set(found(shelf, text=query)) <= set(found(shelf))


# --- sorting -----------------------------------------------------------------------------------

ORDERS = {
    SortKey.NUMBER: ["debt", "path", "noise", "theft", "pond"],
    SortKey.RECEIVED: ["debt", "path", "noise", "theft", "pond"],
    SortKey.STATUS: ["debt", "pond", "theft", "path", "noise"],  # by stored value, then number
}


@pytest.mark.parametrize("sort", [SortKey.NUMBER, SortKey.RECEIVED, SortKey.STATUS])
def test_sorting_both_directions(shelf, listed, sort):
    ascending = [getattr(listed, name) for name in ORDERS[sort]]
    assert found(shelf, sort=sort, descending=False) == ascending
    assert found(shelf, sort=sort, descending=True) == ascending[::-1]


def test_received_date_sort_breaks_ties_by_number(book, actor, team_id):
    with book.database.transaction(actor) as s:
        ids = [_open(s, team_id, f"Việc {n}", date(2026, 4, 1)) for n in range(3)]
        earlier = _open(s, team_id, "Việc cũ hơn", date(2026, 3, 1))
    assert found(book, sort=SortKey.RECEIVED, descending=False) == [earlier, *ids]
    assert found(book, sort=SortKey.RECEIVED) == [*ids[::-1], earlier]


def test_title_sort_both_directions(book, actor, team_id):
    with book.database.transaction(actor) as s:
        ids = {title: _open(s, team_id, title, date(2026, 4, 1))
               for title in ("Mâu thuẫn", "Ao cá", "Tranh chấp", "Bờ rào")}
    ascending = [ids[t] for t in ("Ao cá", "Bờ rào", "Mâu thuẫn", "Tranh chấp")]
    assert found(book, sort=SortKey.TITLE, descending=False) == ascending
    assert found(book, sort=SortKey.TITLE) == ascending[::-1]


def test_title_sort_follows_the_vietnamese_alphabet(shelf, listed):
    ascending = [listed.pond, listed.theft, listed.debt, listed.noise, listed.path]
    # Ao cá chung, Ăn trộm gà, Đòi nợ, Mâu thuẫn tiếng ồn, Tranh chấp lối đi chung
    assert found(shelf, sort=SortKey.TITLE, descending=False) == ascending


# --- rows --------------------------------------------------------------------------------------

def test_case_rows_keep_the_asked_order_and_list_parties(shelf, listed):
    wanted = [listed.noise, listed.pond, listed.path, uuid.uuid4(), listed.debt]
    with shelf.database.reading() as s:
        rows = case_rows(s, wanted)
    assert [row.id for row in rows] == [listed.noise, listed.pond, listed.path, listed.debt]
    by_id = {row.id: row for row in rows}
    assert by_id[listed.path].parties == "Nguyễn Văn An, Đặng Thị Bình"  # not the related one
    assert by_id[listed.noise].parties == "Lê Văn Cường, Trần Thị Dung"
    assert by_id[listed.pond].parties == ""
    path = by_id[listed.path]
    assert (path.number, path.received_on, path.title, path.status, path.sensitive) == (
        "01/2026", date(2026, 3, 2), "Tranh chấp lối đi chung", CaseStatus.SUCCESSFUL, False)
    assert by_id[listed.noise].sensitive is True
    assert by_id[listed.debt].number == "01/2025"


def test_case_rows_of_nothing(shelf, listed):
    with shelf.database.reading() as s:
        assert case_rows(s, []) == []


def test_case_rows_name_the_category_in_the_current_language(shelf, listed):
    with shelf.database.reading() as s:
        vietnamese = case_rows(s, [listed.debt])[0].category
        set_language("en")
        english = case_rows(s, [listed.debt])[0].category
    assert vietnamese == "Vay mượn, nợ nần, hợp đồng, tài sản"
    assert english == "Debts, contracts and property"


def test_case_years_newest_first(shelf, listed):
    with shelf.database.reading() as s:
        assert case_years(s) == [2026, 2025]
        assert case_years(s, listed.team_id) == [2026, 2025]
        assert case_years(s, uuid.uuid4()) == []


def test_case_years_raises_no_sqlalchemy_warning(own, listed):
    # a fresh engine: the warning comes when the statement is compiled, once per engine
    with warnings.catch_warnings(), own.database.reading() as s:
        warnings.simplefilter("error", SAWarning)
        case_years(s)


# --- the search index follows the changes ------------------------------------------------------

def words(book, case_id: uuid.UUID) -> str:
    with book.database.reading() as s:
        return s.get(CaseSearchText, case_id).folded


def test_a_new_case_is_searchable_at_once(book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = _open(s, team_id, "Tranh chấp ranh giới đất")
    assert found(book, text="ranh gioi") == [case_id]
    assert words(book, case_id).startswith("01/2026 1 tranh chap ranh gioi dat")


def test_adding_a_participant_refreshes_the_search(own, listed):
    assert found(own, text="thanh") == []
    with own.database.transaction(ACTOR) as s:
        add_person(s, listed.pond, listed.team_id, "Võ Văn Thành")
    assert found(own, text="thanh") == [listed.pond]
    assert found(own, text="Thành") == [listed.pond]


def test_removing_a_participant_refreshes_the_search(own, listed):
    with own.database.transaction(ACTOR) as s:
        gone = add_person(s, listed.pond, listed.team_id, "Võ Văn Thành",
                          ParticipantRole.INVITED)
    with own.database.transaction(ACTOR) as s:
        participants.remove_participant(s, gone)
    assert found(own, text="thanh") == []


def test_renaming_a_person_refreshes_every_case_they_are_in(own, listed):
    with own.database.transaction(ACTOR) as s:
        person = people.create_person(s, listed.team_id, people.PersonInput("Hoàng Thị Gấm"))
        participants.add_participant(s, listed.pond, person, ParticipantRole.PARTY)
        participants.add_participant(s, listed.debt, person, ParticipantRole.RELATED)
    assert found_set(own, text="gam") == {listed.pond, listed.debt}
    with own.database.transaction(ACTOR) as s:
        people.update_person(s, person, people.PersonInput("Hoàng Thị Gương"))
    assert found(own, text="gam") == []
    assert found_set(own, text="guong") == {listed.pond, listed.debt}


def test_changing_the_title_refreshes_the_search(own, listed):
    with own.database.transaction(ACTOR) as s:
        cases.update_case(s, listed.pond, case_input("Hồ nước chung", date(2026, 7, 1)),
                          today=LATER)
    assert found(own, text="ao ca") == []
    assert found(own, text="ho nuoc") == [listed.pond]


def test_changing_the_category_refreshes_the_search(own, listed):
    with own.database.transaction(ACTOR) as s:
        cases.update_case(s, listed.pond, case_input("Ao cá chung", date(2026, 7, 1),
                                                     category_code="land_boundary"),
                          today=LATER)
    assert listed.pond in found(own, text="ranh gioi")
    assert "loi di chung" not in words(own, listed.pond)
