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
import uuid
from collections.abc import Callable
from contextlib import closing
from functools import partial
from pathlib import Path
from typing import Any

from desktop.core.db.engine import connect_file
from desktop.core.demo.book import DEMO_ACCOUNTS, DEMO_PASSWORD, create_demo_book
from desktop.core.demo.volume import grow_cases
from desktop.core.domain.enums import CaseStatus, ParticipantRole
from desktop.core.services.cases.listing import (
    CaseFilter,
    SortKey,
    case_count,
    case_page,
)
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


# The list's first page in each order, as raw SQL along the same indexes (0021, 0024):
# {where} is the team (and the status filter), on cases or on the keys' copy of them.
RAW_FIRST = {
    SortKey.NUMBER: "SELECT id FROM cases c WHERE {where} ORDER BY year DESC, seq DESC",
    SortKey.RECEIVED: ("SELECT id FROM cases c WHERE {where} "
                       "ORDER BY received_on DESC, year DESC, seq DESC"),
    SortKey.STATUS: ("SELECT id FROM cases c WHERE {where} "
                     "ORDER BY status DESC, year DESC, seq DESC"),
    SortKey.TITLE: ("SELECT c.id FROM case_sort_keys k JOIN cases c ON c.id = k.case_id "
                    "WHERE {keys} ORDER BY k.title_key DESC, k.year DESC, k.seq DESC"),
    SortKey.PARTIES: ("SELECT c.id FROM case_sort_keys k JOIN cases c ON c.id = k.case_id "
                      "WHERE {keys} ORDER BY k.parties_key DESC, k.year DESC, k.seq DESC"),
    SortKey.CATEGORY: ("SELECT c.id FROM case_sort_keys k JOIN cases c ON c.id = k.case_id "
                       "WHERE {keys} ORDER BY k.category_key DESC, k.year DESC, k.seq DESC"),
}
RAW_COUNT = "SELECT count(*) FROM cases c WHERE {where}"
RAW_PAGE = ("SELECT c.id, c.year, c.seq, c.received_on, c.title, m.name_vi, c.status, "
            "c.sensitive FROM cases c JOIN matter_categories m ON m.code = c.category_code "
            "WHERE c.id IN ({marks})")
RAW_PARTIES = ("SELECT p.case_id, pe.full_name FROM case_participants p "
               "JOIN persons pe ON pe.id = p.person_id "
               "WHERE p.case_id IN ({marks}) AND p.role = ? ORDER BY p.ordinal")
PARTY = ParticipantRole.PARTY.value
RAW_LIKE = "SELECT id FROM search_entries WHERE folded LIKE ? LIMIT 20"


def _fetch_all(raw: Any, sql: str, parameters: tuple[Any, ...] = ()) -> list[Any]:
    return list(raw.execute(sql, parameters).fetchall())


def _first_rows(session: Any, wanted: CaseFilter, sort: SortKey) -> Any:
    """What the list reads to show its first rows: the first page and the count."""
    rows = case_page(session, wanted, sort, True, 0, PAGE)
    return rows, case_count(session, wanted)


def _raw_first_rows(raw: Any, team: str, status: CaseStatus | None, sort: SortKey) -> Any:
    """The same through raw SQLCipher: the page's ids along the index, its rows and parties,
    the count (not the 'sent to the ward' state, which the program adds: ~4 ms a page)."""
    where, keys, parameters = "c.team_id = ?", "k.team_id = ?", [team]
    if status is not None:
        where, keys = where + " AND c.status = ?", keys + " AND k.status = ?"
        parameters.append(status.value)
    ids = [row[0] for row in raw.execute(
        RAW_FIRST[sort].format(where=where, keys=keys) + f" LIMIT {PAGE}", parameters)]
    marks = ",".join("?" * len(ids))
    rows = raw.execute(RAW_PAGE.format(marks=marks), ids).fetchall()
    parties = raw.execute(RAW_PARTIES.format(marks=marks), [*ids, PARTY]).fetchall()
    return rows, parties, raw.execute(RAW_COUNT.format(where=where), parameters).fetchone()


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
        team = raw.execute("SELECT id FROM teams").fetchone()[0]
        team_id = uuid.UUID(hex=team)
        for status in (None, CaseStatus.IN_PROGRESS):
            wanted = CaseFilter(team_id=team_id, status=status)
            shown = ", status filter" if status else ""
            for sort in RAW_FIRST:
                measure(f"first rows sorted by {sort.value}{shown}",
                        partial(_first_rows, session, wanted, sort),
                        partial(_raw_first_rows, raw, team, status, sort), 3.0, 50)
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
