"""The record of unsuccessful mediation, read back with poppler."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.core.documents.unsuccessful import render_unsuccessful
from desktop.core.domain.enums import OutcomeKind
from tests.documents.checks import A4_PORTRAIT, assert_fonts_embedded, page_sizes
from tests.documents.sample_agreement import KHANG, LONG_NAME, NHUNG
from tests.documents.sample_cases import GUIDANCE, LONG_TEXT, make_unsuccessful

TextOf = Callable[[bytes], str]


@pytest.fixture
def pdf() -> bytes:
    return render_unsuccessful(make_unsuccessful())


@pytest.fixture
def text(pdf: bytes, pdf_text: TextOf) -> str:
    return pdf_text(pdf)


def test_header_and_title(text: str) -> None:
    for line in ("PHƯỜNG HÒA BÌNH", "TỔ HÒA GIẢI TỔ DÂN PHỐ SỐ 7", "Số: 03/2026/BB-HGKT",
                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Phường Hòa Bình, ngày 05 tháng 3 năm 2026",
                 "BIÊN BẢN HÒA GIẢI KHÔNG THÀNH",
                 "Về việc: Tranh chấp lối đi chung tại ngõ 42 phố Hòa Bình"):
        assert line in text


def test_parties_with_identity(text: str) -> None:
    assert "Bên thứ nhất: Bà Nguyễn Thị Hồng Nhung" in text
    assert f"Bên thứ hai: Ông {LONG_NAME}" in text
    for person in (NHUNG, KHANG):
        assert f"Số định danh cá nhân/CCCD: {person.citizen_id}" in text
        assert f"Địa chỉ: {person.address}" in text
    assert "Người có quyền lợi, nghĩa vụ liên quan: 1. Bà Trần Thị Mai" in text


def test_each_side_position_whole(text: str) -> None:
    assert "Ý kiến, yêu cầu của các bên" in text
    assert " ".join(LONG_TEXT.split()) in text
    assert "Ông Khang không đồng ý tháo dỡ mái tôn." in text


def test_matter_hearings_and_guidance(text: str) -> None:
    assert "Nội dung chính của vụ, việc" in text
    assert "Buổi hòa giải thứ 1: vào lúc 08 giờ 30 phút, ngày 02 tháng 3 năm 2026" in text
    assert GUIDANCE in text
    assert "1. Ông Đặng Văn Đức, tổ trưởng tổ hòa giải." in text


@pytest.mark.parametrize(("kind", "words"), [
    (OutcomeKind.PARTY_ASKED_TO_STOP,
     "yêu cầu chấm dứt hòa giải (khoản 2 Điều 23 Luật Hòa giải ở cơ sở)"),
    (OutcomeKind.MEDIATOR_ENDED,
     "hòa giải viên quyết định kết thúc hòa giải do các bên không thể đạt được thỏa thuận và "
     "việc tiếp tục hòa giải cũng không thể đạt được kết quả (khoản 3 Điều 23 Luật Hòa giải ở "
     "cơ sở)"),
])
def test_why_it_ended(kind: OutcomeKind, words: str, pdf_text: TextOf) -> None:
    """Issue #12: cited "điểm b/c khoản 1 Điều 23" (Art. 23 has clauses 1-3, no points) and
    printed "Ngày ngày 14 tháng 3"."""
    text = pdf_text(render_unsuccessful(make_unsuccessful(ended_by=kind)))
    assert words in text
    assert "điểm b" not in text and "điểm c khoản 1" not in text
    assert "Ngày ngày" not in text and "ngày ngày" not in text


def test_who_asked_to_stop_is_named(pdf_text: TextOf) -> None:
    named = pdf_text(render_unsuccessful(make_unsuccessful(
        ended_by=OutcomeKind.PARTY_ASKED_TO_STOP, stop_requested_by=("Bà Nguyễn Thị Hồng Nhung",))))
    assert "Bà Nguyễn Thị Hồng Nhung yêu cầu chấm dứt hòa giải" in named
    unknown = pdf_text(render_unsuccessful(make_unsuccessful(
        ended_by=OutcomeKind.PARTY_ASKED_TO_STOP)))
    assert "(ghi rõ bên yêu cầu) yêu cầu chấm dứt hòa giải" in unknown


def test_default_guidance_when_none_recorded(pdf_text: TextOf) -> None:
    text = pdf_text(render_unsuccessful(make_unsuccessful(guidance="")))
    assert "Tòa án nhân dân khu vực có thẩm quyền" in text


def test_the_court_is_named_as_on_the_records_date(pdf_text: TextOf) -> None:
    """Issue #12: the regional courts exist from 1 July 2025; before, the district court."""
    from datetime import date

    text = pdf_text(render_unsuccessful(make_unsuccessful(guidance="",
                                                          ended_on=date(2025, 4, 2))))
    assert "Tòa án nhân dân cấp huyện có thẩm quyền" in text and "khu vực" not in text


def test_signatures(text: str) -> None:
    for role in ("BÊN THỨ NHẤT", "BÊN THỨ HAI", "TỔ TRƯỞNG TỔ HÒA GIẢI", "HÒA GIẢI VIÊN"):
        assert role in text
    assert "Điểm chỉ" in text


def test_a4_portrait_fonts_embedded(pdf: bytes, pdf_fonts: Callable[[bytes], list[list[str]]],
                                    ) -> None:
    assert page_sizes(pdf) == {A4_PORTRAIT}
    assert_fonts_embedded(pdf_fonts(pdf))


def test_never_claims_enforceability(text: str) -> None:
    assert "hiệu lực thi hành" not in text
    assert "bắt buộc thi hành" not in text


def test_a_partys_copy_shows_no_phone_number(text: str) -> None:
    """Issue #12 (Art. 4): each party takes a copy; none shows the other party's phone."""
    assert "0912 345 678" not in text and "Số điện thoại" not in text
