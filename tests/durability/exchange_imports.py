"""The work of the exchange-import kill test: a ward book importing teams' packages, one
transaction each, and what the ward book holds afterwards (a canonical dump to compare).

The teams, the ward and the packages are built with the exchange tests' helpers
(``tests.exchange.sides``), through the real services and real package files.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from desktop.core.exchange import service
from desktop.core.exchange.errors import PackageRefused
from desktop.core.services.cases import records as cases
from desktop.core.services.workspace import book as workspace
from tests.core.helpers import build_case, case_input, close_successfully, open_case
from tests.durability import harness
from tests.exchange import sides

VILLAGES = ("Thôn Đông", "Thôn Tây", "Tổ dân phố 7")
CASES_PER_PACKAGE = 4
ROUNDS = 2


@dataclass(frozen=True)
class Package:
    name: str  # "<village index>-<sequence>", what the child acknowledges
    team_id: str
    sequence: int
    data: bytes


@dataclass(frozen=True)
class Setting:
    ward_template: Path  # the ward book, teams enrolled, no package imported yet
    team_ids: tuple[str, ...]
    packages: tuple[Package, ...]  # in the order the ward imports them


def build(template: Path, root: Path) -> Setting:
    """Three teams enrolled at a ward; each sends two packages (the second with new cases and
    changes to the first's); imported interleaved: every team's first, then every second."""
    ward_side = sides.make_ward(template, root)
    teams = [sides.make_team(template, root, village) for village in VILLAGES]
    try:
        for team in teams:
            sides.connect(team, ward_side)
        by_round: list[list[Package]] = []
        for round_number in range(ROUNDS):
            packages = []
            for index, team in enumerate(teams):
                _work(team, round_number)
                path = sides.export(team)
                packages.append(Package(f"{index}-{round_number + 1}", str(team.team_id),
                                        round_number + 1, path.read_bytes()))
            by_round.append(packages)
    finally:
        for side in (ward_side, *teams):
            side.db.dispose()
    ward_template = root / "ward-template.sqlite"
    shutil.copyfile(ward_side.db.path, ward_template)
    return Setting(ward_template, tuple(str(team.team_id) for team in teams),
                   tuple(package for packages in by_round for package in packages))


def _work(team: sides.Side, round_number: int) -> None:
    assert team.team_id is not None
    with team.tx() as s:
        for number in range(CASES_PER_PACKAGE):
            build_case(s, team.team_id, title=f"Vụ gửi phường {round_number}-{number}")
        if round_number:  # changes to records the ward already has
            first = sides.case_ids(team)[0]
            cases.update_case(s, first, case_input("Tranh chấp ranh giới đất"))
            close_successfully(s, sides.case_ids(team)[1])
            open_case(s, team.team_id, "Vụ mới mở, chưa có gì")


def open_ward(path: Path) -> sides.Side:
    opened = workspace.open_book(path)
    return sides.Side(opened, workspace.actor_for(opened, "tuphap", sides.WARD_OFFICER),
                      path.parent)


def import_stream(path: Path, packages: tuple[Package, ...]
                  ) -> Callable[[Callable[[str], None]], None]:
    """The child's work: open the ward book, then import the packages one by one, each
    acknowledged once its transaction has committed."""
    def work(acknowledge: Callable[[str], None]) -> None:
        ward_side = open_ward(path)
        acknowledge(harness.READY)
        for package in packages:
            service.receive(ward_side.db, ward_side.actor, package.data)
            acknowledge(package.name)

    return work


def import_rest(ward_side: sides.Side, packages: tuple[Package, ...]) -> list[str]:
    """Import every package again, as someone would after the crash; the names of those the
    book refused as already imported."""
    refused = []
    for package in packages:
        try:
            service.receive(ward_side.db, ward_side.actor, package.data)
        except PackageRefused:
            refused.append(package.name)
    return refused


def received(path: Path, setting: Setting) -> list[str]:
    """The packages the ward book records as received (names, in the import order)."""
    with closing(harness.connect(path)) as connection:
        rows = set(connection.execute(
            "SELECT peer_id, sequence FROM exchange_packages WHERE direction = 'received' "
            "AND kind = 'team-data'").fetchall())
    return [p.name for p in setting.packages if (p.team_id, p.sequence) in rows]


def state(ward_side: sides.Side, setting: Setting) -> dict:
    """A canonical dump of what the ward book holds from the teams: every team-owned record's
    values (no bookkeeping columns), the ward's per-record exchange state, the packages
    received."""
    import uuid

    records: dict = {}
    for team_id in setting.team_ids:
        records.update(sides.team_records(ward_side, uuid.UUID(team_id)))
    assert ward_side.db.path is not None
    with closing(harness.connect(ward_side.db.path)) as connection:
        exchange_state = sorted(connection.execute(
            "SELECT entity, entity_id, team_id, team_version, deleted, package_sequence "
            "FROM exchange_record_state").fetchall())
        review = connection.execute("SELECT count(*) FROM exchange_review_queue").fetchone()[0]
    return {"records": records, "exchange_state": exchange_state, "review": review,
            "received": received(ward_side.db.path, setting)}
