"""The role-table walk: EVERY public service function that checks a permission, found by reading
the source (so a new one is walked without anyone adding it here), is called with no actor (it
must be refused) and as each of the four roles (allowed exactly where the role table allows).

The expectations are written out below, apart from ``domain.roles.ROLE_PERMISSIONS``, so that a
change to the code's table which the written role table does not make is caught."""

from __future__ import annotations

import ast
import importlib
import inspect
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.conventions.parser import parse
from desktop.core.db.engine import Actor
from desktop.core.db.models import (
    AgreementTerm,
    CaseParticipant,
    ConventionVersion,
    Hearing,
    Mediator,
)
from desktop.core.domain.roles import Permission, Role
from desktop.core.policy.access import PermissionDenied
from desktop.core.services.conventions import citations
from desktop.core.services.conventions import versions as conventions
from desktop.core.services.workspace import book as workspace
from desktop.core.services.workspace import teams
from tests.actors import leader
from tests.conftest import SAMPLE_MEDIATORS, SAMPLE_TEAM
from tests.conventions.test_parser import SAMPLE
from tests.core.helpers import add_person, assign, build_case, mediator_ids, open_case
from tests.security.test_roles import World, role_actor

LEADER, MEDIATOR, OFFICER, ADMIN = Role
ROOT = Path(__file__).resolve().parents[2]
WALKED = ("desktop/core/services", "desktop/core/exchange")
# The refusing checks. ``permitted`` / ``holds`` only answer (which buttons to enable, which
# sensitive cases a search shows): a function calling them decides a scope, not a refusal,
# and the tests of those scopes (tests/core search, tests/gui) cover them.
CHECKS = {"require", "check", "allowed"}

# The role table: who may do what. Written from the table in words (DOMAIN.md's roles of a
# mediation team and of the ward office, spelt out in desktop/core/domain/roles.py's
# docstring): the team leader runs the team; a mediator takes in cases, edits the cases
# assigned to them, reads, prints and backs up; a ward officer reads the teams' data and keeps
# the ward's (reference conventions, the journal); the ward administrator adds the ward's
# accounts and settings and may restore. Change it only together with that table.
TEAM, READERS = frozenset({LEADER, MEDIATOR}), frozenset(Role)
WARD = frozenset({OFFICER, ADMIN})
ROLE_TABLE: dict[Permission, frozenset[Role]] = {
    Permission.READ_TEAM_DATA: READERS,
    Permission.PRINT_DOCUMENTS: READERS,
    Permission.MAKE_BACKUPS: READERS,
    Permission.INTAKE_CASES: TEAM,
    Permission.EDIT_ASSIGNED_CASES: TEAM,  # on a case assigned to them or with no mediator
    Permission.EDIT_ANY_CASE: frozenset({LEADER}),
    Permission.ASSIGN_MEDIATORS: frozenset({LEADER}),
    Permission.APPROVE_REMUNERATION: frozenset({LEADER}),
    Permission.SET_UP_TEAM: frozenset({LEADER}),
    Permission.MANAGE_TEAM_ACCOUNTS: frozenset({LEADER}),
    Permission.MANAGE_PERSONAL_DATA: frozenset({LEADER}),
    Permission.MANAGE_CONVENTIONS: frozenset({LEADER}) | WARD,
    Permission.READ_AUDIT: frozenset({LEADER}) | WARD,
    Permission.EDIT_SETTINGS: frozenset({LEADER, ADMIN}),
    Permission.RESTORE_BACKUPS: frozenset({LEADER, ADMIN}),
    Permission.MANAGE_WARD_DATA: WARD,
    Permission.MANAGE_WARD_ACCOUNTS: frozenset({ADMIN}),
    Permission.MANAGE_WARD_SETTINGS: frozenset({ADMIN}),
}
ALIASES = {"EDIT_CASE": Permission.EDIT_ASSIGNED_CASES}


@dataclass(frozen=True)
class Guarded:
    module: str
    name: str
    permissions: frozenset[Permission]  # checked one after another: all are needed

    @property
    def id(self) -> str:
        return f"{self.module.removeprefix('desktop.core.')}.{self.name}"

    @property
    def allowed(self) -> frozenset[Role]:
        if self.id in EITHER:
            return EITHER[self.id]
        return frozenset(Role).intersection(*(ROLE_TABLE[p] for p in self.permissions))


# The services that check one permission or another by who asks (the exception to "all").
EITHER: dict[str, frozenset[Role]] = {
    "services.workspace.accounts.list_accounts": frozenset({LEADER, ADMIN}),  # their own side's
    "exchange.key_sheet_data.render_for": frozenset({LEADER, ADMIN}),  # the book's own key sheet
}


def _check_name(call: ast.Call) -> str | None:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    return name if name in CHECKS else None


def _permissions_in(node: ast.AST) -> set[Permission]:
    found: set[Permission] = set()
    for inner in ast.walk(node):
        if isinstance(inner, ast.Attribute) and getattr(inner.value, "id", "") == "Permission":
            found.add(Permission[inner.attr])
        elif isinstance(inner, ast.Name) and inner.id in ALIASES:
            found.add(ALIASES[inner.id])
    return found


def _direct(function: ast.FunctionDef) -> tuple[set[Permission], set[str]]:
    """The permissions ``function`` checks itself, and the module's functions it calls."""
    permissions: set[Permission] = set()
    calls: set[str] = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Call):
            if _check_name(node):
                permissions |= set().union(*map(_permissions_in, node.args))
            elif isinstance(node.func, ast.Name):
                calls.add(node.func.id)
    return permissions, calls


def _guarded_in(path: Path) -> Iterator[Guarded]:
    module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    functions = {f.name: _direct(f) for f in tree.body if isinstance(f, ast.FunctionDef)}
    for name in functions:
        if name.startswith("_") or (module.endswith("exchange.book") and name == "allowed"):
            continue
        seen, todo, permissions = {name}, [name], set()
        while todo:  # a check made in one of the module's own helpers counts
            own, calls = functions[todo.pop()]
            permissions |= own
            for callee in calls & functions.keys() - seen:
                seen.add(callee)
                todo.append(callee)
        if permissions:
            yield Guarded(module, name, frozenset(permissions))


def guarded_functions() -> list[Guarded]:
    return [guarded for folder in WALKED for path in sorted((ROOT / folder).rglob("*.py"))
            for guarded in _guarded_in(path)]


GUARDED = guarded_functions()


def test_the_walk_finds_the_guarded_services():
    """A floor, so a broken walk cannot pass by finding nothing."""
    names = {g.id for g in GUARDED}
    assert len(GUARDED) >= 55
    assert {"services.cases.records.open_case", "services.people.personal_data.erase_person",
            "services.workspace.backup_jobs.restore", "exchange.ward.enrol",
            "exchange.ward_import.import_team_data"} <= names
    assert set(ROLE_TABLE) == set(Permission)
    assert set(EITHER) <= names


@dataclass(frozen=True)
class Prepared:
    """One book for the whole walk (each call is rolled back): the world of test_roles, and
    real records of every kind a guarded service looks up before its check (a hearing, an
    agreement's term, a convention and a citation) on a case assigned to the mediator who acts,
    which they may edit. Each argument is passed by its name."""

    book: Any
    world: World
    records: dict[str, Any]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory, migrated_template) -> Iterator[Prepared]:
    path = tmp_path_factory.mktemp("role-table") / "hoagiai.sqlite"
    shutil.copyfile(migrated_template, path)
    book = workspace.open_book(path)
    with book.database.transaction(leader("tester", book.device)) as session:
        team_id = teams.set_up_team(session, SAMPLE_TEAM, SAMPLE_MEDIATORS)
        first, second = mediator_ids(session, team_id)[:2]
        mine, theirs, unassigned = (open_case(session, team_id, title) for title in (
            "Việc của tôi", "Việc của người khác", "Việc mới tiếp nhận"))
        assign(session, mine, first)
        assign(session, theirs, second)
        parties = {case: add_person(session, case, team_id, "Nguyễn Văn An")
                   for case in (mine, theirs, unassigned)}
        w = World(team_id, mine, theirs, unassigned, first, second, parties)
        records = _records(session, w)
    yield Prepared(book, w, records)
    book.database.dispose()


def _records(session: Session, w: World) -> dict[str, Any]:
    parts = build_case(session, w.team_id)  # assigned to the acting mediator
    imported = conventions.import_convention(
        session, w.team_id, parse(SAMPLE.read_text(encoding="utf-8")), "Hương ước thử",
        recognition=conventions.Recognition("12/QĐ-UBND", date(2020, 1, 2)))
    version = session.get(ConventionVersion, imported.version_id)
    assert version is not None
    citation = citations.cite(session, parts.case_id, version.articles[0].id)
    return {
        "case_id": parts.case_id, "case": parts.case_id, "team_id": w.team_id,
        "mediator_id": w.other_mediator, "participant_id": parts.parties[0],
        "person_id": _person(session, parts.parties[0]),
        "hearing_id": session.scalar(select(Hearing.id).where(Hearing.case_id == parts.case_id)),
        "term_id": session.scalar(select(AgreementTerm.id)),
        "convention_id": version.convention_id, "version_id": version.id,
        "citation_id": citation, "today": date(2026, 3, 5)}


def _person(session: Session, participant_id: uuid.UUID) -> uuid.UUID:
    participant = session.get(CaseParticipant, participant_id)
    assert participant is not None
    return participant.person_id


def _arguments(function: Callable[..., Any], session: Session, book: Any, actor: Actor | None,
               records: dict[str, Any], tmp: Path) -> list[Any]:
    known = {**records, "session": session, "book": book, "actor": actor,
             "target": tmp / "ra.pdf", "path": tmp / "vao.pdf",
             "mediator": session.get(Mediator, records["mediator_id"])}
    parameters = inspect.signature(function).parameters.values()
    return [known.get(p.name) for p in parameters if p.default is inspect.Parameter.empty]


def _refused(guarded: Guarded, prepared: Prepared, actor: Actor | None, tmp: Path) -> bool:
    """Whether the call was refused for want of permission. Any other outcome (done, or
    stopped later by the made-up arguments) means the check let the caller through; nothing is
    kept (the session is rolled back)."""
    function = getattr(importlib.import_module(guarded.module), guarded.name)
    (tmp / "vao.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    book = prepared.book
    with book.database.reading(actor) as session:
        try:
            function(*_arguments(function, session, book, actor, prepared.records, tmp))
        except PermissionDenied:
            return True
        except Exception:
            return False
    return False


@pytest.mark.parametrize("guarded", GUARDED, ids=lambda g: g.id)
def test_without_an_actor_every_guarded_service_is_refused(prepared, tmp_path, guarded):
    assert _refused(guarded, prepared, None, tmp_path)


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("guarded", GUARDED, ids=lambda g: g.id)
def test_each_role_is_allowed_exactly_where_the_role_table_allows(prepared, tmp_path,
                                                                  guarded, role):
    refused = _refused(guarded, prepared, role_actor(role, prepared.world), tmp_path)
    assert refused == (role not in guarded.allowed), \
        f"{guarded.id} as {role.value}: {'refused' if refused else 'let through'}"
