"""Remuneration once per case per team (Joint Circular 100/2014), printed from the demo book.

Issue #12 found five per-mediator requests for one half-year totalling 3.600.000 đ against the
team's 2.200.000 đ for the same 11 cases, and half-year and full-year requests listing the same
cases under the same number. Each test here uses its own period of the one demo book.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import main as cli
from tests.conftest import raw_connect

pytestmark = pytest.mark.usefixtures("demo_login")  # the demo book's leader

TextOf = Callable[[bytes], str]
ENDED = "c.status IN ('successful', 'unsuccessful') AND c.closed_on BETWEEN ? AND ?"


def _request(book: Path, out: Path, start: str, end: str, *more: str) -> int:
    return cli.main(["print", "remuneration", "--from", start, "--to", end, *more,
                     "--db", str(book), "-o", str(out)])


def _ended(book: Path, start: str, end: str) -> int:
    with raw_connect(book) as db:
        (count,) = db.execute(f"SELECT count(*) FROM cases c WHERE {ENDED}",
                              (start, end)).fetchone()
    return int(count)


def _busiest_mediators(book: Path, start: str, end: str) -> list[tuple[str, int]]:
    """Mediators of the period's ended cases, most cases first."""
    with raw_connect(book) as db:
        rows = db.execute(
            "SELECT m.full_name, count(DISTINCT c.id) FROM cases c JOIN mediator_assignments a "
            f"ON a.case_id = c.id JOIN mediators m ON m.id = a.mediator_id WHERE {ENDED} "
            "GROUP BY m.id ORDER BY 2 DESC, 1", (start, end)).fetchall()
    return [(str(name), int(count)) for name, count in rows]


def _claimed_count(text: str) -> int:
    found = re.search(r"Số vụ, việc đã kết thúc: (\d+)", text)
    assert found, text
    return int(found.group(1))


def _number(text: str) -> str:
    found = re.search(r"Số: (\d\d/\d{4})/ĐN-TL", text)
    assert found, text
    return found.group(1)


def test_the_mediators_and_the_team_never_claim_a_case_twice(
        demo_book: Path, tmp_path: Path, pdf_text: TextOf,
        capsys: pytest.CaptureFixture[str]) -> None:
    start, end = "2025-01-01", "2025-12-31"
    total = _ended(demo_book, start, end)
    mediators = _busiest_mediators(demo_book, start, end)
    assert total >= 5 and len(mediators) >= 2
    texts = []
    for index, (name, _count) in enumerate(mediators):
        out = tmp_path / f"m{index}.pdf"
        if _request(demo_book, out, start, end, "--mediator", name) == 0:
            texts.append(pdf_text(out.read_bytes()))
    team = tmp_path / "team.pdf"
    if _request(demo_book, team, start, end) == 0:
        texts.append(pdf_text(team.read_bytes()))
    claimed = sum(_claimed_count(t) for t in texts)
    assert claimed == total  # every ended case exactly once, whoever asked
    amounts = sum(_claimed_count(t) * 200_000 for t in texts)
    assert amounts == total * 200_000
    numbers = [_number(t) for t in texts]
    assert len(set(numbers)) == len(numbers)  # each request its own serial number
    capsys.readouterr()
    assert _request(demo_book, tmp_path / "again.pdf", start, end) != 0
    assert "không thể đề nghị lại" in capsys.readouterr().err


def test_printing_a_request_again_keeps_its_number_and_cases(
        demo_book: Path, tmp_path: Path, pdf_text: TextOf) -> None:
    start, end = "2024-01-01", "2024-12-31"
    assert _request(demo_book, tmp_path / "a.pdf", start, end) == 0
    assert _request(demo_book, tmp_path / "b.pdf", start, end) == 0
    first, second = (pdf_text((tmp_path / n).read_bytes()) for n in ("a.pdf", "b.pdf"))
    assert _number(first) == _number(second)
    assert _claimed_count(first) == _claimed_count(second) == _ended(demo_book, start, end)


def test_half_year_then_full_year_do_not_repeat_cases(demo_book: Path, tmp_path: Path,
                                                       pdf_text: TextOf) -> None:
    assert _request(demo_book, tmp_path / "h.pdf", "2026-01-01", "2026-06-30") == 0
    assert _request(demo_book, tmp_path / "y.pdf", "2026-01-01", "2026-12-31") == 0
    half, year = (pdf_text((tmp_path / n).read_bytes()) for n in ("h.pdf", "y.pdf"))
    assert _number(half) != _number(year)
    assert _claimed_count(half) == _ended(demo_book, "2026-01-01", "2026-06-30")
    assert _claimed_count(year) == _ended(demo_book, "2026-07-01", "2026-12-31")
    assert f"Giấy đề nghị số {_number(half)} và không đề nghị lại" in year
    assert "Kính gửi: Ủy ban nhân dân phường" in year
    assert "(Viết bằng chữ: " in year and "đồng.)" in year
