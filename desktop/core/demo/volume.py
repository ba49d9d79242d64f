"""Books at realistic volumes for the benchmarks (tests/perf): the demo book's cases cloned
until the book holds N cases, deterministic from a seed, written through the bulk path (SQL
inserts of whole rows) because the services' per-record checks are not what is measured.

Every record that belongs to a case is cloned with it (parties and their persons, hearings and
attendees, outcomes, agreements and terms, citations, assignments, search entries, sort keys),
each clone with new ids, a number of its own in a year between 2015 and the demo's, and its
received date moved into that year. Issued documents and attachments (large files) and
remuneration claims (once per case by law) are not cloned; neither is the journal: a clone is
a copy of data, not a history (the figures of the journal's size come from the demo itself).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.engine import Connection

from desktop.core.db.models import Base

# Cloned with their case: tables reached from ``cases`` by foreign keys, less these.
NOT_CLONED = frozenset({"issued_documents", "issued_document_files", "case_attachments",
                        "case_attachment_contents", "remuneration_claim_cases"})
SHARED = frozenset({"persons"})  # cloned too, but reached from the participants
FIRST_YEAR = 2015
BATCH = 200  # cases per round of inserts


@dataclass(frozen=True)
class Grown:
    cases: int  # in the book now
    added: int


def case_tables() -> list[Table]:
    """``cases`` and every table whose rows belong to a case, parents before children."""
    owned = {"cases"}
    changed = True
    while changed:
        changed = False
        for table in Base.metadata.sorted_tables:
            if table.name in owned or table.name in NOT_CLONED | SHARED:
                continue
            if any(key.column.table.name in owned for key in table.foreign_keys):
                owned.add(table.name)
                changed = True
    return [table for table in Base.metadata.sorted_tables if table.name in owned]


def _rows(connection: Connection, table: Table, column: str,
          values: set[Any]) -> list[dict[str, Any]]:
    if not values:
        return []
    found: list[dict[str, Any]] = []
    ordered = sorted(values, key=str)
    for start in range(0, len(ordered), 500):
        statement = select(table).where(table.c[column].in_(ordered[start:start + 500]))
        found += [dict(row._mapping) for row in connection.execute(statement)]
    return found


@dataclass
class Template:
    """The demo's cases and everything that belongs to them, read once."""

    tables: list[Table]
    rows: dict[str, list[dict[str, Any]]]
    belonging: dict[uuid.UUID, dict[str, Any]] = field(default_factory=dict)  # by case


def read_template(connection: Connection) -> Template:
    tables = case_tables()
    persons = Base.metadata.tables["persons"]
    rows: dict[str, list[dict[str, Any]]] = {
        "cases": [dict(row._mapping) for row in connection.execute(select(tables[0]))]}
    ids = {row["id"] for row in rows["cases"]}
    for table in tables[1:]:
        parents = [key for key in table.foreign_keys if key.column.table.name in rows]
        found: dict[Any, dict[str, Any]] = {}
        for key in parents:
            parent_ids = {row[key.column.name] for row in rows[key.column.table.name]}
            for row in _rows(connection, table, key.parent.name, parent_ids):
                found[tuple(row[c.name] for c in table.primary_key)] = row
        rows[table.name] = list(found.values())
        ids |= {row["id"] for row in rows[table.name] if isinstance(row.get("id"), uuid.UUID)}
    person_ids = {row["person_id"] for row in rows.get("case_participants", [])}
    rows["persons"] = _rows(connection, persons, "id", person_ids)
    return Template([persons, *tables], rows)


def _clone(row: dict[str, Any], table: Table, new_ids: dict[Any, Any]) -> dict[str, Any]:
    copy = {}
    for column in table.columns:
        value = row[column.name]
        if column.primary_key and column.autoincrement is True and isinstance(value, int):
            continue  # an integer key: the database gives the clone its own
        copy[column.name] = new_ids.get(value, value) if isinstance(value, uuid.UUID) else value
    return copy


def _moved(day: date | None, year: int) -> date | None:
    if day is None:
        return None
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February in a year without it
        return day.replace(year=year, day=28)


def _numbers(connection: Connection, cases: Table) -> dict[tuple[Any, int], int]:
    highest = connection.execute(select(cases.c.team_id, cases.c.year, func.max(cases.c.seq))
                                 .group_by(cases.c.team_id, cases.c.year))
    return {(team, year): seq for team, year, seq in highest}


def _clones(template: Template, count: int, seed: int,
            numbers: dict[tuple[Any, int], int]) -> Iterator[dict[str, list[dict[str, Any]]]]:
    """Rounds of cloned rows by table, ``BATCH`` cases at a time."""
    chooser = random.Random(seed)
    uuids = random.Random(seed + 1)
    last_year = max(row["year"] for row in template.rows["cases"])
    made = 0
    while made < count:
        batch: dict[str, list[dict[str, Any]]] = {table.name: [] for table in template.tables}
        for _ in range(min(BATCH, count - made)):
            case = chooser.choice(template.rows["cases"])
            year = chooser.randint(FIRST_YEAR, last_year)
            _clone_case(template, case, year, numbers, batch, uuids)
            made += 1
        yield batch


def _clone_case(template: Template, case: dict[str, Any], year: int,
                numbers: dict[tuple[Any, int], int], batch: dict[str, list[dict[str, Any]]],
                uuids: random.Random) -> None:
    belongs = _belonging(template, case["id"])
    new_ids = {old: uuid.UUID(int=uuids.getrandbits(128), version=4)
               for old in belongs["ids"]}
    number: dict[str, Any] = {}
    for table in template.tables:
        for row in belongs["rows"].get(table.name, []):
            clone = _clone(row, table, new_ids)
            if table.name == "cases":
                key = (row["team_id"], year)
                numbers[key] = numbers.get(key, 0) + 1
                number = {"year": year, "seq": numbers[key]}
                clone.update(number, received_on=_moved(row["received_on"], year))
            elif table.name == "case_sort_keys":
                clone.update(number)  # the keys carry a copy of their case's number
            batch[table.name].append(clone)


def _belonging(template: Template, case_id: uuid.UUID) -> dict[str, Any]:
    """The template rows of one case, found through the foreign keys."""
    cache = template.belonging
    if case_id in cache:
        return cache[case_id]
    ids: set[Any] = {case_id}
    rows: dict[str, list[dict[str, Any]]] = {
        "cases": [row for row in template.rows["cases"] if row["id"] == case_id]}
    for table in template.tables[2:]:  # the tables below cases, parents first
        keys = [key for key in table.foreign_keys if key.column.table.name != "persons"]
        mine = [row for row in template.rows[table.name]
                if any(row[key.parent.name] in ids for key in keys
                       if key.column.table.name in {t.name for t in template.tables})]
        rows[table.name] = mine
        ids |= {row["id"] for row in mine if isinstance(row.get("id"), uuid.UUID)}
    person_ids = {row["person_id"] for row in rows.get("case_participants", [])}
    rows["persons"] = [row for row in template.rows["persons"] if row["id"] in person_ids]
    ids |= person_ids
    cache[case_id] = {"ids": ids, "rows": rows}
    return cache[case_id]


def grow_cases(connection: Connection, total: int, seed: int = 2026) -> Grown:
    """Clone the book's cases until it holds ``total`` cases (none added when it has as many).
    The caller commits; the same seed on the same book gives the same clones."""
    cases = Base.metadata.tables["cases"]
    existing = connection.scalar(select(func.count()).select_from(cases)) or 0
    wanted = max(total - existing, 0)
    if not wanted:
        return Grown(existing, 0)
    template = read_template(connection)
    numbers = _numbers(connection, cases)
    for batch in _clones(template, wanted, seed, numbers):
        for table in template.tables:
            if batch[table.name]:
                connection.execute(insert(table), batch[table.name])
    return Grown(existing + wanted, wanted)
