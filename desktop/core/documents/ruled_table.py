"""A ruled table for long registers (the logbook's thousand rows), drawn straight on the canvas.

ReportLab's ``Table`` of ``Paragraph`` cells costs ~3.4 s for a thousand cases here before any
of our own work (#17: the logbook's budget is 3 s): each cell is a full paragraph, measured
character by character, and every page split rebuilds the rest of the table. This flowable
measures each row once: the words' widths come from a cache (``pdfmetrics.stringWidth`` on
whole words), the lines are broken as ReportLab's ``Paragraph`` breaks plain text (the same
lines), and a page takes its rows by their summed heights. Drawing is one text object per page
with the lines placed where a ``Table`` with ``VALIGN`` would place them, then the rules.

Rows move whole to the next page; only a row taller than a page is cut, between two lines, and
its continuation starts with its first cell's first line and ``continued`` (a mark such as
"(tiếp theo)").
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from desktop.core.documents.layout import nfc

VAlign = Literal["top", "middle"]
SPACE_SHRINK = 0.05  # ReportLab's rl_config.spaceShrinkage: a line may squeeze its spaces 5 %
MIN_CUT_LINES = 3  # a row taller than a page starts on a fresh page unless this many lines fit


@dataclass(frozen=True)
class CellText:
    """One paragraph inside a cell: plain text (no markup), left or centred, regular or bold."""

    text: str
    centred: bool = False
    bold: bool = False


Cell = Sequence[CellText]


@dataclass(frozen=True)
class HeadCell:
    """A header cell spanning columns ``first..last`` and header rows ``top..bottom``."""

    text: str
    first: int
    last: int
    top: int
    bottom: int
    bold: bool = True


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    size: float
    leading: float


@dataclass(frozen=True)
class Line:
    dx: float  # from the cell's left padding edge
    font: str
    text: str


@dataclass(frozen=True)
class MeasuredRow:
    cells: tuple[tuple[Line, ...], ...]  # one per column; a single one when it spans the row
    lines: int  # the tallest cell's lines


# --- measuring --------------------------------------------------------------------------------

_widths: dict[tuple[str, float], dict[str, float]] = {}


def word_width(word: str, font: str, size: float) -> float:
    """``stringWidth`` of one word, remembered per font and size (names and places repeat)."""
    known = _widths.setdefault((font, size), {})
    width = known.get(word)
    if width is None:
        width = known[word] = float(stringWidth(word, font, size))
    return width


def break_lines(text: str, font: str, size: float, width: float) -> list[tuple[str, float]]:
    """The lines (text, width) ``Paragraph`` makes of plain ``text`` at ``width``: words added
    while they fit (spaces may shrink 5 %), a word wider than the line cut between letters."""
    space = word_width(" ", font, size)
    lines: list[tuple[str, float]] = []
    words: list[str] = []
    used = -space
    pending = text.split()
    pending.reverse()
    while pending:
        word = pending.pop()
        word_w = word_width(word, font, size)
        grown = used + space + word_w
        if grown <= width + SPACE_SHRINK * space * len(words):
            words.append(word)
            used = grown
            continue
        if word_w > width:  # too long for any line: fill this line, then whole lines
            pieces = _cut_word(word, font, size, used + space if words else 0.0, width)
            head = pieces.pop(0)
            if head:
                words.append(head)
                used = used + space + word_width(head, font, size)
            if words:
                lines.append((" ".join(words), used))
            words, used = [], -space
            pending.extend(reversed(pieces))
            continue
        if words:
            lines.append((" ".join(words), used))
        words, used = [word], word_w
    if words:
        lines.append((" ".join(words), used))
    return lines


def _cut_word(word: str, font: str, size: float, start: float, width: float) -> list[str]:
    """The word in pieces: the first fills the rest of the line from ``start`` (may be empty),
    each next one a whole line, the last whatever is left (ReportLab's ``_splitWord``: a
    letter wider than a line stays on a line of its own)."""
    pieces, piece, used = [], "", start
    for char in word:
        char_w = word_width(char, font, size)
        if used + char_w > width and (piece or char_w <= width):
            pieces.append(piece)
            piece, used = "", 0.0
        piece += char
        used += char_w
    return [*pieces, piece]


def measure_cell(cell: Cell, fonts: Fonts, width: float) -> tuple[Line, ...]:
    lines: list[Line] = []
    for part in cell:
        font = fonts.bold if part.bold else fonts.regular
        for text, used in break_lines(nfc(part.text), font, fonts.size, width):
            lines.append(Line((width - used) / 2 if part.centred else 0.0, font, text))
    return tuple(lines)


# --- the flowable -----------------------------------------------------------------------------


@dataclass(frozen=True)
class TableSpec:
    """What stays the same on every page: columns, header, type, padding, alignment."""

    widths: tuple[float, ...]
    header: tuple[HeadCell, ...]
    header_rows: int
    fonts: Fonts
    page_room: float  # the frame's height on an empty page
    continued: str  # printed in the first column of a row continued from the page before
    padding_x: float = 3.0
    padding_y: float = 3.0
    valign: VAlign = "top"
    rule_width: float = 0.5


class RuledTable(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """The rows of a register under a header repeated on each page (see the module's doc)."""

    def __init__(self, spec: TableSpec, rows: Sequence[Sequence[Cell]]) -> None:
        super().__init__()
        self.spec, self.hAlign = spec, "CENTER"
        self._source: Sequence[Sequence[Cell]] | None = rows
        self._rows: list[MeasuredRow] = []
        self._header: list[tuple[HeadCell, tuple[Line, ...]]] = []
        self._head_heights: list[float] = []
        self._body: float | None = None  # the rows' summed height, known once

    # measuring once: every later piece shares these lists
    def _measure(self) -> None:
        if self._source is None:
            return
        spec, inner = self.spec, [w - 2 * self.spec.padding_x for w in self.spec.widths]
        self._header = [(head, measure_cell((CellText(head.text, True, head.bold),), spec.fonts,
                                            sum(spec.widths[head.first:head.last + 1])
                                            - 2 * spec.padding_x))
                        for head in spec.header]
        self._head_heights = self._header_heights()
        self._rows = [self._measure_row(row, inner) for row in self._source]
        self._source = None

    def _measure_row(self, row: Sequence[Cell], inner: list[float]) -> MeasuredRow:
        cells: tuple[tuple[Line, ...], ...]
        if len(row) == 1:  # one cell across the whole row
            cells = (measure_cell(row[0], self.spec.fonts, sum(inner) + 2 * self.spec.padding_x
                                  * (len(inner) - 1)),)
        else:
            cells = tuple(measure_cell(cell, self.spec.fonts, width)
                          for cell, width in zip(row, inner, strict=True))
        return MeasuredRow(cells, max(1, *(len(lines) for lines in cells)))

    def _header_heights(self) -> list[float]:
        """Each header row as tall as its own cells need; a cell spanning rows that needs
        more gives the rest to its last row (as ``Table`` does)."""
        heights = [0.0] * self.spec.header_rows
        need = {id(head): len(lines) * self.spec.fonts.leading + 2 * self.spec.padding_y
                for head, lines in self._header}
        for head, _lines in self._header:
            if head.top == head.bottom:
                heights[head.top] = max(heights[head.top], need[id(head)])
        for head, _lines in self._header:
            if head.top != head.bottom:
                short = need[id(head)] - sum(heights[head.top:head.bottom + 1])
                heights[head.bottom] += max(0.0, short)
        return heights

    def row_height(self, row: MeasuredRow) -> float:
        return row.lines * self.spec.fonts.leading + 2 * self.spec.padding_y

    @property
    def header_height(self) -> float:
        return sum(self._head_heights)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._measure()
        if self._body is None:
            self._body = sum(self.row_height(r) for r in self._rows)
        self.width = sum(self.spec.widths)
        self.height = self.header_height + self._body
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """The rows that fit here, then the rest. ReportLab puts the rest on the same page
        again if it can split there, so a piece never leaves a row it could still cut."""
        self._measure()
        room = availHeight - self.header_height
        count, used = 0, 0.0
        for row in self._rows:
            if used + self.row_height(row) > room + 1e-6:
                break
            used += self.row_height(row)
            count += 1
        if count == len(self._rows):
            return [self]
        cut = self._lines_to_cut(self._rows[count], room - used)
        total = self.wrap(availWidth, availHeight)[1] - self.header_height
        if cut:
            tall = self._rows[count]
            head = MeasuredRow(tuple(cell[:cut] for cell in tall.cells), cut)
            rest = self._continuation(tall, cut)
            left = total - used - self.row_height(tall) + self.row_height(rest)
            return [self._piece([*self._rows[:count], head], used + self.row_height(head)),
                    self._piece([rest, *self._rows[count + 1:]], left)]
        if count:
            return [self._piece(self._rows[:count], used),
                    self._piece(self._rows[count:], total - used)]
        return []

    def _lines_to_cut(self, row: MeasuredRow, room: float) -> int:
        """How many of a row's lines go on this page: none unless no page could hold the row
        whole, and none when only a few would (it then starts on the next page)."""
        fresh_room = self.spec.page_room - self.header_height
        if self.row_height(row) <= fresh_room + 1e-6:
            return 0
        lines = int((room - 2 * self.spec.padding_y + 1e-6) // self.spec.fonts.leading)
        if lines >= MIN_CUT_LINES or (lines >= 1 and room >= fresh_room - 1e-6):
            return min(lines, row.lines - 1)
        return 0

    def _continuation(self, row: MeasuredRow, cut: int) -> MeasuredRow:
        first, *others = row.cells
        mark = measure_cell((CellText(self.spec.continued),), self.spec.fonts,
                            self.spec.widths[0] - 2 * self.spec.padding_x)
        cells = ((*first[:1], *mark, *first[max(cut, 1):]),
                 *(cell[cut:] for cell in others))
        return MeasuredRow(cells, max(1, *(len(lines) for lines in cells)))

    def _piece(self, rows: list[MeasuredRow], body: float) -> RuledTable:
        piece = RuledTable(self.spec, ())
        piece._source, piece._rows, piece._body = None, rows, body
        piece._header, piece._head_heights = self._header, self._head_heights
        return piece

    # --- drawing ------------------------------------------------------------------------------

    def draw(self) -> None:
        canvas, spec = self.canv, self.spec
        edges = [0.0]
        for width in spec.widths:
            edges.append(edges[-1] + width)
        self._place_header(edges)
        text = canvas.beginText()
        rules: list[tuple[float, float, float, float]] = []
        top = self._body or 0.0
        for row in self._rows:
            height = self.row_height(row)
            self._draw_row(text, row, edges, top, height)
            rules.append((0.0, top - height, edges[-1], top - height))
            top -= height
        columns = [0.0, edges[-1]] if self._spans_all() else edges
        rules += [(x, self._body or 0.0, x, top) for x in columns]
        canvas.drawText(text)
        self._draw_rules(rules)

    def _draw_rules(self, rules: list[tuple[float, float, float, float]]) -> None:
        self.canv.saveState()
        self.canv.setLineWidth(self.spec.rule_width)
        self.canv.lines(rules)
        self.canv.restoreState()

    def _spans_all(self) -> bool:
        return len(self._rows) == 1 and len(self._rows[0].cells) == 1

    def _place_header(self, edges: list[float]) -> None:
        """The header is the same on every page: drawn once into a form (a PDF XObject) that
        each page shows, not a few dozen lines of text and rules written again per page."""
        canvas, name = self.canv, self._header_form_name()
        if not canvas.hasForm(name):
            canvas.beginForm(name, -1, -1, edges[-1] + 1, self.header_height + 1)
            text = canvas.beginText()
            rules: list[tuple[float, float, float, float]] = []
            self._draw_header(text, edges, rules)
            canvas.drawText(text)
            self._draw_rules(rules)
            canvas.endForm()
        canvas.saveState()
        canvas.translate(0, self._body or 0.0)
        canvas.doForm(name)
        canvas.restoreState()

    def _header_form_name(self) -> str:
        """A name that only this header has in the document, the same in every run (so
        ``rl_config.invariant`` still gives the same bytes)."""
        key = repr((self.spec.widths, self.spec.header, self.spec.fonts)).encode()
        return f"RuledHeader{zlib.crc32(key):08x}"

    def _draw_header(self, text: Any, edges: list[float],
                     rules: list[tuple[float, float, float, float]]) -> None:
        """The header cells, from its own bottom (0) up to its height."""
        tops = [self.header_height]
        for height in self._head_heights:
            tops.append(tops[-1] - height)
        for head, lines in self._header:
            left, right = edges[head.first], edges[head.last + 1]
            upper, lower = tops[head.top], tops[head.bottom + 1]
            content = len(lines) * self.spec.fonts.leading
            self._draw_lines(text, lines, left, upper - (upper - lower - content) / 2)
            rules += [(left, upper, right, upper), (left, lower, right, lower),
                      (left, upper, left, lower), (right, upper, right, lower)]

    def _draw_row(self, text: Any, row: MeasuredRow, edges: list[float], top: float,
                  height: float) -> None:
        for column, lines in enumerate(row.cells):
            content_top = top - self.spec.padding_y
            if self.spec.valign == "middle":
                content_top = top - (height - len(lines) * self.spec.fonts.leading) / 2
            self._draw_lines(text, lines, edges[column], content_top)

    def _draw_lines(self, text: Any, lines: Sequence[Line], left: float,
                    content_top: float) -> None:
        """Baselines as ``Paragraph`` puts them: the font size below the top, then a leading
        per line."""
        fonts = self.spec.fonts
        baseline = content_top - fonts.size
        for line in lines:
            if (text._fontname, text._fontsize) != (line.font, fonts.size):
                text.setFont(line.font, fonts.size, fonts.leading)
            text.setTextOrigin(left + self.spec.padding_x + line.dx, baseline)
            # Why _textOut: textOut measures the string again only to move a cursor we reset.
            text._textOut(line.text)
            baseline -= fonts.leading

