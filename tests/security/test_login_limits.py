"""Key file and login limits (issue #11, item 9): Argon2id parameters below the floor are
refused, weaker than the default upgraded at the next login, absurd ones refused before any
derivation; failed logins and lock-outs survive an edited key file; a locked-out team leader
has a way out (the recovery key); only the leader or ward administrator changes the exchange
key."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.cli import main as cli
from desktop.core.db.models import JournalEntry
from desktop.core.domain.roles import Role
from desktop.core.security import kdf, keyfile
from desktop.core.security.keyfile import KeyFile, KeyFileError, LoginRefused
from desktop.core.services.workspace import accounts, authorship_audit, encryption
from desktop.core.services.workspace import book as workspace
from tests.security.conftest import LEADER, Encrypted, login

WRONG = workspace.Credentials(LEADER.username, "khong-phai-mat-khau")
MEDIATOR = workspace.Credentials("hoagiaivien", "mat-khau-hoa-giai-vien")


def keys_path(encrypted: Encrypted) -> Path:
    return keyfile.path_for(encrypted.path)


def edit_keys(encrypted: Encrypted, change: Any) -> None:
    path = keys_path(encrypted)
    data = json.loads(path.read_text("utf-8"))
    change(data)
    path.write_text(json.dumps(data), "utf-8")


def leader_slot(encrypted: Encrypted) -> dict[str, Any]:
    data = json.loads(keys_path(encrypted).read_text("utf-8"))
    slot: dict[str, Any] = data["slots"][LEADER.username]
    return slot


def journal(encrypted: Encrypted, op: str) -> list[dict[str, Any]]:
    book = login(encrypted.path)
    try:
        with book.database.reading() as session:
            return [dict(entry.changes) for entry in session.scalars(
                select(JournalEntry).where(JournalEntry.op == op).order_by(JournalEntry.seq))]
    finally:
        book.database.dispose()


def rewrap_leader_slot(encrypted: Encrypted, params: kdf.KdfParams,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The leader's slot re-wrapped (same password, same signing key) with ``params``, as an
    edited key file or an old tool could leave it."""
    slot = KeyFile.load(keys_path(encrypted)).open_slot(LEADER.username, LEADER.password)
    assert slot is not None
    with monkeypatch.context() as patched:
        patched.setattr(kdf, "_current", params)
        keys = KeyFile.load(keys_path(encrypted))
        keys.set_password(LEADER.username, LEADER.password, slot.db_key, slot.signing)
        keys.save()
    assert leader_slot(encrypted)["kdf"]["memory_cost"] == params.memory_cost


def test_a_slot_below_the_floor_is_refused_though_its_password_is_right(encrypted,
                                                                       monkeypatch):
    rewrap_leader_slot(encrypted, kdf.KdfParams(memory_cost=8, iterations=1, lanes=1),
                       monkeypatch)
    with pytest.raises(KeyFileError) as refused:
        login(encrypted.path)
    assert refused.value.message_id == keyfile.WEAK_SLOT
    assert LEADER.username in str(refused.value) and "accounts recover" in str(refused.value)


@pytest.mark.parametrize("field,value", [("iterations", 50), ("memory_cost", 2 * 1024 * 1024),
                                         ("lanes", 64)])
def test_absurd_parameters_are_refused_before_deriving(encrypted, field, value):
    """Beyond the caps (a login must not allocate gigabytes or loop for minutes) the slot is
    refused as damaged, with no derivation (a wrong derivation would say 'wrong password')."""
    edit_keys(encrypted, lambda data: data["slots"][LEADER.username]["kdf"].update(
        {field: value}))
    with pytest.raises(KeyFileError) as refused:
        login(encrypted.path)
    assert refused.value.message_id == keyfile.KEY_FILE_DAMAGED


def test_a_verifier_on_a_server_beyond_the_caps_is_refused():
    verifier = kdf.make_verifier("mat-khau-dai-du")
    name, _settings, salt, digest = verifier.split("$")
    absurd = f"{name}$m=64,t=5000,p=1${salt}${digest}"
    assert kdf.check_verifier("mat-khau-dai-du", verifier)
    assert not kdf.check_verifier("mat-khau-dai-du", absurd)


def test_a_slot_weaker_than_the_default_is_strengthened_at_the_next_login(encrypted,
                                                                         monkeypatch):
    stronger = kdf.KdfParams(memory_cost=128, iterations=2, lanes=1)
    monkeypatch.setattr(kdf, "_current", stronger)  # the program's default is now stronger
    assert leader_slot(encrypted)["kdf"]["memory_cost"] == 64
    login(encrypted.path).database.dispose()
    assert leader_slot(encrypted)["kdf"] == stronger.as_dict()
    [event] = journal(encrypted, "kdf_strengthened")
    assert event["from"]["memory_cost"] == 64 and event["to"] == stronger.as_dict()
    report = authorship_audit.check_book_authorship(
        encrypted.path, workspace.unlock(encrypted.path, LEADER))
    assert report.sound, report.problems  # the re-wrapped slot still holds the granted key


def wrong_passwords(encrypted: Encrypted, times: int) -> None:
    for _ in range(times):
        with pytest.raises(LoginRefused):
            login(encrypted.path, WRONG)


def test_failed_logins_reach_the_journal_though_the_key_file_counter_was_reset(encrypted):
    wrong_passwords(encrypted, 3)
    edit_keys(encrypted, lambda data: data.update(logins={}))  # the guesser hides them
    events = journal(encrypted, "login_failed")
    assert [event["failures"] for event in events] == [3]
    [hidden] = journal(encrypted, "failed_logins_hidden")
    assert (hidden["username"], hidden["key_file"], hidden["counted"]) == (
        LEADER.username, 0, 3)


def test_a_lock_out_is_not_lifted_by_editing_the_key_file(encrypted):
    wrong_passwords(encrypted, keyfile.POLICY.attempts)
    edit_keys(encrypted, lambda data: data.update(logins={}))
    with pytest.raises(LoginRefused) as refused:
        login(encrypted.path)
    assert refused.value.message_id == keyfile.LOCKED_OUT


def test_a_locked_out_leader_gets_back_in_with_the_recovery_key(encrypted):
    wrong_passwords(encrypted, keyfile.POLICY.attempts)
    with pytest.raises(LoginRefused) as refused:
        login(encrypted.path)
    assert "hoagiai accounts recover" in str(refused.value)  # the way out, said at once
    new = workspace.Credentials(LEADER.username, "mat-khau-moi-cua-to-truong")
    encryption.recover(encrypted.path, encrypted.recovery_key, LEADER.username, new.password)
    book = workspace.login(encrypted.path, new)
    book.database.dispose()
    [recovered] = journal_as(encrypted, new, "password_recovered")
    assert recovered["failures"] == keyfile.POLICY.attempts
    report = authorship_audit.check_book_authorship(
        encrypted.path, workspace.unlock(encrypted.path, new))
    assert report.sound, report.problems  # the new key is granted by the recovery key


def journal_as(encrypted: Encrypted, who: workspace.Credentials,
               op: str) -> list[dict[str, Any]]:
    book = workspace.login(encrypted.path, who)
    try:
        with book.database.reading() as session:
            return [dict(entry.changes) for entry in session.scalars(
                select(JournalEntry).where(JournalEntry.op == op))]
    finally:
        book.database.dispose()


@pytest.mark.parametrize("command", ["create", "replace"])
def test_only_the_team_leader_changes_the_exchange_key(encrypted, command, monkeypatch,
                                                      capsys):
    book = login(encrypted.path)
    try:
        with book.database.transaction(book.actor) as session:
            accounts.create_account(session, accounts.AccountInput(
                MEDIATOR.username, "Nguyễn Văn Đức", Role.MEDIATOR, encrypted.team_id),
                MEDIATOR.password, book.keyring)
    finally:
        book.database.dispose()
    db = ["--db", str(encrypted.path)]
    for who, expected in ((LEADER, 0), (MEDIATOR, 1)):
        monkeypatch.setenv("HOAGIAI_USER", who.username)
        monkeypatch.setenv("HOAGIAI_PASSWORD", who.password)
        if who is LEADER and command == "replace":
            assert cli.main(["--lang", "en", "keys", "create", *db]) == 0
        code = cli.main(["--lang", "en", "keys", command, *db])
        err = capsys.readouterr().err
        assert code == expected, err
    assert "Mediator" in err and "set up the team" in err
