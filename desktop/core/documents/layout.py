"""The one page layout every document uses (Decree 30/2020/NĐ-CP presentation, DOMAIN.md §3).

A document module builds a list of flowables with the helpers below and hands it to
:func:`build_pdf`::

    story = [
        national_header(["Phường Hòa Bình", "Tổ hòa giải tổ dân phố số 7"], "03/2026/VBHGT",
                        vietnamese_date_line("Phường Hòa Bình", issued_on)),
        *document_title("Văn bản hòa giải thành", "Về việc: tranh chấp lối đi chung"),
        section_heading("1.", "Căn cứ tiến hành hòa giải"),
        para(user_text),
        *signature_block([Signer("Bên thứ nhất", "Nguyễn Thị Hồng Nhung", hint)]),
    ]
    pdf_bytes = build_pdf(DocumentSpec(title="...", author="..."), story)

Every piece of text goes through :func:`escape_text` (NFC, control characters dropped, XML
escaped) before it reaches a ``Paragraph``; helpers that take ``markup`` expect text already built
from escaped pieces.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop import __version__
from desktop.core.documents.cells import CellParagraph
from desktop.core.documents.flow import headings_with_room
from desktop.core.documents.fonts import BOLD, ITALIC, REGULAR, register_fonts
from desktop.core.documents.templates import load_wording

MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"
NUMBER_LABEL = "Số:"
HEADER_COLUMNS = ("42%", "58%")  # the right column must hold NATIONAL_NAME at 12 pt on one line

BODY_SIZE = 13
HEADER_SIZE = 12
MOTTO_SIZE = 13
TITLE_SIZE = 14
PAGE_NUMBER_SIZE = 13  # Decree 30/2020, Appendix I: 13-14 pt
CELL_SIZE = 11  # table cells of the portrait and report tables (remuneration, statistics)
PARAGRAPH_SPACE = 6  # points between paragraphs, at least 6 (Decree 30/2020, Appendix I)

StyleName = Literal[
    "body", "body_indent", "detail", "label", "lead", "heading", "title", "subtitle", "center",
    "cell", "header_body", "header_issuer", "header_national", "header_motto", "date_line",
    "sign_role", "sign_hint", "sign_name",
]

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# --- text -------------------------------------------------------------------------------------


def nfc(value: str) -> str:
    """NFC form without control characters (tab and line breaks are kept)."""
    return _CONTROL_CHARS.sub("", unicodedata.normalize("NFC", value))


def escape_text(value: str) -> str:
    """The one gate for user text into Paragraph markup: NFC, no control chars, ``&<>`` escaped."""
    return escape(nfc(value))


def para(value: str, style_name: StyleName = "body") -> Paragraph:
    """A paragraph of plain text (escaped here)."""
    return CellParagraph(escape_text(value), style(style_name))


def markup_para(markup: str, style_name: StyleName = "body") -> Paragraph:
    """A paragraph of markup that the caller built from :func:`escape_text` pieces."""
    return CellParagraph(markup, style(style_name))


def labelled(label: str, value: str, style_name: StyleName = "detail") -> Paragraph:
    """``Label: value`` on one paragraph, e.g. ``Sinh ngày: 12/04/1978``."""
    return markup_para(f"{escape_text(label)}: {escape_text(value)}", style_name)


def paragraphs(value: str, style_name: StyleName = "body_indent") -> list[Flowable]:
    """User text with line breaks as separate paragraphs (blank lines dropped)."""
    lines = (line.strip() for line in nfc(value).splitlines())
    return [para(line, style_name) for line in lines if line]


def upper(value: str) -> str:
    """Upper case for headers and titles (Python upper-cases Vietnamese letters correctly)."""
    return nfc(value).upper()


# --- dates ------------------------------------------------------------------------------------


def day_text(day: int) -> str:
    """Days 1-9 take a leading zero (Decree 30/2020, Appendix I)."""
    return f"{day:02d}"


def month_text(month: int) -> str:
    """Only January and February take a leading zero (Decree 30/2020, Appendix I)."""
    return f"{month:02d}" if month <= 2 else str(month)


def vietnamese_date(d: date) -> str:
    """``ngày 05 tháng 3 năm 2026``."""
    return f"ngày {day_text(d.day)} tháng {month_text(d.month)} năm {d.year}"


def vietnamese_date_line(place: str, d: date) -> str:
    """The place-and-date line: ``Phường Hòa Bình, ngày 05 tháng 3 năm 2026``."""
    return f"{nfc(place).strip()}, {vietnamese_date(d)}"


def short_date(d: date) -> str:
    """``05/03/2026``, the dd/mm/yyyy form used inside the body."""
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


# --- styles -----------------------------------------------------------------------------------


def style(name: StyleName) -> ParagraphStyle:
    """One of the shared paragraph styles (all in the embedded family)."""
    return _styles()[name]


@cache
def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {name: ParagraphStyle(name, **{**_base(), **extra})
            for name, extra in _STYLE_SPECS.items()}


def _base() -> dict[str, Any]:
    return {"fontName": REGULAR, "fontSize": BODY_SIZE, "leading": BODY_SIZE * 1.3,
            "alignment": TA_JUSTIFY, "spaceAfter": PARAGRAPH_SPACE}


def _centred(font: str, size: float, **extra: Any) -> dict[str, Any]:
    return {"fontName": font, "fontSize": size, "leading": size * 1.2, "alignment": TA_CENTER,
            "spaceAfter": 0, **extra}


_STYLE_SPECS: dict[str, dict[str, Any]] = {
    "body": {},
    "body_indent": {"firstLineIndent": 10 * mm},
    "detail": {"leftIndent": 10 * mm},
    "label": {"spaceBefore": 3, "keepWithNext": 1},
    "lead": {"fontName": BOLD, "spaceBefore": 3, "keepWithNext": 1, "alignment": TA_LEFT},
    "heading": {"fontName": BOLD, "spaceBefore": 6, "keepWithNext": 1, "alignment": TA_LEFT},
    "title": _centred(BOLD, TITLE_SIZE, spaceBefore=18, spaceAfter=2),
    "subtitle": _centred(BOLD, BODY_SIZE, spaceAfter=4),
    "center": _centred(REGULAR, BODY_SIZE),
    "cell": {"fontSize": CELL_SIZE, "leading": CELL_SIZE * 1.2, "alignment": TA_LEFT,
             "spaceAfter": 0},
    "header_body": _centred(REGULAR, HEADER_SIZE),
    "header_issuer": _centred(BOLD, HEADER_SIZE),
    "header_national": _centred(BOLD, HEADER_SIZE),
    "header_motto": _centred(BOLD, MOTTO_SIZE),
    "date_line": _centred(ITALIC, BODY_SIZE, leading=BODY_SIZE * 1.3),
    "sign_role": _centred(BOLD, BODY_SIZE),
    "sign_hint": _centred(ITALIC, 11),
    "sign_name": _centred(BOLD, BODY_SIZE),
}


# --- page -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentSpec:
    """What the page needs to know about a document; the content comes as flowables."""

    title: str  # PDF metadata title
    author: str = ""
    subject: str = ""
    landscape: bool = False  # A4 landscape, for wide tables (logbook)
    page_numbers: bool = True  # False: pages are separate letters (invitations), none numbered


def page_size(spec: DocumentSpec) -> tuple[float, float]:
    size: tuple[float, float] = landscape(A4) if spec.landscape else A4
    return size


def content_width(spec: DocumentSpec) -> float:
    """Width between the margins, for callers sizing table columns."""
    return float(page_size(spec)[0] - MARGIN_LEFT - MARGIN_RIGHT)


FRAME_PADDING = 6  # SimpleDocTemplate's frame keeps 6 pt inside the margins on every side


def frame_height(spec: DocumentSpec) -> float:
    """The height a flowable gets on an empty page (between the margins, inside the frame)."""
    return float(page_size(spec)[1] - MARGIN_TOP - MARGIN_BOTTOM - 2 * FRAME_PADDING)


def build_pdf(spec: DocumentSpec, flowables: Sequence[Flowable]) -> bytes:
    """Lay out the flowables on the shared page and return the PDF bytes.

    Inside :func:`verification_code` every page also carries the code and its QR in the bottom
    margin, so no document module needs to know about verification.
    """
    register_fonts()
    buffer = io.BytesIO()
    code = _VERIFICATION.get()

    def first(canvas: Any, doc: Any) -> None:
        if code:
            _draw_verification(canvas, doc, code)

    def later(canvas: Any, doc: Any) -> None:
        if spec.page_numbers:
            _draw_page_number(canvas, doc)
        first(canvas, doc)

    story = headings_with_room(flowables, content_width(spec))
    _template(spec, buffer).build(story, onFirstPage=first, onLaterPages=later)
    return buffer.getvalue()


# --- verification code ----------------------------------------------------------------------

VERIFY_PREFIX = "HOAGIAI-VERIFY:"  # what the QR holds before the code: no personal data
QR_SIZE = 12 * mm  # fits in the bottom margin with the quiet zone the code needs
QR_EDGE = 5 * mm  # at least this far inside the paper's edge (printers do not print nearer)
_VERIFICATION: ContextVar[str | None] = ContextVar("verification_code", default=None)
_ANCHOR: ContextVar[str] = ContextVar("journal_anchor", default="")


@contextmanager
def verification_code(code: str, anchor: str = "") -> Iterator[None]:
    """Documents built inside this block print ``code`` and its QR on every page, and the
    journal's head (``anchor``, a line of ``db.journal_anchors.anchor_text``) small under them,
    so each paper copy is an anchor of the chain too. Neither enters the document's data."""
    token, anchor_token = _VERIFICATION.set(code), _ANCHOR.set(anchor)
    try:
        yield
    finally:
        _VERIFICATION.reset(token)
        _ANCHOR.reset(anchor_token)


def qr_payload(code: str) -> str:
    return f"{VERIFY_PREFIX}{code}"


def _draw_verification(canvas: Any, doc: Any, code: str) -> None:
    """The QR at the right of the bottom margin, the code and how to check it beside it."""
    width, _height = doc.pagesize
    words = load_wording("common")
    qr_x, qr_y = width - MARGIN_RIGHT - QR_SIZE, max(QR_EDGE, (MARGIN_BOTTOM - QR_SIZE) / 2)
    text_x = qr_x - 2 * mm
    canvas.saveState()
    _draw_qr(canvas, qr_payload(code), qr_x, qr_y)
    canvas.setFont(BOLD, 9)
    canvas.drawRightString(text_x, qr_y + QR_SIZE / 2 + 1, nfc(
        words.text("verification.code", code=code)))
    canvas.setFont(ITALIC, 7.5)
    canvas.drawRightString(text_x, qr_y + QR_SIZE / 2 - 8, nfc(words.text("verification.hint")))
    anchor = _ANCHOR.get()
    if anchor:
        canvas.setFont(REGULAR, 6.5)
        canvas.drawRightString(text_x, qr_y + QR_SIZE / 2 - 16, nfc(anchor))
    canvas.restoreState()


def _draw_qr(canvas: Any, payload: str, x: float, y: float) -> None:
    """The QR's modules as filled rectangles on the canvas. Not through renderPDF: it resets
    the canvas to the graphics defaults, which names Helvetica in the page, a font that is
    then referenced without being embedded."""
    widget = QrCodeWidget(payload, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    scale_x, scale_y = QR_SIZE / (x1 - x0), QR_SIZE / (y1 - y0)
    for module in widget.draw().contents:  # a flat group of rectangles (background first)
        if module.fillColor is None:
            continue  # a transparent background
        canvas.setFillColor(module.fillColor)
        canvas.rect(x + (module.x - x0) * scale_x, y + (module.y - y0) * scale_y,
                    module.width * scale_x, module.height * scale_y, stroke=0, fill=1)


def _template(spec: DocumentSpec, buffer: io.BytesIO) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        buffer, pagesize=page_size(spec), topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
        title=nfc(spec.title), author=nfc(spec.author), subject=nfc(spec.subject),
        creator=f"Sổ hòa giải {__version__}", lang="vi-VN", initialFontName=REGULAR,
    )


def _draw_page_number(canvas: Any, doc: Any) -> None:
    """Page numbers centred in the top margin, from page 2 on (page 1 has none)."""
    width, height = doc.pagesize
    canvas.saveState()
    canvas.setFont(REGULAR, PAGE_NUMBER_SIZE)
    canvas.drawCentredString(width / 2, height - MARGIN_TOP / 2, str(doc.page))
    canvas.restoreState()


# --- keeping things together ---------------------------------------------------------------


def kept_together(flowables: Sequence[Flowable]) -> list[Flowable]:
    """The flowables chained with keepWithNext, so they stay on one page.

    Why not ``KeepTogether``: ReportLab never pulls a KeepTogether into the keepWithNext group of
    the heading above it, so the heading would be left alone at the foot of a page.
    """
    items = list(flowables)
    for item in items[:-1]:
        item.keepWithNext = 1
    return items


# --- tables ---------------------------------------------------------------------------------


def table(rows: Sequence[Sequence[Any]], col_widths: Sequence[float | str],
          commands: Sequence[tuple[Any, ...]] = (), repeat_rows: int = 0) -> Table:
    """A Table in the document font. Use this, never ``Table`` directly.

    Why: ReportLab's cell style binds Helvetica at import time, so every table that does not set
    FONTNAME references an un-embedded Helvetica even when no cell holds a plain string.
    ``col_widths`` accepts points or percentages ("40%") of the frame width; ``repeat_rows``
    header rows are repeated on each page (logbook tables).
    """
    result = Table(rows, colWidths=list(col_widths), repeatRows=repeat_rows, hAlign="CENTER")
    result.setStyle(TableStyle([*_TABLE_FONT, *commands]))
    return result


_TABLE_FONT = [("FONT", (0, 0), (-1, -1), REGULAR, BODY_SIZE, BODY_SIZE * 1.3)]


# --- header and title -------------------------------------------------------------------------


def national_header(issuer: Sequence[str], number: str | None = None,
                    place_date: str | None = None) -> Table:
    """The two-column header.

    ``issuer``: the governing body first, the issuing body last (printed bold, with a short rule).
    ``number``: printed as ``Số: <number>`` under the issuer; ``place_date``: the italic line
    under the motto (see :func:`vietnamese_date_line`).
    """
    date_line = _date_line(place_date) if place_date else ""
    rows: list[list[Any]] = [[_issuer_block(issuer), _national_block()],
                             [_number_line(number), date_line]]
    return table(rows, HEADER_COLUMNS, _HEADER_STYLE)


_HEADER_STYLE = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                 ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                 ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]


def _issuer_block(issuer: Sequence[str]) -> list[Flowable]:
    *upper_bodies, body = issuer
    lines: list[Flowable] = [para(upper(name), "header_body") for name in upper_bodies]
    lines.append(para(upper(body), "header_issuer"))
    lines.append(_rule(_issuer_rule_width(body)))
    return lines


def _issuer_rule_width(body: str) -> float:
    """Decree 30: a third to a half of the issuing body's line; capped for names that wrap."""
    return min(float(stringWidth(upper(body), BOLD, HEADER_SIZE)), 180.0) * 0.4


def _national_block() -> list[Flowable]:
    motto_width = stringWidth(NATIONAL_MOTTO, BOLD, MOTTO_SIZE)
    return [para(NATIONAL_NAME, "header_national"), para(NATIONAL_MOTTO, "header_motto"),
            _rule(motto_width)]


def _date_line(place_date: str) -> Paragraph:
    """A long place name wraps before the date, never inside it."""
    place, comma, when = nfc(place_date).rpartition(", ")
    return para(place + comma + when.replace(" ", "\u00a0"), "date_line")


def _number_line(number: str | None) -> Flowable | str:
    return para(f"{NUMBER_LABEL} {number}", "center") if number else ""


def _rule(width: float) -> HRFlowable:
    return HRFlowable(width=width, thickness=0.6, color=colors.black, spaceBefore=4,
                      spaceAfter=6, hAlign="CENTER")


def document_title(title: str, subtitle: str = "") -> list[Flowable]:
    """The title, upper case bold 14 pt, and an optional bold subject line under it with a
    short rule below (Decree 30/2020, Appendix I: a third to a half of the line's length)."""
    flowables: list[Flowable] = [para(upper(title), "title")]
    if not subtitle:
        return [*flowables, Spacer(1, 10)]
    line = para(subtitle, "subtitle")
    line.keepWithNext = 1
    return [*flowables, line, _subject_rule(subtitle)]


def _subject_rule(subtitle: str) -> HRFlowable:
    width = min(float(stringWidth(nfc(subtitle), BOLD, BODY_SIZE)), 420.0) * 0.4
    return HRFlowable(width=max(width, 40.0), thickness=0.6, color=colors.black,
                      spaceBefore=0, spaceAfter=12, hAlign="CENTER")


def roman(number: int) -> str:
    """Roman numerals for part headings (I, II, ... XXXIX)."""
    tens, units = divmod(number, 10)
    return "X" * tens + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[units]


def section_heading(number: str, text: str) -> Paragraph:
    """A numbered heading (``1.``, ``II.``, ``a)``), kept with the paragraph after it."""
    return markup_para(f"{escape_text(number)} {escape_text(text)}", "heading")


TABLE_START_SPACE = 40 * mm  # a heading, a table's header row and a few of its rows


def table_heading(number: str, text: str) -> list[Flowable]:
    """A numbered heading over a table that may run onto the next pages. Kept with the table
    by keepWithNext, a table shorter than a page would move whole to the next page, leaving
    this one half empty; instead the heading goes to the next page only when the heading
    and the table's first rows would not fit here."""
    heading = section_heading(number, text)
    heading.keepWithNext = 0
    return [CondPageBreak(TABLE_START_SPACE), heading]


# --- signatures -------------------------------------------------------------------------------

SIGN_SPACE = 24 * mm
FINGERPRINT_BOX = (18 * mm, 22 * mm)


@dataclass(frozen=True)
class Signer:
    """One signature place: role over hint, a space to sign (and a fingerprint box), the name."""

    role: str  # printed upper case, e.g. "Bên thứ nhất"
    name: str
    hint: str = ""  # e.g. "(Ký, ghi rõ họ tên hoặc điểm chỉ)"
    fingerprint_label: str | None = None  # caption of the fingerprint box; None: no box


def signature_block(signers: Sequence[Signer], columns: int = 2) -> list[Flowable]:
    """Signers side by side, ``columns`` to a row; a row never splits across pages."""
    rows = [signers[i:i + columns] for i in range(0, len(signers), columns)]
    return [KeepTogether([_signature_row(row, columns)]) for row in rows]


def _signature_row(row: Sequence[Signer], columns: int) -> Table:
    """One row of signers as a table of four lines (role, hint, space, name), so the spaces
    and names stay level when one signer's title wraps onto two lines."""
    share = f"{100 / columns:.4f}%"
    lines = [[para(upper(s.role), "sign_role") for s in row],
             [para(s.hint, "sign_hint") if s.hint else "" for s in row],
             [SigningSpace(s.fingerprint_label) for s in row],
             [para(s.name, "sign_name") for s in row]]
    return table(lines, [share] * len(row), _SIGN_STYLE)


_SIGN_STYLE = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
               ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 0),
               ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, 0), 8),
               ("BOTTOMPADDING", (0, -1), (-1, -1), 8)]


class SigningSpace(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Blank room to sign, with a small fingerprint box at its right edge when labelled."""

    def __init__(self, fingerprint_label: str | None) -> None:
        super().__init__()
        self.label = nfc(fingerprint_label) if fingerprint_label else None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, SIGN_SPACE

    def draw(self) -> None:
        if self.label is None:
            return
        box_w, box_h = FINGERPRINT_BOX
        x, y = self.width - box_w, (SIGN_SPACE - box_h) / 2
        self.canv.setLineWidth(0.5)
        self.canv.rect(x, y, box_w, box_h)
        self.canv.setFont(ITALIC, 7)
        self.canv.drawCentredString(x + box_w / 2, y + 2.5, self.label)

