"""The ward's IT person's commands (#16), as docs/ward-server.md runs them: check an address,
set up a book, work on it with --db URL (or $HOAGIAI_DB), back it up with pg_dump and restore
the copy into a new database, move a team's file book onto a server."""

from __future__ import annotations

import pytest

from desktop.cli.main import main
from desktop.core.demo.book import DEMO_ACCOUNTS, DEMO_PASSWORD, create_demo_book

ADMIN, PASSWORD = "quan.tri", "mat-khau-quan-tri-phuong"


@pytest.fixture
def empty_address(postgres_server):
    name = postgres_server.create_database()
    yield postgres_server.url(name).replace("postgresql+psycopg://", "postgresql://")
    postgres_server.drop_database(name)


@pytest.fixture
def second_empty(postgres_server):
    name = postgres_server.create_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


def _as_admin(monkeypatch) -> None:
    monkeypatch.setenv("HOAGIAI_USER", ADMIN)
    monkeypatch.setenv("HOAGIAI_PASSWORD", PASSWORD)
    monkeypatch.setenv("HOAGIAI_NEW_PASSWORD", PASSWORD)


def test_set_up_work_back_up_and_restore(empty_address, second_empty, tmp_path, monkeypatch,
                                         capsys):
    _as_admin(monkeypatch)
    assert main(["server", "check", "--db", empty_address]) == 1
    assert "server init" in capsys.readouterr().out
    assert main(["server", "init", "--db", empty_address, "--ward", "Phường Nghĩa Đô",
                 "--admin", "Trần Văn Quản"]) == 0
    assert "Phường Nghĩa Đô" not in capsys.readouterr().err
    assert main(["server", "check", "--db", empty_address]) == 0
    monkeypatch.setenv("HOAGIAI_DB", empty_address)  # as an officer's shell would have it
    assert main(["accounts", "list"]) == 0
    assert ADMIN in capsys.readouterr().out
    dump = tmp_path / "sao-luu-phuong.dump"
    assert main(["server", "backup", "-o", str(dump)]) == 0
    assert main(["server", "restore", str(dump), "--db", second_empty]) == 0
    monkeypatch.setenv("HOAGIAI_DB", second_empty)
    assert main(["accounts", "list"]) == 0  # the restored copy opens, the admin logs in
    assert ADMIN in capsys.readouterr().out


def test_backup_of_a_server_book_is_a_pg_dump_and_file_commands_say_so(
        empty_address, tmp_path, monkeypatch, capsys):
    _as_admin(monkeypatch)
    main(["server", "init", "--db", empty_address, "--ward", "Phường Nghĩa Đô"])
    capsys.readouterr()
    assert main(["backup", "--db", empty_address, "--to", str(tmp_path / "sao-luu")]) == 0
    dumps = list((tmp_path / "sao-luu").glob("*.dump"))
    assert len(dumps) == 1 and dumps[0].stat().st_size > 0
    assert main(["backup", "list", "--db", empty_address]) != 0  # a file command: said
    assert "hoagiai server" in capsys.readouterr().err


def test_a_team_book_file_moves_to_the_server(empty_address, tmp_path, monkeypatch, capsys):
    book = tmp_path / "to-hoa-giai.sqlite"
    create_demo_book(book)
    monkeypatch.setenv("HOAGIAI_USER", DEMO_ACCOUNTS[0][0])
    monkeypatch.setenv("HOAGIAI_PASSWORD", DEMO_PASSWORD)
    assert main(["server", "copy", str(book), "--db", empty_address]) == 0
    assert "to-hoa-giai.sqlite" in capsys.readouterr().out
    assert main(["cases", "list", "--db", empty_address]) == 0
    listed = capsys.readouterr().out
    assert "/2026" in listed  # the team's cases, read from the server
