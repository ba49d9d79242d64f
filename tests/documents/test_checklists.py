"""A checklist per document (issue #12, item 10): each printed from the demo book through the
command line, read back with pdftotext, must hold every item its rule requires and none of the
defects the audit found. The rule behind each item is named beside it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import main as cli
from tests.conftest import raw_connect

pytestmark = pytest.mark.usefixtures("demo_login")  # the demo book's leader

TextOf = Callable[[bytes], str]
HEADER = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số:",
          "Mã xác minh:")  # Decree 30 header; the verification footer
NEVER = ("Ngày ngày", "điểm b khoản 1 Điều 23", "điểm c khoản 1 Điều 23",
         "15/2014/NĐ-CP", "chưa gửi", "có hiệu lực như bản án", "bắt buộc thi hành")


def _case(book: Path, where: str) -> str:
    with raw_connect(book) as db:
        row = db.execute(f"SELECT seq, year FROM cases WHERE {where} ORDER BY year, seq"
                         ).fetchone()
    assert row, where
    return f"{row[0]:02d}/{row[1]}"


def _print(book: Path, out: Path, pdf_text: TextOf, *args: str) -> str:
    assert cli.main(["print", *args, "--db", str(book), "-o", str(out)]) == 0
    return pdf_text(out.read_bytes())


def _check(text: str, required: tuple[str, ...], never: tuple[str, ...] = (),
           header: tuple[str, ...] = HEADER) -> None:
    missing = [item for item in (*header, *required) if item not in text]
    present = [item for item in (*NEVER, *never) if item in text]
    assert not missing and not present, (missing, present)


def test_written_agreement(demo_book: Path, tmp_path: Path, pdf_text: TextOf) -> None:
    number = _case(demo_book, "status = 'successful'")
    text = _print(demo_book, tmp_path / "a.pdf", pdf_text, "agreement", number)
    _check(text, (
        "VĂN BẢN HÒA GIẢI THÀNH", f"Số: {number}/VBHGT",
        "Căn cứ tiến hành hòa giải",  # Art. 24: grounds for mediating
        "Tên tổ hòa giải:", "Địa chỉ:",  # the team, for the court's request (Art. 417)
        "Bên thứ nhất:", "Số định danh cá nhân/CCCD",  # each party's full identity
        "Nội dung chính của vụ, việc", "Diễn biến của quá trình hòa giải",
        "Nội dung các bên đã thỏa thuận", "Phương thức thực hiện:", "Thời hạn thực hiện:",
        "Ngày các bên đạt được thỏa thuận hòa giải thành:",  # the court window counts from it
        "Tòa án nhân dân", "BÊN THỨ NHẤT", "HÒA GIẢI VIÊN",
        "(Ký, ghi rõ họ tên hoặc điểm chỉ)", "Điểm chỉ"),  # signatures or fingerprints
        never=("Số điện thoại", "cam kết tự nguyện thực hiện đầy đủ"))  # Art. 4; said once
    assert text.count("(Ký, ghi rõ họ tên hoặc điểm chỉ)") == text.count("Điểm chỉ")


def test_unsuccessful_record(demo_book: Path, tmp_path: Path, pdf_text: TextOf) -> None:
    number = _case(demo_book, "status = 'unsuccessful'")
    text = _print(demo_book, tmp_path / "u.pdf", pdf_text, "unsuccessful", number)
    _check(text, ("BIÊN BẢN HÒA GIẢI KHÔNG THÀNH", "Ý kiến, yêu cầu của các bên",
                  "Lý do kết thúc hòa giải", "Điều 23 Luật Hòa giải ở cơ sở",
                  "Hướng dẫn các bên", "BÊN THỨ NHẤT"),
           never=("Số điện thoại",))
    assert re.search(r"\(khoản [23] Điều 23 Luật Hòa giải ở cơ sở\)", text)


def test_hearing_minutes(demo_book: Path, tmp_path: Path, pdf_text: TextOf) -> None:
    with raw_connect(demo_book) as db:
        seq, year = db.execute("SELECT c.seq, c.year FROM cases c JOIN hearings h ON "
                               "h.case_id = c.id WHERE h.planned = 0 ORDER BY c.year, c.seq"
                               ).fetchone()
    text = _print(demo_book, tmp_path / "m.pdf", pdf_text, "minutes", f"{seq:02d}/{year}")
    _check(text, ("BIÊN BẢN BUỔI HÒA GIẢI", "Thời gian, địa điểm, hình thức",
                  "Thành phần tham dự", "Diễn biến buổi hòa giải", "Kết quả buổi hòa giải",
                  "HÒA GIẢI VIÊN"))
    assert re.search(r"\((Bên tranh chấp|Bên mâu thuẫn|Bên có liên quan đến vụ, việc)\)", text)


def test_invitation_of_a_sensitive_case(demo_book: Path, tmp_path: Path,
                                        pdf_text: TextOf) -> None:
    with raw_connect(demo_book) as db:
        seq, year, title = db.execute(
            "SELECT c.seq, c.year, c.title FROM cases c JOIN hearings h ON h.case_id = c.id "
            "WHERE c.sensitive = 1 ORDER BY c.year, c.seq").fetchone()
    number = f"{seq:02d}/{year}"
    text = _print(demo_book, tmp_path / "i.pdf", pdf_text, "invitation", number)
    _check(text, ("GIẤY MỜI", "Thời gian:", "Địa điểm:", "Với tư cách:",
                  f"vụ, việc số {number} (buổi hòa giải thứ 1)"),
           never=(title,))  # Art. 4: a sensitive case's title never on an invitation


def test_guidance_sheet(demo_book: Path, tmp_path: Path, pdf_text: TextOf) -> None:
    number = _case(demo_book, "status = 'successful'")
    text = _print(demo_book, tmp_path / "g.pdf", pdf_text, "guidance", number)
    _check(text, ("HƯỚNG DẪN YÊU CẦU TÒA ÁN CÔNG NHẬN", "Đơn yêu cầu gửi đến: Tòa án nhân dân",
                  "06 tháng kể từ ngày các bên đạt được thỏa thuận", "tức là chậm nhất ngày",
                  "người thứ ba", "không phải là bản án, quyết định của Tòa án"))


def test_case_file_says_overdue(demo_book: Path, tmp_path: Path, pdf_text: TextOf) -> None:
    """A term past its time and not kept reads "quá hạn", as the ward report counts it."""
    number = _case(demo_book, "id IN (SELECT a.case_id FROM agreements a JOIN agreement_terms t"
                              " ON t.agreement_id = a.id WHERE t.follow_up_status != 'implemented'"
                              " AND t.deadline < date('now', '-10 days'))")
    text = _print(demo_book, tmp_path / "c.pdf", pdf_text, "casefile", number)
    _check(text, ("Quá hạn:",))


def test_logbook(demo_book: Path, tmp_path: Path, pdf_text: TextOf) -> None:
    text = _print(demo_book, tmp_path / "l.pdf", pdf_text, "logbook", "--from", "2026-01-01",
                  "--to", "2026-12-31")
    _check(text, (
        "SỔ THEO DÕI HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ", "Mở ngày", "Khóa ngày ..... tháng",
        "PHẦN I GHI CHÉP CỦA HÒA GIẢI VIÊN", "Nội dung chủ yếu của vụ, việc",
        "PHẦN II THEO DÕI, TỔNG HỢP CỦA TỔ TRƯỞNG TỔ HÒA GIẢI",
        "Hòa giải viên tiến hành hòa giải", "Vụ, việc hòa giải chia theo phạm vi hòa giải",
        "Ghi chú"),
        never=("Khóa ngày 31 tháng 12 năm 2026",),  # open cases: not closed on --to
        header=HEADER[:2] + HEADER[3:])  # a book has no number


def test_remuneration_request(demo_book: Path, tmp_path: Path, pdf_text: TextOf) -> None:
    with raw_connect(demo_book) as db:
        (name,) = db.execute("SELECT m.full_name FROM mediators m JOIN mediator_assignments a "
                             "ON a.mediator_id = m.id JOIN cases c ON c.id = a.case_id WHERE "
                             "c.status IN ('successful', 'unsuccessful') GROUP BY m.id "
                             "ORDER BY count(*) DESC").fetchone()
    text = _print(demo_book, tmp_path / "r.pdf", pdf_text, "remuneration", "--from",
                  "2025-01-01", "--to", "2025-12-31", "--mediator", name)
    _check(text, ("GIẤY ĐỀ NGHỊ THANH TOÁN THÙ LAO CHO HÒA GIẢI VIÊN",
                  "Kính gửi: Ủy ban nhân dân phường", "Thông tư liên tịch số 100/2014",
                  f"Họ và tên: {name}", "Tên tổ hòa giải:", "(Viết bằng chữ:",
                  "Mỗi vụ, việc chỉ được đề nghị thanh toán thù lao một lần",
                  "NGƯỜI ĐỀ NGHỊ", "XÁC NHẬN CỦA TỔ TRƯỞNG TỔ HÒA GIẢI"),
           never=("Ủy ban nhân dân Phường",))
    assert re.search(r"Số: \d\d/\d{4}/ĐN-TL", text)


def test_team_statistics_report(demo_book: Path, tmp_path: Path, pdf_text: TextOf) -> None:
    out = tmp_path / "s.pdf"
    assert cli.main(["statistics", "--from", "2026-01-01", "--to", "2026-06-30",
                     "--db", str(demo_book), "-o", str(out)]) == 0
    text = pdf_text(out.read_bytes())
    _check(text, (
        "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ", "Số: ......./BC-THG",
        "Kính gửi: Ủy ban nhân dân phường", "Đơn vị báo cáo: Tổ hòa giải",
        "Kỳ báo cáo:", "Đơn vị tính:", "TỔ TRƯỞNG TỔ HÒA GIẢI", "Nơi nhận:",
        "mỗi vụ, việc tính một lần cho tổ hòa giải"),
        never=("BC-UBND", "TM. ỦY BAN NHÂN DÂN", "Đang hòa giải quá"),
        header=HEADER[:3])  # a report is not issued under a verification code
