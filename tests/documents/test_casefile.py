"""The case file summary, read back with poppler."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.core.documents.casefile import render_casefile
from tests.documents.checks import A4_PORTRAIT, assert_fonts_embedded, page_sizes
from tests.documents.sample_agreement import KHANG, LONG_NAME, SUMMARY_PARAGRAPHS
from tests.documents.sample_cases import HEARING, LONG_TEXT, make_casefile

TextOf = Callable[[bytes], str]


@pytest.fixture
def pdf() -> bytes:
    return render_casefile(make_casefile())


@pytest.fixture
def text(pdf: bytes, pdf_text: TextOf) -> str:
    return pdf_text(pdf)


def test_header_and_details(text: str) -> None:
    for line in ("TÓM TẮT HỒ SƠ VỤ, VIỆC HÒA GIẢI", "Số: 03/2026/HS",
                 "Vụ, việc số 03/2026: Tranh chấp lối đi chung tại ngõ 42 phố Hòa Bình",
                 "Phường Hòa Bình, ngày 02 tháng 4 năm 2026", "theo phiên bản 7 của hồ sơ",
                 "Ngày tiếp nhận: 23/02/2026", "Ngày phát sinh: 20/02/2026",
                 "Loại vụ, việc: Tranh chấp về lối đi chung",
                 "Căn cứ tiến hành hòa giải: theo yêu cầu của một bên hoặc các bên",
                 "Thuộc phạm vi hòa giải ở cơ sở: Có", "Tình trạng: Hòa giải thành",
                 "Ngày kết thúc: 05/03/2026"):
        assert line in text


def test_people_positions_and_matter(text: str) -> None:
    assert f"Bên thứ hai: Ông {LONG_NAME}" in text
    assert f"Số định danh cá nhân/CCCD: {KHANG.citizen_id}" in text
    assert " ".join(LONG_TEXT.split()) in text
    for paragraph in SUMMARY_PARAGRAPHS:
        assert paragraph in text


def test_mediators_and_conflicts(text: str) -> None:
    assert "1. Đặng Văn Đức: do tổ trưởng phân công, ngày phân công 24/02/2026" in text
    assert ("2. Vũ Thị Lan: do các bên lựa chọn, ngày phân công 24/02/2026; thôi phân công "
            "ngày 26/02/2026 (lý do: Khai báo có quan hệ họ hàng với một bên)") in text
    assert "1. Vũ Thị Lan, khai báo ngày 26/02/2026: Là em họ của bà Nhung" in text


def test_hearings_outcome_and_follow_up(text: str) -> None:
    assert "Buổi hòa giải thứ 1: vào lúc 08 giờ 30 phút" in text
    assert f"Người tham dự: Nguyễn Thị Hồng Nhung, {LONG_NAME}, Đặng Văn Đức" in text
    assert HEARING.course in text
    assert "Kết quả: Hòa giải thành" in text
    assert "Ngày các bên đạt được thỏa thuận: 05/03/2026" in text
    for words in ("Tình hình thực hiện", "Thực hiện một phần: Đã tháo một nửa",
                  "Đã thực hiện", "31/03/2026", "không ấn định"):
        assert words in text


def test_an_open_case(pdf_text: TextOf) -> None:
    text = pdf_text(render_casefile(make_casefile(outcome=None, reached_on=None, terms=(),
                                                  conflicts=())))
    assert "Vụ, việc đang được hòa giải, chưa kết thúc." in text
    assert "Không có." in text


def test_a4_portrait_fonts_embedded(pdf: bytes, pdf_fonts: Callable[[bytes], list[list[str]]],
                                    ) -> None:
    assert page_sizes(pdf) == {A4_PORTRAIT}
    assert_fonts_embedded(pdf_fonts(pdf))


def test_the_teams_archive_keeps_the_phone_numbers(text: str) -> None:
    """The case file is the team's own: phones kept; the parties' copies leave them out."""
    assert "Số điện thoại: 0912 345 678" in text


def test_a_term_past_its_time_and_not_kept_reads_overdue(pdf_text: TextOf) -> None:
    """Issue #12: a term past its date still read "Chưa đến hạn / đang theo dõi" in the case
    file while the ward report counted it overdue. The status is computed for the print day."""
    import dataclasses

    from desktop.core.domain.enums import FollowUpStatus
    from tests.documents.sample_cases import make_casefile

    doc = make_casefile()
    term = dataclasses.replace(doc.terms[0], status=FollowUpStatus.PENDING, overdue=True)
    text = pdf_text(render_casefile(dataclasses.replace(doc, terms=(term,))))
    assert "Quá hạn: chưa ghi nhận kết quả thực hiện" in text
    assert "Chưa đến hạn" not in text
