"""The court-recognition guidance sheet and its 6-month deadline."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

import pytest

from desktop.core.documents.guidance import (
    court_on,
    default_court,
    is_current_court_era,
    render_guidance,
)
from desktop.core.domain.deadlines import (
    court_recognition_deadline,
    court_recognition_window_end,
    months_later,
)
from desktop.core.domain.holidays import shipped_holidays
from tests.documents.checks import A4_PORTRAIT, assert_fonts_embedded, page_sizes
from tests.documents.sample_agreement import LONG_NAME
from tests.documents.sample_cases import make_guidance

TextOf = Callable[[bytes], str]


@pytest.mark.parametrize(("reached", "deadline"), [
    (date(2026, 3, 5), date(2026, 9, 5)),  # same day six months later
    (date(2026, 8, 31), date(2027, 2, 28)),  # no 31 February: the last day of February
    (date(2027, 8, 31), date(2028, 2, 29)),  # leap year
    (date(2026, 12, 31), date(2027, 6, 30)),  # across the year, 30-day month
    (date(2026, 7, 15), date(2027, 1, 15)),
    (date(2026, 2, 28), date(2026, 8, 28)),
])
def test_court_recognition_deadline(reached: date, deadline: date) -> None:
    assert court_recognition_deadline(reached) == deadline


def test_months_later_handles_whole_years() -> None:
    assert months_later(date(2026, 1, 31), 12) == date(2027, 1, 31)
    assert months_later(date(2026, 1, 31), 1) == date(2026, 2, 28)


@pytest.fixture
def pdf() -> bytes:
    return render_guidance(make_guidance())


@pytest.fixture
def text(pdf: bytes, pdf_text: TextOf) -> str:
    return pdf_text(pdf)


def test_title_parties_court_deadline(text: str) -> None:
    for line in ("HƯỚNG DẪN YÊU CẦU TÒA ÁN CÔNG NHẬN KẾT QUẢ HÒA GIẢI THÀNH NGOÀI TÒA ÁN",
                 "Số: 03/2026/HD-CN", "Vào ngày 31 tháng 8 năm 2026",
                 "- Bà Nguyễn Thị Hồng Nhung", f"- Ông {LONG_NAME}",
                 "Đơn yêu cầu gửi đến: Tòa án nhân dân khu vực 1 - Hà Nội.",
                 "06 tháng kể từ ngày các bên đạt được thỏa thuận hòa giải thành (31/08/2026), "
                 "tức là chậm nhất ngày 28/02/2027."):
        assert line in text
    assert "đã hết" not in text


def test_conditions_and_what_to_bring(text: str) -> None:
    for words in ("năng lực hành vi dân sự đầy đủ", "phải được người thứ ba đồng ý",
                  "hoàn toàn tự nguyện", "Bản chính văn bản hòa giải thành",
                  "Căn cước hoặc giấy tờ tùy thân", "Tên tổ hòa giải: Tổ hòa giải tổ dân phố số 7",
                  "Địa chỉ: Nhà văn hóa tổ dân phố số 7"):
        assert words in text


def test_never_claims_enforceability(text: str) -> None:
    assert "không phải là bản án, quyết định của Tòa án" in text
    for claim in ("hiệu lực thi hành", "bắt buộc thi hành", "có hiệu lực như bản án"):
        assert claim not in text


def test_a_passed_deadline_is_said(pdf_text: TextOf) -> None:
    text = pdf_text(render_guidance(make_guidance(issued_on=date(2027, 3, 1))))
    assert "thời hạn nêu trên đã hết" in text


def test_default_court_text() -> None:
    assert default_court() == "Tòa án nhân dân khu vực có thẩm quyền"


def test_a4_portrait_fonts_embedded(pdf: bytes, pdf_fonts: Callable[[bytes], list[list[str]]],
                                    ) -> None:
    assert page_sizes(pdf) == {A4_PORTRAIT}
    assert_fonts_embedded(pdf_fonts(pdf))


def test_an_open_window_is_never_said_closed(pdf_text: TextOf) -> None:
    """Issue #12: an agreement of 31/08/2025 printed on 01/03/2026 runs to Monday 02/03/2026
    (28/02 is a Saturday, Civil Code Art. 148); the sheet said "thời hạn đã hết"."""
    reached = date(2025, 8, 31)
    end = court_recognition_window_end(reached, shipped_holidays())
    doc = make_guidance(reached_on=reached, deadline=end, issued_on=date(2026, 3, 1),
                        corresponding_day=court_recognition_deadline(reached))
    text = pdf_text(render_guidance(doc))
    assert "tức là chậm nhất ngày 02/03/2026" in text
    assert "Ngày 28/02/2026 là ngày nghỉ cuối tuần hoặc ngày nghỉ lễ" in text
    assert "Điều 148 Bộ luật Dân sự năm 2015" in text
    assert "đã hết" not in text
    later = pdf_text(render_guidance(dataclasses.replace(doc, issued_on=date(2026, 3, 3))))
    assert "thời hạn nêu trên đã hết" in later


@pytest.mark.parametrize(("on", "court"), [
    (date(2025, 6, 30), "Tòa án nhân dân cấp huyện có thẩm quyền"),
    (date(2025, 7, 1), "Tòa án nhân dân khu vực có thẩm quyền"),
    (date(2024, 1, 5), "Tòa án nhân dân cấp huyện có thẩm quyền"),
])
def test_the_court_is_named_as_on_the_sheets_date(on: date, court: str) -> None:
    assert court_on(on) == court
    assert is_current_court_era(on) is (on >= date(2025, 7, 1))
