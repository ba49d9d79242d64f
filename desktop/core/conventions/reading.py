"""Getting a convention's text out of the file a community has: .docx or plain text in any
common encoding. Every failure is a ``HoagiaiError`` saying what to do."""

from __future__ import annotations

import zipfile
from pathlib import Path

from desktop.core.domain.text import nfc
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_

# Tried in order after the byte-order marks: strict UTF-8, then the Vietnamese Windows code
# page (its tone marks are combining characters, which NFC composes), then Western Windows.
_ENCODINGS = ("utf-8", "cp1258", "windows-1252")
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_ALLOWED_CONTROLS = frozenset("\n\r\t\f\v")

MISSING_FILE = N_("There is no file at {path}. Check the name and the folder.")
NOT_TEXT = N_("{path} is not a text file or a Word document (.docx). Save the convention as "
              ".docx or .txt and import that file.")
NOT_DOCX = N_("{path} ends in .docx but is not a Word document, or it is damaged. Open it in "
              "Word, save it again as .docx, and import that file.")
EMPTY_TEXT = N_("{path} has no text in it. Check that you chose the convention's file.")
OLD_WORD = N_("{path} is an old Word document (.doc). Open it in Word, save it as .docx, and "
              "import that file.")


def read_convention(path: Path) -> str:
    """The NFC text of a .docx or text file; never an empty string."""
    if not path.is_file():
        raise HoagiaiError(MISSING_FILE, path=path)
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise HoagiaiError(OLD_WORD, path=path)
    text = read_docx(path) if suffix == ".docx" else decode_text(path.read_bytes(), path)
    if not text.strip():
        raise HoagiaiError(EMPTY_TEXT, path=path)
    return text


def decode_text(data: bytes, path: Path | str = "") -> str:
    """Text from bytes: BOMs first, UTF-16 without a BOM, then the encodings above."""
    text = _decoded(data)
    if text is None or not looks_like_text(text):
        raise HoagiaiError(NOT_TEXT, path=path)
    return nfc(text)


def _decoded(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _try(data, encoding)
    if _looks_like_utf16le(data):
        return _try(data, "utf-16-le")
    for encoding in _ENCODINGS:
        text = _try(data, encoding)
        if text is not None:
            return text
    return None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _looks_like_utf16le(data: bytes) -> bool:
    sample = data[:2000]
    return len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 4


def looks_like_text(text: str) -> bool:
    """No NUL, and hardly any control characters: binary garbage decodes, but not like this."""
    if "\x00" in text:
        return False
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in _ALLOWED_CONTROLS)
    return controls <= len(text) // 200


def read_docx(path: Path) -> str:
    """Paragraphs (with the numbers Word adds by itself) and table rows in document order; a
    table row becomes one line with its cells separated by tabs (how the parser recognises a
    signature table)."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    from desktop.core.conventions.word_numbering import Numbering

    try:
        document = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise HoagiaiError(NOT_DOCX, path=path) from error
    numbering = Numbering(document)
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_table_lines(block))
        else:
            label = numbering.label(block)
            lines.append(f"{label} {block.text}" if label else block.text)
    return nfc("\n".join(lines))


def _table_lines(table: object) -> list[str]:
    lines = []
    for row in table.rows:  # type: ignore[attr-defined]
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                cells.append(text)
        if cells:
            lines.append("\t".join(cells))
    return lines
