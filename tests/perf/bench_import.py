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
same run: the same rows, every row the import added to any table of the book (the teams'
records, their exchange states, the journal, the search entries (SQLite's full-text triggers
fire for them as for ours) and words, the cases' sort keys, the sealing keys, the packages
received, the teams' journal heads), written with raw ``executemany`` into another fresh copy
of the same ward book, one transaction per package as ours (and, in the note, all in one
transaction). Not in it: the rows the import updates (the team's enrolment, the journal's
head: one each a package). Two sizes (a quarter of the teams, then all) show whether the cost
per case is linear.
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

from sqlalchemy import Table, func, select

from desktop.core.db.journal import first_broken_link
from desktop.core.db.models import Base, Case
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
from tests.perf.results import Result, books_folder
from tests.perf.results import table as results_table

FULL, QUICK = WardYearsSpec(), WardYearsSpec(teams=8, years=5)
BUDGET = 5.0  # × raw executemany of the same rows


@dataclass
class Imported:
    seconds: float
    cases: int
    records: int  # the teams' records (rows of the tracked tables)
    packages: int
    rows: dict[tuple[str, int], dict[str, list[tuple[Any, ...]]]]  # by (team, sequence), table
    columns: dict[str, list[str]]
    checks: str

    @property
    def written(self) -> int:
        """Every row the import added, in every table (the reference writes the same)."""
        return sum(len(r) for by_table in self.rows.values() for r in by_table.values())


Keys = dict[str, set[tuple[Any, ...]]]  # table -> primary keys present


def import_all(url: str, chosen: list[Path], path: Path | None) -> Imported:
    """Import ``chosen`` into the ward book at ``url``; the rows it added, by package."""
    book = workspace.open_url(url, path)
    officer = ward_officer(book)
    try:
        with book.database.reading(officer) as session:
            before = _present_keys(_driver(session))
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
            rows, columns = _added_rows(_driver(session), before)
        records = sum(len(by_table.get(t.name, ())) for by_table in rows.values()
                      for t in tracked_tables_in_order())
        checks = "journal chain intact" if broken is None else f"CHAIN BROKEN at {broken}"
        checks += ", search finds imported cases" if found else ", SEARCH FINDS NOTHING"
        return Imported(seconds, cases, records, len(chosen), rows, columns, checks)
    finally:
        book.database.dispose()


def _driver(session: Any) -> Any:
    return session.connection().connection.driver_connection


def _tables() -> list[Table]:
    """Every table of the book, parents first (the FTS tables SQLite fills from
    search_entries by trigger are not among them: the reference's inserts fire the same
    triggers)."""
    return list(Base.metadata.sorted_tables)


def _select_all(raw: Any, table: Table) -> tuple[list[str], list[tuple[Any, ...]]]:
    names = [c.name for c in table.columns]
    cursor = raw.cursor()
    cursor.execute(f'SELECT {", ".join(_quoted(names))} FROM {table.name}')
    return names, [tuple(row) for row in cursor.fetchall()]


def _key_of(table: Table, names: list[str]) -> list[int]:
    return [names.index(c.name) for c in table.primary_key.columns]


def _present_keys(raw: Any) -> Keys:
    found: Keys = {}
    for table in _tables():
        names, rows = _select_all(raw, table)
        at = _key_of(table, names)
        found[table.name] = {tuple(row[i] for i in at) for row in rows}
    return found


def _added_rows(raw: Any, before: Keys) -> tuple[dict[tuple[str, int], dict[str, list[tuple[
        Any, ...]]]], dict[str, list[str]]]:
    """Every row the import added to any table (teams' records, their exchange states, the
    journal, the search index and its words, sort keys, sealing keys, the packages received,
    the teams' journal heads), grouped by the package that wrote it."""
    added: dict[str, list[tuple[Any, ...]]] = {}
    columns: dict[str, list[str]] = {}
    for table in _tables():
        names, rows = _select_all(raw, table)
        at = _key_of(table, names)
        columns[table.name] = names
        new = [row for row in rows if tuple(row[i] for i in at) not in before[table.name]]
        if new:
            added[table.name] = new
    return _by_package(added, columns), columns


def _by_package(added: dict[str, list[tuple[Any, ...]]], columns: dict[str, list[str]]
                ) -> dict[tuple[str, int], dict[str, list[tuple[Any, ...]]]]:
    """Which package wrote each row: a record by its exchange state, a case's index rows by
    the case, a sealing key by its subject, the journal by the run each package_imported
    entry closes, the journal heads in their order, a word at the first package using it."""
    tracked = {t.name for t in tracked_tables_in_order()}

    def column(table: str, name: str) -> list[Any]:
        at = columns[table].index(name)
        return [row[at] for row in added.get(table, [])]

    package_of: dict[str, tuple[str, int]] = {}  # record id -> (team, sequence)
    for entity_id, team, sequence in zip(column("exchange_record_state", "entity_id"),
                                         column("exchange_record_state", "team_id"),
                                         column("exchange_record_state", "package_sequence"),
                                         strict=True):
        package_of[_uuid_text(entity_id)] = (_uuid_text(team), int(sequence))
    order = _journal_order(added, columns)  # each package's last journal seq, as imported
    grouped: dict[tuple[str, int], dict[str, list[tuple[Any, ...]]]] = {k: {} for k in order}

    def put(key: tuple[str, int], table: str, row: tuple[Any, ...]) -> None:
        grouped[key].setdefault(table, []).append(row)

    for table, rows in added.items():
        names = columns[table]
        if table in tracked:
            for row in rows:
                put(package_of[_uuid_text(row[names.index("id")])], table, row)
        elif table == "exchange_record_state":
            for row in rows:
                put((_uuid_text(row[names.index("team_id")]),
                     int(row[names.index("package_sequence")])), table, row)
        elif table == "exchange_packages":
            for row in rows:
                put((_uuid_text(row[names.index("peer_id")]), int(row[names.index("sequence")])),
                    table, row)
        elif "case_id" in names:
            for row in rows:
                put(package_of[_uuid_text(row[names.index("case_id")])], table, row)
        elif table == "personal_keys":
            for row in rows:
                put(package_of[_uuid_text(row[names.index("person_id")])], table, row)
        elif table in ("change_journal", "journal_signatures"):
            _by_seq(grouped, table, rows, names, order)
        elif table == "journal_anchors":
            _anchors_in_order(grouped, rows, names, order)
        elif table == "search_words":
            continue  # once every package's entries are grouped (below)
        else:
            raise RuntimeError(f"the reference does not know which package wrote {table}")
    _words_at_first_use(grouped, added.get("search_words", []), columns)
    return grouped


def _journal_order(added: dict[str, list[tuple[Any, ...]]], columns: dict[str, list[str]]
                   ) -> dict[tuple[str, int], int]:
    """Each package (team, sequence) and the last journal seq of its import."""
    names = columns["change_journal"]
    found: dict[tuple[str, int], int] = {}
    for row in sorted(added.get("change_journal", []), key=lambda r: r[names.index("seq")]):
        if row[names.index("op")] == "package_imported":
            sequence = int(str(row[names.index("entity_id")]).rpartition(":")[2])
            found[(_uuid_text(row[names.index("team_id")]), sequence)] = int(
                row[names.index("seq")])
    return found


def _by_seq(grouped: dict[tuple[str, int], dict[str, list[tuple[Any, ...]]]], table: str,
            rows: list[tuple[Any, ...]], names: list[str], order: dict[tuple[str, int], int]
            ) -> None:
    ends = sorted((last, key) for key, last in order.items())
    seq = names.index("seq" if "seq" in names else "last_seq")
    for row in rows:
        key = next(k for last, k in ends if int(row[seq]) <= last)
        grouped[key].setdefault(table, []).append(row)


def _anchors_in_order(grouped: dict[tuple[str, int], dict[str, list[tuple[Any, ...]]]],
                      rows: list[tuple[Any, ...]], names: list[str],
                      order: dict[tuple[str, int], int]) -> None:
    """A team's k-th new head was written by its k-th package imported."""
    waiting: dict[str, list[tuple[str, int]]] = {}
    for key in sorted(order, key=lambda k: order[k]):
        waiting.setdefault(key[0], []).append(key)
    for row in sorted(rows, key=lambda r: r[names.index("id")]):
        key = waiting[_uuid_text(row[names.index("team_id")])].pop(0)
        grouped[key].setdefault("journal_anchors", []).append(row)


def _words_at_first_use(grouped: dict[tuple[str, int], dict[str, list[tuple[Any, ...]]]],
                        rows: list[tuple[Any, ...]], columns: dict[str, list[str]]) -> None:
    new = {row[0]: row for row in rows}
    folded = columns["search_entries"].index("folded")
    for by_table in grouped.values():  # in import order
        used = {w for entry in by_table.get("search_entries", []) for w in entry[folded].split()}
        first = sorted(used & new.keys())
        if first:
            by_table["search_words"] = [new.pop(word) for word in first]
    if new:
        raise RuntimeError(f"{len(new)} search words no package's entries use")


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
    order = [table.name for table in _tables()]
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


def sqlite_rows(made: WardPackages, teams: int, scratch: Path) -> tuple[Result, Imported]:
    chosen = made.first_teams(teams)
    ours_path, raw_path = scratch / "ours.sqlite", scratch / "raw.sqlite"
    _remove(ours_path, raw_path)
    for path in (ours_path, raw_path):
        shutil.copyfile(made.ward_book, path)
    imported = import_all(f"sqlite:///{ours_path}", chosen, ours_path)
    floor = raw_sqlite(raw_path, imported, per_package=True)
    _remove(raw_path)
    shutil.copyfile(made.ward_book, raw_path)
    single = raw_sqlite(raw_path, imported, per_package=False)
    return _result(imported, floor, single, "SQLite", teams), imported


def _remove(*paths: Path) -> None:
    for path in paths:
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def _result(imported: Imported, floor: float, single: float, where: str, teams: int) -> Result:
    ours_ms, floor_ms = imported.seconds * 1000, floor * 1000
    met = ours_ms <= BUDGET * floor_ms
    per_case = ours_ms / max(imported.cases, 1)
    note = (f"{imported.cases / imported.seconds:,.0f} cases/s, "
            f"{imported.records / imported.seconds:,.0f} records/s, {per_case:.2f} ms a case; "
            f"{imported.packages} packages, {imported.records:,} records, "
            f"{imported.written:,} rows in all tables; raw in one "
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
        ours, each, single = (server.create_database() for _ in range(3))
        for name in (ours, each, single):
            server_setup.copy_book(made.ward_book, None, server.url(name))
        imported = import_all(server.url(ours), made.first_teams(teams), None)
        _as_json(imported)
        order = [table.name for table in _tables()]

        def raw_run(database: str, per_package: bool) -> float:
            with psycopg.connect(host="127.0.0.1", port=server.port, user=SUPERUSER,
                                 dbname=database, autocommit=True) as connection:
                return _timed_inserts(connection, "%s", imported, order, per_package)

        floor, whole = raw_run(each, True), raw_run(single, False)
        return [_result(imported, floor, whole, "PostgreSQL", teams)]
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def _as_json(imported: Imported) -> None:
    """psycopg reads a JSON column as dicts and lists; it writes them back as JSON."""
    from psycopg.types.json import Jsonb

    for by_table in imported.rows.values():
        for name, rows in by_table.items():
            by_table[name] = [tuple(Jsonb(v) if isinstance(v, (dict, list)) else v for v in row)
                              for row in rows]


def measure(spec: WardYearsSpec, sizes: list[int], postgresql: bool) -> list[Result]:
    folder = books_folder() / spec.name
    if not (folder / "done").exists():
        print(f"making {spec.cases:,} cases' packages in {folder} (once)...", flush=True)
    made = make_ward_packages(folder, spec)
    # At this program's schema before any copy: ours would be upgraded as it opens, the
    # reference's copy not (another index or column would weigh on one side only).
    workspace.open_book(made.ward_book).database.dispose()
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
    print(results_table(measure(spec, args.teams or sizes_of(spec), args.postgresql)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
