"""A team whose year passed 9,999 cases (#17): case 12345/2026 is listed, shown and printed from
the command line, and its number reads back from the PDFs (agreement and logbook)."""

from __future__ import annotations

import subprocess
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.cli import main as cli
from desktop.core.db.engine import Actor
from desktop.core.db.models import Case
from desktop.core.i18n import _
from desktop.core.services.cases import shown
from desktop.core.services.workspace import book as workspace
from tests.conftest import encrypt_for_cli, raw_connect
from tests.core.helpers import build_case, close_successfully, open_case

NUMBER = "12345/2026"
TITLE = "Tranh chấp lối đi chung ngõ 42"


@pytest.fixture
def big_year(book_path: Path, book: workspace.OpenedBook, actor: Actor,
             team_id: uuid.UUID) -> Path:
    """Case 01/2025, then 12344/2026 (its number set in bulk, as a ward's big year has it),
    then 12345/2026 opened, mediated and agreed through the services."""
    with book.database.transaction(actor) as s:
        open_case(s, team_id, "Mâu thuẫn hàng xóm năm trước", received_on=date(2025, 11, 3))
        filler = open_case(s, team_id, "Tranh chấp ranh giới đất")
    with book.database.engine.begin() as connection:
        connection.execute(update(Case).where(Case.id == filler).values(seq=12344))
    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id, title=TITLE)
        close_successfully(s, parts.case_id)
        assert s.get(Case, parts.case_id).number == NUMBER  # type: ignore[union-attr]
    encrypt_for_cli(book, book_path)
    return book_path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_the_list_keeps_its_columns_for_five_digit_numbers(
        big_year: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "cases", "list", "--db", str(big_year))
    assert code == 0
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == [NUMBER, "12344/2026", "01/2025"]
    assert lines[2].startswith("   01/2025  ")  # right-aligned under the widest number
    dates = {line.index("/20", len("12345/2026")) for line in lines}  # each date's first slash
    assert len(dates) == 1, lines
    titles = {line.index("Tranh") if "Tranh" in line else line.index("Mâu") for line in lines}
    assert len(titles) == 1, lines  # the status column is as wide as its longest label
    assert "[Nguyễn Văn An, Đặng Thị Bình]" in lines[0]
    assert _("{count} case(s).").format(count=3) in err


def test_show_prints_the_case_in_vietnamese(big_year: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(capsys, "cases", "show", NUMBER, "--db", str(big_year))
    assert code == 0
    assert out.startswith(f"Vụ, việc số {NUMBER}: {TITLE}\n")
    for expected in ("Ngày tiếp nhận: 02/03/2026", "Trạng thái: Hòa giải thành",
                     "Nguyễn Văn An (Bên", "Đặng Thị Bình (Bên", "Hòa giải viên:",
                     "Trần Thị Thu Hà", "Nhà văn hóa tổ dân phố số 7",
                     "Các nội dung thỏa thuận:", "1. Nguyễn Văn An: Dỡ hàng rào lấn lối đi "
                     "(Thời hạn: 20/03/2026)", "Theo dõi thực hiện:"):
        assert expected in out, expected


def test_show_takes_the_year_apart(big_year: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(capsys, "cases", "show", "12345", "--year", "2026", "--db",
                           str(big_year))
    assert code == 0 and out.startswith(f"Vụ, việc số {NUMBER}:")


@pytest.mark.parametrize(("argv", "message_id", "params"), [
    (["99999/2026"], shown.NO_SUCH_CASE, {"number": "99999/2026"}),
    (["12345"], shown.YEAR_NEEDED, {"value": "12345"}),
    (["12345/2026", "--year", "2025"], shown.YEARS_DIFFER,
     {"number": NUMBER, "written": 2026, "year": 2025}),
])
def test_a_wrong_number_is_a_translated_error(big_year: Path,
                                               capsys: pytest.CaptureFixture[str],
                                               argv: list[str], message_id: str,
                                               params: dict[str, object]) -> None:
    code, out, err = _run(capsys, "cases", "show", *argv, "--db", str(big_year))
    assert code == 1 and out == ""
    assert _(message_id) != message_id  # said in Vietnamese
    assert _(message_id).format(**params) in err


def test_a_malformed_number_is_refused_before_the_book_is_opened(
        big_year: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(Exception) as refused:
        shown.case_number("12a45/2026")
    assert refused.value.message_id.startswith("{value!r} is not a case number")  # type: ignore[attr-defined]
    code, _out, err = _run(capsys, "cases", "show", "12a45/2026", "--db", str(big_year))
    assert code == 1 and refused.value.message in err  # type: ignore[attr-defined]


def test_the_agreement_and_the_logbook_print_the_number(
        big_year: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    agreement, logbook = tmp_path / "agreement.pdf", tmp_path / "logbook.pdf"
    assert _run(capsys, "print", "agreement", NUMBER, "--db", str(big_year), "-o",
                str(agreement))[0] == 0
    assert NUMBER in _pdf_text(agreement)
    assert _run(capsys, "print", "logbook", "--from", "2026-01-01", "--to", "2026-12-31",
                "--db", str(big_year), "-o", str(logbook))[0] == 0
    text = _pdf_text(logbook)
    assert NUMBER in text and "12344/2026" in text


def test_six_digit_numbers_line_up_too(big_year: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    with raw_connect(big_year) as db:  # last year's case renumbered in bulk
        db.execute("UPDATE cases SET seq = 123456 WHERE year = 2025")
        db.commit()
    code, out, _err = _run(capsys, "cases", "list", "--db", str(big_year))
    lines = out.splitlines()
    assert code == 0 and [line.split()[0] for line in lines] == [NUMBER, "12344/2026",
                                                                  "123456/2025"]
    assert lines[0].startswith(f" {NUMBER}  02/03/2026  ")
    assert len({line.index("  ", 8) for line in lines}) == 1  # every date starts in one column
