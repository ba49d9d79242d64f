"""Village convention files (.txt in any encoding, .docx): read, parsed and imported the way
the command line and the import dialog do it, in one transaction against a real book."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document

from desktop.core.conventions.parser import guess_title, parse
from desktop.core.conventions.reading import read_convention
from desktop.core.policy import settings
from desktop.core.services.conventions import versions as conventions
from desktop.core.services.workspace import book as workspace
from tests.actors import leader
from tests.conventions.test_parser import SAMPLE
from tests.hostile.corpus import _write, generic_cases, sparse, zip_bytes
from tests.hostile.registry import Case, reader

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    b'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
    b'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="'
    b'application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.'
    b'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        b'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        b'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        b'Target="word/document.xml"/></Relationships>')


def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def sample_docx(_folder: Path, _book: Path) -> bytes:
    document = Document()
    for line in sample_text().splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def sample_txt(_folder: Path, _book: Path) -> bytes:
    return sample_text().encode("utf-8")


def docx_with(document_xml: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal Word package around ``document_xml`` (plus ``extra`` members)."""
    members = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS,
               "word/document.xml": document_xml, **(extra or {})}
    return zip_bytes(members)


def paragraphs_xml(body: bytes) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>'.encode()
            + body + b"</w:body></w:document>")


def billion_laughs() -> bytes:
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10}">' for n in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]><w:document {W}><w:body>'
            '<w:p><w:r><w:t>Điều 1. &lol9;</w:t></w:r></w:p></w:body></w:document>').encode()


def external_entity() -> bytes:
    return (f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">'
            f']><w:document {W}><w:body><w:p><w:r><w:t>Điều 1. &x;</w:t></w:r></w:p></w:body>'
            '</w:document>').encode()


def deep_xml(depth: int = 100_000) -> bytes:
    return paragraphs_xml(b"<w:p>" * depth + b"</w:p>" * depth)


BOMB_MIB = 256


def zip_bomb() -> bytes:
    """A document.xml that unpacks to 256 MiB of one repeated paragraph: compressed at the
    highest level it is well under 1 MB (ratio ~1000:1)."""
    import zlib

    paragraph = b"<w:p><w:r><w:t>Dieu 1. a</w:t></w:r></w:p>"
    chunk = paragraph * (1024 * 1024 // len(paragraph))
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    crc, parts = 0, []
    for _ in range(BOMB_MIB):
        parts.append(compressor.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    body = b"".join(parts) + compressor.flush()
    return _raw_deflate_zip("word/document.xml", body, BOMB_MIB * len(chunk), crc=crc)


def _raw_deflate_zip(name: str, deflated: bytes, size: int, crc: int) -> bytes:
    """A zip whose one member is already-deflated data (so 1 GiB need not exist in memory);
    the other members of a Word package come first."""
    import struct

    head = zip_bytes({"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS})
    # rebuild: take the small zip's members, append ours, write a new central directory
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(head))
    out = io.BytesIO()
    central = b""
    for info in source.infolist():
        offset = out.tell()
        raw = head[info.header_offset:]
        local_len = 30 + struct.unpack("<H", raw[26:28])[0] + struct.unpack("<H", raw[28:30])[0]
        out.write(raw[:local_len + info.compress_size])
        central += _central(info.filename.encode(), info.CRC, info.compress_size,
                            info.file_size, offset)
    offset = out.tell()
    encoded = name.encode()
    out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(deflated),
                          size & 0xFFFFFFFF, len(encoded), 0) + encoded + deflated)
    central += _central(encoded, crc, len(deflated), size & 0xFFFFFFFF, offset)
    start = out.tell()
    out.write(central)
    count = len(source.infolist()) + 1
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), start, 0))
    return out.getvalue()


def _central(name: bytes, crc: int, packed: int, size: int, offset: int) -> bytes:
    import struct

    return struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, packed, size,
                       len(name), 0, 0, 0, 0, 0, offset) + name


def many_articles(count: int = 100_000) -> bytes:
    return "\n".join(f"Điều {n}. Quy định số {n}" for n in range(1, count + 1)).encode()


def invalid_utf8() -> bytes:
    text = sample_text().encode("utf-8")
    garbage = b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc\x81\x8d\x8f\x90"
    return text[:2000] + garbage + text[2000:]


CONVENTION_CASES = [
    *generic_cases(".docx", sample_docx),
    *generic_cases(".txt", sample_txt, truncation_shows=False),
    Case("old Word .doc", _write("huong-uoc.doc",
                                 b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))),
    Case(".txt that is UTF-8 with invalid bytes", _write("invalid-utf8.txt",
                                                        lambda f, b: invalid_utf8())),
    Case(".txt of text without any article", _write("no-articles.txt",
                                                    "Xin chào bà con.\n".encode() * 200)),
    Case(".txt: a 5 MB single line", _write("long-line.txt",
                                            lambda f, b: b"Dieu 1. " + b"a" * 5_000_000)),
    Case(".txt: a 900 kB single line", _write("long-line-900k.txt",
                                              lambda f, b: "Điều 1. ".encode() + b"x" * 900_000)),
    Case(".txt: 100,000 articles", _write("many-articles.txt", lambda f, b: many_articles())),
    Case(".txt: 20,000 articles", _write("20k-articles.txt", lambda f, b: many_articles(20_000))),
    Case(".txt: 8 GiB sparse UTF-16", sparse("huge-utf16.txt", b"\xff\xfe")),
    Case(".docx: zip bomb, 256 MiB document.xml", _write("bomb.docx", lambda f, b: zip_bomb())),
    Case(".docx: member named ../../evil", _write("traversal.docx", lambda f, b: docx_with(
        paragraphs_xml(b"<w:p><w:r><w:t>Dieu 1. a</w:t></w:r></w:p>"),
        {"../../evil.sh": b"rm -rf ~"}))),
    Case(".docx: member with an absolute name", _write("absolute.docx", lambda f, b: docx_with(
        paragraphs_xml(b""), {"/etc/cron.d/evil": b"x"}))),
    Case(".docx: billion laughs", _write("laughs.docx",
                                         lambda f, b: docx_with(billion_laughs()))),
    Case(".docx: external entity", _write("xxe.docx", lambda f, b: docx_with(external_entity()))),
    Case(".docx: XML nested 100,000 deep", _write("deep.docx", lambda f, b: docx_with(deep_xml()))),
    Case(".docx: document.xml not XML", _write("not-xml.docx",
                                               lambda f, b: docx_with(b"\x00\xff garbage <<"))),
    Case(".docx: no document part", _write("no-document.docx", lambda f, b: zip_bytes(
        {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS}))),
    Case(".docx: 5,000 members", _write("many-members.docx", lambda f, b: zip_bytes(
        {f"word/media/x{n}.bin": b"" for n in range(5000)}))),
    Case(".docx: 40 MB of XML", _write("big-xml.docx", lambda f, b: docx_with(
        paragraphs_xml(b"<w:p><w:r><w:t>Dieu 1. a</w:t></w:r></w:p>" * 1_000_000)))),
    Case(".docx: empty document", _write("empty-document.docx",
                                         lambda f, b: docx_with(paragraphs_xml(b"")))),
]


@reader("convention file", CONVENTION_CASES)
def import_convention_file(path: Path, book_path: Path, _work: Path) -> object:
    parsed = parse(read_convention(path))
    book = workspace.open_book(book_path)
    try:
        with book.database.transaction(leader("hostile", book.device)) as session:
            team_id = settings.own_team_id(session)
            assert team_id is not None
            return conventions.import_convention(
                session, team_id, parsed, guess_title(parsed) or path.stem)
    finally:
        book.database.dispose()
