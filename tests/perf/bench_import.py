"""The ward's import of its teams' packages at scale (#17: a ward's ten years within 5× raw
``executemany`` of the same rows; #16.4: the importer's rate, also on PostgreSQL).

    .venv/bin/python -m tests.perf.bench_import                 # 40 teams x 10 years, 4,000 cases
    .venv/bin/python -m tests.perf.bench_import --quick         # 8 teams x 5 years, 400 cases
    .venv/bin/python -m tests.perf.bench_import --postgresql    # also a ward book on PostgreSQL
    .venv/bin/python -m tests.perf --only import [--quick]
    py-spy record -o build/perf/import.svg -- .venv/bin/python -m tests.perf.bench_import --quick

The packages come from ``desktop.core.demo.ward_years`` (each team's own book, its journal, the
real export: made once in the books folder and reused). Ours: every package imported, in the
order they would arrive (year by year, team by team), into a fresh copy of the enrolled ward
book through the ``hoagiai import`` service path (decryption, signature, replay and trust
checks, authorship, journal, search index), one transaction per package. The reference, in the
same run: the same records (every row the import added to the teams' tables) written with raw
``executemany`` into another fresh copy of the same ward book, one transaction per package as
ours (and, in the note, all in one transaction). Two sizes (a quarter of the teams, then all)
show whether the cost per case is linear.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop.core.db.journal import first_broken_link
from desktop.core.db.models import Case
from desktop.core.db.models_exchange import ExchangeRecordState
from desktop.core.demo.ward_years import (
    WardPackages,
    WardYearsSpec,
    make_ward_packages,
    ward_officer,
)
from desktop.core.exchange.records import tracked_tables_in_order
from desktop.core.services.exchange import packages
from desktop.core.services.search import query as search
from desktop.core.services.workspace import book as workspace
from tests.perf.results import Result, books_folder, table

FULL, QUICK = WardYearsSpec(), WardYearsSpec(teams=8, years=5)
BUDGET = 5.0  # × raw executemany of the same rows


@dataclass
class Imported:
    seconds: float
    cases: int
    records: int
    packages: int
    rows: dict[tuple[str, int], dict[str, list[tuple[Any, ...]]]]  # by (team, sequence), table
    columns: dict[str, list[str]]
    checks: str


def import_all(url: str, chosen: list[Path], path: Path | None) -> Imported:
    """Import ``chosen`` into the ward book at ``url``; the rows it added, by package."""
    book = workspace.open_url(url, path)
    officer = ward_officer(book)
    try:
        started = time.perf_counter()
        for package in chosen:
            report = packages.receive(book.database, officer, package)
            if report.rejected:  # type: ignore[union-attr]
                raise RuntimeError(f"{package.name}: {report.rejections[:3]}")  # type: ignore[union-attr]
        seconds = time.perf_counter() - started
        with book.database.reading(officer) as session:
            cases = session.scalar(select(func.count()).select_from(Case)) or 0
            broken = first_broken_link(session)
            found = search.search(session, "tranh chấp", limit=5).hits
            rows, columns = _added_rows(session)
        records = sum(len(r) for by_table in rows.values() for r in by_table.values())
        checks = "journal chain intact" if broken is None else f"CHAIN BROKEN at {broken}"
        checks += ", search finds imported cases" if found else ", SEARCH FINDS NOTHING"
        return Imported(seconds, cases, records, len(chosen), rows, columns, checks)
    finally:
        book.database.dispose()


def _added_rows(session: Any) -> tuple[dict[tuple[str, int], dict[str, list[tuple[Any, ...]]]],
                                       dict[str, list[str]]]:
    """Every row of the teams' tables that arrived in a package, grouped by that package."""
    arrived = {(s.entity, s.entity_id): (s.team_id, s.package_sequence) for s in
               session.scalars(select(ExchangeRecordState))}
    rows: dict[tuple[str, int], dict[str, list[tuple[Any, ...]]]] = {}
    columns: dict[str, list[str]] = {}
    raw = session.connection().connection.driver_connection
    for tracked in tracked_tables_in_order():
        name = tracked.name
        columns[name] = [c.name for c in tracked.columns]
        cursor = raw.cursor()
        cursor.execute(f'SELECT {", ".join(_quoted(columns[name]))} FROM {name}')
        at = columns[name].index("id")
        for row in cursor.fetchall():
            key = arrived.get((name, _uuid_text(row[at])))
            if key is not None:
                rows.setdefault(key, {}).setdefault(name, []).append(tuple(row))
    return rows, columns


def _uuid_text(value: Any) -> str:
    text = str(value)
    if len(text) == 32:  # SQLite stores a UUID as 32 hex digits
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
    return text


def _quoted(names: list[str]) -> list[str]:
    return [f'"{name}"' for name in names]


def raw_sqlite(path: Path, imported: Imported, per_package: bool) -> float:
    """The same rows with the standard sqlite3 module, as the book's connections are set up
    (WAL, synchronous=FULL, foreign keys on)."""
    order = [table.name for table in tracked_tables_in_order()]
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL"):
            connection.execute(f"PRAGMA {pragma}")
        return _timed_inserts(connection, "?", imported, order, per_package)


def _timed_inserts(connection: Any, marker: str, imported: Imported, order: list[str],
                   per_package: bool) -> float:
    started = time.perf_counter()
    cursor = connection.cursor()
    groups = list(imported.rows.values()) if per_package else [_merged(imported)]
    for group in groups:
        cursor.execute("BEGIN")
        for name in order:
            rows = group.get(name)
            if rows:
                names = imported.columns[name]
                cursor.executemany(f'INSERT INTO {name} ({", ".join(_quoted(names))}) VALUES '
                                   f'({", ".join([marker] * len(names))})', rows)
        cursor.execute("COMMIT")
    return time.perf_counter() - started


def _merged(imported: Imported) -> dict[str, list[tuple[Any, ...]]]:
    merged: dict[str, list[tuple[Any, ...]]] = {}
    for group in imported.rows.values():
        for name, rows in group.items():
            merged.setdefault(name, []).extend(rows)
    return merged


def _ordered(imported: Imported, chosen: list[Path], made: WardPackages) -> None:
    """The reference writes the packages in the order ours imported them."""
    del chosen, made  # (team, sequence) keys were inserted in import order already
    imported.rows = dict(sorted(imported.rows.items(), key=lambda kv: (kv[0][1], kv[0][0])))


def sqlite_rows(made: WardPackages, teams: int, scratch: Path) -> tuple[Result, Imported]:
    chosen = made.first_teams(teams)
    ours_path, raw_path = scratch / "ours.sqlite", scratch / "raw.sqlite"
    for path in (ours_path, raw_path):
        shutil.copyfile(made.ward_book, path)
    imported = import_all(f"sqlite:///{ours_path}", chosen, ours_path)
    _ordered(imported, chosen, made)
    floor = raw_sqlite(raw_path, imported, per_package=True)
    shutil.copyfile(made.ward_book, raw_path)
    single = raw_sqlite(raw_path, imported, per_package=False)
    return _result(imported, floor, single, "SQLite", teams), imported


def _result(imported: Imported, floor: float, single: float, where: str, teams: int) -> Result:
    ours_ms, floor_ms = imported.seconds * 1000, floor * 1000
    met = ours_ms <= BUDGET * floor_ms
    per_case = ours_ms / max(imported.cases, 1)
    note = (f"{imported.cases / imported.seconds:,.0f} cases/s, "
            f"{imported.records / imported.seconds:,.0f} records/s, {per_case:.2f} ms a case; "
            f"{imported.packages} packages, {imported.records:,} records; raw in one "
            f"transaction {single * 1000:,.0f} ms; {imported.checks}")
    print(f"  {where}, {teams} teams: ours {ours_ms:,.0f} ms, raw {floor_ms:,.0f} ms "
          f"({ours_ms / floor_ms:.1f}×), {note}", flush=True)
    return Result(f"ward import ({where})", f"{imported.cases:,} cases, {teams} teams",
                  round(ours_ms, 1), "raw executemany, a transaction per package",
                  round(floor_ms, 1), f"≤ {BUDGET:g}× ref", met, note)


def postgresql_rows(made: WardPackages, teams: int, scratch: Path) -> list[Result]:
    """The same on a ward book on a throwaway PostgreSQL server (the file book copied there
    by ``server copy``, so it holds the same keys and enrolments)."""
    import psycopg

    from desktop.core.services.workspace import server_setup
    from tests.storage.pg_server import SUPERUSER, PostgresServer, server_binaries

    binaries = server_binaries()
    if binaries is None:
        raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="hoagiai-import-"))
    server = PostgresServer(binaries, folder)
    server.start()
    try:
        ours, raw = server.create_database(), server.create_database()
        for name in (ours, raw):
            server_setup.copy_book(made.ward_book, None, server.url(name))
        chosen = made.first_teams(teams)
        imported = import_all(server.url(ours), chosen, None)
        _ordered(imported, chosen, made)
        order = [table.name for table in tracked_tables_in_order()]

        def raw_run(per_package: bool) -> float:
            with psycopg.connect(host="127.0.0.1", port=server.port, user=SUPERUSER,
                                 dbname=raw, autocommit=True) as connection:
                seconds = _timed_inserts(connection, "%s", imported, order, per_package)
                if per_package:
                    _empty_added(connection, order)
                return seconds

        floor, single = raw_run(True), raw_run(False)
        return [_result(imported, floor, single, "PostgreSQL", teams)]
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def _empty_added(connection: Any, order: list[str]) -> None:
    """Back to the enrolled ward: the teams' rows the reference wrote are removed."""
    cursor = connection.cursor()
    for name in reversed(order):
        cursor.execute(f"DELETE FROM {name} WHERE team_id IS NOT NULL" if name != "teams"
                       else "DELETE FROM teams")


def measure(spec: WardYearsSpec, sizes: list[int], postgresql: bool) -> list[Result]:
    folder = books_folder() / spec.name
    if not (folder / "done").exists():
        print(f"making {spec.cases:,} cases' packages in {folder} (once)...", flush=True)
    made = make_ward_packages(folder, spec)
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="hoagiai-import-", dir=books_folder()) as scratch:
        for teams in sizes:
            results.append(sqlite_rows(made, teams, Path(scratch))[0])
        if postgresql:
            results += postgresql_rows(made, sizes[-1], Path(scratch))
    return results


def sizes_of(spec: WardYearsSpec) -> list[int]:
    return [max(1, spec.teams // 4), spec.teams]


def collect(quick: bool) -> list[Result]:
    spec = QUICK if quick else FULL
    return measure(spec, sizes_of(spec), postgresql=False)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help=f"{QUICK.cases:,} cases")
    parser.add_argument("--postgresql", action="store_true", help="also on PostgreSQL")
    parser.add_argument("--teams", type=int, action="append", help="a size (repeatable)")
    args = parser.parse_args(argv)
    spec = QUICK if args.quick else FULL
    print(table(measure(spec, args.teams or sizes_of(spec), args.postgresql)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
