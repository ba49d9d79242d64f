"""The logbook (sổ theo dõi hoạt động hòa giải ở cơ sở, DOMAIN.md §3.1): data in, PDF out.

A4 landscape: the cover; Part I, one row per case in exactly the ten columns of the Ministry of
Justice template, the header repeated on every page, long text wrapping inside its cell, a row
moved whole to the next page (cut between lines only when taller than a page), the signature
cells left blank; drawn by :mod:`ruled_table`, as a platypus table of a thousand rows alone
missed the 3 s budget (#17); Part II, the leader's summary
(:mod:`logbook_summary`). Wording in ``resources/documents/logbook.toml``.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from desktop.core.documents import cited, logbook_summary
from desktop.core.documents.data import LogbookDocument, LogbookRow
from desktop.core.documents.layout import (
    DocumentSpec,
    build_pdf,
    content_width,
    day_text,
    escape_text,
    frame_height,
    labelled,
    markup_para,
    month_text,
    national_header,
    para,
    short_date,
    style,
    table,
    upper,
)
from desktop.core.documents.logbook_summary import cell_fonts
from desktop.core.documents.ruled_table import Cell, CellText, HeadCell, RuledTable, TableSpec
from desktop.core.documents.templates import Wording, load_wording
from desktop.core.domain.enums import CaseStatus

SPEC_LANDSCAPE = DocumentSpec(title="", landscape=True)
# shares of the width of the ten columns (1)..(10)
COLUMN_SHARES = (0.04, 0.08, 0.12, 0.17, 0.17, 0.16, 0.05, 0.06, 0.08, 0.07)
HEADER_ROWS = 3  # the labels, "Thành"/"Không thành" under "Kết quả", the column numbers


def render_logbook(doc: LogbookDocument) -> bytes:
    """The logbook as PDF bytes (A4 landscape)."""
    w = load_wording("logbook")
    start, end = logbook_summary.period(doc)
    spec = DocumentSpec(title=w.text("document.pdf_title", team_name=doc.team.name),
                        author=doc.author or doc.team.name, landscape=True,
                        subject=w.text("document.pdf_subject", opened=start, closed=end))
    story = [*_cover(doc, w), PageBreak(), *_part_one(doc, w), PageBreak(),
             *logbook_summary.part_two(doc, w, content_width(SPEC_LANDSCAPE))]
    return build_pdf(spec, story)


# --- cover -----------------------------------------------------------------------------------


def _cover(doc: LogbookDocument, w: Wording) -> list[Flowable]:
    team = doc.team
    fields = [("province", team.province), ("district", team.district_legacy),
              ("commune", team.commune), ("village", team.village), ("team", team.name),
              ("volume", doc.volume or w.text("cover.blank"))]
    lines = [labelled(w.text(f"cover.{key}"), value, "body") for key, value in fields
             if value.strip()]
    lines += [para(_cover_date(w, "cover.opened_on", doc.opened_on), "body"),
              para(_cover_date(w, "cover.closed_on", doc.closed_on), "body")]
    box = table([[lines]], ["50%"], [("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return [national_header([team.commune, team.name]), Spacer(1, 50),
            Paragraph(escape_text(upper(w.text("cover.title"))), _cover_title()),
            Spacer(1, 40), box]


def _cover_date(w: Wording, key: str, day: date | None) -> str:
    """"Mở ngày 05 tháng 01 năm 2026", or dots to write the date by hand."""
    if day is None:
        blank = w.text("cover.open_blank")
        return w.text(key, day=blank, month=blank, year=blank)
    return w.text(key, day=day_text(day.day), month=month_text(day.month), year=day.year)


@cache
def _cover_title() -> ParagraphStyle:
    return ParagraphStyle("logbook_cover", parent=style("title"), fontSize=20, leading=26)


# --- Part I ----------------------------------------------------------------------------------


def _part_one(doc: LogbookDocument, w: Wording) -> list[Flowable]:
    title = markup_para(f"{escape_text(upper(w.text('part1.number')))}<br/>"
                        f"{escape_text(upper(w.text('part1.title')))}", "title")
    rows: list[list[Cell]] = [_row(index, row, w) for index, row in enumerate(doc.rows, start=1)]
    if not rows:
        rows = [[(CellText(w.text("part1.empty")),)]]
    return [title, Spacer(1, 6), log_table(_header(w), rows, w.text("part1.continued"))]


def log_table(header: tuple[HeadCell, ...], rows: list[list[Cell]],
              continued: str) -> RuledTable:
    """The ten-column grid, header repeated on each page; a row moves whole to the next page
    unless it is taller than a page (then it is cut between lines and marked continued)."""
    width = content_width(SPEC_LANDSCAPE)
    spec = TableSpec(widths=tuple(width * share for share in COLUMN_SHARES), header=header,
                     header_rows=HEADER_ROWS, fonts=cell_fonts(), continued=continued,
                     page_room=frame_height(SPEC_LANDSCAPE))
    return RuledTable(spec, rows)


def _header(w: Wording) -> tuple[HeadCell, ...]:
    """The labels over two header rows, "Kết quả hòa giải" over (7) and (8), the numbers."""
    labels = w.texts("part1.columns")
    spanning = [HeadCell(labels[col], col, col, 0, 1) for col in range(6)]
    results = [HeadCell(w.text("part1.result"), 6, 7, 0, 0),
               HeadCell(labels[6], 6, 6, 1, 1), HeadCell(labels[7], 7, 7, 1, 1)]
    last = [HeadCell(labels[col], col, col, 0, 1) for col in (8, 9)]
    numbers = [HeadCell(f"({n})", n - 1, n - 1, 2, 2) for n in range(1, 11)]
    return (*spanning, results[0], *last, *results[1:], *numbers)


def _row(index: int, row: LogbookRow, w: Wording) -> list[Cell]:
    mark = (CellText(w.text("part1.mark"), centred=True),)
    return [(CellText(str(index)),), (CellText(short_date(row.received_on)),),
            _mediators(row, w), tuple(CellText(person) for person in row.people),
            _lines(row.content), (*_lines(row.agreement), *_cited(row, w)),
            mark if row.status is CaseStatus.SUCCESSFUL else (),
            mark if row.status is CaseStatus.UNSUCCESSFUL else (),
            (), _notes(row, w)]


def _cited(row: LogbookRow, w: Wording) -> Cell:
    """Column (6) ends with the convention articles the agreement or demands rest on."""
    if not row.citations:
        return ()
    found = w.text("conventions.joiner").join(cited.references(row.citations, w, "conventions"))
    return (CellText(w.text("conventions.intro", references=found)),)


def _mediators(row: LogbookRow, w: Wording) -> Cell:
    cells = [CellText(name) for name in row.mediators]
    if row.invited:
        cells.append(CellText(f"{w.text('part1.invited')}: {', '.join(row.invited)}"))
    return tuple(cells)


def _notes(row: LogbookRow, w: Wording) -> Cell:
    notes = [w.text("part1.case", case_number=row.case_number)]
    if row.status in (CaseStatus.IN_PROGRESS, CaseStatus.NOT_ELIGIBLE):
        notes.append(w.text(f"notes.{row.status.value}"))
    if row.notes.strip():
        notes.append(row.notes.strip())
    return tuple(CellText(note) for note in notes)


def _lines(text: str) -> Cell:
    return tuple(CellText(line.strip()) for line in text.splitlines() if line.strip())
