"""Encryption at rest and logging in: the file is unreadable without a password or the recovery
key; wrong passwords, lockout, recovery, password changes, a damaged key file, plain books."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import select

from desktop.core.db.models import JournalEntry
from desktop.core.domain.roles import Role
from desktop.core.errors import HoagiaiError, ValidationError
from desktop.core.security import keyfile
from desktop.core.security.keyfile import KeyFile, KeyFileError, LoginRefused
from desktop.core.services.workspace import accounts, encryption
from desktop.core.services.workspace import book as workspace
from tests.security.conftest import LEADER, Encrypted, login

MEDIATOR = workspace.Credentials("hoagiaivien", "mat-khau-hoa-giai-vien")


def add_mediator_account(encrypted: Encrypted) -> None:
    book = login(encrypted.path)
    try:
        with book.database.transaction(book.actor) as session:
            accounts.create_account(session, accounts.AccountInput(
                MEDIATOR.username, "Nguyễn Văn Đức", Role.MEDIATOR, encrypted.team_id),
                MEDIATOR.password, book.keyring)
    finally:
        book.database.dispose()


def journal_ops(book: workspace.OpenedBook) -> list[tuple[str, str]]:
    with book.database.reading() as session:
        return [(e.op, e.author) for e in session.scalars(
            select(JournalEntry).order_by(JournalEntry.seq))]


def test_the_file_on_disk_is_unreadable_without_the_key(encrypted):
    header = encrypted.path.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(encrypted.path).execute("SELECT * FROM sqlite_master").fetchall()
    text = encrypted.path.read_bytes()
    assert "Trần Thị Thu Hà".encode() not in text and b"totruong" not in text
    keys = encrypted.path.with_name(encrypted.path.name + ".keys").read_text("utf-8")
    assert LEADER.password not in keys and encrypted.recovery_key not in keys


def test_the_leader_logs_in_and_the_login_is_journaled(encrypted):
    book = login(encrypted.path)
    try:
        assert book.actor is not None and book.actor.role is Role.TEAM_LEADER
        assert book.keyring is not None and len(book.keyring.key) == 32
        assert ("login", LEADER.username) in journal_ops(book)
    finally:
        book.database.dispose()


def test_the_user_name_is_case_insensitive(encrypted):
    book = login(encrypted.path, workspace.Credentials("ToTruong", LEADER.password))
    book.database.dispose()


@pytest.mark.parametrize("username,password", [
    (LEADER.username, "sai-mat-khau"), ("khong-co-ai", LEADER.password)])
def test_a_wrong_password_or_user_is_refused_with_one_message(encrypted, english, username,
                                                              password):
    with pytest.raises(LoginRefused) as refused:
        login(encrypted.path, workspace.Credentials(username, password))
    assert "user name or the password is wrong" in refused.value.message


def test_five_wrong_passwords_lock_for_five_minutes_then_fifteen(encrypted, english):
    now = datetime(2026, 3, 5, 9, 0)
    wrong = workspace.Credentials(LEADER.username, "sai")
    for _ in range(4):
        with pytest.raises(LoginRefused, match="wrong"):
            workspace.login(encrypted.path, wrong, now)
    with pytest.raises(LoginRefused, match="locked until 09:05"):
        workspace.login(encrypted.path, wrong, now)
    with pytest.raises(LoginRefused, match="locked until 09:05"):  # even the right password
        workspace.login(encrypted.path, LEADER, now + timedelta(minutes=4))
    later = now + timedelta(minutes=6)
    for _ in range(4):
        with pytest.raises(LoginRefused, match="wrong"):
            workspace.login(encrypted.path, wrong, later)
    with pytest.raises(LoginRefused, match="locked until 09:21"):
        workspace.login(encrypted.path, wrong, later)
    book = workspace.login(encrypted.path, LEADER, later + timedelta(minutes=16))
    try:
        with book.database.reading() as session:
            failed = session.scalars(select(JournalEntry).where(
                JournalEntry.op == "login_failed")).one()
            assert failed.changes["failures"] == 10
    finally:
        book.database.dispose()
    assert KeyFile.load(keyfile.path_for(encrypted.path)).data["logins"] == {}


def test_changing_a_password_rewraps_only_that_slot(encrypted):
    add_mediator_account(encrypted)
    keys_path = keyfile.path_for(encrypted.path)
    before = json.loads(keys_path.read_text("utf-8"))["slots"]
    book = login(encrypted.path, MEDIATOR)
    try:
        with book.database.transaction(book.actor) as session:
            accounts.change_password(session, MEDIATOR.username, MEDIATOR.password,
                                     "mat-khau-moi-2026", book.keyring)
    finally:
        book.database.dispose()
    after = json.loads(keys_path.read_text("utf-8"))["slots"]
    assert after["totruong"] == before["totruong"]
    assert after["hoagiaivien"] != before["hoagiaivien"]
    with pytest.raises(LoginRefused):
        login(encrypted.path, MEDIATOR)
    login(encrypted.path, workspace.Credentials(MEDIATOR.username,
                                                "mat-khau-moi-2026")).database.dispose()


def test_a_mediator_cannot_change_someone_elses_password(encrypted):
    add_mediator_account(encrypted)
    book = login(encrypted.path, MEDIATOR)
    try:
        with pytest.raises(HoagiaiError), book.database.transaction(book.actor) as session:
            accounts.reset_password(session, LEADER.username, "chiem-quyen-to-truong",
                                    book.keyring)
    finally:
        book.database.dispose()
    login(encrypted.path).database.dispose()


def test_the_recovery_key_sets_a_forgotten_password(encrypted):
    typed = encrypted.recovery_key.lower().replace("-", " ")
    encryption.recover(encrypted.path, typed, LEADER.username, "mat-khau-sau-khi-quen")
    with pytest.raises(LoginRefused):
        login(encrypted.path)
    book = login(encrypted.path, workspace.Credentials(LEADER.username,
                                                       "mat-khau-sau-khi-quen"))
    try:
        assert ("password_recovered", "recovery") in journal_ops(book)
    finally:
        book.database.dispose()


def test_a_mistyped_or_foreign_recovery_key_is_refused(encrypted, english):
    key = encrypted.recovery_key
    mistyped = key[:-1] + ("0" if key[-1] != "0" else "1")
    with pytest.raises(ValidationError, match="recovery key is not right"):
        encryption.recover(encrypted.path, mistyped, LEADER.username, "mat-khau-moi-123")
    from desktop.core.security.recovery import new_recovery_key

    with pytest.raises(LoginRefused, match="does not open this book"):
        encryption.recover(encrypted.path, new_recovery_key(), LEADER.username,
                           "mat-khau-moi-123")


@pytest.mark.parametrize("damage", ["garbage", "slot", "check", "missing"])
def test_a_tampered_or_missing_key_file_gives_a_clear_message(encrypted, english, damage):
    keys_path = keyfile.path_for(encrypted.path)
    data = json.loads(keys_path.read_text("utf-8"))
    if damage == "garbage":
        keys_path.write_bytes(b"\x00not json")
    elif damage == "slot":
        slot = data["slots"]["totruong"]
        slot["wrapped"] = slot["wrapped"][:-4] + "AAA="
        keys_path.write_text(json.dumps(data), "utf-8")
    elif damage == "check":
        data["key_check"] = "AAAA"
        keys_path.write_text(json.dumps(data), "utf-8")
    else:
        keys_path.unlink()
    before = encrypted.path.read_bytes()
    with pytest.raises((KeyFileError, LoginRefused)) as refused:
        login(encrypted.path)
    assert encrypted.path.read_bytes() == before
    expected = {"garbage": "damaged or was changed", "slot": "wrong",
                "check": "damaged or was changed", "missing": "key file"}[damage]
    assert expected in refused.value.message


def test_a_plain_book_is_refused_and_encrypted_on_request(book_path, english):
    with pytest.raises(workspace.PlainBookError, match="hoagiai encrypt --db"):
        workspace.login(book_path, LEADER)
    plain = workspace.open_book(book_path)
    with plain.database.reading() as session:
        rows_before = session.scalar(select(JournalEntry.seq).order_by(
            JournalEntry.seq.desc()).limit(1))
    plain.database.dispose()
    recovery_key = encryption.encrypt_book(
        book_path, accounts.AccountInput(LEADER.username, "Trần Thị Thu Hà", Role.TEAM_LEADER),
        LEADER.password)
    assert not workspace.is_plain_book(book_path)
    assert not list(book_path.parent.glob(".*encrypting*"))
    book = login(book_path)
    try:
        with book.database.reading() as session:
            assert session.scalar(select(JournalEntry.seq).where(
                JournalEntry.seq == rows_before)) == rows_before
    finally:
        book.database.dispose()
    encryption.recover(book_path, recovery_key, LEADER.username, "mot-mat-khau-khac")
    with pytest.raises(HoagiaiError, match="already encrypted"):
        encryption.encrypt_book(book_path, accounts.AccountInput(
            "khac", "Người Khác", Role.TEAM_LEADER), "mat-khau-khac-1")


def test_an_encrypted_book_cannot_be_opened_without_a_login(encrypted, english):
    with pytest.raises(HoagiaiError, match="log in"):
        workspace.open_book(encrypted.path)


def test_sqlcipher_with_the_wrong_key_reads_nothing(encrypted):
    connection = sqlcipher3.connect(str(encrypted.path))
    connection.execute(f"PRAGMA key = \"x'{'00' * 32}'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_the_last_leader_cannot_be_deactivated_and_others_can(encrypted, english):
    add_mediator_account(encrypted)
    book = login(encrypted.path)
    try:
        with pytest.raises(HoagiaiError, match="last active"), \
                book.database.transaction(book.actor) as session:
            accounts.deactivate(session, LEADER.username, book.keyring)
        with book.database.transaction(book.actor) as session:
            accounts.deactivate(session, MEDIATOR.username, book.keyring)
            listed = {a.username: a.active for a in accounts.list_accounts(session)}
        assert listed == {"hoagiaivien": False, "totruong": True}
    finally:
        book.database.dispose()
    with pytest.raises(LoginRefused):
        login(encrypted.path, MEDIATOR)


def test_a_new_book_is_refused_where_a_file_exists(tmp_path: Path, english):
    taken = tmp_path / "co-roi.sqlite"
    taken.write_bytes(b"something")
    with pytest.raises(HoagiaiError, match="already a file"):
        workspace.create_book(taken, accounts.AccountInput(
            "totruong", "Hà", Role.TEAM_LEADER), LEADER.password)
    assert taken.read_bytes() == b"something"


def test_slots_written_at_the_same_time_are_all_kept(encrypted):
    """The key file is changed under a lock: concurrent writers never drop a slot."""
    from concurrent.futures import ThreadPoolExecutor

    from desktop.core.security.keyfile import KeyRing

    key = workspace.unlock(encrypted.path, LEADER)
    ring = KeyRing(keyfile.path_for(encrypted.path), key)
    names = [f"nguoi{n}" for n in range(8)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda name: ring.set_password(name, "mat-khau-dai-du"), names))
    assert set(names) <= set(KeyFile.load(ring.path).usernames())
