"""The benchmark suite in one command: every ``tests/perf/bench_*.py`` module's ``collect``,
one table on standard output, the rows as JSON.

    .venv/bin/python -m tests.perf                   # the issue's sizes (100,000 cases: long)
    .venv/bin/python -m tests.perf --quick           # small sizes, a few minutes
    .venv/bin/python -m tests.perf --only documents --json build/perf/documents.json
    .venv/bin/python -m tests.perf --books /tmp/k    # where the big books are made and reused

A module that fails is reported as a missed row with its error, and the others still run.
The exit status is 0 when every budget is met, 1 otherwise (2: a module failed).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from pathlib import Path
from types import ModuleType

from tests.perf.results import BOOKS_VARIABLE, ROOT, Result, table, write_json

HERE = Path(__file__).resolve().parent
DEFAULT_JSON = HERE / "results.json"  # git-ignored


def bench_modules(only: list[str]) -> list[str]:
    names = sorted(path.stem for path in HERE.glob("bench_*.py"))
    if only:
        names = [name for name in names if any(part in name for part in only)]
    return names


def _load(name: str) -> ModuleType | None:
    module = importlib.import_module(f"tests.perf.{name}")
    return module if hasattr(module, "collect") else None


def _failed(name: str, error: BaseException) -> Result:
    reason = "".join(traceback.format_exception_only(type(error), error)).strip()
    return Result(name, "—", 0.0, "—", None, "runs", False, f"failed: {reason[:200]}")


def run(names: list[str], quick: bool) -> tuple[list[Result], bool]:
    results: list[Result] = []
    broken = False
    for name in names:
        print(f"== {name}{' (quick)' if quick else ''}", flush=True)
        try:
            module = _load(name)
            if module is None:
                print(f"   (no collect(): run it alone with python -m tests.perf.{name})")
                continue
            results.extend(module.collect(quick))
        except Exception as error:  # one broken benchmark must not hide the others' figures
            traceback.print_exc()
            results.append(_failed(name, error))
            broken = True
    return results, broken


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes (minutes, not hours)")
    parser.add_argument("--only", action="append", default=[],
                        help="run the modules whose name contains this (repeatable)")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where the rows go")
    parser.add_argument("--books", type=Path, help="folder for the big books (build/perf)")
    args = parser.parse_args(argv)
    if args.books:
        os.environ[BOOKS_VARIABLE] = str(args.books.resolve())
    results, broken = run(bench_modules(args.only), args.quick)
    print()
    print(table(results))
    write_json(results, args.json)
    shown = args.json.relative_to(ROOT) if args.json.is_relative_to(ROOT) else args.json
    print(f"\n{len(results)} rows; JSON in {shown}")
    if broken:
        return 2
    return 0 if all(r.met is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
