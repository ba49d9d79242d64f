"""The logbook: cover, Part I in exactly ten columns on A4 landscape, Part II."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.documents.logbook import render_logbook
from desktop.core.documents.logbook_summary import by_result, tally
from desktop.core.domain.enums import CaseStatus
from tests.documents.checks import assert_fonts_embedded, page_count, page_sizes
from tests.documents.sample_agreement import LONG_NAME
from tests.documents.sample_cases import LONG_TEXT, make_logbook, make_logbook_row

A4_LANDSCAPE = (842, 595)
PageText = Callable[[bytes, int], str]
HEADERS = ("STT", "Ngày, tháng, năm nhận vụ, việc",
           "Họ, tên hòa giải viên; người được mời tham gia hòa giải",
           "Họ, tên, tuổi, địa chỉ của các bên và người có liên quan",
           "Nội dung chính của vụ, việc", "Thỏa thuận của các bên hoặc yêu cầu của mỗi bên",
           "Kết quả hòa giải", "Thành", "Không thành",
           "Chữ ký của hòa giải viên, người chứng kiến, người được mời", "Ghi chú")
NUMBERS_ROW = re.compile(r"\(1\)\s+\(2\)\s+\(3\)\s+\(4\)\s+\(5\)\s+\(6\)\s+\(7\)\s+\(8\)\s+"
                         r"\(9\)\s+\(10\)")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _layout_text(pdf: bytes, page: int, tmp_path: Path) -> str:
    path = tmp_path / "layout.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-f", str(page), "-l",
                           str(page), str(path), "-"], check=True, capture_output=True)
    return done.stdout.decode("utf-8")


@pytest.fixture(scope="module")
def big() -> bytes:
    return render_logbook(make_logbook(300))


def _part_one_pages(pdf: bytes, page_text: PageText) -> range:
    last = next(p for p in range(2, page_count(pdf) + 1) if "PHẦN II" in page_text(pdf, p))
    return range(2, last)


def test_cover(pdf_page_text: PageText) -> None:
    cover = _flat(pdf_page_text(render_logbook(make_logbook(3)), 1))
    for line in ("SỔ THEO DÕI HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ", "Tỉnh/thành phố: Thành phố Hà Nội",
                 "Huyện/quận (trước đây): Quận Đống Đa", "Xã/phường/đặc khu: Phường Hòa Bình",
                 "Thôn/tổ dân phố: Tổ dân phố số 7", "Tổ hòa giải: Tổ hòa giải tổ dân phố số 7",
                 "Quyển số: 02", "Mở sổ ngày: 01/01/2026", "Khóa sổ ngày: 31/12/2026"):
        assert line in cover


def test_a4_landscape_fonts_embedded(big: bytes,
                                     pdf_fonts: Callable[[bytes], list[list[str]]]) -> None:
    assert page_sizes(big) == {A4_LANDSCAPE}
    assert_fonts_embedded(pdf_fonts(big))


def test_300_cases_keep_every_row(big: bytes, pdf_text: Callable[[bytes], str]) -> None:
    text = pdf_text(big)
    for index in range(1, 301):
        assert f"Vụ, việc số {index:03d}/2026" in text, index
        assert f"Tranh chấp lối đi chung số {index}." in text, index


def test_column_headers_on_every_page_in_order(big: bytes, pdf_page_text: PageText,
                                               tmp_path: Path) -> None:
    pages = _part_one_pages(big, pdf_page_text)
    assert len(pages) > 10
    for page in pages:
        text = _flat(pdf_page_text(big, page))
        for header in HEADERS:
            assert header in text, (page, header)
        assert NUMBERS_ROW.search(_layout_text(big, page, tmp_path)), page


def test_results_are_marked_in_their_columns(pdf_page_text: PageText, tmp_path: Path) -> None:
    rows = (make_logbook_row(1, status=CaseStatus.SUCCESSFUL),
            make_logbook_row(2, status=CaseStatus.UNSUCCESSFUL))
    pdf = render_logbook(make_logbook(0, rows=rows))
    layout = _layout_text(pdf, 2, tmp_path)
    numbers = next(line for line in layout.splitlines() if "(7)" in line)
    column_7, column_8 = numbers.index("(7)"), numbers.index("(8)")
    marks = [line.index(" x ") + 1 for line in layout.splitlines() if " x " in line]
    assert len(marks) == 2
    assert abs(marks[0] - column_7) < abs(marks[0] - column_8)
    assert abs(marks[1] - column_8) < abs(marks[1] - column_7)


def test_long_text_and_names_wrap_whole(pdf_text: Callable[[bytes], str]) -> None:
    row = make_logbook_row(1, content=LONG_TEXT, agreement=LONG_TEXT)
    text = pdf_text(render_logbook(make_logbook(0, rows=(row,))))
    assert text.count("HẾT.") == 2
    assert text.count("giữ nguyên") == 2 * LONG_TEXT.count("giữ nguyên")
    assert LONG_NAME in text


def test_part_two_summary(pdf_text: Callable[[bytes], str]) -> None:
    text = pdf_text(render_logbook(make_logbook(12)))
    for line in ("PHẦN II. TỔNG HỢP CỦA TỔ TRƯỞNG TỔ HÒA GIẢI",
                 "Từ ngày 01/01/2026 đến ngày 31/12/2026", "1. Theo hòa giải viên",
                 "2. Theo loại vụ, việc", "3. Theo kết quả hòa giải", "Tranh chấp đất đai",
                 "Tổng số vụ, việc tiếp nhận 12 100,0%", "Hòa giải thành 3 25,0%",
                 "TỔ TRƯỞNG TỔ HÒA GIẢI", "Đặng Văn Đức"):
        assert line in text


def test_tallies() -> None:
    rows = [make_logbook_row(i) for i in range(1, 13)]
    assert by_result(rows)[CaseStatus.SUCCESSFUL] == 3
    by_kind = tally(rows, "category")
    assert sum(by_kind["Tranh chấp đất đai"].values()) == 6
    assert sum(sum(c.values()) for c in tally(rows, "mediators").values()) == 12


def test_an_empty_period(pdf_text: Callable[[bytes], str]) -> None:
    text = pdf_text(render_logbook(make_logbook(0)))
    assert "Không có vụ, việc nào được tiếp nhận trong thời gian này." in text
