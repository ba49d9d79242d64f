"""The written agreement PDF, read back with poppler and pypdf."""

from __future__ import annotations

import dataclasses
import io
import re
import unicodedata
from collections.abc import Callable

import pytest
from pypdf import PdfReader

from desktop.core.documents.agreement import render_agreement
from desktop.core.documents.data import AgreementDocument
from desktop.core.domain.enums import Grounds
from tests.documents.sample_agreement import (
    KHANG,
    LONG_NAME,
    MEDIATORS,
    NHUNG,
    SUMMARY_PARAGRAPHS,
    TERMS,
    make_agreement,
)

TextOf = Callable[[bytes], str]

COURT_SENTENCE = (
    "Trong thời hạn 06 tháng kể từ ngày các bên đạt được thỏa thuận hòa giải thành (ngày 05 tháng "
    "3 năm 2026), một bên hoặc các bên có quyền gửi đơn yêu cầu Tòa án nhân dân khu vực có thẩm "
    "quyền xem xét, công nhận kết quả hòa giải thành ngoài Tòa án"
)


@pytest.fixture
def pdf(agreement: AgreementDocument) -> bytes:
    return render_agreement(agreement)


@pytest.fixture
def text(pdf: bytes, pdf_text: TextOf) -> str:
    return pdf_text(pdf)


def test_header_title_and_date_line(text: str) -> None:
    for line in ("PHƯỜNG HÒA BÌNH", "TỔ HÒA GIẢI TỔ DÂN PHỐ SỐ 7", "Số: 03/2026/VBHGT",
                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "Phường Hòa Bình, ngày 05 tháng 3 năm 2026", "VĂN BẢN HÒA GIẢI THÀNH",
                 "Về việc: Tranh chấp lối đi chung tại ngõ 42 phố Hòa Bình"):
        assert line in text


def test_parties_full_identity(text: str) -> None:
    assert "Bên thứ nhất: Bà Nguyễn Thị Hồng Nhung" in text
    assert f"Bên thứ hai: Ông {LONG_NAME}" in text
    assert "Sinh ngày: 12/04/1978" in text
    assert "Năm sinh: 1969" in text
    for person in (NHUNG, KHANG):
        assert f"Số định danh cá nhân/CCCD: {person.citizen_id}" in text
        assert f"Địa chỉ: {person.address}" in text
    # issue #12 (Art. 4): each party takes a copy home; no copy shows the other's phone
    assert "0912 345 678" not in text and "Số điện thoại" not in text


def test_related_and_invited_persons(text: str) -> None:
    assert "Người có quyền lợi, nghĩa vụ liên quan: 1. Bà Trần Thị Mai" in text
    assert "Sinh ngày: 03/09/1972" in text
    assert "Người được mời tham gia hòa giải: 1. Ông Lê Văn Thọ" in text


def test_team_mediators_and_grounds(text: str) -> None:
    assert "Tên tổ hòa giải: Tổ hòa giải tổ dân phố số 7" in text
    assert "Địa chỉ: Nhà văn hóa tổ dân phố số 7, ngõ 40 phố Hòa Bình" in text
    assert "1. Ông Đặng Văn Đức, tổ trưởng tổ hòa giải." in text
    assert "2. Bà Phạm Thị Thu Hà, hòa giải viên." in text
    assert "3. Ông Hoàng Minh Tuấn, hòa giải viên." in text
    assert "theo yêu cầu của một bên hoặc các bên có mâu thuẫn, tranh chấp" in text


def test_whole_summary_is_printed(pdf: bytes, pdf_body_text: TextOf) -> None:
    text = pdf_body_text(pdf)
    for paragraph in SUMMARY_PARAGRAPHS:
        assert paragraph in text


def test_hearings(text: str) -> None:
    assert ("Buổi hòa giải thứ 1: vào lúc 08 giờ 30 phút, ngày 02 tháng 3 năm 2026, tại Nhà văn "
            "hóa tổ dân phố số 7; hình thức: hòa giải không công khai.") in text
    assert "Buổi hòa giải thứ 2: vào lúc 14 giờ 00 phút" in text
    assert "hình thức: hòa giải công khai." in text
    assert "Kết quả: Các bên tự nguyện thỏa thuận được toàn bộ nội dung tranh chấp." in text


def test_terms_with_obliged_party_and_deadline(text: str) -> None:
    for index, term in enumerate(TERMS, start=1):
        assert f"Thỏa thuận {index}: Bên thực hiện: {term.obliged}" in text
        assert f"Nội dung: {term.content}" in text
    assert "Thời hạn thực hiện: chậm nhất ngày 31/03/2026" in text
    assert "Thời hạn thực hiện: chậm nhất ngày 10/03/2026" in text
    assert "Thời hạn thực hiện: không ấn định" in text
    assert "Ngày các bên đạt được thỏa thuận hòa giải thành: ngày 05 tháng 3 năm 2026." in text


def test_how_it_is_carried_out_court_note_and_copies(text: str) -> None:
    assert "việc tháo dỡ mái tôn có sự chứng kiến của hòa giải viên Phạm Thị Thu Hà" in text
    assert COURT_SENTENCE in text
    assert "03 bản có nội dung như nhau, mỗi bên giữ 01 bản, tổ hòa giải lưu 01 bản" in text


def test_never_claims_to_be_enforceable(text: str) -> None:
    for claim in ("hiệu lực thi hành", "giá trị thi hành", "bắt buộc thi hành",
                  "hiệu lực pháp luật", "giá trị pháp lý như bản án"):
        assert claim not in text.lower()


def test_signature_block_for_every_party_and_mediator(text: str) -> None:
    signatures = text[text.index("BÊN THỨ NHẤT"):]
    for role in ("BÊN THỨ NHẤT", "BÊN THỨ HAI", "NGƯỜI CÓ QUYỀN LỢI, NGHĨA VỤ LIÊN QUAN",
                 "TỔ TRƯỞNG TỔ HÒA GIẢI", "HÒA GIẢI VIÊN"):
        assert role in signatures
    for name in ("Nguyễn Thị Hồng Nhung", LONG_NAME, "Trần Thị Mai",
                 *(m.full_name for m in MEDIATORS)):
        assert name in signatures
    assert "Lê Văn Thọ" not in signatures  # invited persons do not sign
    assert signatures.count("(Ký, ghi rõ họ tên hoặc điểm chỉ)") == 6
    assert signatures.count("Điểm chỉ") == 6


def test_a4_pages_metadata_and_page_numbers(pdf: bytes,
                                            pdf_page_text: Callable[[bytes, int], str]) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2  # the long summary runs onto later pages
    for page in reader.pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx((595.28, 841.89), abs=0.01)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Văn bản hòa giải thành số 03/2026/VBHGT"
    assert meta.author == "Đặng Văn Đức"
    assert meta.subject and "Tranh chấp lối đi chung" in meta.subject
    assert pdf_page_text(pdf, 1).startswith("PHƯỜNG HÒA BÌNH")
    assert pdf_page_text(pdf, 2).split()[0] == "2"


def test_fonts_all_embedded_no_helvetica(pdf: bytes,
                                         pdf_fonts: Callable[[bytes], list[list[str]]]) -> None:
    rows = pdf_fonts(pdf)
    assert {row[0].split("+")[-1] for row in rows} >= {"LiberationSerif", "LiberationSerif-Bold",
                                                       "LiberationSerif-Italic"}
    assert all(row[-5] == "yes" for row in rows)
    assert not any("Helvetica" in row[0] for row in rows)


def _nfd(value: str) -> str:
    return unicodedata.normalize("NFD", value)


def test_nfd_input_prints_as_nfc(pdf_text: TextOf) -> None:
    nfd_party = dataclasses.replace(NHUNG, full_name=_nfd(NHUNG.full_name),
                                    address=_nfd(NHUNG.address))
    doc = make_agreement(participants=(nfd_party, KHANG), summary=_nfd("Tranh chấp về lối đi."),
                         case_title=_nfd("Tranh chấp lối đi chung"))
    assert nfd_party.full_name != NHUNG.full_name
    text = pdf_text(render_agreement(doc))
    assert "Bên thứ nhất: Bà Nguyễn Thị Hồng Nhung" in text
    assert f"Địa chỉ: {NHUNG.address}" in text
    assert "Tranh chấp về lối đi." in text
    assert unicodedata.is_normalized("NFC", text)


def test_markup_characters_in_user_text(pdf_text: TextOf) -> None:
    doc = make_agreement(summary="Ông A nói: <b>không đồng ý</b> & yêu cầu bồi thường > 5 triệu",
                         case_title="Tranh chấp <lối đi> & tường rào",
                         referrer="Công ty TNHH A&B <chi nhánh>",
                         grounds=Grounds.PROPOSED_BY_OTHER)
    text = pdf_text(render_agreement(doc))
    assert "Ông A nói: <b>không đồng ý</b> & yêu cầu bồi thường > 5 triệu" in text
    assert "Về việc: Tranh chấp <lối đi> & tường rào" in text
    assert "theo đề nghị của Công ty TNHH A&B <chi nhánh>." in text


@pytest.mark.parametrize(
    ("grounds", "referrer", "expected"),
    [
        (Grounds.PARTY_REQUEST, "", "theo yêu cầu của một bên hoặc các bên"),
        (Grounds.MEDIATOR_WITNESSED, "", "do hòa giải viên trực tiếp chứng kiến hoặc biết được"),
        (Grounds.LEADER_ASSIGNED, "", "theo sự phân công của tổ trưởng tổ hòa giải"),
        (Grounds.PROPOSED_BY_OTHER, "Ban công tác Mặt trận tổ dân phố số 7",
         "theo đề nghị của Ban công tác Mặt trận tổ dân phố số 7."),
        (Grounds.PROPOSED_BY_OTHER, "  ",
         "theo đề nghị của cơ quan, tổ chức, cá nhân có liên quan"),
    ],
)
def test_each_grounds_value(pdf_text: TextOf, grounds: Grounds, referrer: str,
                            expected: str) -> None:
    text = pdf_text(render_agreement(make_agreement(grounds=grounds, referrer=referrer)))
    assert f"I. Căn cứ tiến hành hòa giải Vụ, việc được tiến hành hòa giải {expected}" in text


def test_missing_identity_leaves_a_line_to_fill(pdf_text: TextOf) -> None:
    bare = dataclasses.replace(KHANG, birth_year=None, citizen_id=None, address="", sex=None)
    text = pdf_text(render_agreement(make_agreement(participants=(NHUNG, bare))))
    name_at = text.index(f"Bên thứ hai: Ông/Bà {LONG_NAME}")
    block = text[name_at:name_at + 400]
    for label in ("Sinh ngày", "Số định danh cá nhân/CCCD", "Địa chỉ"):
        assert re.search(label + r": \.{20,}", block)


def test_explicit_copies_and_issue_date(pdf_text: TextOf) -> None:
    from datetime import date

    doc = make_agreement(copies=5, issued_on=date(2026, 1, 7), place_name="Hà Nội")
    text = pdf_text(render_agreement(doc))
    assert "Văn bản được lập thành 05 bản có nội dung như nhau." in text
    assert "mỗi bên giữ 01 bản" not in text
    assert "Hà Nội, ngày 07 tháng 01 năm 2026" in text
    assert "Hôm nay, ngày 07 tháng 01 năm 2026" in text


def test_unbroken_long_text_wraps_without_loss(pdf_text: TextOf) -> None:
    token = "Thửađất" + "0123456789" * 30
    doc = make_agreement(summary=f"Mã hồ sơ: {token}")
    squeezed = "".join(pdf_text(render_agreement(doc)).split())
    assert f"Mãhồsơ:{token}" in squeezed


def test_performance_said_once_with_method_and_time_from_the_data(pdf_text: TextOf) -> None:
    """Issue #12: the sections on performance repeated each other; the method and time now
    come from the agreement's note and its terms' deadlines, said once."""
    from datetime import date

    doc = make_agreement(agreement_note="Ông Khang tự thuê thợ tháo dỡ mái tôn.")
    text = pdf_text(render_agreement(doc))
    assert "Phương thức thực hiện: Ông Khang tự thuê thợ tháo dỡ mái tôn." in text
    last = max(t.deadline for t in doc.terms if t.deadline)
    assert f"chậm nhất ngày {last:%d/%m/%Y}" in text
    assert "cam kết tự nguyện thực hiện đầy đủ" not in text
    assert text.count("tự nguyện thực hiện") <= 1
    assert date(2026, 1, 1) <= last


def test_the_court_is_named_as_on_the_documents_date(pdf_text: TextOf) -> None:
    from datetime import date

    old = pdf_text(render_agreement(make_agreement(reached_on=date(2025, 3, 5),
                                                   issued_on=date(2025, 3, 5))))
    assert "Tòa án nhân dân cấp huyện có thẩm quyền" in old and "khu vực" not in old
    new = pdf_text(render_agreement(make_agreement()))
    assert "Tòa án nhân dân khu vực có thẩm quyền" in new


def test_third_persons_consent_in_the_words_of_art_417(pdf_text: TextOf) -> None:
    text = pdf_text(render_agreement(make_agreement()))
    assert "quyền, nghĩa vụ của người thứ ba" in text and "người thứ ba đồng ý" in text
