"""The request for mediators' remuneration."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.core.documents.amount_words import amount_in_words
from desktop.core.documents.remuneration import render_remuneration, vnd
from tests.documents.checks import A4_PORTRAIT, assert_fonts_embedded, page_sizes
from tests.documents.sample_agreement import LONG_NAME
from tests.documents.sample_cases import make_remuneration

TextOf = Callable[[bytes], str]


@pytest.mark.parametrize(("amount", "text"), [
    (0, "0 đồng"), (200_000, "200.000 đồng"), (1_200_000, "1.200.000 đồng"),
    (12_345_678_000, "12.345.678.000 đồng"),
])
def test_vnd(amount: int, text: str) -> None:
    assert vnd(amount) == text


def test_amount_is_cases_times_rate() -> None:
    assert make_remuneration(6).amount == 1_200_000
    assert make_remuneration(3, rate=150_000).amount == 450_000


@pytest.fixture
def pdf() -> bytes:
    return render_remuneration(make_remuneration())


@pytest.fixture
def text(pdf: bytes, pdf_text: TextOf) -> str:
    return pdf_text(pdf)


def test_header_addressee_and_basis(text: str) -> None:
    """Issue #12: the addressee writes "phường" lower case before the name (Decree 30 App. II);
    the rate's source is Joint Circular 100/2014, not Decree 15/2014 (which sets none)."""
    for line in ("GIẤY ĐỀ NGHỊ THANH TOÁN THÙ LAO CHO HÒA GIẢI VIÊN", "Số: 03/2026/ĐN-TL",
                 "Hòa giải viên: Phạm Thị Thu Hà; từ ngày 01/01/2026 đến ngày 30/06/2026",
                 "Kính gửi: Ủy ban nhân dân phường Hòa Bình",
                 "Thông tư liên tịch số 100/2014/TTLT-BTC-BTP",
                 "Phường Hòa Bình, ngày 02 tháng 7 năm 2026"):
        assert line in text
    assert "Ủy ban nhân dân Phường" not in text
    assert "15/2014" not in text


def test_signed_by_the_mediator_and_confirmed_by_the_leader(text: str) -> None:
    assert "XÁC NHẬN CỦA TỔ TRƯỞNG TỔ HÒA GIẢI" in text and "NGƯỜI ĐỀ NGHỊ" in text
    assert text.index("NGƯỜI ĐỀ NGHỊ") < text.rindex("Phạm Thị Thu Hà")
    assert "Đặng Văn Đức" in text


def test_amount_in_words(text: str) -> None:
    assert "(Viết bằng chữ: Một triệu hai trăm nghìn đồng.)" in text
    assert "Mỗi vụ, việc chỉ được đề nghị thanh toán thù lao một lần cho tổ hòa giải." in text


def test_earlier_requests_are_named(pdf_text: TextOf) -> None:
    text = pdf_text(render_remuneration(make_remuneration(claimed_elsewhere=("01/2026",
                                                                              "02/2026"))))
    assert "đã được đề nghị tại Giấy đề nghị số 01/2026, 02/2026 và không đề nghị lại" in text


@pytest.mark.parametrize(("amount", "words"), [
    (0, "Không đồng"), (200_000, "Hai trăm nghìn đồng"),
    (2_200_000, "Hai triệu hai trăm nghìn đồng"), (3_600_000, "Ba triệu sáu trăm nghìn đồng"),
    (1_050_000, "Một triệu không trăm năm mươi nghìn đồng"),
    (105, "Một trăm linh năm đồng"), (15, "Mười lăm đồng"), (21, "Hai mươi mốt đồng"),
    (11, "Mười một đồng"), (25, "Hai mươi lăm đồng"),
    (1_000_005, "Một triệu không trăm linh năm đồng"),
    (2_000_000_000, "Hai tỷ đồng"), (1_000_000_000_000, "Một nghìn tỷ đồng"),
])
def test_amounts_in_words(amount: int, words: str) -> None:
    assert amount_in_words(amount) == words


def test_team_mediator_cases_and_amount(text: str) -> None:
    assert "Tên tổ hòa giải: Tổ hòa giải tổ dân phố số 7" in text
    assert "Họ và tên: Phạm Thị Thu Hà" in text
    assert "Địa chỉ: Số 9 ngõ 40 phố Hòa Bình" in text
    for i in range(1, 7):
        assert f"0{i}/2026" in text and f"0{i}/03/2026" in text
    assert "Thành" in text and "Không thành" in text
    assert LONG_NAME in text
    assert "Số vụ, việc đã kết thúc: 6" in text
    assert "Mức chi thù lao: 200.000 đồng/vụ, việc" in text
    assert "Tổng số tiền đề nghị thanh toán: 1.200.000 đồng" in text
    assert "TỔ TRƯỞNG TỔ HÒA GIẢI" in text


def test_for_the_whole_team(pdf_text: TextOf) -> None:
    text = pdf_text(render_remuneration(make_remuneration(mediator="", mediator_address="")))
    assert "Từ ngày 01/01/2026 đến ngày 30/06/2026" in text
    assert "cho các hòa giải viên có tên trong danh sách vụ, việc dưới đây." in text


def test_no_case_in_the_period(pdf_text: TextOf) -> None:
    text = pdf_text(render_remuneration(make_remuneration(0)))
    assert "Không có vụ, việc nào kết thúc trong thời gian này." in text
    assert "Tổng số tiền đề nghị thanh toán: 0 đồng" in text


def test_a4_portrait_fonts_embedded(pdf: bytes, pdf_fonts: Callable[[bytes], list[list[str]]],
                                    ) -> None:
    assert page_sizes(pdf) == {A4_PORTRAIT}
    assert_fonts_embedded(pdf_fonts(pdf))
