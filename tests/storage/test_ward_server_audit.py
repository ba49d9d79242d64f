"""``hoagiai audit verify --db URL`` on a book on the ward's server (#16): the same checks as
for a file book, against the test run's PostgreSQL server: an intact book passes; a record
changed behind the program's back, and a journal entry rewritten, are each found and named."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from desktop.cli.main import main
from desktop.core.demo.book import DEMO_ACCOUNTS, DEMO_PASSWORD, create_demo_book


@pytest.fixture
def server_book(postgres_server, tmp_path, monkeypatch):
    """A team's demo book moved onto the server (every record, the journal chain as it was)."""
    name = postgres_server.create_database()
    address = postgres_server.url(name).replace("postgresql+psycopg://", "postgresql://")
    book = tmp_path / "to-hoa-giai.sqlite"
    create_demo_book(book)
    monkeypatch.setenv("HOAGIAI_USER", DEMO_ACCOUNTS[0][0])
    monkeypatch.setenv("HOAGIAI_PASSWORD", DEMO_PASSWORD)
    assert main(["server", "copy", str(book), "--db", address]) == 0
    yield address
    postgres_server.drop_database(name)


def _behind_the_programs_back(address: str, statement: str) -> None:
    """What someone with the server's superuser could do, bypassing the program (and the
    journal's own triggers)."""
    engine = create_engine(address.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as connection:
        connection.execute(text("SET session_replication_role = replica"))
        connection.execute(text(statement))
    engine.dispose()


def test_an_intact_server_book_passes(server_book, capsys):
    capsys.readouterr()
    assert main(["audit", "verify", "--db", server_book]) == 0
    out = capsys.readouterr().out
    assert "còn nguyên vẹn: 975 mục" in out  # the 974 entries copied and the login
    assert "BỊ SỬA" not in out and "BỊ ĐỨT" not in out
    # who signed what is checked too: the copying leader signs on the server with the key
    # their key-file slot held (the demo's own entries are the program's: no person's name)
    assert "Số mục có chữ ký của chính người ghi: 2; số mục ghi trước khi bắt đầu ký: 0." in out
    assert "KHÔNG CÓ CHỮ KÝ HỢP LỆ" not in out


def test_a_record_changed_behind_the_programs_back_is_named(server_book, capsys):
    _behind_the_programs_back(server_book, "UPDATE cases SET title = 'Sửa lén' WHERE id = "
                                           "(SELECT id FROM cases ORDER BY id LIMIT 1)")
    capsys.readouterr()
    assert main(["audit", "verify", "--db", server_book]) == 1
    out = capsys.readouterr().out
    assert "BỊ SỬA" in out and "cases" in out and "title" in out


def test_a_rewritten_journal_entry_breaks_the_chain_at_that_entry(server_book, capsys):
    _behind_the_programs_back(server_book, "UPDATE change_journal SET author = 'ai-do' "
                                           "WHERE seq = 5")
    capsys.readouterr()
    assert main(["audit", "verify", "--db", server_book]) == 1
    out = capsys.readouterr().out
    assert "BỊ ĐỨT tại mục 5 " in out


def test_a_person_who_may_not_read_the_journal_is_refused(server_book, monkeypatch, capsys):
    monkeypatch.setenv("HOAGIAI_PASSWORD", "not-the-password")
    assert main(["audit", "verify", "--db", server_book]) != 0
    assert "còn nguyên vẹn" not in capsys.readouterr().out
