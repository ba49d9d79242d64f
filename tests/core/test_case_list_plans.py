"""The case list's first page in every order the indexes serve (#17, migration 0021): the
database reads it along an index, in both directions, with and without the status filter,
with no sort step (SQLite: no temporary B-tree in EXPLAIN QUERY PLAN). A sort of the whole
book before the LIMIT is what made sorting 100,000 cases by title take 1.4 s.

The kind of matter too (migration 0024: its place in the reference data's order copied next to
the keys). A ward's book, listing every team's cases, still sorts (its orders end in the id).
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ClauseElement, Executable

from desktop.core.domain.enums import CaseStatus
from desktop.core.services.cases.listing import CaseFilter, SortKey, ids_statement
from tests.core import test_search_and_list as five_cases

listed_file, listed, shelf = five_cases.listed_file, five_cases.listed, five_cases.shelf

INDEXED = (SortKey.NUMBER, SortKey.RECEIVED, SortKey.TITLE, SortKey.PARTIES, SortKey.STATUS,
           SortKey.CATEGORY)


class Explain(Executable, ClauseElement):
    """``EXPLAIN`` of a statement, its parameters bound as the statement's own."""

    inherit_cache = False

    def __init__(self, statement: Any) -> None:
        self.statement = statement


@compiles(Explain, "sqlite")
def _explain_sqlite(element: Explain, compiler: Any, **kw: Any) -> str:
    return "EXPLAIN QUERY PLAN " + compiler.process(element.statement, **kw)


@compiles(Explain, "postgresql")
def _explain_postgresql(element: Explain, compiler: Any, **kw: Any) -> str:
    return "EXPLAIN " + compiler.process(element.statement, **kw)


def plan(session: Session, wanted: CaseFilter, sort: SortKey, descending: bool) -> str:
    """The plan of the list's first page, one line a step."""
    statement = ids_statement(session, wanted, sort, descending, limit=100)
    if session.get_bind().dialect.name == "postgresql":
        # a few rows: a sort is cheap, so the planner would sort; forbidden, it takes an
        # index if one can give the order, and still sorts where none can
        session.execute(text("SET LOCAL enable_sort = off"))
    return "\n".join(str(row[-1]) for row in _raw_rows(session, Explain(statement)))


def _raw_rows(session: Session, statement: Explain) -> list[Any]:
    """The rows as the driver gives them: the statement's own result types (a UUID for the
    id column) would be applied to the plan's lines."""
    result = session.execute(statement)
    cursor = result.cursor  # type: ignore[attr-defined]
    return list(cursor.fetchall())


def sorts(plan_text: str) -> bool:
    return "TEMP B-TREE" in plan_text or any(
        line.strip().lstrip("-> ").startswith(("Sort", "Incremental Sort"))
        for line in plan_text.splitlines())


@pytest.mark.parametrize("sort", INDEXED)
@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("status", [None, CaseStatus.IN_PROGRESS])
def test_the_first_page_is_read_along_an_index(shelf, listed, sort, descending, status):
    wanted = CaseFilter(team_id=listed.team_id, status=status)
    with shelf.database.reading() as session:
        found = plan(session, wanted, sort, descending)
    assert not sorts(found), found


def test_the_check_sees_a_sort_where_no_index_serves(shelf, listed):
    """A ward's list by title (every team, ending in the id) needs a sort: the check above
    would see one."""
    with shelf.database.reading() as session:
        found = plan(session, CaseFilter(team_id=None), SortKey.TITLE, True)
    assert sorts(found), found
