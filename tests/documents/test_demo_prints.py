"""Every document prints from the demo book through the CLI, and the print is journaled."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import main as cli
from tests.conftest import raw_connect
from tests.documents.checks import page_count

pytestmark = pytest.mark.usefixtures("demo_login")  # the demo book's leader


def _case_with_status(book: Path, status: str, min_hearings: int = 0) -> str:
    query = ("SELECT c.seq || '/' || c.year FROM cases c LEFT JOIN hearings h ON h.case_id = c.id "
             "WHERE c.status = ? GROUP BY c.id HAVING count(h.id) >= ? ORDER BY c.year, c.seq")
    with raw_connect(book) as db:
        row = db.execute(query, (status, min_hearings)).fetchone()
    assert row, f"the demo book has no {status} case"
    return str(row[0])


def _prints_journaled(book: Path, document: str) -> int:
    with raw_connect(book) as db:
        rows = db.execute("SELECT changes FROM change_journal WHERE op = 'print'").fetchall()
    return sum(f'"document": "{document}"' in row[0] for row in rows)


def _print(book: Path, out: Path, *args: str) -> bytes:
    assert cli.main(["print", *args, "--db", str(book), "-o", str(out)]) == 0
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF") and page_count(pdf) >= 1
    return pdf


def test_unsuccessful_from_demo(demo_book: Path, tmp_path: Path) -> None:
    number = _case_with_status(demo_book, "unsuccessful")
    _print(demo_book, tmp_path / "u.pdf", "unsuccessful", number)
    assert _prints_journaled(demo_book, "unsuccessful") >= 1


def test_unsuccessful_refused_for_a_successful_case(demo_book: Path, tmp_path: Path) -> None:
    number = _case_with_status(demo_book, "successful")
    assert cli.main(["print", "unsuccessful", number, "--db", str(demo_book),
                     "-o", str(tmp_path / "x.pdf")]) != 0


def test_minutes_of_the_second_hearing(demo_book: Path, tmp_path: Path) -> None:
    number = _case_with_status(demo_book, "unsuccessful", min_hearings=2)
    _print(demo_book, tmp_path / "m.pdf", "minutes", number, "--hearing", "2")
    assert _prints_journaled(demo_book, "minutes") >= 1


def test_minutes_of_a_missing_hearing_fail(demo_book: Path, tmp_path: Path) -> None:
    number = _case_with_status(demo_book, "unsuccessful")
    assert cli.main(["print", "minutes", number, "--hearing", "99", "--db", str(demo_book),
                     "-o", str(tmp_path / "x.pdf")]) != 0


def test_invitations_to_a_hearing(demo_book: Path, tmp_path: Path) -> None:
    number = _case_with_status(demo_book, "unsuccessful", min_hearings=2)
    pdf = _print(demo_book, tmp_path / "i.pdf", "invitation", number, "--hearing", "2")
    assert page_count(pdf) >= 2
    assert _prints_journaled(demo_book, "invitation") >= 1


def test_guidance_with_the_default_court(demo_book: Path, tmp_path: Path) -> None:
    number = _case_with_status(demo_book, "successful")
    pdf = _print(demo_book, tmp_path / "g.pdf", "guidance", number)
    assert b"%PDF" in pdf[:8]
    assert _prints_journaled(demo_book, "guidance") >= 1


def test_guidance_refused_for_an_unsuccessful_case(demo_book: Path, tmp_path: Path) -> None:
    number = _case_with_status(demo_book, "unsuccessful")
    assert cli.main(["print", "guidance", number, "--db", str(demo_book),
                     "-o", str(tmp_path / "x.pdf")]) != 0


@pytest.mark.parametrize("status", ["successful", "unsuccessful", "in_progress", "not_eligible"])
def test_casefile_of_every_kind_of_case(demo_book: Path, tmp_path: Path, status: str) -> None:
    number = _case_with_status(demo_book, status)
    _print(demo_book, tmp_path / "c.pdf", "casefile", number)


def test_logbook_of_the_whole_demo_book(demo_book: Path, tmp_path: Path,
                                        pdf_text: Callable[[bytes], str]) -> None:
    pdf = _print(demo_book, tmp_path / "l.pdf", "logbook", "--from", "2000-01-01",
                 "--to", "2099-12-31", "--volume", "01")
    with raw_connect(demo_book) as db:
        numbers = [f"{seq:02d}/{year}" for seq, year in db.execute("SELECT seq, year FROM cases")]
    text = pdf_text(pdf)
    for number in numbers:
        assert f"Vụ, việc số {number}" in text
    with raw_connect(demo_book) as db:
        (count,) = db.execute("SELECT count(*) FROM change_journal WHERE op = 'print' "
                              "AND entity = 'teams'").fetchone()
    assert count >= 1


def test_logbook_rejects_a_bad_date(demo_book: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        cli.main(["print", "logbook", "--from", "2026-13-01", "--to", "2026-12-31",
                  "--db", str(demo_book), "-o", str(tmp_path / "x.pdf")])


def test_remuneration_of_one_mediator_and_of_the_team(demo_book: Path, tmp_path: Path,
                                                      pdf_text: Callable[[bytes], str]) -> None:
    """A case is claimed once per team (Joint Circular 100/2014): what the mediator claimed
    first is not claimed again by the team's request."""
    with raw_connect(demo_book) as db:
        (name,) = db.execute("SELECT full_name FROM mediators ORDER BY full_name").fetchone()
        (ended,) = db.execute("SELECT count(*) FROM cases WHERE status IN "
                              "('successful', 'unsuccessful')").fetchone()
    one = pdf_text(_print(demo_book, tmp_path / "m.pdf", "remuneration", "--from",
                          "2000-01-01", "--to", "2099-12-30", "--mediator", name))
    assert f"Họ và tên: {name}" in one
    found = re.search(r"Số vụ, việc đã kết thúc: (\d+)", one)
    assert found
    mine = int(found.group(1))
    team = pdf_text(_print(demo_book, tmp_path / "t.pdf", "remuneration", "--from",
                           "2000-01-01", "--to", "2099-12-30"))
    assert f"Số vụ, việc đã kết thúc: {ended - mine}" in team
    assert f"{(ended - mine) * 200_000:,} đồng".replace(",", ".") in team


@pytest.mark.parametrize(("stored", "printed"), [("150000", "150.000"), ("350000", "200.000")])
def test_remuneration_rate_from_the_settings(demo_book: Path, tmp_path: Path,
                                             pdf_text: Callable[[bytes], str], stored: str,
                                             printed: str) -> None:
    """The province's rate from the settings, never above the ceiling of the rule's data
    (200.000 đồng per case per team). A period without cases: nothing is claimed by it."""
    with raw_connect(demo_book) as db:
        db.execute("INSERT OR REPLACE INTO app_settings (key, value) VALUES (?, ?)",
                   ("remuneration_rate_vnd", stored))
    try:
        text = pdf_text(_print(demo_book, tmp_path / "r.pdf", "remuneration", "--from",
                               "2099-12-31", "--to", "2099-12-31"))
        assert f"Mức chi thù lao: {printed} đồng/vụ, việc" in text
    finally:
        with raw_connect(demo_book) as db:
            db.execute("DELETE FROM app_settings WHERE key = 'remuneration_rate_vnd'")


def test_remuneration_for_an_unknown_mediator_fails(demo_book: Path, tmp_path: Path) -> None:
    assert cli.main(["print", "remuneration", "--from", "2026-01-01", "--to", "2026-12-31",
                     "--mediator", "Không Có Ai", "--db", str(demo_book),
                     "-o", str(tmp_path / "x.pdf")]) != 0
