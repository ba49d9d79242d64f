"""Checks every document's PDF must pass: page size and orientation, embedded fonts only."""

from __future__ import annotations

import io

from pypdf import PdfReader

A4_PORTRAIT = (595, 842)


def page_sizes(pdf: bytes) -> set[tuple[int, int]]:
    reader = PdfReader(io.BytesIO(pdf))
    return {(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in reader.pages}


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def assert_fonts_embedded(fonts: list[list[str]]) -> None:
    """Every font embedded (pdffonts' 'emb' column), none of them Helvetica."""
    assert fonts
    for row in fonts:
        assert "Helvetica" not in row[0]
        assert row[-5] == "yes", row  # emb
