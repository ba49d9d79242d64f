"""The drill-down reads a figure a page at a time: each page is the figure's cases in its
order, with their teams' names and parties, the same rows a reading of the whole list gives."""

from __future__ import annotations

from datetime import date

from desktop.core.services.ward.drilldown import drilldown_page, drilldown_rows
from desktop.core.statistics.case_ids import CaseIds
from desktop.core.statistics.dashboard import OVERDUE_LISTED, dashboard_data
from desktop.core.statistics.periods import standard_period
from desktop.core.statistics.rules import load_rules
from desktop.core.statistics.submissions import statistics_report

TODAY = date(2026, 11, 20)


def test_pages_of_a_figure_are_the_whole_list_in_order(ward_book) -> None:
    with ward_book.database.reading() as session:
        report = statistics_report(session, standard_period("year", TODAY.year), TODAY)
        ids = report.ward.ids("handled")
        assert isinstance(ids, CaseIds) and not ids.resolved and len(ids) > 10
        first = drilldown_page(session, ids, 0, 4)  # reads the figure's ids, then 4 rows
        assert ids.resolved
        every = drilldown_rows(session, ids)
        pages = [drilldown_page(session, ids, start, 4) for start in range(0, len(ids), 4)]
        beyond = drilldown_page(session, ids, len(ids), 4)
    assert first == every[:4] and [row for page in pages for row in page] == every
    assert [row.case.id for row in every] == list(ids)
    assert all(row.team and row.case.parties for row in every)
    assert beyond == []


def test_the_dashboard_counts_every_overdue_item_and_lists_the_first(ward_book) -> None:
    with ward_book.database.reading() as session:
        board = dashboard_data(session, TODAY.year, TODAY)
    counts = [board.report.ward.count(f"overdue.{key}") for key in load_rules().overdue]
    assert board.overdue_count == sum(counts) > 0
    assert len(board.overdue) == sum(min(count, OVERDUE_LISTED) for count in counts)
    assert {item.case_id for item in board.overdue} <= {
        case_id for key, ids in board.report.ward.figures.items()
        if key.startswith("overdue.") for case_id in ids}
