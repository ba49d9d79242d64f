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
from tests.documents import page_reading
from tests.documents.checks import assert_fonts_embedded, page_count, page_sizes
from tests.documents.sample_agreement import LONG_NAME
from tests.documents.sample_cases import LONG_TEXT, make_logbook, make_logbook_row

A4_LANDSCAPE = (842, 595)
PageText = Callable[[bytes, int], str]
# the Ministry of Justice template's headings (21 April 2014), word for word (issue #12)
HEADERS = ("STT", "Ngày, tháng, năm nhận vụ, việc hòa giải",
           "Họ và tên hòa giải viên, người được mời tham gia hòa giải (nếu có)",
           "Họ tên, tuổi, địa chỉ các bên, người có quyền, nghĩa vụ liên quan đến vụ, việc hòa "
           "giải (nếu có)",
           "Nội dung chủ yếu của vụ, việc",
           "Thỏa thuận của các bên (hoặc yêu cầu của mỗi bên) sau khi hòa giải",
           "Kết quả hòa giải", "Hòa giải thành", "Hòa giải không thành",
           "Chữ ký (hòa giải viên; người chứng kiến vụ, việc hòa giải; người được mời tham gia "
           "hòa giải (nếu có))", "Ghi chú")
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
    for line in ("SỔ THEO DÕI HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ", "Tỉnh, thành phố: Thành phố Hà Nội",
                 "Huyện/quận: Quận Đống Đa", "Xã/phường: Phường Hòa Bình",
                 "Thôn/tổ dân phố: Tổ dân phố số 7", "Tổ hòa giải: Tổ hòa giải tổ dân phố số 7",
                 "Quyển số: 02", "Mở ngày 01 tháng 01 năm 2026", "Khóa ngày 31 tháng 12 năm 2026"):
        assert line in cover, line


def test_a_volume_with_open_cases_is_not_closed(pdf_page_text: PageText) -> None:
    """Issue #12: the cover said the book was closed on the command's --to, a future day,
    with cases still open. An open volume leaves the closing date to be written by hand."""
    cover = _flat(pdf_page_text(render_logbook(make_logbook(3, closed_on=None)), 1))
    assert "Khóa ngày ..... tháng ..... năm ....." in cover
    assert "Mở ngày 01 tháng 01 năm 2026" in cover


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
    read = page_reading.pages(big)
    for page in pages:
        columns = _header_columns(read[page - 1])
        for index, header in enumerate(HEADERS):
            assert header in columns[index], (page, header, columns[index])
        assert NUMBERS_ROW.search(_layout_text(big, page, tmp_path)), page


def _header_columns(page: page_reading.Page) -> list[str]:
    """The header's words column by column (a long heading wraps inside its own column), in
    the order of HEADERS: columns (1)-(6), "Kết quả hòa giải" over (7)-(8), (7), (8), (9),
    (10). Read by position, since text extraction interleaves wrapped neighbours."""
    from desktop.core.documents.logbook import COLUMN_SHARES

    numbers_top = min(w.top for w in page.words if w.text == "(1)")
    width = page.width - 30 * page_reading.MM - 15 * page_reading.MM
    edges = [30 * page_reading.MM]
    for share in COLUMN_SHARES:
        edges.append(edges[-1] + width * share)
    head = [w for w in page.words if 20 * page_reading.MM < w.top < numbers_top]

    def words_in(left: float, right: float, below: float = 0.0) -> str:
        chosen = [w for w in head if left <= w.x0 < right and w.top >= below]
        return " ".join(w.text for w in sorted(chosen, key=lambda w: (round(w.top), w.x0)))

    result_line = min(w.top for w in head if w.text == "Kết")
    sub = result_line + 5
    found = [words_in(edges[i], edges[i + 1]) for i in range(6)]
    found += [words_in(edges[6], edges[8]),
              words_in(edges[6], edges[7], sub), words_in(edges[7], edges[8], sub),
              words_in(edges[8], edges[9]), words_in(edges[9], edges[10])]
    return found


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
    for line in ("PHẦN II THEO DÕI, TỔNG HỢP CỦA TỔ TRƯỞNG TỔ HÒA GIẢI",
                 "Hòa giải viên tiến hành hòa giải",
                 "Vụ, việc hòa giải chia theo phạm vi hòa giải", "Kết quả hòa giải", "Ghi chú",
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


def test_part_two_is_the_leaders_table_of_the_template(pdf_text: Callable[[bytes], str]) -> None:
    """Issue #12: Part II had no table of its own and no "Ghi chú"; the template's Part II
    lists each case with its mediators, its scope of mediation, its result and notes."""
    rows = (make_logbook_row(1, group="conflict", category="Mâu thuẫn hàng xóm",
                             status=CaseStatus.SUCCESSFUL),
            make_logbook_row(2, group="civil_family", category="Tranh chấp đất đai",
                             status=CaseStatus.IN_PROGRESS))
    text = pdf_text(render_logbook(make_logbook(0, rows=rows)))
    part_two = text[text.index("PHẦN II"):]
    assert "(1) Mâu thuẫn giữa các bên: Mâu thuẫn hàng xóm" in part_two
    assert ("(2) Tranh chấp phát sinh từ quan hệ dân sự, hôn nhân và gia đình: Tranh chấp"
            in part_two)
    for column in ("Hòa giải thành", "Hòa giải không thành", "Đang hòa giải", "Ghi chú",
                   "Vụ, việc số 001/2026", "Vụ, việc số 002/2026"):
        assert column in part_two, column
