"""A book made before accounts had signing keys: its entries are 'before signing', not forged;
each account makes its key at its next login, once; after that, the same forgeries as in a new
book are caught."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.db import journal
from desktop.core.domain.roles import Role
from desktop.core.security import keyfile
from desktop.core.security.keyfile import KeyFile, LoginRefused
from desktop.core.services.workspace import accounts, authorship_audit, teams
from desktop.core.services.workspace import book as workspace
from tests.conftest import SAMPLE_MEDIATORS, SAMPLE_TEAM
from tests.security.conftest import LEADER

MEDIATOR = workspace.Credentials("hoagiaivien", "mat-khau-hoa-giai-vien")


@pytest.fixture
def old_book(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A book as an older version wrote it: no grants, no signatures, slots without keys, a
    key file without an authority key."""
    path = tmp_path / "so-cu.sqlite"
    with monkeypatch.context() as older:
        older.setattr(accounts, "grant_new_key", lambda *_args: None)
        older.setattr(journal, "_sign", lambda *_args: None)
        older.setattr(workspace, "signed_in", _OlderLogin())
        made, _recovery = workspace.create_book(path, accounts.AccountInput(
            LEADER.username, "Trần Thị Thu Hà", Role.TEAM_LEADER), LEADER.password)
        try:
            assert made.actor is not None
            with made.database.transaction(made.actor) as session:
                team_id = teams.set_up_team(session, SAMPLE_TEAM, SAMPLE_MEDIATORS)
                accounts.link_to_team(session, team_id)
                accounts.create_account(session, accounts.AccountInput(
                    MEDIATOR.username, "Nguyễn Văn Đức", Role.MEDIATOR, team_id),
                    MEDIATOR.password, made.keyring)
        finally:
            made.database.dispose()
    keys_path = keyfile.path_for(path)
    data = json.loads(keys_path.read_text("utf-8"))
    data.pop("authority")
    assert not any("signing" in slot for slot in data["slots"].values())
    keys_path.write_text(json.dumps(data), "utf-8")
    return path


class _OlderLogin:
    """Login as it was before signing: check nothing, sign nothing."""

    ACCOUNT_INACTIVE = workspace.signed_in.ACCOUNT_INACTIVE
    active_account = staticmethod(workspace.signed_in.active_account)

    @staticmethod
    def sign_in(database, device, keys, credentials, opened, journal_login):
        from desktop.core.db.engine import Actor
        from desktop.core.policy import system_actors

        with database.reading(system_actors.OPENING) as session:
            account = workspace.signed_in.active_account(session, credentials.username)
            actor = Actor(account.username, device, account.role, account.id)
        with database.transaction(actor) as session:
            journal_login(session, session.get(type(account), actor.account_id),
                          keys.record_success(credentials.username))
        return actor, None


def report(path: Path) -> authorship_audit.AuthorshipReport:
    return authorship_audit.check_book_authorship(path, workspace.unlock(path, LEADER))


def test_an_old_book_is_reported_as_before_signing_not_as_forged(old_book):
    before = report(old_book)
    assert before.sound, before.problems
    assert before.before_signing > 0 and before.signed == 0
    assert set(before.accounts_before_signing) == {LEADER.username, MEDIATOR.username}


def test_each_old_account_makes_its_key_at_its_next_login_once(old_book):
    workspace.login(old_book, LEADER).database.dispose()
    workspace.login(old_book, MEDIATOR).database.dispose()
    keys = KeyFile.load(keyfile.path_for(old_book))
    assert keys.slot_public_key(LEADER.username) and keys.slot_public_key(MEDIATOR.username)
    workspace.login(old_book, LEADER).database.dispose()  # the same key: no second grant
    after = report(old_book)
    assert after.sound, after.problems
    assert after.signed >= 3 and after.before_signing > 0
    assert after.self_made == sorted([LEADER.username, MEDIATOR.username])
    assert after.accounts_before_signing == []


def test_after_the_upgrade_a_slot_forged_for_the_leader_is_refused(old_book):
    workspace.login(old_book, LEADER).database.dispose()
    workspace.login(old_book, MEDIATOR).database.dispose()
    key = workspace.unlock(old_book, MEDIATOR)
    keys = KeyFile.load(keyfile.path_for(old_book))
    keys.set_password(LEADER.username, MEDIATOR.password, key)
    keys.save()
    with pytest.raises(LoginRefused) as refused:
        workspace.login(old_book, workspace.Credentials(LEADER.username, MEDIATOR.password))
    assert LEADER.username in str(refused.value)
