"""Verification codes: derived from the document's data, printed with a QR on every page,
recorded once when issued, and checked with ``hoagiai verify``."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.cli import main as cli
from desktop.core.demo.book import create_demo_book
from desktop.core.domain.enums import DocumentKind
from desktop.core.errors import ValidationError
from desktop.core.services.documents import codes
from tests.conftest import raw_connect
from tests.documents.checks import assert_fonts_embedded, page_count
from tests.documents.sample_agreement import make_agreement

ALPHABET = codes.ALPHABET


# --- the code ---------------------------------------------------------------------------------

pytestmark = pytest.mark.usefixtures("demo_login")  # the demo book's leader


def test_code_is_eleven_crockford_characters_with_a_valid_check() -> None:
    code = codes.derive_code(uuid.UUID(int=7), "ab" * 32)
    assert len(code) == 11 and set(code) <= set(ALPHABET)
    assert codes.normalise_code(codes.format_code(code)) == code
    assert codes.derive_code(uuid.UUID(int=7), "ab" * 32) == code  # stable
    assert codes.derive_code(uuid.UUID(int=8), "ab" * 32) != code  # the team counts


def test_typing_is_forgiving_about_case_separators_and_lookalikes() -> None:
    code = codes.derive_code(uuid.UUID(int=1), "00" * 32)
    typed = f" {code[:4].lower()} {code[4:8]}-{code[8:]} ".replace("0", "o").replace("1", "l")
    assert codes.normalise_code(typed) == code
    assert codes.normalise_code(f"HOAGIAI-VERIFY:{codes.format_code(code)}") == code


@given(st.integers(min_value=0, max_value=2**40), st.integers(min_value=0, max_value=10),
       st.integers(min_value=1, max_value=31))
def test_every_single_mistyped_character_is_caught(seed: int, position: int, shift: int) -> None:
    code = codes.derive_code(uuid.UUID(int=seed), f"{seed:064x}")
    wrong = ALPHABET[(ALPHABET.index(code[position]) + shift) % 32]
    mistyped = code[:position] + wrong + code[position + 1:]
    with pytest.raises(ValidationError) as caught:
        codes.normalise_code(mistyped)
    assert "mistyped" in caught.value.message_id


@pytest.mark.parametrize("typed", ["", "ABCD-EFGH", "ABCD-EFGH-JKMN", "ABCU-EFGH-JKM",
                                   "ÂBCD-EFGH-JKM"])
def test_not_a_code_at_all(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        codes.normalise_code(typed)
    assert "not a verification code" in caught.value.message_id


def test_content_hash_ignores_who_printed_but_not_what() -> None:
    import dataclasses

    doc = make_agreement()
    same = dataclasses.replace(doc, author="someone else")
    other = dataclasses.replace(doc, summary=doc.summary + ".")
    kind = DocumentKind.AGREEMENT
    assert codes.content_hash(kind, doc) == codes.content_hash(kind, same)
    assert codes.content_hash(kind, doc) != codes.content_hash(kind, other)
    assert codes.content_hash(kind, doc) != codes.content_hash(DocumentKind.CASEFILE, doc)


# --- printing from the demo book --------------------------------------------------------------

@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("issued") / "demo.sqlite"
    create_demo_book(path)
    return path


@pytest.fixture
def book(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "book.sqlite"
    shutil.copy(demo_template, path)
    shutil.copy(f"{demo_template}.keys", f"{path}.keys")  # an encrypted book's key file
    return path


def _first_case(book: Path, status: str) -> str:
    with raw_connect(book) as db:
        row = db.execute("SELECT seq || '/' || year FROM cases WHERE status = ? "
                         "ORDER BY year, seq", (status,)).fetchone()
    return str(row[0])


def _rows(book: Path, sql: str) -> list[tuple]:
    with raw_connect(book) as db:
        return db.execute(sql).fetchall()


def _print(book: Path, out: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """Print through the CLI; the verification code it reports."""
    assert cli.main(["print", *args, "--db", str(book), "-o", str(out)]) == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    return line.rsplit(" ", 1)[-1]


def test_same_data_twice_same_code_and_one_row(book: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    number = _first_case(book, "successful")
    first = _print(book, tmp_path / "a.pdf", capsys, "agreement", number)
    again = _print(book, tmp_path / "b.pdf", capsys, "agreement", number)
    assert first == again
    code = codes.normalise_code(first)
    assert _rows(book, "SELECT code, kind, case_version FROM issued_documents") == [
        (code, "agreement", 2)]
    prints = _rows(book, "SELECT changes FROM change_journal WHERE op = 'print'")
    assert sum(code in row[0] for row in prints) == 2  # both prints journaled
    inserts = _rows(book, "SELECT count(*) FROM change_journal WHERE op = 'insert' "
                          "AND entity = 'issued_documents'")
    assert inserts == [(1,)]


def test_code_and_qr_on_every_page(book: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str],
                                   pdf_page_text: Callable[[bytes, int], str],
                                   pdf_fonts: Callable[[bytes], list[list[str]]]) -> None:
    out = tmp_path / "logbook.pdf"
    code = _print(book, out, capsys, "logbook", "--from", "2024-01-01", "--to", "2026-12-31")
    pdf = out.read_bytes()
    assert page_count(pdf) >= 3
    for page in range(1, page_count(pdf) + 1):
        assert f"Mã xác minh: {code}" in pdf_page_text(pdf, page)
    assert_fonts_embedded(pdf_fonts(pdf))  # the QR brings in no font of its own
    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg (Debian zbar-tools) is not installed")
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "2", "-l", "2", str(out),
                    str(tmp_path / "page")], check=True, timeout=60)
    image = next(tmp_path.glob("page*.png"))
    done = subprocess.run(["zbarimg", "-q", "--raw", str(image)], capture_output=True,
                          timeout=60, check=True)
    assert done.stdout.decode().strip() == f"HOAGIAI-VERIFY:{code}"


def test_verify_tells_which_document_and_writes_it_as_issued(
        book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    number = _first_case(book, "unsuccessful")
    printed = tmp_path / "record.pdf"
    code = _print(book, printed, capsys, "unsuccessful", number)
    copy = tmp_path / "copy.pdf"
    assert cli.main(["verify", code.lower(), "--db", str(book), "-o", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "Biên bản hòa giải không thành" in out
    assert number.zfill(7) in out or number in out
    assert "Nothing changed" in out or "Không có gì thay đổi" in out
    assert copy.read_bytes() == printed.read_bytes()
    views = _rows(book, "SELECT count(*) FROM change_journal WHERE op = 'verify'")
    assert views == [(1,)]


def test_verify_says_when_the_case_changed_since(book: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    number = _first_case(book, "successful")
    code = _print(book, tmp_path / "a.pdf", capsys, "casefile", number)
    seq, year = number.split("/")
    with raw_connect(book) as db:
        db.execute("UPDATE cases SET summary = summary || ' (bổ sung)' WHERE seq = ? AND year = ?",
                   (int(seq), int(year)))
    assert cli.main(["verify", code, "--db", str(book)]) == 0
    out = capsys.readouterr().out
    assert "Nothing changed" not in out and "Không có gì thay đổi" not in out


def test_unknown_and_mistyped_codes_fail_differently(book: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    unknown = codes.format_code(codes.derive_code(uuid.UUID(int=3), "ff" * 32))
    assert cli.main(["verify", unknown, "--db", str(book)]) == 1
    not_issued = capsys.readouterr().err
    mistyped = unknown[:-1] + ("0" if unknown[-1] != "0" else "1")
    assert cli.main(["verify", mistyped, "--db", str(book)]) == 1
    typo = capsys.readouterr().err
    assert unknown in not_issued and not_issued != typo
    assert _rows(book, "SELECT count(*) FROM issued_documents") == [(0,)]


def test_a_team_document_tells_when_the_period_changed(book: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    code = _print(book, tmp_path / "so.pdf", capsys, "logbook", "--from", "2024-01-01", "--to",
                  "2024-12-31")
    assert cli.main(["verify", code, "--db", str(book)]) == 0
    unchanged = capsys.readouterr().out
    assert "Không có gì thay đổi" in unchanged and "01/01/2024 – 31/12/2024" in unchanged
    with raw_connect(book) as db:
        db.execute("UPDATE cases SET summary = summary || '.' WHERE year = 2024")
    assert cli.main(["verify", code, "--db", str(book)]) == 0
    assert "Hồ sơ của tổ trong kỳ này đã thay đổi" in capsys.readouterr().out
