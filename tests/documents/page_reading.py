"""Reading a PDF back as a person looks at it: where the words sit on each page (pdftotext's
bounding boxes), the size each run of text is set in, and where the drawn boxes are (pypdf)."""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream

MM = 72 / 25.4
_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                   r"(.*?)</word>")


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    top: float  # from the top of the page, in points
    x1: float
    bottom: float


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    def body_words(self, margin: float = 20 * MM) -> list[Word]:
        """The words between the top and bottom margins (no page number, no footer)."""
        return [w for w in self.words if w.top >= margin and w.bottom <= self.height - margin]


def pages(pdf: bytes) -> list[Page]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.pdf"
        path.write_bytes(pdf)
        html = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"],
                              check=True, capture_output=True, timeout=60).stdout.decode()
    found = []
    for width, height, body in _PAGE.findall(html):
        words = tuple(Word(_unescape(t), float(a), float(b), float(c), float(d))
                      for a, b, c, d, t in _WORD.findall(body))
        found.append(Page(float(width), float(height), words))
    return found


def _unescape(text: str) -> str:
    return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


def text_sizes(pdf: bytes, page: int) -> list[tuple[str, float]]:
    """(text, font size in points) of each run of text on a page (numbered from 0)."""
    found: list[tuple[str, float]] = []

    def visit(text: str, _cm: object, tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            found.append((text.strip(), round(size * tm[3], 2)))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


def rectangles(pdf: bytes, page: int) -> list[tuple[float, float, float, float]]:
    """(x, y, width, height) of every rectangle drawn on a page, in PDF coordinates."""
    reader = PdfReader(io.BytesIO(pdf))
    stream = ContentStream(reader.pages[page].get_contents(), reader)
    return [tuple(float(v) for v in operands)  # type: ignore[misc]
            for operands, operator in stream.operations if operator == b"re"]
