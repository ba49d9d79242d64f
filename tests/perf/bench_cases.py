"""The case list and the search at volume, each against the same query through raw SQLCipher
(the floor the program's own query could reach), in the same run.

    .venv/bin/python -m tests.perf.bench_cases                     # 20,000 cases
    .venv/bin/python -m tests.perf.bench_cases --cases 100000      # the stress book
    .venv/bin/python -m tests.perf.bench_cases --json build/perf/cases.json

The book (encrypted, the demo's cases cloned: desktop.core.demo.volume) is made once per size
in build/perf/ and reused. Each row: the operation, our median, the reference's median, the
ratio, the budget (#17) and whether it is met. Profile a miss with
`py-spy record -o profile.svg -- .venv/bin/python -m tests.perf.bench_cases --only NAME`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from contextlib import closing
from functools import partial
from pathlib import Path
from typing import Any

from desktop.core.db.engine import connect_file
from desktop.core.demo.book import DEMO_ACCOUNTS, DEMO_PASSWORD, create_demo_book
from desktop.core.demo.volume import grow_cases
from desktop.core.domain.enums import CaseStatus
from desktop.core.services.cases.listing import CaseFilter, SortKey, case_ids, case_rows
from desktop.core.services.search.query import search
from desktop.core.services.workspace import book as workspace
from tests.perf.results import Result, books_folder, judged, median_ms, table, write_json

PAGE = 100  # rows the list shows first
FULL_CASES, QUICK_CASES = 100_000, 2_000


def stress_book(cases: int) -> Path:
    """book-<cases>.sqlite in the books folder (build/perf), made once (the demo, then clones)."""
    path = books_folder() / f"book-{cases}.sqlite"
    if path.exists():
        return path
    print(f"making {path} ({cases} cases; once, ~8 ms a case)...", flush=True)
    create_demo_book(path)
    book = log_in(path)
    assert book.actor is not None  # the demo leader, just logged in
    try:
        with book.database.transaction(book.actor, reason="benchmark volume") as session:
            grow_cases(session.connection(), cases)
    finally:
        book.database.dispose()
    return path


def log_in(path: Path) -> workspace.OpenedBook:
    return workspace.login(path, workspace.Credentials(DEMO_ACCOUNTS[0][0], DEMO_PASSWORD))


RAW_ORDER = {
    SortKey.NUMBER: "SELECT id FROM cases ORDER BY year DESC, seq DESC",
    SortKey.TITLE: ("SELECT c.id FROM cases c LEFT JOIN case_sort_keys k ON k.case_id = c.id "
                    "ORDER BY k.title_key DESC, c.year DESC, c.seq DESC"),
    SortKey.PARTIES: ("SELECT c.id FROM cases c LEFT JOIN case_sort_keys k ON k.case_id = c.id "
                      "ORDER BY k.parties_key DESC, c.year DESC, c.seq DESC"),
    SortKey.STATUS: "SELECT id FROM cases ORDER BY status DESC, year DESC, seq DESC",
}
RAW_FILTER = ("SELECT id FROM cases WHERE status = ? ORDER BY year DESC, seq DESC",
              CaseStatus.IN_PROGRESS.value)
RAW_PAGE = ("SELECT c.id, c.year, c.seq, c.received_on, c.title, m.name_vi, c.status, "
            "c.sensitive FROM cases c JOIN matter_categories m ON m.code = c.category_code "
            "WHERE c.id IN ({marks})")
RAW_LIKE = "SELECT id FROM search_entries WHERE folded LIKE ? LIMIT 20"


def _fetch_all(raw: Any, sql: str, parameters: tuple[Any, ...] = ()) -> list[Any]:
    return list(raw.execute(sql, parameters).fetchall())


def run(cases: int, rounds: int, only: str | None) -> list[Result]:
    path = stress_book(cases)
    book = log_in(path)
    assert book.keyring is not None
    raw = connect_file(path, book.keyring.key, read_only=True)
    results: list[Result] = []

    def measure(name: str, ours: Callable[[], Any], reference: Callable[[], Any],
                budget_ratio: float | None, budget_ms: float | None,
                reference_name: str = "raw sqlcipher3") -> None:
        if only and only != name:
            return
        mine, floor = median_ms(ours, rounds), median_ms(reference, rounds)
        text, met = judged(mine, floor, ratio=budget_ratio, ms=budget_ms)
        results.append(Result(name, f"{cases:,} cases", round(mine, 2), reference_name,
                              round(floor, 2), text, met))
        print(f"  {name:<28} {mine:9.2f} ms  ref {floor:9.2f} ms  {text}"
              f"  {'met' if met else 'MISSED'}", flush=True)

    with closing(raw), book.database.reading(book.actor) as session:
        for sort in RAW_ORDER:
            measure(f"list sorted by {sort.value}",
                    partial(case_ids, session, CaseFilter(), sort),
                    partial(_fetch_all, raw, RAW_ORDER[sort]), 3.0, None)
        measure("list filtered by status",
                lambda: case_ids(session, CaseFilter(status=CaseStatus.IN_PROGRESS)),
                lambda: raw.execute(*RAW_FILTER[:1], RAW_FILTER[1:]).fetchall(), 3.0, None)
        first = case_ids(session, CaseFilter())[:PAGE]
        marks = ",".join("?" * len(first))
        hexes = [case_id.hex for case_id in first]
        measure("first page of rows", lambda: case_rows(session, first),
                lambda: raw.execute(RAW_PAGE.format(marks=marks), hexes).fetchall(), 3.0, 50)
        for words in ("hoa", "dang van ung", "tranh chap loi di"):
            measure(f"search '{words}'", partial(search, session, words),
                    partial(_fetch_all, raw, RAW_LIKE, (f"%{words}%",)),
                    None, 10, "LIKE scan of the folded text")
    book.database.dispose()
    return results


def collect(quick: bool) -> list[Result]:
    """For ``python -m tests.perf``: the stress book (100,000 cases), or 2,000 when quick."""
    return run(QUICK_CASES if quick else FULL_CASES, 3 if quick else 7, None)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--only", help="one operation by name (for a profiler)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    print(f"case list and search at {args.cases} cases (median of {args.rounds}):")
    results = run(args.cases, args.rounds, args.only)
    print(table(results))
    if args.json:
        write_json(results, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
