"""Who may do what, enforced in the services: every role against every guarded service, and
the rule that the command line and the GUI never build an actor themselves."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from desktop.core.db.engine import Actor
from desktop.core.domain.enums import AssignmentMethod, Grounds, MediatorRole, Sex
from desktop.core.domain.roles import ROLE_PERMISSIONS, Permission, Role, allows
from desktop.core.policy import access
from desktop.core.policy.access import PermissionDenied
from desktop.core.services.cases import assignments, hearings
from desktop.core.services.cases import records as cases
from desktop.core.services.conventions import versions as conventions
from desktop.core.services.documents import data as document_data
from desktop.core.services.people import persons as people
from desktop.core.services.workspace import accounts, teams
from tests.conventions.test_parser import SAMPLE
from tests.core.helpers import add_person, assign, mediator_ids, open_case

LEADER, MEDIATOR, OFFICER, ADMIN = Role
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class World:
    team_id: uuid.UUID
    mine: uuid.UUID  # assigned to the mediator who acts
    theirs: uuid.UUID  # assigned to another mediator
    unassigned: uuid.UUID  # intake: no mediator yet
    acting_mediator: uuid.UUID
    other_mediator: uuid.UUID
    parties: dict[uuid.UUID, uuid.UUID]  # case -> its party's participant id


@pytest.fixture
def world(book, actor, team_id) -> World:
    with book.database.transaction(actor) as session:
        first, second = mediator_ids(session, team_id)[:2]
        mine, theirs = open_case(session, team_id, "Việc của tôi"), open_case(
            session, team_id, "Việc của người khác")
        assign(session, mine, first)
        assign(session, theirs, second)
        unassigned = open_case(session, team_id, "Việc mới tiếp nhận")
        parties = {case_id: add_person(session, case_id, team_id, "Nguyễn Văn An")
                   for case_id in (mine, theirs, unassigned)}
    return World(team_id, mine, theirs, unassigned, first, second, parties)


def role_actor(role: Role, world: World) -> Actor:
    mediator = world.acting_mediator if role in (LEADER, MEDIATOR) else None
    return Actor(f"nguoi.{role.value}", "may", role, uuid.uuid4(), mediator)


Operation = Callable[[Session, World], object]

def _hearing(case: str) -> Operation:
    def run(session: Session, w: World) -> object:
        case_id = getattr(w, case)
        mediator = w.acting_mediator if case == "mine" else w.other_mediator
        return hearings.add_hearing(session, case_id, hearings.HearingInput(
            datetime(2026, 3, 4, 9, 0), "Nhà văn hóa tổ dân phố số 7",
            participant_ids=frozenset({w.parties[case_id]}), mediator_ids=frozenset({mediator})))
    return run


def _update(case: str) -> Operation:
    def run(session: Session, w: World) -> object:
        case_id = getattr(w, case)
        return cases.update_case(session, case_id, cases.CaseInput(
            "Tên mới", date(2026, 3, 2), Grounds.PARTY_REQUEST, "shared_path_utilities"),
            today=date(2026, 3, 5))
    return run


OPERATIONS: dict[str, tuple[Operation, frozenset[Role]]] = {
    "open a case (intake)": (lambda s, w: cases.open_case(s, w.team_id, cases.CaseInput(
        "Việc mới", date(2026, 3, 2), Grounds.PARTY_REQUEST, "shared_path_utilities"),
        today=date(2026, 3, 5)), frozenset({LEADER, MEDIATOR})),
    "edit a case assigned to me": (_update("mine"), frozenset({LEADER, MEDIATOR})),
    "edit a case assigned to another": (_update("theirs"), frozenset({LEADER})),
    "edit a case with no mediator yet": (_update("unassigned"), frozenset({LEADER, MEDIATOR})),
    "add a person": (lambda s, w: people.create_person(s, w.team_id, people.PersonInput(
        "Lê Thị Hoa", Sex.FEMALE)), frozenset({LEADER, MEDIATOR})),
    "hold a hearing on my case": (_hearing("mine"), frozenset({LEADER, MEDIATOR})),
    "hold a hearing on another's case": (_hearing("theirs"), frozenset({LEADER})),
    "assign a mediator": (lambda s, w: assignments.assign_mediator(
        s, w.unassigned, w.other_mediator, AssignmentMethod.ASSIGNED_BY_LEADER, True,
        date(2026, 3, 3)), frozenset({LEADER})),
    "record a conflict of interest on another's case": (
        lambda s, w: assignments.declare_conflict(s, w.theirs, w.other_mediator,
                                                  "Là họ hàng của một bên", date(2026, 3, 4)),
        frozenset({LEADER})),
    "add a mediator to the team": (lambda s, w: teams.add_mediator(s, w.team_id,
        teams.MediatorInput("Vũ Văn Hải", Sex.MALE, MediatorRole.MEMBER, 1970)),
        frozenset({LEADER})),
    "import a village convention": (lambda s, w: _import_convention(s, w),
                                    frozenset({LEADER, OFFICER, ADMIN})),
    "approve remuneration": (lambda s, w: document_data.remuneration_document(
        s, w.team_id, date(2026, 1, 1), date(2026, 12, 31)), frozenset({LEADER})),
    "create a mediator's account": (lambda s, w: accounts.create_account(s, accounts.AccountInput(
        "moi.hgv", "Vũ Văn Hải", MEDIATOR, w.team_id), "mat-khau-dai-du"), frozenset({LEADER})),
    "create a ward officer's account": (lambda s, w: accounts.create_account(
        s, accounts.AccountInput("can.bo.moi", "Phạm Thị Lan", OFFICER), "mat-khau-dai-du"),
        frozenset({ADMIN})),
    "list the accounts": (lambda s, w: accounts.list_accounts(s),
                          frozenset({LEADER, ADMIN})),
    "restore a backup": (lambda s, w: access.check(access.current_actor(s),
                                                   Permission.RESTORE_BACKUPS),
                         frozenset({LEADER, ADMIN})),
    "make a backup": (lambda s, w: access.check(access.current_actor(s),
                                                Permission.MAKE_BACKUPS), frozenset(Role)),
}


def _import_convention(session: Session, world: World) -> object:
    from desktop.core.conventions.parser import parse

    parsed = parse(SAMPLE.read_text(encoding="utf-8"))
    return conventions.import_convention(session, world.team_id, parsed, "Hương ước thử")


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("name", list(OPERATIONS))
def test_each_role_may_do_exactly_what_its_permissions_say(book, world, english, role, name):
    operation, allowed = OPERATIONS[name]
    actor = role_actor(role, world)
    if role in allowed:
        with book.database.transaction(actor) as session:
            operation(session, world)
        return
    with pytest.raises(PermissionDenied) as denied, \
            book.database.transaction(actor) as session:
        operation(session, world)
    assert "may not" in denied.value.message or "assigned to you" in denied.value.message


def test_a_refusal_changes_nothing(book, world, english):
    from tests.core.test_journal import last_seq

    before = last_seq(book)
    with pytest.raises(PermissionDenied, match="Ask the team leader to assign you"), \
            book.database.transaction(role_actor(MEDIATOR, world)) as session:
        _update("theirs")(session, world)
    assert last_seq(book) == before


def test_the_role_table_is_the_one_source():
    assert all(allows(role, Permission.READ_TEAM_DATA) for role in Role)
    assert {role for role in Role if allows(role, Permission.ASSIGN_MEDIATORS)} == {LEADER}
    assert {r for r in Role if allows(r, Permission.APPROVE_REMUNERATION)} == {LEADER}
    assert ROLE_PERMISSIONS[ADMIN] > ROLE_PERMISSIONS[OFFICER]
    assert all(role.label and permission.description for role in Role
               for permission in ROLE_PERMISSIONS[role])


def test_the_cli_and_the_gui_never_build_an_actor_themselves():
    """Their actor comes from logging in (workspace.login); a role-less actor built there would
    skip every permission check."""
    faces = [*ROOT.glob("desktop/gui/**/*.py"), *ROOT.glob("desktop/cli/*.py")]
    offenders = [str(p.relative_to(ROOT)) for p in faces
                 if re.search(r"\bActor\(", p.read_text(encoding="utf-8"))]
    assert offenders == []
