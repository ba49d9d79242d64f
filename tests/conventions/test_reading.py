"""Reading the convention's file: text in the common encodings, Word documents, and clear
refusals of what is not a convention file."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from docx import Document

from desktop.core.conventions.parser import parse
from desktop.core.conventions.reading import (
    EMPTY_TEXT,
    MISSING_FILE,
    NOT_DOCX,
    NOT_TEXT,
    OLD_WORD,
    decode_text,
    read_convention,
)
from desktop.core.errors import HoagiaiError
from tests.conventions.test_parser import SAMPLE

TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """How Windows' Vietnamese code page stores text: letters with their hat or horn as one
    byte, the tone as a separate combining mark."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(m for m in parts if m not in TONES))
            out += (base + "".join(m for m in parts if m in TONES)).encode("cp1258")
    return bytes(out)


TEXT = "Chương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n1. Hương ước này áp dụng.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1258"])
def test_text_in_common_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "huong-uoc.txt"
    path.write_bytes(cp1258(TEXT) if encoding == "cp1258" else TEXT.encode(encoding))
    assert read_convention(path) == TEXT
    assert parse(read_convention(path)).articles[0].title == "Phạm vi điều chỉnh"


def test_cp1258_combining_tone_marks_become_precomposed() -> None:
    data = cp1258("Điều 1. Phạm vi")
    assert data != "Điều 1. Phạm vi".encode()
    assert decode_text(data) == "Điều 1. Phạm vi"


def test_the_whole_sample_in_cp1258(tmp_path: Path) -> None:
    path = tmp_path / "huong-uoc.txt"
    path.write_bytes(cp1258(SAMPLE.read_text(encoding="utf-8")))
    assert parse(read_convention(path)) == parse(read_convention(SAMPLE))


def test_windows_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))
    assert [c.number for c in parse(read_convention(path)).articles[0].clauses] == [1]


def refusal(path: Path) -> HoagiaiError:
    with pytest.raises(HoagiaiError) as caught:
        read_convention(path)
    return caught.value


def test_a_missing_file(tmp_path: Path) -> None:
    assert refusal(tmp_path / "none.txt").message_id == MISSING_FILE


def test_binary_garbage(tmp_path: Path) -> None:
    path = tmp_path / "garbage.txt"
    path.write_bytes(bytes(range(256)) * 20)
    assert refusal(path).message_id == NOT_TEXT


def test_empty_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"\xef\xbb\xbf \n\n  \n")
    assert refusal(path).message_id == EMPTY_TEXT


def test_a_docx_that_is_not_a_docx(tmp_path: Path) -> None:
    path = tmp_path / "huong-uoc.docx"
    path.write_text("không phải Word", encoding="utf-8")
    assert refusal(path).message_id == NOT_DOCX


def test_an_old_word_document(tmp_path: Path) -> None:
    path = tmp_path / "huong-uoc.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    assert refusal(path).message_id == OLD_WORD


def sample_as_docx(path: Path) -> Path:
    """The sample convention typed in Word: paragraphs, then the signatures in a table."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    end = lines.index("Yên Hòa, ngày 15 tháng 11 năm 2024")
    document = Document()
    for line in lines[:end + 1]:
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=2)
    cells = [("TM. BAN CÔNG TÁC MẶT TRẬN", "TỔ TRƯỞNG TỔ DÂN PHỐ"),
             ("(Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên)"),
             ("Lê Thị Minh Hằng", "Phạm Văn Toàn")]
    for row, (left, right) in zip(table.rows, cells, strict=True):
        row.cells[0].text, row.cells[1].text = left, right
    document.save(str(path))
    return path


def test_the_sample_as_a_word_document(tmp_path: Path) -> None:
    from_docx = parse(read_convention(sample_as_docx(tmp_path / "huong-uoc.docx")))
    from_text = parse(read_convention(SAMPLE))
    assert from_docx.chapters == from_text.chapters
    assert from_docx.flagged == ()
    assert "Lê Thị Minh Hằng\tPhạm Văn Toàn" in from_docx.closing


def test_a_docx_paragraph_with_line_breaks(tmp_path: Path) -> None:
    document = Document()
    paragraph = document.add_paragraph("Điều 1. Phạm vi")
    paragraph.add_run().add_break()
    paragraph.add_run("1. Áp dụng cho mọi hộ.")
    path = tmp_path / "a.docx"
    document.save(str(path))
    assert parse(read_convention(path)).articles[0].clauses[0].text == "Áp dụng cho mọi hộ."


ABSTRACT = """<w:abstractNum {ns} w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
    <w:lvlText w:val="%2)"/></w:lvl>
</w:abstractNum>"""
ARTICLES = """<w:abstractNum {ns} w:abstractNumId="91">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="Điều %1."/></w:lvl>
</w:abstractNum>"""
NUM = '<w:num {ns} w:numId="{num}"><w:abstractNumId w:val="{abstract}"/></w:num>'


def add_list(document, abstract_xml: str, abstract: int, nums: list[int]) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    root = document.part.numbering_part.element
    ns = nsdecls("w")
    root.insert(0, parse_xml(abstract_xml.format(ns=ns)))
    for num in nums:
        root.append(parse_xml(NUM.format(ns=ns, num=num, abstract=abstract)))


def numbered(document, text: str, num: int, level: int = 0) -> None:
    paragraph = document.add_paragraph(text)
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_numId().val = num
    num_pr.get_or_add_ilvl().val = level


def test_word_automatic_numbering_becomes_clauses_and_points(tmp_path: Path) -> None:
    """Articles, clauses and points numbered by Word itself, not typed: each article restarts
    its clauses at 1 (a new list), and each clause its points at a)."""
    document = Document()
    add_list(document, ABSTRACT, 90, [901, 902])
    add_list(document, ARTICLES, 91, [911])
    document.add_paragraph("Chương I")
    document.add_paragraph("NHỮNG QUY ĐỊNH CHUNG")
    numbered(document, "Phạm vi", 911)
    numbered(document, "Hương ước áp dụng cho mọi hộ.", 901)
    numbered(document, "Các hộ có trách nhiệm:", 901)
    numbered(document, "Chấp hành Hương ước;", 901, 1)
    numbered(document, "Tham gia họp.", 901, 1)
    numbered(document, "Khen thưởng", 911)
    numbered(document, "Biểu dương.", 902)
    path = tmp_path / "word-numbering.docx"
    document.save(str(path))
    parsed = parse(read_convention(path))
    first, second = parsed.articles
    assert (first.number, first.title, second.number, second.title) == (
        1, "Phạm vi", 2, "Khen thưởng")
    assert [c.number for c in first.clauses] == [1, 2]
    assert [(p.letter, p.text) for p in first.clauses[1].points] == [
        ("a", "Chấp hành Hương ước;"), ("b", "Tham gia họp.")]
    assert [(c.number, c.text) for c in second.clauses] == [(1, "Biểu dương.")]
    assert parsed.flagged == ()


def test_word_number_formats() -> None:
    from desktop.core.conventions.word_numbering import formatted

    assert [formatted(n, "lowerLetter") for n in (1, 4, 5, 6, 7)] == ["a", "d", "đ", "e", "g"]
    assert [formatted(n, "upperRoman") for n in (1, 4, 9, 14)] == ["I", "IV", "IX", "XIV"]
    assert formatted(3, "decimal") == "3" and formatted(3, "none") == ""
