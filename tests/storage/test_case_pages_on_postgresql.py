"""The case list a page at a time, again on PostgreSQL: the tests of tests/core/test_case_pages.py
over the five sample cases built in a PostgreSQL database (NULL sort keys and the reversed
read of a page from the other end behave as on SQLite)."""

from __future__ import annotations

from tests.core.test_case_pages import (  # noqa: F401
    test_a_case_position_is_its_row_in_that_order,
    test_a_case_the_filter_leaves_out_has_no_position,
    test_a_page_carries_the_rows_the_list_shows,
    test_every_page_is_its_stretch_of_the_whole_list,
    test_the_count_follows_the_filter,
    test_the_last_page_read_from_the_end_may_be_short,
)
from tests.core.test_search_and_list import listed  # noqa: F401
from tests.storage.test_case_list_on_postgresql import listed_file, shelf  # noqa: F401
