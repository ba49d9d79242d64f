"""The shared page layout: dates, text escaping, page set-up, fonts, page numbers."""

from __future__ import annotations

import io
import threading
import unicodedata
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PageObject, PdfReader
from reportlab.platypus import Flowable, PageBreak

from desktop import __version__
from desktop.core.documents import fonts
from desktop.core.documents.layout import (
    DocumentSpec,
    Signer,
    build_pdf,
    content_width,
    document_title,
    escape_text,
    national_header,
    para,
    paragraphs,
    roman,
    section_heading,
    signature_block,
    table,
    vietnamese_date,
    vietnamese_date_line,
)

A4 = (595.28, 841.89)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 3, 5), "Phường Hòa Bình, ngày 05 tháng 3 năm 2026"),
        (date(2026, 1, 9), "Phường Hòa Bình, ngày 09 tháng 01 năm 2026"),
        (date(2026, 2, 1), "Phường Hòa Bình, ngày 01 tháng 02 năm 2026"),
        (date(2025, 10, 10), "Phường Hòa Bình, ngày 10 tháng 10 năm 2025"),
        (date(2025, 12, 31), "Phường Hòa Bình, ngày 31 tháng 12 năm 2025"),
        (date(2026, 11, 18), "Phường Hòa Bình, ngày 18 tháng 11 năm 2026"),
    ],
)
def test_date_line_leading_zeros(day: date, expected: str) -> None:
    assert vietnamese_date_line("Phường Hòa Bình", day) == expected


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_date_leading_zero_rule_for_every_date(day: date) -> None:
    words = vietnamese_date(day).split()
    assert words[0::2] == ["ngày", "tháng", "năm"]
    day_text, month_text = words[1], words[3]
    assert len(day_text) == 2 and int(day_text) == day.day
    assert month_text.startswith("0") == (day.month <= 2)
    assert int(month_text) == day.month


def test_date_line_normalises_the_place() -> None:
    line = vietnamese_date_line(unicodedata.normalize("NFD", " Xã Đức Thượng "), date(2026, 2, 3))
    assert line == "Xã Đức Thượng, ngày 03 tháng 02 năm 2026"


def test_escape_text_is_nfc_and_escaped() -> None:
    raw = unicodedata.normalize("NFD", "Lê Thị Hường <b> & Cty \"A\"\x00\x07")
    assert escape_text(raw) == "Lê Thị Hường &lt;b&gt; &amp; Cty \"A\""
    assert unicodedata.is_normalized("NFC", escape_text(raw))


def test_paragraphs_split_lines_and_drop_blank_ones() -> None:
    result = paragraphs("Dòng một\r\n\n   \nDòng hai")
    assert [p.text for p in result] == ["Dòng một", "Dòng hai"]


def test_roman_numerals() -> None:
    assert [roman(n) for n in (1, 4, 8, 9, 10, 14, 19, 24)] == [
        "I", "IV", "VIII", "IX", "X", "XIV", "XIX", "XXIV"]


def test_register_fonts_is_idempotent_and_thread_safe() -> None:
    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(fonts.register_fonts()))
               for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [fonts.FAMILY] * 8
    from reportlab import rl_config

    assert rl_config.canvas_basefontname == fonts.REGULAR


def _size(page: PageObject) -> tuple[float, float]:
    return float(page.mediabox.width), float(page.mediabox.height)


def _sample_story(pages: int) -> list[Flowable]:
    story: list[Flowable] = [
        national_header(["Xã Tân Phú", "Tổ hòa giải ấp 3"], "01/2026/BB",
                        vietnamese_date_line("Xã Tân Phú", date(2026, 1, 2))),
        *document_title("Biên bản thử", "Về việc: thử bố cục"),
        section_heading("I.", "Phần một"),
        para("Nội dung <thử> & kiểm tra"),
        table([[para("Cột 1"), "ô chữ thường"], [para("a"), "b"]], ["30%", "70%"]),
    ]
    for _ in range(pages - 1):
        story += [PageBreak(), para("Trang tiếp theo")]
    story += signature_block([Signer("Người lập", "Trần Văn Bình", "(Ký, ghi rõ họ tên)")])
    return story


def test_build_pdf_page_metadata_and_numbers(pdf_text: Callable[[bytes], str],
                                             pdf_page_text: Callable[[bytes, int], str]) -> None:
    spec = DocumentSpec(title="Biên bản thử", author="Tổ hòa giải ấp 3", subject="Kiểm tra")
    pdf = build_pdf(spec, _sample_story(pages=3))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 3
    for page in reader.pages:
        assert _size(page) == pytest.approx(A4, abs=0.01)
    meta = reader.metadata
    assert meta is not None
    assert (meta.title, meta.author, meta.subject) == (
        "Biên bản thử", "Tổ hòa giải ấp 3", "Kiểm tra")
    assert meta.creator == f"Sổ hòa giải {__version__}"
    assert not pdf_page_text(pdf, 1).startswith("1")
    assert pdf_page_text(pdf, 2).split()[0] == "2"
    assert pdf_page_text(pdf, 3).split()[0] == "3"
    text = pdf_text(pdf)
    for line in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "XÃ TÂN PHÚ", "TỔ HÒA GIẢI ẤP 3", "Số: 01/2026/BB", "BIÊN BẢN THỬ",
                 "Xã Tân Phú, ngày 02 tháng 01 năm 2026", "Nội dung <thử> & kiểm tra",
                 "ô chữ thường", "NGƯỜI LẬP", "Trần Văn Bình"):
        assert line in text


def test_pages_without_numbers(pdf_page_text: Callable[[bytes, int], str]) -> None:
    spec = DocumentSpec(title="Giấy mời", page_numbers=False)
    pdf = build_pdf(spec, _sample_story(pages=3))
    for page in (2, 3):
        assert pdf_page_text(pdf, page).split()[0] == "Trang"


def test_landscape_for_wide_tables() -> None:
    spec = DocumentSpec(title="Sổ theo dõi", landscape=True)
    reader = PdfReader(io.BytesIO(build_pdf(spec, [para("Phần I")])))
    assert _size(reader.pages[0]) == pytest.approx(A4[::-1], abs=0.01)
    assert content_width(spec) == pytest.approx(A4[1] - 45 * 72 / 25.4)


def test_every_font_is_embedded_even_with_plain_string_table_cells(
        pdf_fonts: Callable[[bytes], list[list[str]]]) -> None:
    rows = pdf_fonts(build_pdf(DocumentSpec(title="t"), _sample_story(pages=1)))
    assert rows
    for row in rows:
        assert "LiberationSerif" in row[0]
        assert row[-5] == "yes"  # the 'emb' column
    assert not any("Helvetica" in row[0] for row in rows)


def test_signature_rows_keep_pairs_together() -> None:
    signers = [Signer(f"Vai trò {i}", f"Người {i}") for i in range(5)]
    assert len(signature_block(signers)) == 3
    assert len(signature_block(signers, columns=3)) == 2
