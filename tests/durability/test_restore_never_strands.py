"""A restore never strands a book: the backup's key file is checked (and that the restoring
person can open it) before anything is swapped in; a backup whose journal contradicts an
anchor is refused; a busy book says it is busy (not damaged); a restore killed midway leaves
no ``.partial`` file once the next restore or backup has run."""

from __future__ import annotations

import hashlib
import random
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main as cli
from desktop.core.errors import HoagiaiError
from desktop.core.security import keyfile
from desktop.core.services.workspace import backup_jobs, backups, restoring
from tests.conftest import TESTER, encrypt_for_cli
from tests.durability import harness
from tests.durability.test_kill_during_backup_and_restore import add_cases
from tests.exchange.forgery import rewrite_journal

pytestmark = pytest.mark.usefixtures("english")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys, *argv: str) -> tuple[int, str]:
    code = cli.main(["--lang", "en", *argv])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture
def plain_book(book_path: Path) -> Path:
    team_id = harness.set_up_team(book_path)
    add_cases(book_path, team_id, 2)
    return book_path


@pytest.fixture
def keyed(plain_book: Path) -> tuple[Path, bytes]:
    return plain_book, encrypt_for_cli(None, plain_book)


def _partials(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.is_dir() for p in folder.iterdir()
            if p.name.endswith((".partial", ".tmp"))]


def test_a_damaged_key_file_beside_the_backup_is_refused_before_anything_changes(
        keyed, capsys):
    path, key = keyed
    backup = backups.make_backup(path, backups.default_backup_dir(path), key=key).path
    keyfile.path_for(backup).write_text('{"format": "hoagiai-keys", "slots": 7}')
    before = digest(path), digest(keyfile.path_for(path))
    code, out = run(capsys, "restore", str(backup), "--db", str(path), "--force")
    assert code == 1 and "key file beside the backup" in out and "accounts recover" not in out
    assert (digest(path), digest(keyfile.path_for(path))) == before


def test_a_key_file_the_restoring_person_cannot_open_is_refused(keyed):
    path, key = keyed
    backup = backups.make_backup(path, backups.default_backup_dir(path), key=key).path
    before = digest(path)
    with pytest.raises(HoagiaiError) as refused:
        backups.restore(backup, path, allow_older=True, key=key,
                        can_open=lambda keys: keys.unwrap(TESTER.username, "sai mật khẩu")
                        is not None)
    assert refused.value.message_id == restoring.KEY_FILE_NOT_YOURS
    assert digest(path) == before
    def right_password(keys: keyfile.KeyFile) -> bool:
        return keys.unwrap(TESTER.username, TESTER.password) is not None

    report = backups.restore(backup, path, allow_older=True, key=key, can_open=right_password)
    assert report.restored == path and backups.check_book(path, key=key).broken is None


def test_a_backup_whose_journal_contradicts_an_anchor_is_refused(plain_book, tmp_path):
    folder = backups.default_backup_dir(plain_book)
    first = backups.make_backup(plain_book, folder)
    add_cases(plain_book, _team(plain_book), 1, "more")
    forged = tmp_path / "elsewhere" / "forged.sqlite"
    forged.parent.mkdir()
    forged.write_bytes(plain_book.read_bytes())
    rewrite_journal(forged, first.last_seq - 1)  # a sound chain on its own
    assert backups.check_backup(forged).broken is None
    before = digest(plain_book)
    with pytest.raises(HoagiaiError) as refused:
        backups.restore(forged, plain_book, allow_older=True)
    assert refused.value.message_id == restoring.CHAIN_DISAGREES
    assert f"at entry {first.last_seq}" in str(refused.value)
    assert digest(plain_book) == before
    # a genuine older backup goes back on purpose, and the newer heads stop being anchors
    newer = backups.make_backup(plain_book, folder)
    backups.restore(first.path, plain_book, allow_older=True)
    assert backup_jobs.audit_findings(backup_jobs.BookFile(plain_book, None, folder)) == []
    assert newer.last_seq > first.last_seq


def _team(path: Path):
    from sqlalchemy import create_engine, text

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            import uuid

            return uuid.UUID(connection.execute(text("SELECT id FROM teams")).scalar_one())
    finally:
        engine.dispose()


HOLD_LOCK = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "delete":
    connection.execute("PRAGMA journal_mode=DELETE")
connection.execute("BEGIN EXCLUSIVE")
connection.execute("UPDATE app_settings SET value = value")
print("holding", flush=True)
time.sleep(60)
"""


@pytest.mark.parametrize("mode", ["wal", "delete"])
def test_a_busy_book_says_it_is_busy_not_damaged(plain_book, mode):
    backup = backups.make_backup(plain_book, backups.default_backup_dir(plain_book)).path
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(plain_book), mode],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(HoagiaiError) as refused:
            backups.restore(backup, plain_book, allow_older=True)
        assert refused.value.message_id in (restoring.BOOK_BUSY_NOW, backups.BOOK_IN_USE)
        assert "damaged" not in str(refused.value).replace("not damaged", "")
        assert not list(backups.default_backup_dir(plain_book).glob("*damaged*"))
    finally:
        holder.kill()
        holder.wait()
    assert backups.check_book(plain_book).broken is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork and SIGKILL")
def test_a_restore_killed_midway_leaves_no_partial_files(plain_book, tmp_path, capsys):
    folder = tmp_path / "safety"
    older = backups.make_backup(plain_book, tmp_path / "older")
    rng = random.Random(7)
    left = 0
    trials = max(20, harness.trial_count(120) // 6)

    def restore_once(acknowledge) -> None:
        acknowledge("started")
        backups.restore(older.path, plain_book, allow_older=True, backup_dir=folder)
        acknowledge("restored")

    for _number in range(trials):
        harness.kill_at_random(restore_once, rng, 0.15)
        left += bool(_partials(plain_book.parent, folder))
        backups.restore(older.path, plain_book, allow_older=True, backup_dir=folder)
        assert _partials(plain_book.parent, folder) == []
        assert backups.check_book(plain_book).broken is None
    with capsys.disabled():
        print(f"\nkilled restores: {trials} SIGKILLs, {left} left working files, all swept "
              "by the next restore")


@pytest.fixture
def stick(tmp_path: Path):
    """A real USB-stick stand-in: a mounted tmpfs, remounted read-only by the test."""
    point = tmp_path / "stick"
    point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(point)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"a tmpfs cannot be mounted here: {mounted.stderr.strip()}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True, check=False)


def _lock(point: Path) -> None:
    done = subprocess.run(["mount", "-o", "remount,ro", str(point)], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_a_book_on_a_read_only_stick_is_not_called_damaged(plain_book, stick, capsys):
    from desktop.core.files import READ_ONLY
    from desktop.core.services.workspace.book import NOT_A_CASE_BOOK

    backup = backups.make_backup(plain_book, backups.default_backup_dir(plain_book)).path
    on_stick = stick / "hoagiai.sqlite"
    on_stick.write_bytes(plain_book.read_bytes())
    _lock(stick)
    before = digest(on_stick)
    with pytest.raises(HoagiaiError) as refused:
        backup_jobs.restore(backup_jobs.BookFile(on_stick, None, plain_book.parent / "safety"),
                            _restorer(), backup, allow_older=True)
    assert refused.value.message_id in (READ_ONLY, restoring.BOOK_READ_ONLY)
    try:
        found = backups.check_book(on_stick)  # reading may work, or say why not
    except HoagiaiError as error:
        assert error.message_id == restoring.BOOK_READ_ONLY
    else:
        assert found.broken is None
    code, out = run(capsys, "audit", "verify", "--db", str(on_stick))
    assert "damaged" not in out.replace("not damaged", "")
    assert NOT_A_CASE_BOOK not in out and digest(on_stick) == before
    assert code in (0, 1)


def _restorer():
    from desktop.core.db.engine import Actor
    from desktop.core.domain.roles import Permission

    return Actor.system("test restore", (Permission.RESTORE_BACKUPS,))
