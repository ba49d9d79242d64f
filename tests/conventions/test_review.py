"""The annual review: versions in force in the period, counts by outcome, the report PDF and
its command; recording a change of a version's status with its decision."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from sqlalchemy import select

from desktop.cli import main as cli
from desktop.core.db.models import JournalEntry
from desktop.core.documents.convention_review import render_convention_review
from desktop.core.domain.enums import ConventionStatus
from desktop.core.errors import ValidationError
from desktop.core.services.conventions import citations, views
from desktop.core.services.conventions import versions as conventions
from desktop.core.services.workspace import book as workspace
from tests.conftest import encrypt_for_cli
from tests.conventions.test_services import (  # noqa: F401 (fixture)
    AMENDED_5,
    amend,
    convention_id,
    new_case,
)
from tests.core.helpers import build_case, close_successfully

YEAR = (date(2026, 1, 1), date(2026, 12, 31))


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_counts_by_outcome_and_cases_counted_once(book, actor, team_id, convention_id):  # noqa: F811
    with book.database.transaction(actor) as s:
        done = build_case(s, team_id, title="Thành")
        citations.cite_by_number(s, done.case_id, convention_id, 8)
        citations.cite_by_number(s, done.case_id, convention_id, 5, 1)
        citations.cite_by_number(s, done.case_id, convention_id, 5, 2)  # same article again
        close_successfully(s, done.case_id)
        open_one = build_case(s, team_id, title="Đang hòa giải")
        citations.cite_by_number(s, open_one.case_id, convention_id, 8)
    with book.database.reading() as s:
        review = citations.annual_review(s, convention_id, *YEAR)
    rows = {row.number: row for row in review.rows}
    assert (rows[8].cases, rows[8].successful, rows[8].unsuccessful, rows[8].other) \
        == (2, 1, 0, 1)
    assert (rows[5].cases, rows[5].successful) == (1, 1)
    assert review.total_cases == 2
    assert [v.decision_no for v in review.versions] == ["125/QĐ-UBND"]


def test_versions_in_force_during_the_period(book, actor, convention_id):  # noqa: F811
    amend(book, actor, convention_id, AMENDED_5)  # takes effect 01/12/2025
    with book.database.reading() as s:
        both = citations.annual_review(s, convention_id, date(2025, 1, 1), date(2025, 12, 31))
        later = citations.annual_review(s, convention_id, *YEAR)
        before = citations.annual_review(s, convention_id, date(2024, 1, 1), date(2024, 6, 30))
    assert [v.decision_no for v in both.versions] == ["125/QĐ-UBND", "88/QĐ-UBND"]
    assert [v.decision_no for v in later.versions] == ["88/QĐ-UBND"]
    assert [v.decision_no for v in before.versions] == ["88/QĐ-UBND"]  # none yet: the latest
    assert len(both.rows) == 24  # one row per article, whichever versions it appears in


def test_review_report_pdf(book, actor, team_id, convention_id, tmp_path):  # noqa: F811
    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id)
        citations.cite_by_number(s, parts.case_id, convention_id, 8)
        close_successfully(s, parts.case_id)
    with book.database.reading() as s:
        document = citations.review_document(s, convention_id, *YEAR,
                                             issued_on=date(2026, 11, 18))
    path = tmp_path / "review.pdf"
    path.write_bytes(render_convention_review(document))
    text = _flat(subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                                capture_output=True).stdout.decode())
    assert "BÁO CÁO TÌNH HÌNH VẬN DỤNG HƯƠNG ƯỚC, QUY ƯỚC" in text
    assert "Từ ngày 01/01/2026 đến ngày 31/12/2026" in text
    assert "Quyết định công nhận số 125/QĐ-UBND ngày 02/12/2024" in text
    assert "Điều 8" in text and "Ngõ đi chung" in text
    assert "Tổng số vụ, việc có viện dẫn hương ước, quy ước: 1 " in text
    assert "Trong kỳ, 23 điều sau đây chưa được viện dẫn" in text
    assert "Điều 24. Hiệu lực thi hành" in text
    assert "không được trái với quy định của pháp luật" in text
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    assert "Helvetica" not in fonts.stdout


def test_review_command_saves_the_report_and_journals_it(capsys, book, book_path, actor,
                                                          convention_id, tmp_path):  # noqa: F811
    output = tmp_path / "ra-soat.pdf"
    key = encrypt_for_cli(book, book_path)  # the command line logs in: an encrypted book
    code = cli.main(["--lang", "en", "conventions", "review", "tổ dân phố số 5", "--db",
                     str(book_path), "--from", "2026-01-01", "--to", "2026-12-31",
                     "-o", str(output)])
    out = capsys.readouterr().out
    assert code == 0
    assert output.read_bytes().startswith(b"%PDF")
    assert f"saved to {output}" in out
    reopened = workspace.open_book(book_path, key)
    with reopened.database.reading() as s:
        ops = s.scalars(select(JournalEntry.op).where(
            JournalEntry.entity == "conventions")).all()
    reopened.database.dispose()
    assert "print" in ops


def test_change_status_needs_its_decision(book, actor, convention_id):  # noqa: F811
    with book.database.reading() as s:
        version_id = views.show_convention(s, convention_id).shown_version.id
    decision = conventions.StatusDecision(ConventionStatus.SUSPENDED, date(2026, 5, 1))
    with book.database.transaction(actor) as s:
        with pytest.raises(ValidationError) as caught:
            conventions.change_status(s, version_id, decision)
        assert caught.value.message_id == conventions.STATUS_NEEDS_DECISION
        with pytest.raises(ValidationError) as caught:
            conventions.change_status(s, version_id, conventions.StatusDecision(
                ConventionStatus.REPLACED, date(2026, 5, 1), "12/QĐ-UBND", date(2026, 4, 28)))
        assert caught.value.message_id == conventions.STATUS_NOT_SETTABLE
        with pytest.raises(ValidationError) as caught:
            conventions.change_status(s, version_id, conventions.StatusDecision(
                ConventionStatus.SUSPENDED, date(2020, 5, 1), "12/QĐ-UBND", date(2020, 4, 28)))
        assert caught.value.message_id == conventions.STATUS_BEFORE_EFFECT
    with book.database.transaction(actor) as s:
        conventions.change_status(s, version_id, conventions.StatusDecision(
            ConventionStatus.SUSPENDED, date(2026, 5, 1), "12/QĐ-UBND", date(2026, 4, 28)))
    with book.database.reading() as s:
        version = views.show_convention(s, convention_id).shown_version
        with pytest.raises(Exception) as refused:
            conventions.version_in_force(s, convention_id, date(2026, 6, 1))
        assert conventions.version_in_force(s, convention_id, date(2026, 4, 1)).id == version_id
    assert (version.status, version.status_since, version.status_decision_no,
            version.status_decision_date) == (ConventionStatus.SUSPENDED, date(2026, 5, 1),
                                              "12/QĐ-UBND", date(2026, 4, 28))
    assert refused.value.message_id == conventions.SUSPENDED_ON




def test_show_prints_the_decision_that_changed_the_status(capsys, book, book_path, actor,
                                                          convention_id):  # noqa: F811
    with book.database.reading() as s:
        version_id = views.show_convention(s, convention_id).shown_version.id
    with book.database.transaction(actor) as s:
        conventions.change_status(s, version_id, conventions.StatusDecision(
            ConventionStatus.PARTLY_SUSPENDED, date(2026, 5, 1), "12/QĐ-UBND",
            date(2026, 4, 28)))
    encrypt_for_cli(book, book_path)
    code = cli.main(["--lang", "en", "conventions", "show", "tổ dân phố số 5", "--db",
                     str(book_path)])
    out = capsys.readouterr().out
    assert code == 0
    assert "status set by decision 12/QĐ-UBND of 28/04/2026, from 01/05/2026" in out
