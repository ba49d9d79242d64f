"""``hoagiai statistics`` and ``hoagiai demo --ward`` from the command line, and the report
documents they write (PDF read back as text, fonts and page size; CSV with its BOM)."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from desktop.cli.main import main
from desktop.core.db.models import JournalEntry
from desktop.core.db.models_statistics import StatisticsSubmission
from desktop.core.services.workspace import book as workspace

YEAR = ["--from", "2025-01-01", "--to", "2025-12-31"]


OFFICER = workspace.Credentials("canbo", "hoagiai-demo")


@pytest.fixture(scope="session")
def encrypted_ward(tmp_path_factory):
    """The ward demo as the command line makes it: encrypted, with the ward's accounts."""
    path = tmp_path_factory.mktemp("ward-cli") / "ward.sqlite"
    assert main(["demo", "--db", str(path), "--ward"]) == 0
    return path


@pytest.fixture
def ward_file(tmp_path, encrypted_ward, monkeypatch):
    path = tmp_path / "ward.sqlite"
    for source in encrypted_ward.parent.iterdir():
        shutil.copyfile(source, path.with_name(source.name))
    monkeypatch.setenv("HOAGIAI_USER", OFFICER.username)
    monkeypatch.setenv("HOAGIAI_PASSWORD", OFFICER.password)
    return path


def _count(path, model):
    book = workspace.login(path, OFFICER)
    try:
        with book.database.reading() as session:
            return session.scalar(select(func.count()).select_from(model))
    finally:
        book.database.dispose()


def test_the_report_printed_as_tables(ward_file, capsys):
    assert main(["statistics", "--db", str(ward_file), *YEAR]) == 0
    out = capsys.readouterr().out
    assert "Báo cáo thống kê hòa giải ở cơ sở: Năm 2025" in out
    assert "Tổ hòa giải tổ dân phố số 8" in out and "Tổng cộng" in out
    assert "Hòa giải thành" in out and "Thù lao (đồng)" in out


def test_pdf_report(ward_file, tmp_path, capsys):
    target = tmp_path / "report.pdf"
    assert main(["statistics", "--db", str(ward_file), *YEAR, "-o", str(target)]) == 0
    reader = PdfReader(target)
    page = reader.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "BÁO CÁO THỐNG KÊ KẾT QUẢ HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ" in text
    assert "ỦY BAN NHÂN DÂN PHƯỜNG YÊN HÒA" in text
    assert "Người lập biểu".upper() in text
    assert reader.metadata.title.startswith("Báo cáo thống kê")
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True).stdout
    assert "Helvetica" not in fonts and "LiberationSerif" in fonts


def test_csv_report_opens_in_excel(ward_file, tmp_path):
    target = tmp_path / "report.csv"
    assert main(["statistics", "--db", str(ward_file), *YEAR, "-o", str(target)]) == 0
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    totals = next(r for r in rows if r and r[0] == "Tổng cộng")
    header = next(r for r in rows if r and r[0] == "Tổ hòa giải")
    assert totals[header.index("Hòa giải thành")].isdigit()


def test_one_team(ward_file, capsys):
    assert main(["statistics", "--db", str(ward_file), *YEAR, "--team", "số 2"]) == 0
    out = capsys.readouterr().out
    assert "tổ dân phố số 2" in out and "tổ dân phố số 8" not in out


def _submission_entries(path):
    book = workspace.login(path, OFFICER)
    try:
        with book.database.reading() as session:
            return session.execute(select(JournalEntry.op, JournalEntry.author).where(
                JournalEntry.entity == "statistics_submissions")).all()
    finally:
        book.database.dispose()


def test_submit_locks_and_is_journaled(ward_file, capsys):
    assert main(["statistics", "--db", str(ward_file), *YEAR, "--submit"]) == 0
    assert "đã được khóa" in capsys.readouterr().out
    assert _count(ward_file, StatisticsSubmission) == 1
    assert [tuple(e) for e in _submission_entries(ward_file)] == [("insert", "canbo")]
    assert main(["statistics", "--db", str(ward_file), *YEAR, "--submit"]) == 1
    assert "đã được gửi" in capsys.readouterr().err
    assert _count(ward_file, StatisticsSubmission) == 1


@pytest.mark.parametrize(("arguments", "message"), [
    (["--from", "2025-12-31", "--to", "2025-01-01"], "trước ngày đầu kỳ"),
    ([*YEAR, "-o", "report.docx"], ".pdf hoặc .csv"),
    ([*YEAR, "--team", "Không có tổ này"], "Không tìm thấy đúng một tổ"),
    ([*YEAR, "--team", "số 2", "--submit"], "toàn phường"),
])
def test_bad_input_is_refused_and_nothing_changes(ward_file, tmp_path, capsys, arguments,
                                                   message, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = ward_file.read_bytes()
    assert main(["statistics", "--db", str(ward_file), *arguments]) == 1
    assert message in capsys.readouterr().err
    assert _count(ward_file, StatisticsSubmission) == 0
    assert not (tmp_path / "report.docx").exists()
    assert len(ward_file.read_bytes()) == len(before)


def test_demo_ward_refuses_to_overwrite(ward_file, capsys):
    assert main(["demo", "--db", str(ward_file), "--ward"]) == 1
    assert "--force" in capsys.readouterr().err


def test_the_ward_administrator_submits_too(ward_file, monkeypatch):
    """Both ward roles may submit (the other roles are refused: test_ward_report)."""
    monkeypatch.setenv("HOAGIAI_USER", "quantri")
    assert main(["statistics", "--db", str(ward_file), *YEAR, "--submit"]) == 0
    assert _count(ward_file, StatisticsSubmission) == 1
