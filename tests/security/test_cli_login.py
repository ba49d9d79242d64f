"""The command line logs in: from HOAGIAI_USER/HOAGIAI_PASSWORD, or at a prompt fed on stdin;
the accounts commands; encrypting a plain book; recovering a password; encrypted backups."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main as cli
from desktop.core.errors import HoagiaiError
from desktop.core.security import keyfile
from desktop.core.services.workspace import backups
from desktop.core.services.workspace import book as workspace
from tests.security.conftest import LEADER, Encrypted, login

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(["--lang", "en", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def as_leader(monkeypatch) -> None:
    monkeypatch.setenv("HOAGIAI_USER", LEADER.username)
    monkeypatch.setenv("HOAGIAI_PASSWORD", LEADER.password)


def test_the_environment_logs_a_script_in(encrypted: Encrypted, as_leader, capsys):
    code, _out, _err = run(capsys, "cases", "list", "--db", str(encrypted.path))
    assert code == 0


def test_a_wrong_password_from_the_environment_fails_in_one_line(encrypted, monkeypatch,
                                                                  capsys):
    monkeypatch.setenv("HOAGIAI_USER", LEADER.username)
    monkeypatch.setenv("HOAGIAI_PASSWORD", "sai-mat-khau")
    code, out, err = run(capsys, "cases", "list", "--db", str(encrypted.path))
    assert (code, out) == (1, "") and err.startswith("Error:") and "wrong" in err


def test_the_prompt_reads_user_and_password_from_stdin(encrypted: Encrypted, tmp_path):
    """A real process without HOAGIAI_* variables: the prompt reads what is piped in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOAGIAI_")}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-c", "import desktop.cli.main as c, sys; "
         "sys.exit(c.main(sys.argv[1:]))", "--lang", "en", "accounts", "list", "--db",
         str(encrypted.path)], input=f"{LEADER.username}\n{LEADER.password}\n",
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "User name: " in done.stderr and "Password: " in done.stderr
    assert "totruong" in done.stdout and "Team leader" in done.stdout
    assert LEADER.password not in done.stdout + done.stderr


def test_accounts_add_list_reset_and_deactivate(encrypted, as_leader, monkeypatch, capsys):
    db = str(encrypted.path)
    monkeypatch.setenv("HOAGIAI_NEW_PASSWORD", "mat-khau-hoa-giai-vien")
    code, out, err = run(capsys, "accounts", "add", "duc.nguyen", "--name", "Nguyễn Văn Đức",
                         "--role", "mediator", "--mediator", "Nguyễn Văn Đức", "--db", db)
    assert code == 0, err
    code, out, _ = run(capsys, "accounts", "list", "--db", db)
    assert "duc.nguyen" in out and "Mediator" in out and "active" in out
    mediator = workspace.Credentials("duc.nguyen", "mat-khau-hoa-giai-vien")
    book = login(encrypted.path, mediator)
    assert book.actor is not None and book.actor.mediator_id is not None
    book.database.dispose()
    monkeypatch.setenv("HOAGIAI_NEW_PASSWORD", "mat-khau-dat-lai-1")
    assert run(capsys, "accounts", "reset", "duc.nguyen", "--db", db)[0] == 0
    login(encrypted.path, workspace.Credentials("duc.nguyen", "mat-khau-dat-lai-1")
          ).database.dispose()
    assert run(capsys, "accounts", "deactivate", "duc.nguyen", "--db", db)[0] == 0
    code, out, _ = run(capsys, "accounts", "list", "--db", db)
    assert "deactivated" in out


def test_a_mediator_may_not_add_accounts(encrypted, as_leader, monkeypatch, capsys):
    db = str(encrypted.path)
    monkeypatch.setenv("HOAGIAI_NEW_PASSWORD", "mat-khau-hoa-giai-vien")
    run(capsys, "accounts", "add", "duc.nguyen", "--name", "Nguyễn Văn Đức", "--role",
        "mediator", "--db", db)
    monkeypatch.setenv("HOAGIAI_USER", "duc.nguyen")
    monkeypatch.setenv("HOAGIAI_PASSWORD", "mat-khau-hoa-giai-vien")
    code, _out, err = run(capsys, "accounts", "add", "ke.khac", "--name", "Người Khác",
                          "--role", "team_leader", "--db", db)
    assert code == 1 and "may not" in err


def test_recover_sets_a_new_password_with_the_recovery_key(encrypted, monkeypatch, capsys):
    monkeypatch.setenv("HOAGIAI_RECOVERY_KEY", encrypted.recovery_key)
    monkeypatch.setenv("HOAGIAI_NEW_PASSWORD", "mat-khau-sau-khi-quen")
    code, _out, err = run(capsys, "accounts", "recover", "totruong", "--db",
                         str(encrypted.path))
    assert code == 0, err
    login(encrypted.path, workspace.Credentials("totruong", "mat-khau-sau-khi-quen")
          ).database.dispose()


def test_a_plain_book_is_refused_then_encrypted_with_its_sheet(book, book_path, monkeypatch,
                                                               capsys, tmp_path):
    book.database.dispose()
    code, _out, err = run(capsys, "cases", "list", "--db", str(book_path))
    assert code == 1 and "hoagiai encrypt --db" in err
    monkeypatch.setenv("HOAGIAI_NEW_PASSWORD", LEADER.password)
    sheet = tmp_path / "phieu.pdf"
    code, out, err = run(capsys, "encrypt", "--db", str(book_path), "--user", "totruong",
                         "--name", "Trần Thị Thu Hà", "--sheet", str(sheet))
    assert code == 0, err
    assert "Recovery key" in out and sheet.read_bytes().startswith(b"%PDF")
    assert not workspace.is_plain_book(book_path)
    monkeypatch.setenv("HOAGIAI_USER", LEADER.username)
    monkeypatch.setenv("HOAGIAI_PASSWORD", LEADER.password)
    assert run(capsys, "cases", "list", "--db", str(book_path))[0] == 0


def test_an_encrypted_backup_round_trip_keeps_it_encrypted(encrypted, as_leader, capsys):
    db = str(encrypted.path)
    code, _out, err = run(capsys, "backup", "--db", db)
    assert code == 0, err
    folder = encrypted.path.with_name(encrypted.path.name + ".backups")
    [made] = list(folder.glob("*.sqlite"))
    assert not workspace.is_plain_book(made) and keyfile.path_for(made).exists()
    with pytest.raises(HoagiaiError):
        backups.check_book(made)  # no key: unreadable
    key = workspace.unlock(encrypted.path, LEADER)
    assert backups.check_backup(made, key=key).broken is None
    book = login(encrypted.path)  # a change after the backup
    book.database.dispose()
    code, _out, err = run(capsys, "restore", str(made), "--db", db, "--force")
    assert code == 0, err
    login(encrypted.path).database.dispose()
    assert not workspace.is_plain_book(encrypted.path)


def test_the_demo_book_is_encrypted_with_an_account_per_role(tmp_path, capsys):
    from desktop.core.demo.book import DEMO_ACCOUNTS, DEMO_PASSWORD
    from desktop.core.domain.roles import Role

    path = tmp_path / "demo.sqlite"
    code, out, err = run(capsys, "demo", "--db", str(path))
    assert code == 0, err
    assert not workspace.is_plain_book(path)
    assert path.with_name("demo-recovery-sheet.pdf").read_bytes().startswith(b"%PDF")
    roles = {}
    for username, _role, _mediator in DEMO_ACCOUNTS:
        book = login(path, workspace.Credentials(username, DEMO_PASSWORD))
        assert book.actor is not None
        roles[username] = book.actor.role
        book.database.dispose()
        assert username in out
    assert set(roles.values()) == set(Role)
