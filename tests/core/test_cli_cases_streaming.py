"""``hoagiai cases list`` prints a page of rows at a time (#17): every case once, in order,
however the ids fall into pages."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest

from desktop.cli import cases as cases_command
from desktop.cli import main as cli
from desktop.core.db.engine import Actor
from desktop.core.domain.enums import Grounds
from desktop.core.services.cases import records as cases
from desktop.core.services.workspace import book as workspace
from tests.conftest import encrypt_for_cli

TITLES = [f"Tranh chấp ranh giới thửa đất số {number}" for number in range(1, 8)]


@pytest.fixture
def seven_cases(book_path: Path, actor: Actor, team_id: uuid.UUID,
                book: workspace.OpenedBook) -> Path:
    with book.database.transaction(actor) as s:
        for day, title in enumerate(TITLES, start=1):
            cases.open_case(s, team_id, cases.CaseInput(
                title, date(2026, 3, day), Grounds.PARTY_REQUEST, "neighbour_nuisance"),
                today=date(2026, 3, day))
    encrypt_for_cli(book, book_path)
    return Path(book_path)


def _listed(book: Path, capsys: pytest.CaptureFixture[str]) -> tuple[list[str], str]:
    assert cli.main(["--lang", "en", "cases", "list", "--db", str(book)]) == 0
    captured = capsys.readouterr()
    return captured.out.splitlines(), captured.err


@pytest.mark.parametrize("page", [1, 3, 7, 1000])
def test_every_case_once_in_order_across_pages(seven_cases: Path,
                                               capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch,
                                               page: int) -> None:
    monkeypatch.setattr(cases_command, "PAGE", page)
    lines, err = _listed(seven_cases, capsys)
    assert len(lines) == len(TITLES)
    # newest first: case 07/2026 (the last opened) heads the list
    assert [line.split()[0] for line in lines] == [f"{n:02d}/2026" for n in range(7, 0, -1)]
    assert [next(t for t in TITLES if t + "  [" in line) for line in lines] == TITLES[::-1]
    assert "7 case(s)." in err


def test_an_empty_book_lists_nothing_and_says_so(book_path: Path, book: workspace.OpenedBook,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    encrypt_for_cli(book, book_path)
    lines, err = _listed(book_path, capsys)
    assert lines == []
    assert "0 case(s)." in err
