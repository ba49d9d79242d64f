"""``hoagiai cases show`` on the demo book: a cited, agreed case in full (its citations, its
requester, its follow-ups), and a sensitive case refused to the demo's mediator account, who
does not handle it, as the app refuses it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main as cli
from desktop.core.demo.book import DEMO_PASSWORD
from desktop.core.i18n import _
from desktop.core.services.cases import shown
from tests.conftest import raw_connect

pytestmark = pytest.mark.usefixtures("demo_login")  # the demo book's leader


def _one(book: Path, query: str) -> tuple[object, ...]:
    with raw_connect(book) as db:
        row = db.execute(query).fetchone()
    assert row, query
    return tuple(row)


def _show(book: Path, number: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(["cases", "show", number, "--db", str(book)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_cited_agreed_case_in_full(demo_book: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    seq, year, article, clause, convention, requester = _one(demo_book, (
        "SELECT c.seq, c.year, a.number, cc.clause_number, cv.title, p.full_name FROM cases c "
        "JOIN case_citations cc ON cc.case_id = c.id "
        "JOIN convention_articles a ON a.id = cc.article_id "
        "JOIN convention_versions v ON v.id = a.convention_version_id "
        "JOIN conventions cv ON cv.id = v.convention_id "
        "JOIN case_participants cp ON cp.case_id = c.id AND cp.requested_mediation "
        "JOIN persons p ON p.id = cp.person_id "
        "WHERE c.status = 'successful' ORDER BY c.year, c.seq"))
    code, out, _err = _show(demo_book, f"{seq}/{year}", capsys)
    assert code == 0
    where = (f"Điều {article}, khoản {clause}" if clause is not None else f"Điều {article}")
    for expected in (f"Vụ, việc số {seq:02d}/{year}: ", "Điều, khoản hương ước, quy ước được "
                     "viện dẫn:", f"{convention}, {where}", f"{requester} (Bên, người yêu cầu "
                     "hòa giải)", "Các nội dung thỏa thuận:", "Theo dõi thực hiện:",
                     "Các buổi hòa giải:", "Kết quả hòa giải:"):
        assert expected in out, expected


def test_a_sensitive_case_is_refused_to_a_mediator_not_handling_it(
        demo_book: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    seq, year = _one(demo_book, (
        "SELECT c.seq, c.year FROM cases c WHERE c.sensitive AND NOT EXISTS ("
        "SELECT 1 FROM mediator_assignments a JOIN accounts u ON u.mediator_id = a.mediator_id "
        "WHERE a.case_id = c.id AND a.ended_on IS NULL AND u.username = 'hoagiaivien')"))
    monkeypatch.setenv("HOAGIAI_USER", "hoagiaivien")
    monkeypatch.setenv("HOAGIAI_PASSWORD", DEMO_PASSWORD)
    number = f"{seq:02d}/{year}"
    code, out, err = _show(demo_book, number, capsys)
    assert code == 1 and out == ""
    assert _(shown.MAY_NOT_SEE).format(number=number) in err
    monkeypatch.setenv("HOAGIAI_USER", "totruong")  # the team leader may
    code, out, _err = _show(demo_book, number, capsys)
    assert code == 0 and "Nhạy cảm: " in out
