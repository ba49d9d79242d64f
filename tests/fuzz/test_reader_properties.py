"""Hypothesis properties of the readers of outside files: the convention text parser, text
decoding, the Word reader and the backup checker. Each either gives a sound result or refuses
with a ``HoagiaiError``; none crashes, hangs or loses text."""

from __future__ import annotations

import io
import re
import tempfile
import unicodedata
from pathlib import Path

from docx import Document
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.core.conventions.parser import parse
from desktop.core.conventions.reading import decode_text, read_convention, read_docx
from desktop.core.conventions.structure import ParsedConvention
from desktop.core.errors import HoagiaiError
from desktop.core.services.workspace import backups

WORDS = ("hộ", "gia", "đình", "giữ", "gìn", "vệ", "sinh", "ngõ", "xóm", "Điều", "điều", "khoản",
         "Chương", "chương", "CHƯƠNG", "ĐIỀU", "I", "II", "V", "X", "1.", "2)", "a)", "đ)", "b.",
         "Mục", "1", "12.", "-", "+", "*", "…", "(", ")", ":", ";", "TM.", "Trưởng", "ký", "tên",
         "HƯƠNG", "ƯỚC", "Quy", "ước", "Căn", "cứ")
PREFIXES = ("", "", "Điều {n}. ", "Điều {n}: ", "ĐIỀU {n}. ", "Chương {r}", "CHƯƠNG {r}. ",
            "{n}. ", "{n}) ", "{l}) ", "- ", "+ ", "Khoản {n}. ", "Mục {n}. ", "Điều {n}")
LETTERS = "abcdđeghiklmnopqrstuvxy"

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@st.composite
def convention_like_line(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(PREFIXES)).format(
        n=draw(st.integers(0, 120)), r=draw(st.sampled_from(("I", "II", "IV", "1", "X"))),
        l=draw(st.sampled_from(LETTERS)))
    words = draw(st.lists(st.sampled_from(WORDS), max_size=10))
    return prefix + " ".join(words)


convention_like_text = st.lists(
    st.one_of(convention_like_line(), st.just(""), st.text(max_size=40)), max_size=60
).map("\n".join)


def rendered(parsed: ParsedConvention) -> str:
    """Everything the structure holds, as text."""
    parts = [parsed.preamble, parsed.closing]
    parts += [fragment.text for fragment in parsed.preamble_flagged]
    for chapter in parsed.chapters:
        parts += [chapter.label, chapter.title]
        for article in chapter.articles:
            parts += [str(article.number), article.title, article.body]
    return "\n".join(parts)


_WORD = re.compile(r"\w+")


def words_of(text: str) -> set[str]:
    """The words a reader must keep: after the invisible characters that every reader removes
    (desktop.core.domain.hygiene through text.clean), which may join what they separated."""
    from desktop.core.domain.text import clean

    return set(_WORD.findall(unicodedata.normalize("NFC", clean(text)).casefold()))


@given(convention_like_text)
@FUZZ
@example("Điều 1. Phạm vi\n1. Một\n2) Hai\nđ) Năm\nTM. TỔ DÂN PHỐ\nTrưởng ban")
@example("Chương I\n\nĐiều 3\nĐiều 2. lùi số\n1. \n1. trùng số")
def test_the_parser_never_crashes_and_never_loses_words(text: str) -> None:
    parsed = parse(text)
    kept = words_of(rendered(parsed))
    # the numbering words the parser turns into structure are the only ones it may drop
    structural = {"điều", "chương", "khoản", "mục"}
    for number, line in enumerate(text.splitlines(), 1):
        lost = words_of(line) - kept - structural
        lost = {w for w in lost if not w.isdigit() and w not in _ROMAN_WORDS}
        assert not lost, f"line {number} {line!r}: lost {sorted(lost)}"


_ROMAN_WORDS = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}


@given(st.text(max_size=3000))
@FUZZ
def test_the_parser_takes_any_text(text: str) -> None:
    parsed = parse(text)
    assert isinstance(parsed, ParsedConvention)


@given(st.binary(max_size=4000))
@FUZZ
def test_decoding_any_bytes_gives_text_or_a_clear_refusal(data: bytes) -> None:
    try:
        text = decode_text(data)
    except HoagiaiError as error:
        assert error.message
    else:
        assert "\x00" not in text
        assert text == unicodedata.normalize("NFC", text)


printable = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Co", "Cn")), max_size=400)


@given(printable, st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
@FUZZ
def test_text_in_a_unicode_encoding_comes_back_whole(text: str, encoding: str) -> None:
    try:
        decoded = decode_text(text.encode(encoding))
    except HoagiaiError:
        assert not text.strip() or encoding == "utf-8"  # UTF-8 without BOM may look UTF-16
        return
    assert decoded == unicodedata.normalize("NFC", text)


xml_text = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Co", "Cn"),
                                 blacklist_characters="\ufffe\uffff"), max_size=200)


@given(st.lists(xml_text, min_size=1, max_size=15), st.lists(xml_text, max_size=6))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_word_reader_keeps_every_paragraph(paragraphs: list[str], cells: list[str]) -> None:
    document = Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if cells:
        row = document.add_table(rows=1, cols=len(cells)).rows[0]
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "huong-uoc.docx"
        document.save(str(path))
        text = read_docx(path)
    for paragraph in paragraphs:
        assert unicodedata.normalize("NFC", paragraph) in text
    for cell in cells:
        assert " ".join(unicodedata.normalize("NFC", cell).split()) in text


@st.composite
def damaged_docx(draw: st.DrawFn) -> bytes:
    document = Document()
    document.add_paragraph("Điều 1. Phạm vi điều chỉnh")
    buffer = io.BytesIO()
    document.save(buffer)
    data = bytearray(buffer.getvalue())
    for _ in range(draw(st.integers(1, 20))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    cut = draw(st.integers(len(data) // 2, len(data)))
    return bytes(data[:cut])


@given(st.one_of(damaged_docx(), st.binary(max_size=3000)))
@FUZZ
def test_a_damaged_word_file_is_read_or_refused_clearly(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "huong-uoc.docx"
        path.write_bytes(data)
        try:
            read_convention(path)
        except HoagiaiError as error:
            assert error.message


@st.composite
def damaged_backup(draw: st.DrawFn, sound: bytes) -> bytes:
    data = bytearray(sound)
    for _ in range(draw(st.integers(1, 12))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        data = data[:draw(st.integers(0, len(data)))]
    return bytes(data)


def test_the_backup_checker_takes_random_and_damaged_files(book_path, team_id) -> None:
    with tempfile.TemporaryDirectory() as folder:
        sound = backups.make_backup(book_path, Path(folder)).path.read_bytes()
    outcomes = {"refused": 0, "sound": 0}

    @given(st.one_of(damaged_backup(sound), st.binary(max_size=5000)))
    @FUZZ
    def check(data: bytes) -> None:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "backup.sqlite"
            path.write_bytes(data)
            try:
                backups.check_backup(path)
            except HoagiaiError as error:
                assert error.message
                outcomes["refused"] += 1
            else:
                outcomes["sound"] += 1

    check()
    assert outcomes["refused"] > 0
