"""Team and ward books for the exchange tests, and the moves between them (through files)."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, text

from desktop.core.db.engine import Actor
from desktop.core.db.models import Case
from desktop.core.domain.enums import MediatorRole, Sex
from desktop.core.domain.roles import ROLE_PERMISSIONS, Role
from desktop.core.exchange import service, team_import, ward
from desktop.core.exchange.records import read_values, tracked_tables_in_order
from desktop.core.services.exchange import packages
from desktop.core.services.workspace import book as workspace
from desktop.core.services.workspace import teams

# a plain ward book has no accounts: its officer acts with a ward administrator's permissions
WARD_OFFICER = ROLE_PERMISSIONS[Role.WARD_ADMIN]

MEDIATORS = [
    teams.MediatorInput("Trần Thị Thu Hà", Sex.FEMALE, MediatorRole.LEADER, 1962),
    teams.MediatorInput("Nguyễn Văn Đức", Sex.MALE, MediatorRole.MEMBER, 1958),
    teams.MediatorInput("Lê Thị Ngọc Ánh", Sex.FEMALE, MediatorRole.MEMBER, 1975),
]


@dataclass
class Side:
    book: workspace.OpenedBook
    actor: Actor
    folder: Path
    team_id: uuid.UUID | None = None
    ward_id: str = ""
    sent: list[Path] = field(default_factory=list)

    @property
    def db(self):
        return self.book.database

    def tx(self, reason: str = ""):
        return self.db.transaction(self.actor, reason=reason)


def new_book(template: Path, folder: Path, name: str) -> workspace.OpenedBook:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.sqlite"
    shutil.copyfile(template, path)
    return workspace.open_book(path)


def make_team(template: Path, root: Path, village: str) -> Side:
    folder = root / village
    opened = new_book(template, folder, "team")
    side = Side(opened, workspace.actor_for(opened, f"leader-{village}"), folder)
    with side.tx() as s:
        side.team_id = teams.set_up_team(s, teams.TeamInput(
            name=f"Tổ hòa giải {village}", village=village, commune="Phường Nghĩa Đô",
            province="Thành phố Hà Nội"), MEDIATORS)
    return side


def make_ward(template: Path, root: Path) -> Side:
    opened = new_book(template, root / "ward", "ward")
    side = Side(opened, workspace.actor_for(opened, "tuphap", WARD_OFFICER), root / "ward")
    with side.tx() as s:
        side.ward_id = ward.init_ward(s, "UBND phường Nghĩa Đô", "Phường Nghĩa Đô",
                                      "Thành phố Hà Nội")
    return side


def ward_url_side(url: str, folder: Path) -> Side:
    opened = workspace.open_url(url)
    side = Side(opened, workspace.actor_for(opened, "tuphap", WARD_OFFICER), folder)
    with side.tx() as s:
        side.ward_id = ward.init_ward(s, "UBND phường Nghĩa Đô", "Phường Nghĩa Đô",
                                      "Thành phố Hà Nội")
    return side


def connect(team: Side, ward_side: Side) -> None:
    """Enrolment file to the ward, the ward's settings package back to the team."""
    with team.tx() as s:
        enrolment = team_import.enrolment_file(s)
    with ward_side.tx() as s:
        ward.enrol(s, enrolment)
    with ward_side.tx() as s:
        written = ward.write_ward_settings(s, str(team.team_id))
    service.receive(team.db, team.actor, written.data)


def export(team: Side) -> Path:
    with team.tx("exchange export") as session:
        path = packages.send(session, team.folder / "out").path
    team.sent.append(path)
    return path


def receive(side: Side, path: Path, dry_run: bool = False):
    return service.receive(side.db, side.actor, path.read_bytes(), dry_run=dry_run)


def a_conflict(ward_side: Side, team: Side) -> tuple[int, uuid.UUID]:
    """A case title changed by the ward and by the team from the same base: one review item
    (its number, and the case)."""
    from desktop.core.services.cases import records as cases
    from tests.core.helpers import case_input, open_case

    with team.tx() as s:
        case_id = open_case(s, team.team_id, "Ban đầu")
    receive(ward_side, export(team))
    with ward_side.tx(reason="Sửa") as s:
        s.get(Case, case_id).title = "Xã sửa"
    with team.tx() as s:
        cases.update_case(s, case_id, case_input("Tổ sửa"))
    receive(ward_side, export(team))
    with ward_side.db.reading() as s:
        [item] = ward.list_review(s)
    return item.number, case_id


def second_connection(ward_side: Side) -> workspace.OpenedBook:
    """Another officer's own connection to the ward's book (another engine, another session)."""
    url = ward_side.db.engine.url
    if url.get_backend_name() == "sqlite":
        assert ward_side.db.path is not None
        return workspace.open_book(ward_side.db.path)
    return workspace.open_url(url.render_as_string(hide_password=False))


def back(ward_side: Side, team: Side, kind: str = "acknowledgment"):
    writer = {"acknowledgment": ward.write_acknowledgment, "reference": ward.write_reference,
              "ward-settings": ward.write_ward_settings}[kind]
    with ward_side.tx() as s:
        written = writer(s, str(team.team_id))
    return service.receive(team.db, team.actor, written.data)


def team_records(side: Side, team_id: uuid.UUID, drop: frozenset[str] = frozenset()) -> dict:
    """Every tracked record of one team, values without bookkeeping (for comparing sides)."""
    skip = {"version", "changed_by", "changed_at"} | set(drop)
    found = {}
    with side.db.reading() as s:
        for table in tracked_tables_in_order():
            column = table.c.id if table.name == "teams" else table.c.get("team_id")
            if column is None:
                continue
            for row in s.execute(select(table.c.id).where(column == team_id)):
                values = read_values(s, table.name, str(row.id)) or {}
                found[(table.name, str(row.id))] = {k: v for k, v in values.items()
                                                    if k not in skip
                                                    and f"{table.name}.{k}" not in skip}
    return found


def case_ids(side: Side) -> list[uuid.UUID]:
    with side.db.reading() as s:
        return list(s.scalars(select(Case.id).order_by(Case.seq)))


def dump(side: Side) -> list[str]:
    """A full logical dump of the book, for 'nothing changed' checks."""
    if side.book.database.engine.dialect.name == "sqlite":
        assert side.db.path is not None
        connection = sqlite3.connect(side.db.path)
        try:
            return list(connection.iterdump())
        finally:
            connection.close()
    lines = []
    with side.db.engine.connect() as connection:
        tables = connection.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"))
        for (name,) in list(tables):
            rows = connection.execute(text(f'SELECT * FROM "{name}"')).all()
            lines += sorted(f"{name}: {tuple(map(str, row))}" for row in rows)
    return lines
