"""The ward checks who wrote what: a team-signed package from a book where someone holding
only a mediator's password forged a key-file slot for the leader, a raw role change, a grant
signed by the mediator and an entry in the leader's name is flagged at the ward, naming each
account, and the forged grant does not make the ward take the mediator for the team's leader.
A malformed ``authorship.json`` refuses the package; a package without one (an older version)
is noted as not checkable."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.db.engine import Actor, connect_file
from desktop.core.db.journal import record_event
from desktop.core.db.models import Team
from desktop.core.db.models_exchange import ExchangePeer
from desktop.core.domain.roles import Role
from desktop.core.exchange import envelope, keys, ward_authorship
from desktop.core.exchange.envelope import canonical_json
from desktop.core.exchange.errors import PackageRefused
from desktop.core.policy import system_actors
from desktop.core.security import authorship, keyfile
from desktop.core.security.keyfile import KeyFile
from desktop.core.services.workspace import accounts
from desktop.core.services.workspace import book as workspace
from tests.core.helpers import build_case
from tests.exchange import sides
from tests.security.conftest import LEADER, Encrypted, encrypted, login  # noqa: F401
from tests.security.test_account_forgery import MEDIATOR, forge_leader_slot, with_mediator  # noqa: F401

pytestmark = pytest.mark.usefixtures("english")  # the findings are read in English


@pytest.fixture
def stage(with_mediator: Encrypted, migrated_template: Path, tmp_path: Path):  # noqa: F811
    """The team (its leader logged in) enrolled at a ward that has its first package."""
    ward_side = sides.make_ward(migrated_template, tmp_path)
    book = login(with_mediator.path)
    assert book.actor is not None
    team = sides.Side(book, book.actor, tmp_path / "team", with_mediator.team_id)
    try:
        sides.connect(team, ward_side)
        with team.tx() as session:
            build_case(session, with_mediator.team_id)
        first = sides.receive(ward_side, sides.export(team))
        yield {"ward": ward_side, "team": team, "first": first, "book": with_mediator}
    finally:
        team.db.dispose()
        ward_side.db.dispose()


def trusted(ward_side: sides.Side, team_id) -> dict:
    with ward_side.db.reading() as session:
        peer = keys.peer(session, str(team_id))
        assert peer is not None
        return dict(peer.details.get("accounts") or {})


def forge_everything(book: Encrypted) -> Actor:
    """What the mediator's password alone lets one write; the actor to act as the leader."""
    key = workspace.unlock(book.path, MEDIATOR)
    slot = KeyFile.load(keyfile.path_for(book.path)).open_slot(MEDIATOR.username,
                                                              MEDIATOR.password)
    assert slot is not None and slot.signing is not None
    mediator_key = authorship.private_key(slot.signing)
    with closing(connect_file(book.path, key)) as connection:  # a raw role change
        connection.execute("UPDATE accounts SET role = 'team_leader' WHERE username_key = ?",
                           (MEDIATOR.username,))
        connection.commit()
    forged = workspace.open_book(book.path, key)
    try:
        with forged.database.reading() as session:
            mediator = accounts.get_account(session, MEDIATOR.username)
            leader = accounts.get_account(session, LEADER.username)
            grant = authorship.Grant(str(mediator.id), mediator.username_key, "team_leader",
                                     authorship.public_text(mediator_key), str(mediator.id),
                                     "", "2026-12-07T00:00:00").signed_with(mediator_key)
            as_leader = Actor(LEADER.username, forged.device, Role.TEAM_LEADER, leader.id)
        with forged.database.transaction(system_actors.OPENING) as session:
            record_event(session, authorship.GRANTED, "accounts", grant.account_id, None,
                         grant.as_dict())
        with forged.database.transaction(as_leader) as session:  # in the leader's name
            team = session.get(Team, book.team_id)
            assert team is not None
            team.name = "Tổ hòa giải bị đổi tên"
    finally:
        forged.database.dispose()
    forge_leader_slot(book, authorship.private_bytes(authorship.new_key()))
    return as_leader


def export_as(book: Encrypted, actor: Actor, folder: Path) -> Path:
    """The team's own program, opened with the book key alone, sends the next package."""
    opened = workspace.open_book(book.path, workspace.unlock(book.path, MEDIATOR))
    try:
        side = sides.Side(opened, actor, folder, book.team_id)
        return sides.export(side)
    finally:
        opened.database.dispose()


def test_a_genuine_package_has_nothing_to_flag_and_the_leader_is_trusted(stage):
    assert stage["first"].authorship == []
    assert trusted(stage["ward"], stage["book"].team_id) == {
        LEADER.username: "team_leader", MEDIATOR.username: "mediator"}


def test_a_forged_slot_grant_role_and_entry_are_flagged_and_trust_nothing(stage, tmp_path):
    book, ward_side = stage["book"], stage["ward"]
    stage["team"].db.dispose()
    as_leader = forge_everything(book)
    report = sides.receive(ward_side, export_as(book, as_leader, tmp_path / "forger"))
    found = "\n".join(report.authorship)
    assert f"gives {MEDIATOR.username} a key or the role Team leader that neither" in found
    assert f"gives {MEDIATOR.username} the role Team leader, but the signed grant gave " \
           "Mediator" in found
    assert f"password slot for {LEADER.username} that does not hold" in found
    assert f"in the name of {LEADER.username} but were not signed" in found
    assert len(report.authorship) == 4, found
    # fail closed for authority: the ward still knows only the leader as the team's leader
    assert trusted(ward_side, book.team_id) == {
        LEADER.username: "team_leader", MEDIATOR.username: "mediator"}
    with ward_side.db.reading() as session:
        peer = keys.peer(session, str(book.team_id))
        assert peer is not None
        assert ward_authorship.trusted_leaders(peer.details) == [LEADER.username]
        assert len(peer.details["authorship_problems"]) == 4  # for the dashboard
    from desktop.core.services.exchange.authorship_flags import flagged_teams
    from desktop.core.services.exchange.report_text import describe_report

    with ward_side.db.reading(ward_side.actor) as session:  # the dashboard's list
        [flagged] = flagged_teams(session)
    assert len(flagged.problems) == 4 and flagged.leaders == [LEADER.username]

    assert f"password slot for {LEADER.username}" in describe_report(report, dry_run=False)


def _resealed(stage, change) -> bytes:
    """The team's next genuine package with ``authorship.json`` changed by ``change`` and
    signed again with the team's own key (as any key holder of the team can)."""
    package = sides.export(stage["team"])
    with stage["ward"].db.reading() as session:
        ward_pair = keys.own_key(session)
    with stage["team"].db.reading() as session:
        team_pair = keys.own_key(session)
    assert ward_pair is not None and team_pair is not None
    opened = envelope.open_package(package.read_bytes(), ward_pair.key_id, ward_pair.receiving)
    members = change(dict(opened.members))
    manifest = {k: v for k, v in opened.manifest.items() if k != "members"}
    return envelope.seal(manifest, members, team_pair.signing,
                         envelope.Recipient(ward_pair.key_id, ward_pair.box_public))


@pytest.mark.parametrize("bad", [b"not json", b"[]", canonical_json({"grants": "x"}),
                                 canonical_json({"grants": [{"seq": 1, "grant": {}}],
                                                 "accounts": [], "entries": [],
                                                 "signatures": []})])
def test_a_malformed_authorship_member_refuses_the_package(stage, bad):
    from desktop.core.exchange import service

    data = _resealed(stage, lambda members: {**members, "authorship.json": bad})
    with pytest.raises(PackageRefused):
        service.receive(stage["ward"].db, stage["ward"].actor, data)


def test_a_package_without_authorship_is_noted_as_not_checkable(stage):
    from desktop.core.exchange import service

    def drop(members):
        members.pop("authorship.json")
        return members
    report = service.receive(stage["ward"].db, stage["ward"].actor, _resealed(stage, drop))
    assert len(report.authorship) == 1 and "cannot be checked" in report.authorship[0]
    with stage["ward"].db.reading() as session:
        assert session.scalars(select(ExchangePeer)).first() is not None
