"""The minutes of one hearing, read back with poppler."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.core.documents.minutes import render_minutes
from tests.documents.checks import A4_PORTRAIT, assert_fonts_embedded, page_sizes
from tests.documents.sample_agreement import LONG_NAME
from tests.documents.sample_cases import HEARING, LONG_TEXT, make_minutes

TextOf = Callable[[bytes], str]


@pytest.fixture
def pdf() -> bytes:
    return render_minutes(make_minutes())


@pytest.fixture
def text(pdf: bytes, pdf_text: TextOf) -> str:
    return pdf_text(pdf)


def test_header_title_time_place(text: str) -> None:
    for line in ("Số: 03/2026/BB-BHG02", "BIÊN BẢN BUỔI HÒA GIẢI",
                 "(buổi hòa giải thứ 2)", "Phường Hòa Bình, ngày 02 tháng 3 năm 2026",
                 "Thời gian: 08 giờ 30 phút, ngày 02 tháng 3 năm 2026",
                 "Địa điểm: Nhà văn hóa tổ dân phố số 7",
                 "Hình thức: hòa giải không công khai"):
        assert line in text


def test_public_hearing(pdf_text: TextOf) -> None:
    from dataclasses import replace
    text = pdf_text(render_minutes(make_minutes(hearing=replace(HEARING, is_public=True))))
    assert "Hình thức: hòa giải công khai" in text


def test_attendees(text: str) -> None:
    assert "1. Ông Đặng Văn Đức, tổ trưởng tổ hòa giải." in text
    assert "2. Bà Phạm Thị Thu Hà, hòa giải viên." in text
    assert "Hoàng Minh Tuấn" not in text  # not present at this hearing
    assert "1. Bà Nguyễn Thị Hồng Nhung (Bên tranh chấp)" in text
    assert f"2. Ông {LONG_NAME} (Bên tranh chấp)" in text
    assert "3. Ông Lê Văn Thọ (Người được mời)" in text
    assert "Trần Thị Mai" not in text


@pytest.mark.parametrize(("group", "role"), [("conflict", "Bên mâu thuẫn"),
                                             ("civil_family", "Bên tranh chấp")])
def test_a_party_is_named_as_fits_the_matter(group: str, role: str, pdf_text: TextOf) -> None:
    """Issue #12: every party was a "Bên tranh chấp", even in a conflict between neighbours."""
    from dataclasses import replace

    from tests.documents.sample_cases import HEADING

    doc = make_minutes(case=replace(HEADING, group=group))
    text = pdf_text(render_minutes(doc))
    assert f"1. Bà Nguyễn Thị Hồng Nhung ({role})" in text


def test_course_result_and_signatures(text: str) -> None:
    assert HEARING.course in text
    assert HEARING.result in text
    for role in ("BÊN THỨ NHẤT", "BÊN THỨ HAI", "NGƯỜI ĐƯỢC MỜI", "TỔ TRƯỞNG TỔ HÒA GIẢI"):
        assert role in text


def test_long_course_wraps_whole(pdf_body_text: TextOf) -> None:
    """Every word of a course longer than a page is printed (it may run on to the next page,
    whose number is left out of the text read back)."""
    from dataclasses import replace
    text = pdf_body_text(render_minutes(make_minutes(hearing=replace(HEARING, course=LONG_TEXT))))
    assert " ".join(LONG_TEXT.split()) in text


def test_a4_portrait_fonts_embedded(pdf: bytes, pdf_fonts: Callable[[bytes], list[list[str]]],
                                    ) -> None:
    assert page_sizes(pdf) == {A4_PORTRAIT}
    assert_fonts_embedded(pdf_fonts(pdf))
