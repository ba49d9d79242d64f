"""Start-up, memory and the book's size on the stress book (#17), each start in a fresh process.

    .venv/bin/python -m tests.perf.bench_startup             # the 100,000-case book
    .venv/bin/python -m tests.perf --only startup --quick     # 2,000 cases

- start-up to a usable case list (login, main window, first rows shown) against a bare PySide6
  window with a table, both under QT_QPA_PLATFORM=offscreen, median of N spawns (budget 2×);
- resident memory with the list open, and (full run) with the whole list scrolled through by
  big_list_run, whose exit status also tells whether the process ended without a fault
  (budget 250 MB, and a clean exit);
- the book file's size per case.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.perf.bench_cases import FULL_CASES, QUICK_CASES, stress_book
from tests.perf.results import ROOT, Result, judged, table

MEMORY_BUDGET_MB = 250.0


def _child_environment() -> dict[str, str]:
    """Offscreen, and with compiled bytecode kept (in build/perf/pycache) as an installed
    program has it: this environment sets PYTHONDONTWRITEBYTECODE, which made every start
    compile ~1,100 modules from source (~0.6 s of a start-up)."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                   "PYTHONPYCACHEPREFIX": str(ROOT / "build" / "perf" / "pycache")}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment


def _spawn(*args: str) -> tuple[float, str]:
    """Wall time from spawn to the child's ``ready`` line, and that line."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "tests.perf.startup_run", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=900,
                          env=_child_environment())
    elapsed = (time.perf_counter() - started) * 1000
    ready = [line for line in done.stdout.splitlines() if line.startswith("ready")]
    if done.returncode != 0 or not ready:
        raise RuntimeError(f"start-up run failed ({done.returncode}): {done.stderr[-300:]}")
    return elapsed, ready[0]


def _rss(line: str) -> float:
    return float(line.split("rss_mb=")[1])


def _startup(book: Path, cases: int, rounds: int) -> list[Result]:
    from desktop.core.demo.book import DEMO_ACCOUNTS, DEMO_PASSWORD
    from tests.perf.startup_run import DEMO_LOGIN

    assert (DEMO_ACCOUNTS[0][0], DEMO_PASSWORD) == DEMO_LOGIN, "the demo's login changed"
    _spawn("bare")  # warm the disk and bytecode caches for both, as a second start has them
    _spawn("app", str(book))
    ours = [_spawn("app", str(book)) for _ in range(rounds)]
    bare = [_spawn("bare") for _ in range(rounds)]
    ours_ms = statistics.median(ms for ms, _ in ours)
    bare_ms = statistics.median(ms for ms, _ in bare)
    budget, met = judged(ours_ms, bare_ms, ratio=2)
    rss = statistics.median(_rss(line) for _, line in ours)
    memory_budget, memory_met = judged(rss, None, ms=MEMORY_BUDGET_MB)
    size = f"{cases:,} cases"
    return [
        Result("start-up to a usable case list", size, round(ours_ms, 1),
               "bare PySide6 window with a table", round(bare_ms, 1), budget, met,
               f"median of {rounds} spawns"),
        Result("resident memory, list open (MB)", size, round(rss, 1), "bare window (MB)",
               round(statistics.median(_rss(line) for _, line in bare), 1),
               memory_budget.replace(" ms", " MB"), memory_met),
    ]


def _scrolled(book: Path, cases: int) -> list[Result]:
    """The whole list scrolled through, filtered, sorted and closed, by big_list_run."""
    done = subprocess.run([sys.executable, "-X", "faulthandler", "-m", "tests.perf.big_list_run",
                           str(book)], cwd=ROOT, capture_output=True, text=True, timeout=3600,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    size = f"{cases:,} cases"
    fault = [line for line in done.stderr.splitlines() if "Fatal Python error" in line]
    exit_row = Result("list open, scrolled, filtered, sorted, exit", size, 0.0, "—", None,
                      "exit status 0", done.returncode == 0,
                      f"exit {done.returncode}" + (f": {fault[0][:90]}" if fault else ""))
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        return [exit_row]
    figures = json.loads(lines[-1])
    budget, met = judged(figures["peak_rss_mb"], None, ms=MEMORY_BUDGET_MB)
    return [exit_row,
            Result("scroll the list to its end", size, figures["scroll_to_end_ms"], "—", None,
                   "", None, f"{figures['rows']:,} rows shown"),
            Result("peak resident memory, list scrolled (MB)", size, figures["peak_rss_mb"],
                   "—", None, budget.replace(" ms", " MB"), met)]


def _book_size(book: Path, cases: int) -> Result:
    per_case_kb = book.stat().st_size / cases / 1024
    return Result("book file per case (KB)", f"{cases:,} cases", round(per_case_kb, 1), "—",
                  None, "", None, f"{book.stat().st_size / 2**30:.2f} GiB in all")


def collect(quick: bool) -> list[Result]:
    cases = QUICK_CASES if quick else FULL_CASES
    book = stress_book(cases)
    results = _startup(book, cases, 3 if quick else 7)
    if not quick:
        results += _scrolled(book, cases)
    results.append(_book_size(book, cases))
    for result in results:
        print(f"  {result.operation:<44} {result.ours_ms:10.1f}  {result.note}", flush=True)
    return results


def main(argv: list[str]) -> int:
    print(table(collect("--quick" in argv)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
