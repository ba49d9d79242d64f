"""One account cannot become another (issue #11, item 4).

A mediator knows only their own password, yet that password opens the whole book (every slot
wraps the same book key). Each test forges, as that mediator, what the book key alone lets one
write: a key-file slot for the team leader, a raw role change, an entry in the leader's name.
Each is refused at login or flagged by ``audit verify``, naming the account.
"""

from __future__ import annotations

from contextlib import closing

import pytest
from sqlalchemy import select

from desktop.cli import main as cli
from desktop.core.db.engine import Actor, connect_file
from desktop.core.db.models import JournalEntry, Team
from desktop.core.domain.roles import Role
from desktop.core.security import authorship, keyfile
from desktop.core.security.keyfile import KeyFile, LoginRefused
from desktop.core.services.workspace import accounts, authorship_audit, grants
from desktop.core.services.workspace import book as workspace
from tests.security.conftest import LEADER, Encrypted, login

MEDIATOR = workspace.Credentials("hoagiaivien", "mat-khau-hoa-giai-vien")


@pytest.fixture
def with_mediator(encrypted: Encrypted) -> Encrypted:
    book = login(encrypted.path)
    try:
        with book.database.transaction(book.actor) as session:
            accounts.create_account(session, accounts.AccountInput(
                MEDIATOR.username, "Nguyễn Văn Đức", Role.MEDIATOR, encrypted.team_id),
                MEDIATOR.password, book.keyring)
    finally:
        book.database.dispose()
    login(encrypted.path, MEDIATOR).database.dispose()  # the mediator has used the book
    return encrypted


def audit(capsys, encrypted: Encrypted, monkeypatch) -> tuple[int, str]:
    """``hoagiai audit verify`` as the mediator (whose password is all the forger has)."""
    monkeypatch.setenv("HOAGIAI_USER", MEDIATOR.username)
    monkeypatch.setenv("HOAGIAI_PASSWORD", MEDIATOR.password)
    code = cli.main(["--lang", "en", "audit", "verify", "--db", str(encrypted.path)])
    return code, capsys.readouterr().out


def forge_leader_slot(encrypted: Encrypted, signing: bytes | None) -> None:
    """The mediator writes a slot named for the team leader, with the mediator's password."""
    key = workspace.unlock(encrypted.path, MEDIATOR)
    path = keyfile.path_for(encrypted.path)
    keys = KeyFile.load(path)
    keys.set_password(LEADER.username, MEDIATOR.password, key, signing)
    keys.save()


def test_a_book_as_the_program_wrote_it_passes_the_authorship_check(with_mediator, capsys,
                                                                    monkeypatch):
    """Every way the program changes accounts keeps the book sound: a reset, a change of
    one's own password, a recovery, a deactivation."""
    book = login(with_mediator.path)
    try:
        with book.database.transaction(book.actor) as session:
            accounts.reset_password(session, MEDIATOR.username, "mat-khau-dat-lai", book.keyring)
    finally:
        book.database.dispose()
    reset = workspace.Credentials(MEDIATOR.username, "mat-khau-dat-lai")
    book = login(with_mediator.path, reset)
    try:
        with book.database.transaction(book.actor) as session:
            accounts.change_password(session, MEDIATOR.username, reset.password,
                                     MEDIATOR.password, book.keyring)
    finally:
        book.database.dispose()
    login(with_mediator.path, MEDIATOR).database.dispose()
    from desktop.core.services.workspace import encryption

    encryption.recover(with_mediator.path, with_mediator.recovery_key, LEADER.username,
                       LEADER.password)
    login(with_mediator.path).database.dispose()
    code, out = audit(capsys, with_mediator, monkeypatch)
    assert code == 0, out
    assert "NOT SIGNED" not in out and "Signed by their authors" in out
    book = login(with_mediator.path)
    try:
        with book.database.transaction(book.actor) as session:
            accounts.deactivate(session, MEDIATOR.username, book.keyring)
    finally:
        book.database.dispose()
    report = authorship_audit.check_book_authorship(
        with_mediator.path, workspace.unlock(with_mediator.path, LEADER))
    assert report.sound, report.problems


@pytest.mark.parametrize("own_key", [False, True], ids=["no key", "forger's own key"])
def test_a_slot_forged_for_the_leader_does_not_log_in(with_mediator, own_key, capsys,
                                                      monkeypatch):
    forge_leader_slot(with_mediator, authorship.private_bytes(authorship.new_key())
                      if own_key else None)
    forged = workspace.Credentials(LEADER.username, MEDIATOR.password)
    with pytest.raises(LoginRefused) as refused:
        workspace.login(with_mediator.path, forged)
    assert LEADER.username in str(refused.value) and "audit verify" in str(refused.value)
    with pytest.raises(LoginRefused):  # nor may it restore a backup (the read-only path)
        workspace.unlock_as(with_mediator.path, forged)
    code, out = audit(capsys, with_mediator, monkeypatch)
    assert code == 1
    assert "NOT SIGNED" in out and f"slot for {LEADER.username} does not hold" in out


def test_the_refused_login_is_journaled(with_mediator):
    forge_leader_slot(with_mediator, None)
    with pytest.raises(LoginRefused):
        workspace.login(with_mediator.path, workspace.Credentials(
            LEADER.username, MEDIATOR.password))
    book = login(with_mediator.path, MEDIATOR)
    try:
        with book.database.reading() as session:
            refused = [entry.changes["username"] for entry in session.scalars(
                select(JournalEntry).where(JournalEntry.op == "login_refused"))]
    finally:
        book.database.dispose()
    assert refused == [LEADER.username]


def test_a_raw_role_change_is_refused_at_login_and_reset_cannot_follow(with_mediator, capsys,
                                                                       monkeypatch):
    key = workspace.unlock(with_mediator.path, MEDIATOR)
    with closing(connect_file(with_mediator.path, key)) as connection:
        connection.execute("UPDATE accounts SET role = 'team_leader' WHERE username_key = ?",
                           (MEDIATOR.username,))
        connection.commit()
    with pytest.raises(LoginRefused) as refused:
        workspace.login(with_mediator.path, MEDIATOR)
    assert MEDIATOR.username in str(refused.value)
    assert refused.value.message_id == grants.ROLE_NOT_GRANTED
    monkeypatch.setenv("HOAGIAI_USER", MEDIATOR.username)
    monkeypatch.setenv("HOAGIAI_PASSWORD", MEDIATOR.password)
    monkeypatch.setenv("HOAGIAI_NEW_PASSWORD", "mat-khau-moi-cua-ke-gia")
    code = cli.main(["--lang", "en", "accounts", "reset", LEADER.username,
                     "--db", str(with_mediator.path)])
    err = capsys.readouterr().err
    assert code != 0 and MEDIATOR.username in err
    login(with_mediator.path).database.dispose()  # the leader's password still works
    code, out = audit(capsys, with_mediator, monkeypatch)
    assert code == 1 and f"The book gives {MEDIATOR.username} the role Team leader" in out


def test_an_entry_written_in_the_leaders_name_is_flagged(with_mediator, capsys, monkeypatch):
    """The book key alone opens the book; whatever is then written as the leader is not
    signed with the leader's key."""
    leader_book = login(with_mediator.path)
    assert leader_book.actor is not None
    leader_id = leader_book.actor.account_id
    leader_book.database.dispose()
    key = workspace.unlock(with_mediator.path, MEDIATOR)
    forged = workspace.open_book(with_mediator.path, key)
    try:
        as_leader = Actor(LEADER.username, forged.device, Role.TEAM_LEADER, leader_id)
        with forged.database.transaction(as_leader) as session:
            team = session.get(Team, with_mediator.team_id)
            assert team is not None
            team.name = "Tổ hòa giải bị đổi tên"
    finally:
        forged.database.dispose()
    code, out = audit(capsys, with_mediator, monkeypatch)
    assert code == 1
    assert f"is in the name of {LEADER.username} but was not signed" in out
    report = authorship_audit.check_book_authorship(with_mediator.path, key)
    assert len(report.problems) == 1 and "teams" in report.problems[0]


def test_a_key_given_by_a_mediator_is_flagged(with_mediator, capsys, monkeypatch):
    """A mediator may not grant keys: a grant signed with the mediator's own key (as a
    forger who unwrapped it could write) is refused and flagged."""
    key = workspace.unlock(with_mediator.path, MEDIATOR)
    slot = KeyFile.load(keyfile.path_for(with_mediator.path)).open_slot(
        MEDIATOR.username, MEDIATOR.password)
    assert slot is not None and slot.signing is not None
    mediator_key = authorship.private_key(slot.signing)
    book = workspace.open_book(with_mediator.path, key)
    try:
        with book.database.reading() as session:
            account = accounts.get_account(session, MEDIATOR.username)
            grant = authorship.Grant(str(account.id), account.username_key, "team_leader",
                                     authorship.public_text(mediator_key), str(account.id), "",
                                     "2026-12-07T00:00:00").signed_with(mediator_key)
        from desktop.core.db.journal import record_event
        from desktop.core.policy import system_actors

        with book.database.transaction(system_actors.OPENING) as session:
            record_event(session, authorship.GRANTED, "accounts", grant.account_id, None,
                         grant.as_dict())
    finally:
        book.database.dispose()
    code, out = audit(capsys, with_mediator, monkeypatch)
    assert code == 1 and "no team leader, ward administrator or recovery key signed" in out
