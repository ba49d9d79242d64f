"""Benchmark: how long building the demo case book takes, as ratios to references measured in
the same run on the same machine (absolute seconds vary with the machine and its load; the
ratios much less).

Run by hand (pytest does not collect it: ``tests/perf`` is ignored and the name is not
``test_*``)::

    .venv/bin/python -m tests.perf.bench_demo            # 3 rounds, best of each
    .venv/bin/python -m tests.perf.bench_demo --rounds 5

What is timed, each in a fresh folder:

* ``empty book``: a new book through the real migrations, nothing in it;
* ``demo, plain``: ``demo.create_demo_book(encrypt=False)``, the team and its cases;
* ``demo, encrypted``: ``demo.create_demo_book()``, as ``hoagiai demo`` makes it (SQLCipher,
  key file, the demo accounts with their password hashing);

and the references:

* ``raw executemany``: as many rows as the demo book holds (all tables), 8 columns each, written
  with the standard ``sqlite3`` module's ``executemany`` into one plain table, one transaction,
  the same pragmas as the program (WAL, foreign keys) — the floor for writing those rows;
* ``pure Python``: a fixed workload (JSON-encode and SHA-256 200,000 small dicts) — how fast
  this interpreter is on this machine right now.

``tests/perf/README.md`` records the ratios measured when it was written.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from desktop.core.demo import book as demo
from desktop.core.services.workspace import book as workspace
from tests.perf.results import Result

PURE_PYTHON_ITEMS = 200_000


def _fresh(folder: Path, name: str) -> Path:
    path = folder / name / "hoagiai.sqlite"
    path.parent.mkdir(parents=True)
    return path


def empty_book(path: Path) -> None:
    workspace.open_book(path).database.dispose()


def demo_plain(path: Path) -> None:
    demo.create_demo_book(path, encrypt=False)


def demo_encrypted(path: Path) -> None:
    demo.create_demo_book(path)


def count_rows(path: Path) -> int:
    """Rows in every table of a plain book (the search index's shadow tables left out)."""
    with closing(sqlite3.connect(path)) as connection:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%search_%'")]
        return sum(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                   for table in tables)


def raw_executemany(path: Path, rows: int) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("CREATE TABLE rows (id TEXT PRIMARY KEY, team TEXT, name TEXT, "
                           "note TEXT, number INTEGER, day TEXT, flag INTEGER, version INTEGER)")
        team = str(uuid.uuid4())
        data = [(str(uuid.uuid4()), team, f"Nguyễn Văn An {i}", "Tranh chấp lối đi chung " * 3,
                 i, "2026-03-05", i % 2, 1) for i in range(rows)]
        with connection:
            connection.executemany("INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?, ?, ?)", data)


def pure_python() -> None:
    digest = hashlib.sha256()
    for i in range(PURE_PYTHON_ITEMS):
        digest.update(json.dumps({"seq": i, "name": "Hòa giải", "at": "2026-03-05"},
                                 ensure_ascii=False).encode("utf-8"))


def best_of(rounds: int, folder: Path, name: str, work: Callable[[Path], None]) -> float:
    """The fastest of ``rounds`` runs, each on a fresh path (the least disturbed by others)."""
    times = []
    for number in range(rounds):
        path = _fresh(folder, f"{name}-{number}")
        started = time.perf_counter()
        work(path)
        times.append(time.perf_counter() - started)
    return min(times)


def collect(quick: bool) -> list[Result]:
    """For ``python -m tests.perf``: each book against raw ``executemany`` of as many rows
    (for information: the demo is written through the services on purpose; no budget)."""
    rounds = 1 if quick else 3
    with tempfile.TemporaryDirectory(prefix="hoagiai-bench-") as temp:
        folder = Path(temp)
        counted = _fresh(folder, "count")
        demo_plain(counted)
        rows = count_rows(counted)
        raw = best_of(rounds, folder, "raw", lambda p: raw_executemany(p, rows))
        return [Result(name, f"{rows:,} rows", round(best_of(rounds, folder, key, work) * 1000, 1),
                       "raw executemany, as many rows", round(raw * 1000, 1), "", None,
                       f"best of {rounds}")
                for name, key, work in (("empty book (migrations)", "empty", empty_book),
                                        ("demo book, plain", "plain", demo_plain),
                                        ("demo book, encrypted", "encrypted", demo_encrypted))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="hoagiai-bench-") as temp:
        folder = Path(temp)
        counted = _fresh(folder, "count")
        demo_plain(counted)
        rows = count_rows(counted)
        measured = {
            "empty book": best_of(args.rounds, folder, "empty", empty_book),
            "demo, plain": best_of(args.rounds, folder, "plain", demo_plain),
            "demo, encrypted": best_of(args.rounds, folder, "encrypted", demo_encrypted),
        }
        raw = best_of(args.rounds, folder, "raw", lambda p: raw_executemany(p, rows))
        python = best_of(args.rounds, folder, "python", lambda _p: pure_python())
    print(f"demo book: {rows} rows in all tables; best of {args.rounds} rounds")
    print(f"  reference raw executemany ({rows} rows): {raw * 1000:8.1f} ms")
    print(f"  reference pure Python ({PURE_PYTHON_ITEMS} items): {python * 1000:8.1f} ms")
    print(f"  {'what':<18}{'seconds':>9}{'x raw rows':>12}{'x pure Python':>15}")
    for name, seconds in measured.items():
        print(f"  {name:<18}{seconds:>9.2f}{seconds / raw:>12.0f}{seconds / python:>15.1f}")
    demo_only = measured["demo, plain"] - measured["empty book"]
    print(f"  demo rows alone (plain minus empty): {demo_only:.2f} s = "
          f"{demo_only / raw:.0f}x raw, {demo_only / python:.1f}x pure Python")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
