"""``hoagiai audit verify`` and ``hoagiai backup|restore`` from the command line."""

from __future__ import annotations

import hashlib
from contextlib import closing

import pytest

from desktop.cli import main as cli
from tests.conftest import TESTER, encrypt_for_cli, raw_connect
from tests.core.helpers import build_case


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(["--lang", "en", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def saved_book(book, book_path, actor, team_id):
    with book.database.transaction(actor) as session:
        build_case(session, team_id)
    encrypt_for_cli(book, book_path)
    return book_path


def test_an_intact_chain_is_reported_with_its_length(saved_book, capsys):
    code, out, _ = run(capsys, "audit", "verify", "--db", str(saved_book))
    assert code == 0
    assert out.startswith("Journal chain intact:") and "entries" in out


def test_a_forged_entry_is_reported_with_its_number_entity_and_time(saved_book, capsys):
    with closing(raw_connect(saved_book)) as connection:
        connection.execute("DROP TRIGGER change_journal_no_update")
        connection.execute("UPDATE change_journal SET author = 'kẻ giả mạo' WHERE seq = 7")
        entity = connection.execute("SELECT entity FROM change_journal WHERE seq = 7").fetchone()
        connection.commit()
    code, out, _ = run(capsys, "audit", "verify", "--db", str(saved_book))
    assert code == 1
    assert "BROKEN at entry 7" in out and entity[0] in out and "UTC" in out


def test_verifying_changes_nothing(saved_book, capsys):
    before = hashlib.sha256(saved_book.read_bytes()).hexdigest()
    run(capsys, "audit", "verify", "--db", str(saved_book))
    assert hashlib.sha256(saved_book.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("content", [None, b"hello", b"SQLite format 3\0" + b"\0" * 200])
def test_a_missing_or_foreign_file_gets_a_clear_message(tmp_path, capsys, content):
    path = tmp_path / "so.sqlite"
    if content is not None:
        path.write_bytes(content)
    code, out, err = run(capsys, "audit", "verify", "--db", str(path))
    assert (code, out) == (1, "")
    assert str(path) in err and err.startswith("Error:")


# --- backup and restore ------------------------------------------------------------------------

def test_backup_list_and_restore_from_the_command_line(saved_book, capsys, tmp_path):
    code, out, _ = run(capsys, "backup", "--db", str(saved_book))
    assert code == 0 and "Backup written" in out
    folder = saved_book.with_name(saved_book.name + ".backups")
    [backup] = list(folder.glob("*.sqlite"))
    code, out, err = run(capsys, "backup", "list", "--db", str(saved_book))
    assert code == 0 and str(backup) in out and "1 backup(s)" in err
    code, out, _ = run(capsys, "restore", str(backup), "--db", str(saved_book))
    assert code == 0 and "Restored" in out


def test_restoring_older_data_asks_for_force_and_says_what_would_be_lost(
        saved_book, capsys, tmp_path):
    elsewhere = tmp_path / "usb"
    run(capsys, "backup", "--db", str(saved_book), "--to", str(elsewhere))
    [backup] = list(elsewhere.glob("*.sqlite"))
    from desktop.core.services.workspace import book as workspace

    reopened = workspace.login(saved_book, TESTER)
    with reopened.database.transaction(workspace.actor_for(reopened, "t")) as session:
        from desktop.core.policy import settings

        build_case(session, settings.own_team_id(session), title="Việc mới")
    reopened.database.dispose()
    before = hashlib.sha256(saved_book.read_bytes()).hexdigest()
    code, out, err = run(capsys, "restore", str(backup), "--db", str(saved_book))
    assert code == 1 and "--force" in err and "saved changes" in err
    assert hashlib.sha256(saved_book.read_bytes()).hexdigest() == before
    code, out, _ = run(capsys, "restore", str(backup), "--db", str(saved_book), "--force")
    assert code == 0 and "kept in" in out


def test_restoring_a_bad_file_is_refused_clearly(saved_book, capsys, tmp_path):
    bad = tmp_path / "xau.sqlite"
    bad.write_bytes(b"garbage" * 500)
    before = hashlib.sha256(saved_book.read_bytes()).hexdigest()
    code, _out, err = run(capsys, "restore", str(bad), "--db", str(saved_book))
    assert code == 1 and str(bad) in err
    assert hashlib.sha256(saved_book.read_bytes()).hexdigest() == before


def test_the_book_may_be_named_before_or_after_list(saved_book, capsys):
    run(capsys, "backup", "--db", str(saved_book))
    for argv in (["backup", "--db", str(saved_book), "list"],
                 ["backup", "list", "--db", str(saved_book)]):
        code, out, _ = run(capsys, *argv)
        assert code == 0 and out.count("-backup-") == 1
