"""Checklists for the documents tests/documents/test_checklists.py does not cover (issue #12,
item 10): the ward's statistics report, the convention review, the weekly agenda, the recovery
sheet, the key recovery sheet and the personal data export, each printed from a demo book
through the command line and read back with pdftotext; and the unsuccessful record of a case a
party asked to stop names that party (Art. 23(2))."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import main as cli
from tests.conftest import raw_connect
from tests.documents.test_checklists import HEADER, _check

pytestmark = pytest.mark.usefixtures("demo_login")  # the demo book's leader

TextOf = Callable[[bytes], str]
NATIONAL = HEADER[:2]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("more") / "demo.sqlite"
    assert cli.main(["demo", "--db", str(path)]) == 0  # also writes its recovery sheet
    return path


def _run(out: Path, pdf_text: TextOf, *args: str) -> str:
    assert cli.main([*args, "-o", str(out)]) == 0
    return pdf_text(out.read_bytes())


def test_unsuccessful_record_names_who_asked_to_stop(demo: Path, tmp_path: Path,
                                                     pdf_text: TextOf) -> None:
    with raw_connect(demo) as db:
        seq, year, name = db.execute(
            "SELECT c.seq, c.year, o.stop_requested_by FROM cases c JOIN outcomes o "
            "ON o.case_id = c.id WHERE o.kind = 'party_asked_to_stop' ORDER BY c.year, c.seq"
        ).fetchone()
    assert name
    text = _run(tmp_path / "u.pdf", pdf_text, "print", "unsuccessful", f"{seq:02d}/{year}",
                "--db", str(demo))
    _check(text, (f"{name} yêu cầu chấm dứt hòa giải (khoản 2 Điều 23 Luật Hòa giải ở cơ sở)",),
           never=("(ghi rõ bên yêu cầu)",))


def test_convention_review(demo: Path, tmp_path: Path, pdf_text: TextOf) -> None:
    with raw_connect(demo) as db:
        (title,) = db.execute("SELECT title FROM conventions ORDER BY title").fetchone()
    text = _run(tmp_path / "c.pdf", pdf_text, "conventions", "review", title, "--from",
                "2026-01-01", "--to", "2026-12-31", "--db", str(demo))
    _check(text, ("BÁO CÁO TÌNH HÌNH VẬN DỤNG HƯƠNG ƯỚC, QUY ƯỚC", "Quyết định công nhận",
                  "Các điều chưa được viện dẫn", "không phải là văn bản quy phạm pháp luật",
                  "TỔ TRƯỞNG TỔ HÒA GIẢI"), header=(*NATIONAL, "Số:"))


def test_weekly_agenda(demo: Path, tmp_path: Path, pdf_text: TextOf) -> None:
    text = _run(tmp_path / "g.pdf", pdf_text, "calendar", "agenda", "--db", str(demo),
                "--from", "2026-11-16")
    _check(text, ("LỊCH HÒA GIẢI", "Tuần từ 16/11/2026 đến 22/11/2026", "Ngày", "Giờ",
                  "Địa điểm", "Hòa giải viên", "TỔ TRƯỞNG"), header=NATIONAL)


def test_recovery_sheet(demo: Path, pdf_text: TextOf) -> None:
    text = pdf_text((demo.parent / "demo-recovery-sheet.pdf").read_bytes())
    _check(text, ("PHIẾU KHÔI PHỤC QUYỀN TRUY CẬP SỔ HÒA GIẢI", "Mã khôi phục",
                  "Quên mật khẩu?", "NGƯỜI GIỮ PHIẾU"), header=NATIONAL)


def test_key_recovery_sheet(demo: Path, tmp_path: Path, pdf_text: TextOf) -> None:
    assert cli.main(["keys", "create", "--db", str(demo)]) == 0
    text = _run(tmp_path / "k.pdf", pdf_text, "keys", "sheet", "--db", str(demo))
    _check(text, ("PHIẾU KHÔI PHỤC KHÓA TRAO ĐỔI DỮ LIỆU", "Mã khôi phục",
                  "Dấu nhận dạng khóa", "Cách khôi phục", "Lưu ý bảo quản",
                  "NGƯỜI GIỮ PHIẾU"), header=(*NATIONAL, "Số:"))


def test_personal_data_export(demo: Path, tmp_path: Path, pdf_text: TextOf) -> None:
    with raw_connect(demo) as db:
        (name,) = db.execute("SELECT full_name FROM persons ORDER BY full_name").fetchone()
    text = _run(tmp_path / "p.pdf", pdf_text, "persons", "export", name, "--db", str(demo))
    _check(text, ("THÔNG TIN CÁ NHÂN ĐANG ĐƯỢC LƯU GIỮ", f"Họ và tên: {name}",
                  "Thông tin nhận dạng", "Quyền của người có dữ liệu cá nhân",  # Law 91/2025
                  "TỔ TRƯỞNG TỔ HÒA GIẢI"), header=(*NATIONAL, "Số:"))


def test_ward_statistics_report(tmp_path: Path, pdf_text: TextOf,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    ward = tmp_path / "ward.sqlite"
    assert cli.main(["demo", "--ward", "--db", str(ward)]) == 0
    monkeypatch.setenv("HOAGIAI_USER", "canbo")
    text = _run(tmp_path / "w.pdf", pdf_text, "statistics", "--from", "2026-01-01", "--to",
                "2026-06-30", "--db", str(ward))
    _check(text, ("BÁO CÁO THỐNG KÊ KẾT QUẢ HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ", "Biểu mẫu:",
                  "Đơn vị báo cáo: Ủy ban nhân dân phường", "Đơn vị nhận báo cáo:",
                  "Kỳ báo cáo:", "Đơn vị tính:", "Tổng cộng", "NGƯỜI LẬP BIỂU",
                  "NGƯỜI KIỂM TRA", "TM. ỦY BAN NHÂN DÂN", "Nơi nhận:"),
           never=("Đang hòa giải quá",), header=(*NATIONAL, "Số:"))
