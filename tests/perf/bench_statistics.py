"""The ward's statistics, dashboard and drill-down over a ward's ten years (#17: the statistics
over 4,000 cases under 100 ms), each against raw SQL computing the same counts (or reading the
same rows) on the same book, in the same run.

    .venv/bin/python -m tests.perf.bench_statistics               # 40 teams x 10 years, 4,000
    .venv/bin/python -m tests.perf --only statistics [--quick]
    py-spy record -o build/perf/statistics.svg -- .venv/bin/python -m tests.perf.bench_statistics

The book (plain SQLite, a ward office book) is made once by desktop.core.demo.province in the
books folder and reused. The reference of the statistics is one GROUP BY over the cases the
year's report counts (team, matter group, intake, result); it leaves out the overdue items
(deadline arithmetic with the book's holidays), which ours also counts. bench_province runs the
same rows on PostgreSQL at a province's size.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.core.db.engine import sqlite_url
from desktop.core.demo.province import ProvinceSpec, create_province_book
from desktop.core.policy import system_actors
from desktop.core.services.ward.drilldown import drilldown_page
from desktop.core.services.workspace import book as workspace
from desktop.core.statistics.case_ids import CaseIds
from desktop.core.statistics.dashboard import dashboard_data
from desktop.core.statistics.periods import standard_period
from desktop.core.statistics.submissions import statistics_report
from tests.perf.results import Result, books_folder, judged, median_ms, table

WARD = ProvinceSpec(cases=4_000, teams=40)  # the ward: 40 teams x 10 years
QUICK_WARD = ProvinceSpec(cases=1_000, teams=10)
TODAY = date(2026, 12, 7)  # a day after the generated years' last (30 Nov 2026)
YEAR = 2026
CLOSED = "('successful', 'unsuccessful', 'not_eligible')"
# The report's window (figures.classify): received by the end, not closed before the start.
WINDOW = (f"c.received_on <= :end AND NOT (c.status IN {CLOSED} AND c.closed_on IS NOT NULL "
          "AND c.closed_on < :start)")
RAW_FIGURES = f"""
SELECT c.team_id, m."group",
       CASE WHEN c.received_on >= :start THEN 'received' ELSE 'carried_over' END AS intake,
       CASE WHEN c.status IN {CLOSED} AND (c.closed_on IS NULL OR c.closed_on <= :end)
            THEN c.status ELSE 'in_progress' END AS result,
       COUNT(*)
FROM cases c JOIN matter_categories m ON m.code = c.category_code
WHERE {WINDOW} GROUP BY 1, 2, 3, 4"""
RAW_MONTHS = """
SELECT 'received', EXTRACT_MONTH(received_on), COUNT(*) FROM cases
 WHERE received_on BETWEEN :start AND :end GROUP BY 2
UNION ALL
SELECT 'ended', EXTRACT_MONTH(closed_on), COUNT(*) FROM cases
 WHERE closed_on BETWEEN :start AND :end GROUP BY 2"""
# The drill-down's first page: the figure's ids in its order, then one page of rows with
# the teams' and the parties' names.
RAW_IDS = """
SELECT c.id FROM cases c WHERE c.received_on BETWEEN :start AND :end
ORDER BY c.received_on, c.year, c.seq"""
RAW_PAGE = """
SELECT c.id, c.year, c.seq, c.received_on, c.title, m.name_vi, c.status, c.sensitive, t.name,
       (SELECT COUNT(*) FROM case_participants p JOIN persons n ON n.id = p.person_id
         WHERE p.case_id = c.id AND p.role = 'party')
FROM cases c JOIN matter_categories m ON m.code = c.category_code
JOIN teams t ON t.id = c.team_id
WHERE c.received_on BETWEEN :start AND :end
ORDER BY c.received_on, c.year, c.seq LIMIT 200"""


@dataclass(frozen=True)
class Raw:
    """A raw DB-API connection and how its SQL spells what differs between the databases."""

    connection: Any
    dialect: str  # sqlite or postgresql

    def run(self, sql: str, values: dict[str, Any]) -> list[Any]:
        if self.dialect == "sqlite":
            sql = re.sub(r"EXTRACT_MONTH\((\w+)\)", r"CAST(strftime('%m', \1) AS INTEGER)", sql)
            values = {k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()}
        else:
            sql = re.sub(r"EXTRACT_MONTH\((\w+)\)", r"EXTRACT(MONTH FROM \1)", sql)
            sql = re.sub(r":(\w+)", r"%(\1)s", sql)
        cursor = self.connection.cursor()
        cursor.execute(sql, values)
        return list(cursor.fetchall())


def ward_book(spec: ProvinceSpec) -> Path:
    """The ward's book in the books folder (made once)."""
    path = books_folder() / f"ward-{spec.teams}x{spec.years}-{spec.cases}.sqlite"
    if not path.exists():
        print(f"making {path} ({spec.cases:,} cases, {spec.teams} teams; once)...", flush=True)
        create_province_book(sqlite_url(path), spec)
    return path


def measure_book(url: str, raw: Raw, size: str, rounds: int,
                 budget_ms: float | None) -> list[Result]:
    """Statistics, dashboard and drill-down of the year ``YEAR`` on the book at ``url``."""
    book = workspace.open_url(url)
    actor = system_actors.demo_actor(book.device, system_actors.DEMO_WARD_PERMISSIONS)
    period = standard_period("year", YEAR)
    values = {"start": period.start, "end": period.end}
    results: list[Result] = []

    def row(name: str, ours: Callable[[], Any], reference: Callable[[], Any], note: str) -> None:
        mine, floor = median_ms(ours, rounds), median_ms(reference, rounds)
        budget, met = judged(mine, floor, ms=budget_ms)
        results.append(Result(name, size, round(mine, 2), f"raw SQL ({raw.dialect})",
                              round(floor, 2), budget, met, note))
        print(f"  {name:<34} {mine:9.1f} ms  raw {floor:9.1f} ms  {mine / floor:6.1f}×  "
              f"{budget}  {'met' if met else 'MISSED'}  {note}", flush=True)

    try:
        with book.database.reading(actor) as session:
            report = statistics_report(session, period, TODAY)
            counted = sum(r[-1] for r in raw.run(RAW_FIGURES, values))
            check = ("same count" if counted == report.ward.count("handled")
                     else f"COUNTS DIFFER: ours {report.ward.count('handled')}, raw {counted}")
            row("ward statistics (a year)", lambda: statistics_report(session, period, TODAY),
                lambda: raw.run(RAW_FIGURES, values),
                f"{report.ward.count('handled'):,} cases handled, {check}")
            row("dashboard (a year, by month)", lambda: dashboard_data(session, YEAR, TODAY),
                lambda: (raw.run(RAW_FIGURES, values), raw.run(RAW_MONTHS, values)),
                "figures and months")
            figure = report.ward.ids("received")
            assert isinstance(figure, CaseIds)
            row("drill-down (first page of 200)",
                lambda: drilldown_page(session, figure.unread()),
                lambda: (raw.run(RAW_IDS, values), raw.run(RAW_PAGE, values)),
                f"the year's received ({len(figure):,}): its ids read, then a page")
    finally:
        book.database.dispose()
    return results


def collect(quick: bool) -> list[Result]:
    spec = QUICK_WARD if quick else WARD
    path = ward_book(spec)
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return measure_book(sqlite_url(path), Raw(connection, "sqlite"),
                            f"{spec.cases:,} cases, {spec.teams} teams x {spec.years} years",
                            5 if quick else 9, 100)


def main(argv: list[str]) -> int:
    print(table(collect("--quick" in argv)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
