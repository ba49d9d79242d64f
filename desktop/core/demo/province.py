"""A province's (or a ward's) years of cases for the benchmarks (tests/perf): many teams, each
with its mediators and village convention, and their cases over ten years, with parties,
assignments, hearings, outcomes, agreements and their terms, and citations in the proportions a
grassroots team records them. Deterministic from a seed.

Written straight into the tables (PostgreSQL's ``COPY``, or one ``executemany`` per table and
round elsewhere), not through the services: a million cases through the per-record checks and
the journal would take days, and none of that is what the statistics read. Neither the journal
nor the search index is written: these are figures to count, not a history to search. The sort
keys of the case list are (the list and the drill-down show these cases).

    .venv/bin/python -m desktop.core.demo.province --db postgresql+psycopg://... --cases 1000000
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, insert, select, text
from sqlalchemy.engine import Connection

from desktop.core.db.models import Base, MatterCategory
from desktop.core.db.sort_keys import CaseSortKey  # noqa: F401  (its table, in the metadata)
from desktop.core.domain.enums import (
    ArticleChange,
    AssignmentMethod,
    CaseStatus,
    ConventionStatus,
    Eligibility,
    FollowUpStatus,
    Grounds,
    MediatorRole,
    OutcomeKind,
    ParticipantRole,
    Sex,
)
from desktop.core.domain.sort_order import binary_sort_key

AUTHOR = "province-demo"
ROUND = 5_000  # cases per round of writes
OPEN_DAYS = 60  # a case received within this many days of the last day may still be open
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý")
MIDDLE = ("Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân", "Thu")
GIVEN = ("An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Lan",
         "Long", "Mai", "Nam", "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vân")
TITLES = ("Tranh chấp ranh giới đất giữa hai hộ", "Mâu thuẫn về lối đi chung",
          "Tranh chấp tiền vay mượn", "Mâu thuẫn giữa vợ và chồng",
          "Tranh chấp quyền nuôi con sau ly hôn", "Mâu thuẫn do gia súc phá hoại hoa màu",
          "Tranh chấp chia thừa kế quyền sử dụng đất", "Mâu thuẫn do tiếng ồn kéo dài",
          "Tranh chấp nước tưới ruộng", "Mâu thuẫn giữa hàng xóm về rác thải")
# Closed cases by how they ended (a team's logbook over the years: most end in agreement).
ENDINGS = ((CaseStatus.SUCCESSFUL, 78), (CaseStatus.UNSUCCESSFUL, 14),
           (CaseStatus.NOT_ELIGIBLE, 5), (CaseStatus.IN_PROGRESS, 3))
FOLLOW_UPS = ((FollowUpStatus.IMPLEMENTED, 85), (FollowUpStatus.PARTLY_IMPLEMENTED, 5),
              (FollowUpStatus.NOT_IMPLEMENTED, 3), (FollowUpStatus.PENDING, 7))
CITED = 0.15  # of cases cite an article of the team's village convention
ARTICLES = 12  # per convention
MEDIATORS = 5  # per team


@dataclass(frozen=True)
class ProvinceSpec:
    cases: int = 1_000_000
    teams: int = 2_000
    years: int = 10
    last_day: date = date(2026, 11, 30)
    seed: int = 2026
    province: str = "Tỉnh Nghệ An"
    communes: int = 0  # 0: one commune per 20 teams

    @property
    def first_year(self) -> int:
        return self.last_day.year - self.years + 1


@dataclass(frozen=True)
class Made:
    cases: int
    rows: int
    seconds: float


@dataclass
class _Team:
    id: uuid.UUID
    mediators: list[uuid.UUID]
    articles: list[uuid.UUID]


@dataclass
class _Round:
    """Rows of one round, by table name, in the order they are written."""

    rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)

    def add(self, table: str, row: tuple[Any, ...]) -> None:
        self.rows.setdefault(table, []).append(row)


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


# Columns each generated row fills, in this order; the table's other columns take their
# defaults (version 1, the demo as author, empty texts).
COLUMNS: dict[str, tuple[str, ...]] = {
    "persons": ("id", "team_id", "full_name", "sex", "birth_year"),
    "cases": ("id", "team_id", "year", "seq", "received_on", "title", "grounds", "eligibility",
              "category_code", "status", "closed_on", "changed_at"),
    "case_participants": ("id", "team_id", "case_id", "person_id", "role", "ordinal"),
    "mediator_assignments": ("id", "team_id", "case_id", "mediator_id", "method", "assigned_on",
                             "no_conflict_confirmed"),
    "hearings": ("id", "team_id", "case_id", "held_at", "place", "planned", "result"),
    "outcomes": ("id", "team_id", "case_id", "kind", "decided_on"),
    "agreements": ("id", "team_id", "case_id", "reached_on"),
    "agreement_terms": ("id", "team_id", "agreement_id", "ordinal", "obliged_participant_id",
                        "content", "deadline", "follow_up_status"),
    "case_citations": ("id", "team_id", "case_id", "article_id"),
    "case_sort_keys": ("case_id", "title_key", "parties_key", "team_id", "status", "year",
                       "seq", "category_key"),
}
WRITE_ORDER = tuple(COLUMNS)


def _defaults(table: Table, given: Sequence[str]) -> dict[str, Any]:
    """The values of the columns a generated row leaves out."""
    found: dict[str, Any] = {}
    for column in table.columns:
        if column.name in given:
            continue
        if column.name == "version":
            found["version"] = 1
        elif column.name == "changed_by":
            found["changed_by"] = AUTHOR
        elif column.default is not None and column.default.is_scalar:
            value = getattr(column.default, "arg", None)
            found[column.name] = getattr(value, "value", value)
        elif column.nullable:
            found[column.name] = None
        else:
            found[column.name] = ""
    return found


def insert_rows(connection: Connection, name: str, rows: Sequence[dict[str, Any]]) -> None:
    """Rows of table ``name`` given as column -> value, the columns left out taking what a
    generated row takes (a test's small hand-made book, written as the province's is)."""
    table = _table(name)
    for row in rows:
        connection.execute(insert(table), {**_defaults(table, tuple(row)), **row})


class _Writer:
    """Writes rounds of rows: COPY on PostgreSQL, executemany elsewhere."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.copy = connection.dialect.name == "postgresql"
        self.extra = {name: _defaults(_table(name), cols) for name, cols in COLUMNS.items()}
        self.rows = 0

    def write(self, batch: _Round) -> None:
        for name in WRITE_ORDER:
            rows = batch.rows.get(name)
            if rows:
                self._copy(name, rows) if self.copy else self._insert(name, rows)
                self.rows += len(rows)

    def _insert(self, name: str, rows: list[tuple[Any, ...]]) -> None:
        columns, extra = COLUMNS[name], self.extra[name]
        self.connection.execute(insert(_table(name)),
                                [{**extra, **dict(zip(columns, row, strict=True))}
                                 for row in rows])

    def _copy(self, name: str, rows: list[tuple[Any, ...]]) -> None:
        columns, extra = COLUMNS[name], self.extra[name]
        names = ", ".join((*columns, *extra))
        tail = tuple(extra.values())
        raw = self.connection.connection.driver_connection
        assert raw is not None
        with raw.cursor() as cursor, cursor.copy(f"COPY {name} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row + tail)


def _weighted(rng: random.Random, choices: Sequence[tuple[Any, int]]) -> Any:
    return rng.choices([c for c, _w in choices], [w for _c, w in choices])[0]


class _Province:
    def __init__(self, spec: ProvinceSpec, categories: dict[str, int]) -> None:
        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.ids = random.Random(spec.seed + 1)
        self.categories = sorted(categories)  # codes, drawn from in a fixed order
        self.category_order = categories  # code -> the reference data's sort_order
        self.teams: list[_Team] = []

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self.ids.getrandbits(128), version=4)

    def name(self) -> str:
        r = self.rng
        return f"{r.choice(SURNAMES)} {r.choice(MIDDLE)} {r.choice(GIVEN)}"

    # --- teams, mediators, conventions: few rows, written through insert() ----------------

    def write_teams(self, connection: Connection) -> None:
        spec = self.spec
        per_commune = 20 if not spec.communes else max(1, spec.teams // spec.communes)
        teams, mediators, conventions, versions, articles = [], [], [], [], []
        for number in range(1, spec.teams + 1):
            team = _Team(self.new_id(), [], [])
            commune = f"Xã số {(number - 1) // per_commune + 1}"
            teams.append({"id": team.id, "version": 1, "changed_by": AUTHOR,
                          "name": f"Tổ hòa giải thôn {number}", "village": f"Thôn {number}",
                          "commune": commune, "province": spec.province})
            for index in range(MEDIATORS):
                team.mediators.append(self.new_id())
                mediators.append(self._mediator(team, index))
            convention, version = self.new_id(), self.new_id()
            conventions.append({"id": convention, "team_id": team.id, "version": 1,
                                "changed_by": AUTHOR, "title": f"Hương ước thôn {number}"})
            versions.append({"id": version, "team_id": team.id, "version": 1,
                             "changed_by": AUTHOR, "convention_id": convention, "ordinal": 1,
                             "status": ConventionStatus.IN_FORCE,
                             "effective_on": date(spec.first_year, 1, 1)})
            for article in range(1, ARTICLES + 1):
                team.articles.append(self.new_id())
                articles.append({"id": team.articles[-1], "team_id": team.id, "version": 1,
                                 "changed_by": AUTHOR, "convention_version_id": version,
                                 "lineage_id": self.new_id(), "change": ArticleChange.NEW,
                                 "ordinal": article, "number": article,
                                 "title": f"Điều {article}", "flagged": []})
            self.teams.append(team)
        for name, rows in (("teams", teams), ("mediators", mediators),
                           ("conventions", conventions), ("convention_versions", versions),
                           ("convention_articles", articles)):
            for start in range(0, len(rows), ROUND):
                connection.execute(insert(_table(name)), rows[start:start + ROUND])

    def _mediator(self, team: _Team, index: int) -> dict[str, Any]:
        start = date(self.spec.first_year - self.rng.randint(0, 5), 1, 15)
        return {"id": team.mediators[-1], "team_id": team.id, "version": 1,
                "changed_by": AUTHOR, "full_name": self.name(),
                "sex": self.rng.choice((Sex.MALE, Sex.FEMALE)), "ethnicity": "Kinh",
                "role": MediatorRole.LEADER if index == 0 else MediatorRole.MEMBER,
                "start_date": start, "birth_year": self.rng.randint(1950, 1990)}

    # --- cases: each team's years, a round at a time ---------------------------------------

    def plan(self) -> Iterator[tuple[_Team, int, int]]:
        """(team, year, how many cases), the counts adding up to ``spec.cases``; busier teams
        receive up to three times as many as quieter ones."""
        spec = self.spec
        weights = [self.rng.uniform(0.5, 1.5) for _ in self.teams]
        slots = [(t, y) for t in range(len(self.teams)) for y in range(spec.years)]
        shares = [weights[t] for t, _y in slots]
        scale = spec.cases / sum(shares)
        counts = [int(share * scale) for share in shares]
        for index in self.rng.sample(range(len(slots)), spec.cases - sum(counts)):
            counts[index] += 1
        for (team, year), count in zip(slots, counts, strict=True):
            if count:
                yield self.teams[team], spec.first_year + year, count

    def year_of_cases(self, team: _Team, year: int, count: int, batch: _Round) -> None:
        last = self.spec.last_day
        span = ((date(year, 12, 31) if year < last.year else last) - date(year, 1, 1)).days
        days = sorted(self.rng.randint(0, span) for _ in range(count))
        for seq, offset in enumerate(days, start=1):
            self.case(team, year, seq, date(year, 1, 1) + timedelta(days=offset), batch)

    def case(self, team: _Team, year: int, seq: int, received: date, batch: _Round) -> None:
        rng, last = self.rng, self.spec.last_day
        status = (CaseStatus.IN_PROGRESS if (last - received).days < OPEN_DAYS * rng.random()
                  else _weighted(rng, ENDINGS))
        closed = (min(received + timedelta(days=rng.randint(3, 45)), last)
                  if status.is_closed else None)
        case_id, title = self.new_id(), rng.choice(TITLES)
        changed = datetime.combine(closed or received, datetime.min.time()).replace(hour=17)
        eligible = status is not CaseStatus.NOT_ELIGIBLE
        grounds = rng.choice((Grounds.PARTY_REQUEST, Grounds.PARTY_REQUEST,
                              Grounds.MEDIATOR_WITNESSED, Grounds.LEADER_ASSIGNED))
        category = rng.choice(self.categories)  # drawn after the grounds, as always
        batch.add("cases", (
            case_id, team.id, year, seq, received, title, grounds.value,
            (Eligibility.ELIGIBLE if eligible else Eligibility.MUST_BE_SANCTIONED).value,
            category, status.value, closed, changed))
        parties = self.parties(team, case_id, batch)
        batch.add("case_sort_keys", (case_id, binary_sort_key(title),
                                     binary_sort_key(", ".join(name for _p, name in parties)),
                                     team.id, status.value, year, seq,
                                     self.category_order[category]))
        if eligible:
            self.assign(team, case_id, received, batch)
            self.hearings(team, case_id, received, closed, batch)
        if closed is not None:
            self.ending(team, case_id, status, closed, [p for p, _n in parties], batch)
        if rng.random() < CITED:
            batch.add("case_citations", (self.new_id(), team.id, case_id,
                                         rng.choice(team.articles)))

    def parties(self, team: _Team, case_id: uuid.UUID,
                batch: _Round) -> list[tuple[uuid.UUID, str]]:
        found = []
        for ordinal in range(2):
            person, participant, name = self.new_id(), self.new_id(), self.name()
            batch.add("persons", (person, team.id, name,
                                  self.rng.choice((Sex.MALE, Sex.FEMALE)).value,
                                  self.rng.randint(1940, 2000)))
            batch.add("case_participants", (participant, team.id, case_id, person,
                                            ParticipantRole.PARTY.value, ordinal))
            found.append((participant, name))
        return found

    def assign(self, team: _Team, case_id: uuid.UUID, received: date, batch: _Round) -> None:
        chosen = self.rng.sample(team.mediators, 1 if self.rng.random() < 0.7 else 2)
        day = received + timedelta(days=self.rng.randint(0, 2))
        for mediator in chosen:
            batch.add("mediator_assignments", (
                self.new_id(), team.id, case_id, mediator,
                AssignmentMethod.ASSIGNED_BY_LEADER.value, day, True))

    def hearings(self, team: _Team, case_id: uuid.UUID, received: date, closed: date | None,
                 batch: _Round) -> None:
        rng = self.rng
        held = _weighted(rng, ((1, 60), (2, 30), (3, 10))) if closed else rng.randint(0, 1)
        day = received + timedelta(days=rng.randint(1, 3))
        for _ in range(held):
            if closed is not None and day > closed:
                day = closed
            batch.add("hearings", (self.new_id(), team.id, case_id,
                                   datetime.combine(day, datetime.min.time()).replace(hour=8),
                                   "Nhà văn hóa thôn", False, ""))
            day += timedelta(days=rng.randint(3, 10))
        if closed is None and rng.random() < 0.4:  # the next hearing, agreed with the parties
            batch.add("hearings", (self.new_id(), team.id, case_id,
                                   datetime.combine(day, datetime.min.time()).replace(hour=14),
                                   "Nhà văn hóa thôn", True, ""))

    def ending(self, team: _Team, case_id: uuid.UUID, status: CaseStatus, closed: date,
               participants: list[uuid.UUID], batch: _Round) -> None:
        kind = {CaseStatus.SUCCESSFUL: OutcomeKind.SUCCESSFUL,
                CaseStatus.NOT_ELIGIBLE: OutcomeKind.NOT_ELIGIBLE}.get(
            status, self.rng.choice((OutcomeKind.PARTY_ASKED_TO_STOP,
                                     OutcomeKind.MEDIATOR_ENDED)))
        batch.add("outcomes", (self.new_id(), team.id, case_id, kind.value, closed))
        if status is CaseStatus.SUCCESSFUL:
            self.agreement(team, case_id, closed, participants, batch)

    def agreement(self, team: _Team, case_id: uuid.UUID, closed: date,
                  participants: list[uuid.UUID], batch: _Round) -> None:
        rng, agreement = self.rng, self.new_id()
        batch.add("agreements", (agreement, team.id, case_id, closed))
        for ordinal in range(1, rng.choice((1, 1, 2)) + 1):
            deadline = closed + timedelta(days=rng.randint(30, 180))
            status = (_weighted(rng, FOLLOW_UPS) if deadline < self.spec.last_day
                      else FollowUpStatus.PENDING)
            batch.add("agreement_terms", (
                self.new_id(), team.id, agreement, ordinal, rng.choice(participants),
                "Thực hiện đúng nội dung đã thỏa thuận", deadline, status.value))


def generate(connection: Connection, spec: ProvinceSpec, progress: bool = False) -> Made:
    """Write ``spec``'s teams and cases into the (migrated, empty of cases) book behind
    ``connection``; the caller commits. The same spec gives the same rows."""
    started = time.perf_counter()
    table = MatterCategory.__table__.c
    categories: dict[str, int] = {code: order for code, order in connection.execute(
        select(table.code, table.sort_order).where(table.retired.is_(False)))}
    province = _Province(spec, categories)
    province.write_teams(connection)
    writer, batch, made = _Writer(connection), _Round(), 0
    for team, year, count in province.plan():
        province.year_of_cases(team, year, count, batch)
        made += count
        if len(batch.rows["cases"]) >= ROUND:
            writer.write(batch)
            batch = _Round()
            if progress:
                print(f"  {made:,} cases, {time.perf_counter() - started:.0f} s", flush=True)
    writer.write(batch)
    if connection.dialect.name == "postgresql":
        connection.execute(text("ANALYZE"))
    return Made(made, writer.rows, time.perf_counter() - started)


def create_province_book(url: str, spec: ProvinceSpec, progress: bool = False) -> Made:
    """A new book at ``url`` (a SQLite file or a PostgreSQL database, migrated here), made a
    ward office book (the province's office reads every team's cases as a ward does), then
    filled with ``spec``'s teams and cases."""
    from desktop.core.exchange import ward
    from desktop.core.policy import system_actors
    from desktop.core.services.workspace import book as workspace

    book = workspace.open_url(url)
    try:
        actor = system_actors.demo_actor(book.device, system_actors.DEMO_WARD_PERMISSIONS)
        with book.database.transaction(actor) as session:
            ward.init_ward(session, spec.province, spec.province, spec.province)
        with book.database.engine.begin() as connection:
            return generate(connection, spec, progress)
    finally:
        book.database.dispose()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="a database URL (a new, empty book)")
    parser.add_argument("--cases", type=int, default=ProvinceSpec.cases)
    parser.add_argument("--teams", type=int, default=ProvinceSpec.teams)
    parser.add_argument("--years", type=int, default=ProvinceSpec.years)
    parser.add_argument("--seed", type=int, default=ProvinceSpec.seed)
    args = parser.parse_args(argv)
    spec = ProvinceSpec(args.cases, args.teams, args.years, seed=args.seed)
    made = create_province_book(args.db, spec, progress=True)
    print(f"{made.cases:,} cases, {made.rows:,} rows in {made.seconds:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
