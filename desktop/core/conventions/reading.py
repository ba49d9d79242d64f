"""Getting a convention's text out of the file a community has: .docx or plain text in any
common encoding. Every failure is a ``HoagiaiError`` saying what to do."""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from desktop.core.domain.text import nfc
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_

# Tried in order after the byte-order marks: strict UTF-8, then the Vietnamese Windows code
# page (its tone marks are combining characters, which NFC composes), then Western Windows.
_ENCODINGS = ("utf-8", "cp1258", "windows-1252")
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_ALLOWED_CONTROLS = frozenset("\n\r\t\f\v")

# Limits for files from outside (a USB stick may carry anything). A real convention is 10-40
# pages: some 20-150 thousand characters, a .docx of well under 1 MB.
MAX_TEXT_CHARS = 1_000_000  # about 300 pages of text
MAX_TEXT_BYTES = 4 * MAX_TEXT_CHARS  # UTF-16 takes 2 bytes a letter, cp1258 up to 2
MAX_LINE_CHARS = 50_000  # one paragraph of some 15 pages: no convention writes that
MAX_ARTICLES = 2_000  # conventions have 20-60 articles; this many is another kind of file
MAX_DOCX_BYTES = 50 * 1024 * 1024  # pictures may make a .docx big; its text stays small
MAX_DOCX_UNPACKED = 2 * MAX_DOCX_BYTES  # all members' declared sizes together
MAX_DOCX_XML = 32 * 1024 * 1024  # the XML parts: a 300-page document.xml is some 10 MB
MAX_DOCX_MEMBERS = 2_000
MAX_DOCX_RATIO = 200  # deflate rarely beats 1:100 on real XML; zip bombs reach 1:1000 and more

MISSING_FILE = N_("There is no file at {path}. Check the name and the folder.")
NOT_TEXT = N_("{path} is not a text file or a Word document (.docx). Save the convention as "
              ".docx or .txt and import that file.")
NOT_DOCX = N_("{path} ends in .docx but is not a Word document, or it is damaged. Open it in "
              "Word, save it again as .docx, and import that file.")
EMPTY_TEXT = N_("{path} has no text in it. Check that you chose the convention's file.")
OLD_WORD = N_("{path} is an old Word document (.doc). Open it in Word, save it as .docx, and "
              "import that file.")
LINE_TOO_LONG = N_("{path} has a paragraph of more than {limit} characters: it is not a village "
                   "convention, or it is damaged. Check that you chose the convention's file.")
TOO_MANY_ARTICLES = N_("{path} has more than {limit} articles: it is not a village convention. "
                       "Check that you chose the convention's file.")
TOO_BIG = N_("{path} is far too big for a village convention (more than {limit} MB of text). "
             "Check that you chose the convention's file, not another document.")


def read_convention(path: Path) -> str:
    """The NFC text of a .docx or text file; never an empty string."""
    if not path.is_file():
        raise HoagiaiError(MISSING_FILE, path=path)
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise HoagiaiError(OLD_WORD, path=path)
    text = read_docx(path) if suffix == ".docx" else decode_text(_read_text_file(path), path)
    if not text.strip():
        raise HoagiaiError(EMPTY_TEXT, path=path)
    _check_length(text, path)
    return text


def _too_big(path: Path | str) -> HoagiaiError:
    return HoagiaiError(TOO_BIG, path=path, limit=MAX_TEXT_CHARS // 1_000_000)


def _read_text_file(path: Path) -> bytes:
    """The file's bytes, refusing before reading what no convention could be (a sparse file
    may say it holds gigabytes)."""
    if path.stat().st_size > MAX_TEXT_BYTES:
        raise _too_big(path)
    with path.open("rb") as handle:
        data = handle.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:  # it grew while we looked
        raise _too_big(path)
    return data


_ARTICLE_LINE = re.compile(r"^[ \t]*(?:Điều|ĐIỀU)[ \t]+\d", re.MULTILINE)


def _check_length(text: str, path: Path | str) -> None:
    """Refuse text no convention has, before the parser and the database spend time on it."""
    if len(text) > MAX_TEXT_CHARS:
        raise _too_big(path)
    if max(map(len, text.splitlines()), default=0) > MAX_LINE_CHARS:
        raise HoagiaiError(LINE_TOO_LONG, path=path, limit=f"{MAX_LINE_CHARS:,}".replace(",", "."))
    if len(_ARTICLE_LINE.findall(text)) > MAX_ARTICLES:
        raise HoagiaiError(TOO_MANY_ARTICLES, path=path,
                           limit=f"{MAX_ARTICLES:,}".replace(",", "."))


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

    check_docx_package(path)
    try:
        document = Document(str(path))
        numbering = Numbering(document)
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(_table_lines(block))
            else:
                label = numbering.label(block)
                lines.append(f"{label} {block.text}" if label else block.text)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, TypeError,
            AttributeError, IndexError, OverflowError, RecursionError, EOFError, OSError,
            NotImplementedError, zipfile.LargeZipFile, etree.LxmlError) as error:
        # python-docx and lxml raise many kinds of errors on a damaged package, none of them
        # the user's to read; lxml itself never expands entities for python-docx
        # (resolve_entities=False) and keeps its depth and node-size limits (no huge_tree).
        raise HoagiaiError(NOT_DOCX, path=path) from error
    return nfc("\n".join(lines))


def check_docx_package(path: Path) -> None:
    """Refuse, before anything is unpacked, a .docx that is not a zip, or whose members would
    unpack to more than a convention can hold (a zip bomb). Python's zipfile stops at each
    member's declared size, so the declared sizes bound what parsing can unpack."""
    if path.stat().st_size > MAX_DOCX_BYTES:
        raise _too_big(path)
    try:
        with zipfile.ZipFile(path) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as error:
        raise HoagiaiError(NOT_DOCX, path=path) from error
    if any(_unsafe_name(member.filename) for member in members):
        raise HoagiaiError(NOT_DOCX, path=path)  # Word never writes such names
    unpacked = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members)
    xml = sum(m.file_size for m in members if m.filename.lower().endswith((".xml", ".rels")))
    if len(members) > MAX_DOCX_MEMBERS or unpacked > MAX_DOCX_UNPACKED or xml > MAX_DOCX_XML:
        raise _too_big(path)
    if unpacked > 10 * 1024 * 1024 and unpacked > MAX_DOCX_RATIO * max(packed, 1):
        raise _too_big(path)
    if _declares_a_doctype(path):
        raise HoagiaiError(NOT_DOCX, path=path)


_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")


def _declares_a_doctype(path: Path) -> bool:
    """Word never writes a DOCTYPE: one in an XML part can only declare entities (expansion
    bombs, references to local files), so such a package is refused outright."""
    try:
        with zipfile.ZipFile(path) as package:
            for member in package.infolist():
                if member.filename.lower().endswith((".xml", ".rels")):
                    with package.open(member) as part:
                        head = part.read(65536)
                    root = _FIRST_ELEMENT.search(head)
                    if root is None or b"<!DOCTYPE" in head[:root.start()].upper():
                        return True
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError,
            RuntimeError, zlib.error):
        return True  # damaged, or encrypted members: not a document Word saved
    return False


def _unsafe_name(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or ":" in parts[0] or "\x00" in name


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
