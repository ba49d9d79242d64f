"""Invitations to a hearing: one page for each invitee, read back with poppler."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.core.documents.invitation import render_invitation
from tests.documents.checks import A4_PORTRAIT, assert_fonts_embedded, page_count, page_sizes
from tests.documents.sample_agreement import LONG_NAME
from tests.documents.sample_cases import make_invitation

PageText = Callable[[bytes, int], str]


@pytest.fixture
def pdf() -> bytes:
    return render_invitation(make_invitation())


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_one_page_for_each_invitee(pdf: bytes, pdf_page_text: PageText) -> None:
    assert page_count(pdf) == 4
    names = ["Bà Nguyễn Thị Hồng Nhung", f"Ông {LONG_NAME}", "Bà Trần Thị Mai", "Ông Lê Văn Thọ"]
    for page, name in enumerate(names, start=1):
        assert name in _flat(pdf_page_text(pdf, page))


def test_each_page_is_a_whole_invitation(pdf: bytes, pdf_page_text: PageText) -> None:
    for page in range(1, 5):
        text = _flat(pdf_page_text(pdf, page))
        for line in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 03/2026/GM02", "GIẤY MỜI",
                     "Phường Hòa Bình, ngày 27 tháng 02 năm 2026",
                     "Tổ hòa giải tổ dân phố số 7 trân trọng kính mời",
                     "Thời gian: 08 giờ 30 phút, thứ Hai, ngày 02 tháng 3 năm 2026",
                     "Địa điểm: Nhà văn hóa tổ dân phố số 7", "Khi đến, đề nghị mang theo:",
                     "TỔ TRƯỞNG TỔ HÒA GIẢI", "Đặng Văn Đức"):
            assert line in text, (page, line)


def test_no_page_numbers_on_the_letters(pdf: bytes, pdf_page_text: PageText) -> None:
    for page in range(2, 5):
        assert pdf_page_text(pdf, page).split()[0] == "PHƯỜNG"


def test_capacity_and_what_to_bring_by_role(pdf: bytes, pdf_page_text: PageText) -> None:
    party, _, related, invited = (_flat(pdf_page_text(pdf, p)) for p in range(1, 5))
    assert "Với tư cách: Bên tranh chấp" in party
    assert "Giấy tờ, tài liệu, chứng cứ liên quan đến vụ, việc" in party
    assert "Với tư cách: Người có quyền lợi, nghĩa vụ liên quan" in related
    assert "Với tư cách: Người được mời" in invited
    assert "chứng cứ" not in invited


def test_a4_portrait_fonts_embedded(pdf: bytes, pdf_fonts: Callable[[bytes], list[list[str]]],
                                    ) -> None:
    assert page_sizes(pdf) == {A4_PORTRAIT}
    assert_fonts_embedded(pdf_fonts(pdf))


def test_a_sensitive_cases_title_is_never_on_the_invitation(
        pdf_text: Callable[[bytes], str]) -> None:
    """Issue #12 (Art. 4): "Mâu thuẫn vợ chồng, có nguy cơ bạo lực gia đình" was printed on
    the invitation every invitee carries; a sensitive case is named by its number only."""
    import dataclasses
    import io

    from pypdf import PdfReader

    title = "Mâu thuẫn vợ chồng, có nguy cơ bạo lực gia đình"
    base = make_invitation()
    case = dataclasses.replace(base.case, case_title=title, sensitive=True)
    pdf = render_invitation(dataclasses.replace(base, case=case))
    text = pdf_text(pdf)
    assert "bạo lực" not in text and "vợ chồng" not in text
    assert f"vụ, việc số {case.case_number} (buổi hòa giải thứ" in text
    subject = PdfReader(io.BytesIO(pdf)).metadata.subject
    assert "bạo lực" not in subject
    plain = pdf_text(render_invitation(dataclasses.replace(
        base, case=dataclasses.replace(case, sensitive=False))))
    assert title in plain
