"""The case list's first page read along an index on PostgreSQL too (EXPLAIN shows no Sort):
the tests of tests/core/test_case_list_plans.py over the five sample cases in PostgreSQL."""

from __future__ import annotations

from tests.core.test_case_list_plans import (  # noqa: F401
    test_the_check_sees_a_sort_where_no_index_serves,
    test_the_first_page_is_read_along_an_index,
)
from tests.core.test_search_and_list import listed  # noqa: F401
from tests.storage.test_case_list_on_postgresql import listed_file, shelf  # noqa: F401
