"""The case list's filters, diacritic-blind search and Vietnamese sort again, on PostgreSQL:
the same tests as tests/core/test_search_and_list.py, with the five sample cases built once
in a PostgreSQL database (cloned for the tests that change them)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.core.services.workspace import book as workspace
from desktop.core.services.workspace import teams
from tests.conftest import SAMPLE_MEDIATORS, SAMPLE_TEAM
from tests.core.test_search_and_list import (  # noqa: F401
    Listed,
    _build,
    listed,
    test_a_new_case_is_searchable_at_once,
    test_adding_a_participant_refreshes_the_search,
    test_any_search_text_returns_a_subset_without_error,
    test_blank_search_is_no_filter,
    test_case_rows_keep_the_asked_order_and_list_parties,
    test_case_rows_name_the_category_in_the_current_language,
    test_case_rows_of_nothing,
    test_case_years_newest_first,
    test_case_years_raises_no_sqlalchemy_warning,
    test_changing_the_category_refreshes_the_search,
    test_changing_the_title_refreshes_the_search,
    test_filter_by_status,
    test_filter_by_team,
    test_filter_by_year,
    test_filters_combine,
    test_no_filter_lists_every_case_newest_number_first,
    test_odd_search_input_never_crashes,
    test_received_date_sort_breaks_ties_by_number,
    test_removing_a_participant_refreshes_the_search,
    test_renaming_a_person_refreshes_every_case_they_are_in,
    test_search_ignores_diacritics_and_case,
    test_search_matches_word_prefixes,
    test_sorting_both_directions,
    test_title_sort_both_directions,
    test_title_sort_follows_the_vietnamese_alphabet,
)
from tests.storage.pg_server import PostgresServer


@pytest.fixture(scope="module")
def listed_file(postgres_server: PostgresServer, postgres_template: str) -> tuple[str, Listed]:
    """The five cases in a database of their own (its name stands where SQLite has a path)."""
    name = postgres_server.create_database(postgres_template)
    book = workspace.open_url(postgres_server.url(name))
    try:
        actor = workspace.actor_for(book, "tester")
        with book.database.transaction(actor) as s:
            team_id = teams.set_up_team(s, SAMPLE_TEAM, SAMPLE_MEDIATORS)
        listed = _build(book, actor, team_id)
    finally:
        book.database.dispose()
    return name, listed


@pytest.fixture(scope="module")
def shelf(postgres_server: PostgresServer,
          listed_file: tuple[str, Listed]) -> Iterator[workspace.OpenedBook]:
    # A clone: the built database stays free of connections, so that ``own`` can clone it too.
    name = postgres_server.create_database(listed_file[0])
    book = workspace.open_url(postgres_server.url(name))
    yield book
    book.database.dispose()
    postgres_server.drop_database(name)


@pytest.fixture
def own(postgres_server: PostgresServer,
        listed_file: tuple[str, Listed]) -> Iterator[workspace.OpenedBook]:
    name = postgres_server.create_database(listed_file[0])
    book = workspace.open_url(postgres_server.url(name))
    yield book
    book.database.dispose()
    postgres_server.drop_database(name)
