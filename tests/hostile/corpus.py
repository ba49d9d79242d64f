"""Hostile files, written at test time (nothing big is committed; "huge" files are sparse).

Each builder takes the folder to write in and the book under attack (some files are made from
it, e.g. a truncated backup) and returns the path it wrote. ``generic_cases(suffix, sample)``
gives the cases every reader of a file type gets; readers add their own.
"""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from tests.hostile.registry import Case

SPARSE_SIZE = 8 * 1024**3  # 8 GiB declared, a few blocks on disk

_IHDR = b"IHDR" + struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
PNG = (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + _IHDR + struct.pack(">I", zlib.crc32(_IHDR))
       + struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND")))
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
       b"/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
ELF = b"\x7fELF\x02\x01\x01" + bytes(57) + os.urandom(512)
SQLITE_MAGIC = b"SQLite format 3\x00"


def _write(name: str, data: bytes | Callable[[Path, Path], bytes]) -> Callable[[Path, Path], Path]:
    def build(folder: Path, book_path: Path) -> Path:
        path = folder / name
        path.write_bytes(data(folder, book_path) if callable(data) else data)
        return path

    return build


def sparse(name: str, head: bytes = b"", size: int = SPARSE_SIZE) -> Callable[[Path, Path], Path]:
    """A file that says it holds ``size`` bytes (a hole after ``head``): no disk is used."""
    def build(folder: Path, _book: Path) -> Path:
        path = folder / name
        with path.open("wb") as handle:
            handle.write(head)
            handle.truncate(size)
        return path

    return build


def a_folder(name: str) -> Callable[[Path, Path], Path]:
    def build(folder: Path, _book: Path) -> Path:
        path = folder / name
        path.mkdir()
        (path / "word").mkdir()
        return path

    return build


def zip_bytes(members: dict[str, bytes], level: int = 6) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as package:
        for name, data in members.items():
            package.writestr(zipfile.ZipInfo(name), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def generic_cases(suffix: str, sample: Callable[[Path, Path], bytes],
                  truncation_shows: bool = True) -> list[Case]:
    """What any reader of ``suffix`` files must refuse: nothing, half a file, another kind of
    file under its name, a file that says it is gigabytes, random bytes, a folder.
    ``truncation_shows``: False for plain text, where the first half of a file is sound."""
    cut = "refused" if truncation_shows else "either"
    return [
        Case(f"empty {suffix}", _write(f"empty{suffix}", b"")),
        Case(f"one byte {suffix}", _write(f"one-byte{suffix}", b"\x00")),
        Case(f"{suffix} truncated to half", _write(f"half{suffix}",
                                         lambda f, b: (d := sample(f, b))[: len(d) // 2]), cut),
        Case(f"{suffix} truncated to 100 bytes",
             _write(f"head{suffix}", lambda f, b: sample(f, b)[:100]), cut),
        Case("PNG named " + suffix, _write(f"picture{suffix}", PNG)),
        Case("PDF named " + suffix, _write(f"scan{suffix}", PDF)),
        Case("JPEG named " + suffix, _write(f"photo{suffix}", JPEG)),
        Case("program named " + suffix, _write(f"program{suffix}", ELF)),
        Case(f"random bytes {suffix}", _write(f"random{suffix}", os.urandom(64 * 1024))),
        Case(f"NUL bytes {suffix}", _write(f"zeros{suffix}", bytes(64 * 1024))),
        Case(f"8 GiB sparse {suffix}", sparse(f"huge{suffix}")),
        Case(f"8 GiB sparse {suffix}, SQLite header", sparse(f"huge-sqlite{suffix}", SQLITE_MAGIC)),
        Case(f"8 GiB sparse {suffix}, zip header", sparse(f"huge-zip{suffix}", b"PK\x03\x04")),
        Case("a folder named " + suffix, a_folder(f"folder{suffix}")),
        Case(f"zip of other things {suffix}", _write(f"other{suffix}",
                                           zip_bytes({"a.txt": b"hello", "b.bin": PNG}))),
    ]
