"""``hoagiai search TEXT --db PATH``: the same search from the command line, on an encrypted
book, the matched words in [brackets]; odd input is searched literally."""

from __future__ import annotations

from desktop.cli import main as cli
from tests.conftest import encrypt_for_cli
from tests.core.helpers import add_person, build_case


def test_the_command_line_finds_unaccented_words_and_marks_them(tmp_path, book_path, actor,
                                                                team_id, book, capsys):
    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id, title="Tranh chấp lối đi chung")
        add_person(s, parts.case_id, team_id, "Đặng Văn Ưng")
    encrypt_for_cli(book, book_path)
    assert cli.main(["--lang", "en", "search", "dang van ung", "--db", str(book_path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("01/2026")
    assert "Name: [Đặng] [Văn] [Ưng]" in out
    assert cli.main(["--lang", "en", "search", '"NOT" */-', "--db", str(book_path)]) == 0
    assert capsys.readouterr().out.startswith("No case matches")


def test_the_index_leaves_no_plaintext_outside_the_encrypted_book(tmp_path, book_path, actor,
                                                                  team_id, book, capsys):
    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id, title="Tranh chấp lối đi chung")
        add_person(s, parts.case_id, team_id, "Đặng Văn Ưng")
    encrypt_for_cli(book, book_path)
    assert cli.main(["search", "dang van ung", "--db", str(book_path)]) == 0
    assert "Đặng" in capsys.readouterr().out
    for path in book_path.parent.iterdir():
        if path.is_file():
            data = path.read_bytes()
            for secret in ("dang van ung", "Đặng Văn Ưng", "Ưng"):
                assert secret.encode() not in data, path.name
