"""A demo ward book: the ward office holding the cases of three of its teams.

Each team's cases are written the way the team demo writes them (``demo._DemoWriter``: one unit
of work per action, through the services), with its own seed, mediators and hall, into one
database made a ward office book by the exchange's ``init_ward`` (setting ``book_kind``). The
first team is the team demo's own (with its village convention); the others come from
``resources/samples/demo_ward.toml``.
"""

from __future__ import annotations

import random
import tomllib
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import Session

from desktop.core.db.models import Case, CaseCitation, Hearing, Person, Team
from desktop.core.demo.book import (
    CLOSED_BEFORE_DAYS,
    CLOSED_CASES,
    OPEN_CASES,
    SEED,
    SPAN_DAYS,
    TODAY,
    DemoSummary,
    Ending,
    TeamMediator,
    _DemoWriter,
    _make_room,
    create_demo_book,
    encrypted_demo_book,
    replace_summary,
    team_summary,
)
from desktop.core.demo.cast import NO_ID, CaseStory
from desktop.core.demo.data import DemoContent, Scenario, _mediator, load
from desktop.core.domain.roles import Role
from desktop.core.errors import HoagiaiError
from desktop.core.exchange import ward
from desktop.core.i18n import N_
from desktop.core.policy import system_actors
from desktop.core.resources import resource_path
from desktop.core.services.workspace import accounts, teams
from desktop.core.services.workspace import book as workspace

WARD_NAME = "Phường Yên Hòa"
PROVINCE = "Thành phố Hà Nội"
ADMIN, OFFICER = "quantri", "canbo"  # the demo's ward accounts
DEMO_PASSWORD = "hoagiai-demo"  # as the team demo's accounts
NO_SUCH_DEMO_TEAM = N_("There is no demo team {number}: choose a number from 1 to {count}.")


@dataclass(frozen=True)
class WardTeam:
    content: DemoContent
    seed: int
    share: float  # of the team demo's number of cases
    convention: bool


def ward_teams() -> list[WardTeam]:
    """The team demo's team, then the teams of ``demo_ward.toml``."""
    base = load()
    with resource_path("samples", "demo_ward.toml").open("rb") as handle:
        raw = tomllib.load(handle)
    found = [WardTeam(base, SEED, 1.0, True)]
    for spec in raw["team"]:
        found.append(WardTeam(_team_content(base, spec), SEED + int(spec["seed"]),
                              float(spec["share"]), False))
    return found


def _team_content(base: DemoContent, spec: dict[str, Any]) -> DemoContent:
    team = teams.TeamInput(spec["name"], spec["village"], spec["commune"], spec["province"],
                           spec["address"])
    places = replace(base.places, group=spec["group"], hall=spec["hall"])
    return replace(base, team=team, mediators=tuple(_mediator(m) for m in spec["mediator"]),
                   places=places)


def _fast_writes(engine: Engine) -> None:
    """A demo book need not survive a power cut: skip the fsync of every small transaction
    (new connections only; the pool is emptied so every connection is new)."""
    def relax(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA synchronous=OFF")
        cursor.close()
    event.listen(engine, "connect", relax)
    engine.dispose()


def create_ward_demo_book(path: Path, replace_file: bool = False,
                          encrypt: bool = True) -> WardDemoSummary:
    """Write a new demo ward book at ``path`` (refusing to overwrite unless ``replace_file``):
    encrypted like any new book, with a ward administrator (``quantri``) and a ward officer
    (``canbo``), both with the demo password (``encrypt=False``: a plain book, no accounts)."""
    _make_room(path, replace_file)
    book, recovery_key = _encrypted_book(path) if encrypt else (workspace.open_book(path), "")
    try:
        _fast_writes(book.database.engine)
        actor = system_actors.demo_actor(book.device, system_actors.DEMO_WARD_PERMISSIONS)
        with book.database.transaction(actor) as session:
            ward.init_ward(session, WARD_NAME, WARD_NAME, PROVINCE)
        mediators = 0
        for spec in ward_teams():
            _WardTeamWriter(book, spec).write()
            mediators += len(spec.content.mediators)
        if encrypt:
            with book.database.transaction(actor) as session:
                accounts.create_account(session, accounts.AccountInput(
                    OFFICER, "Phạm Thị Lan", Role.WARD_OFFICER), DEMO_PASSWORD, book.keyring)
        return _summary(book, path, mediators, recovery_key)
    finally:
        book.database.dispose()


def _encrypted_book(path: Path) -> tuple[workspace.OpenedBook, str]:
    """The new encrypted book with its first account (the ward administrator), opened by the
    program itself (the seeding is journaled as ``demo``), and its recovery key."""
    made, recovery_key = workspace.create_book(path, accounts.AccountInput(
        ADMIN, "Hoàng Văn Minh", Role.WARD_ADMIN), DEMO_PASSWORD)
    made.database.dispose()
    assert made.keyring is not None
    book = workspace.open_book(path, made.keyring.key)
    return replace(book, keyring=made.keyring), recovery_key


@dataclass(frozen=True)
class WardDemoSummary:
    teams: int
    book: DemoSummary
    recovery_key: str = ""


def _count(session: Session, model: Any) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _summary(book: workspace.OpenedBook, path: Path, mediators: int,
             recovery_key: str) -> WardDemoSummary:
    with book.database.reading(system_actors.demo_actor(
            book.device, system_actors.DEMO_WARD_PERMISSIONS)) as session:
        statuses = {status: n for status, n in session.execute(
            select(Case.status, func.count()).group_by(Case.status))}
        summary = DemoSummary(path, sum(statuses.values()), mediators, _count(session, Person),
                              _count(session, Hearing), statuses, _count(session, CaseCitation))
        return WardDemoSummary(_count(session, Team), summary, recovery_key)


class _WardTeamWriter(_DemoWriter):
    """The team demo's writer for one of several teams of a ward book."""

    PERMISSIONS = system_actors.DEMO_WARD_PERMISSIONS

    def __init__(self, book: workspace.OpenedBook, spec: WardTeam) -> None:
        super().__init__(book, spec.content, random.Random(spec.seed))
        self.spec = spec

    def _set_up_team(self) -> None:
        """The ward records the team (it arrived by enrolment), then its mediators."""
        with self.book.database.transaction(self.actor) as session:
            record = Team(**vars(self.content.team))
            session.add(record)
            session.flush()
            self.team_id = record.id
            for mediator in self.content.mediators:
                teams.add_mediator(session, record.id, mediator)
            views = teams.list_mediators(session, self.team_id)
        by_name = {v.full_name: v.id for v in views}
        self.mediators = [TeamMediator(by_name[m.full_name], m) for m in self.content.mediators]

    def _import_convention(self) -> None:
        if self.spec.convention:
            super()._import_convention()

    def _cite(self, story: CaseStory) -> None:
        if self.convention_id != NO_ID:
            super()._cite(story)

    def _plan(self) -> list[tuple[date, Ending, Scenario]]:
        """The team demo's plan, scaled to this team's share of cases."""
        share = self.spec.share
        closed = [ending for ending, count in CLOSED_CASES.items()
                  for _ in range(max(1, round(count * share)))]
        self.rng.shuffle(closed)
        first = TODAY - timedelta(days=SPAN_DAYS - 1)
        offsets = sorted(self.rng.sample(range(SPAN_DAYS - CLOSED_BEFORE_DAYS), len(closed)))
        dated = [(first + timedelta(days=o), e) for o, e in zip(offsets, closed, strict=True)]
        open_cases = OPEN_CASES[:max(1, round(len(OPEN_CASES) * share))]
        dated += [(TODAY - timedelta(days=days + self.rng.randint(0, 20)), ending)
                  for ending, days in open_cases]
        chosen = self._scenarios([ending for _day, ending in dated])
        return [(day, ending, scenario)
                for (day, ending), scenario in zip(dated, chosen, strict=True)]


class _OtherTeamWriter(_WardTeamWriter):
    """One of the ward demo's other teams written as that team's own book (its own team set-up
    and accounts), so that an exchange demo has distinct teams to send packages."""

    _set_up_team = _DemoWriter._set_up_team


def create_team_demo_book(path: Path, number: int, replace_file: bool = False) -> DemoSummary:
    """The encrypted book of the ward demo's team ``number`` (1 is the team demo of
    ``hoagiai demo``; 2 and 3 are the other teams of ``demo_ward.toml``), with the demo
    accounts. The leader's account is named after that team's leader."""
    specs = ward_teams()
    if not 1 <= number <= len(specs):
        raise HoagiaiError(NO_SUCH_DEMO_TEAM, number=number, count=len(specs))
    if number == 1:
        return create_demo_book(path, replace=replace_file)
    spec = specs[number - 1]
    _make_room(path, replace_file)
    book, recovery_key = encrypted_demo_book(path, spec.content.mediators[0].full_name)
    try:
        writer = _OtherTeamWriter(book, spec)
        writer.write()
        writer.add_accounts()
        return replace_summary(team_summary(book, path), recovery_key)
    finally:
        book.database.dispose()
