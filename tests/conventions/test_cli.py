"""``hoagiai conventions import|list|show|review``: what it prints and how it fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main as cli
from tests.conftest import encrypt_for_cli
from tests.conventions.test_parser import SAMPLE
from tests.conventions.test_reading import sample_as_docx


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(book, book_path: Path, team_id) -> str:
    encrypt_for_cli(book, book_path)
    return str(book_path)


def test_import_prints_what_it_parsed_and_saves(capsys, db):
    code, out, _ = run(capsys, "conventions", "import", str(SAMPLE), "--db", db,
                       "--decision", "125/QĐ-UBND", "--decision-date", "2024-12-02")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "7 chapter(s), 24 article(s), 55 clause(s), 0 flagged fragment(s)."
    assert "Chapter I: NHỮNG QUY ĐỊNH CHUNG" in lines
    assert "  Article 5. Giữ gìn trật tự và giờ nghỉ ngơi (3 clause(s))" in lines
    assert lines[-1].startswith("Saved: 24 new, 0 amended, 0 unchanged article(s).")
    code, out, _ = run(capsys, "conventions", "list", "--db", db)
    assert code == 0 and "HƯƠNG ƯỚC TỔ DÂN PHỐ SỐ 5" in out and "[Tổ dân phố số 7]" in out
    code, out, _ = run(capsys, "conventions", "show", "tổ dân phố số 5", "--db", db,
                       "--on", "2025-01-01")
    assert code == 0
    assert "decision 125/QĐ-UBND of 02/12/2024, in effect from 02/12/2024: In force" in out
    assert "a village convention is not law" in out.lower()


def test_import_flags_what_it_could_not_place(capsys, db, tmp_path):
    path = tmp_path / "quy-uoc.txt"
    path.write_text("QUY ƯỚC\nThôn Đông\nĐiều 1. A\nMột.\nĐiều 3. C\nBa.\nĐiều 2. Lạc\nHai.",
                    encoding="utf-8")
    code, out, _ = run(capsys, "conventions", "import", str(path), "--db", db, "--dry-run")
    assert code == 0
    assert "0 chapter(s), 2 article(s), 0 clause(s), 1 flagged fragment(s)." in out
    assert "FLAGGED (Article 3): Line 7: a heading 'Article 2' comes after Article 3" in out
    assert "    Điều 2. Lạc\n    Hai." in out
    code, out, err = run(capsys, "conventions", "list", "--db", db)
    assert (code, out, err) == (0, "", "0 convention(s).\n")  # a dry run saves nothing


def test_import_a_word_document_and_an_amendment(capsys, db, tmp_path):
    docx = sample_as_docx(tmp_path / "huong-uoc.docx")
    code, out, _ = run(capsys, "conventions", "import", str(docx), "--db", db, "--title",
                       "Hương ước TDP 5", "--decision", "125/QĐ-UBND", "--decision-date",
                       "2024-12-02")
    assert code == 0 and "24 article(s)" in out
    amendment = tmp_path / "sua-doi.txt"
    amendment.write_text("Điều 5. Giữ gìn trật tự\nKhông gây ồn sau 22 giờ 30.", encoding="utf-8")
    code, out, _ = run(capsys, "conventions", "import", str(amendment), "--db", db,
                       "--amends", "Hương ước TDP 5", "--decision", "88/QĐ-UBND",
                       "--decision-date", "2025-11-20", "--effective", "2025-12-01")
    assert code == 0 and "Saved: 0 new, 1 amended, 23 unchanged article(s)." in out
    code, out, _ = run(capsys, "conventions", "show", "Hương ước TDP 5", "--db", db)
    assert "  v1  decision 125/QĐ-UBND" in out and "Replaced" in out
    assert "Không gây ồn sau 22 giờ 30." in out


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("missing.txt", None, "There is no file at"),
    ("garbage.txt", bytes(range(256)) * 10, "is not a text file or a Word document"),
    ("empty.txt", b"  \n\n", "has no text in it"),
    ("fake.docx", b"PK\x03\x04 not really a zip", "is not a Word document"),
    ("no-articles.txt", "Chỉ là một lá thư.".encode(), "No article was found in the text"),
])
def test_unreadable_input_exits_non_zero_with_one_clear_line(capsys, db, tmp_path, name,
                                                             content, expected):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    code, _, err = run(capsys, "conventions", "import", str(path), "--db", db)
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("Error: ") and expected in err


def test_a_missing_book_and_a_bad_date(capsys, tmp_path):
    code, _, err = run(capsys, "conventions", "list", "--db", str(tmp_path / "none.sqlite"))
    assert code == 1 and "There is no case book" in err
    with pytest.raises(SystemExit) as done:
        run(capsys, "conventions", "import", str(SAMPLE), "--effective", "02/12/2024")
    assert done.value.code == 2
    assert "is not a date: write it as YYYY-MM-DD" in capsys.readouterr().err


def test_review_prints_counts_and_never_cited(capsys, db):
    run(capsys, "conventions", "import", str(SAMPLE), "--db", db, "--decision", "1/QĐ",
        "--decision-date", "2024-12-02")
    code, out, _ = run(capsys, "conventions", "review", "tổ dân phố số 5", "--db", db,
                       "--from", "2026-01-01", "--to", "2026-12-31")
    assert code == 0
    assert "Never cited: " + ", ".join(str(n) for n in range(1, 25)) in out
