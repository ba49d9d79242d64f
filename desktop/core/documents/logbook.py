"""The logbook (sổ theo dõi hoạt động hòa giải ở cơ sở, DOMAIN.md §3.1): data in, PDF out.

A4 landscape: the cover; Part I, one row per case in exactly the ten columns of the Ministry of
Justice template, the header repeated on every page, long text wrapping (and splitting) inside
its cell, the signature cells left blank; Part II, the leader's summary
(:mod:`logbook_summary`). Wording in ``resources/documents/logbook.toml``.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from desktop.core.documents import cited, logbook_summary
from desktop.core.documents.data import LogbookDocument, LogbookRow
from desktop.core.documents.layout import (
    DocumentSpec,
    build_pdf,
    content_width,
    day_text,
    escape_text,
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
from desktop.core.documents.logbook_summary import cell
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
    rows = [_row(index, row, w) for index, row in enumerate(doc.rows, start=1)]
    if not rows:
        rows = [[_cell(w.text("part1.empty")), *[""] * 9]]
    return [title, Spacer(1, 6), log_table(_header(w), rows)]


def log_table(header: list[list[object]], rows: list[list[object]]) -> Table:
    """The ten-column grid, header repeated on each page, rows allowed to split."""
    width = content_width(SPEC_LANDSCAPE)
    commands = [*_GRID, *([("SPAN", (0, len(header)), (-1, len(header)))]
                          if len(rows) == 1 and rows[0][1] == "" else [])]
    grid = table([*header, *rows], [width * share for share in COLUMN_SHARES], commands,
                 repeat_rows=len(header))
    # Rows flow on across pages, a case split inside its row (no piece under 40 pt). ReportLab
    # tries a split between rows first when splitByRow is set, and then splits the rest again
    # on the same page, printing the header twice: so in-row splitting comes first.
    grid.splitByRow, grid.splitInRow = 0, 40
    return grid


_GRID = [
    ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("VALIGN", (0, 0), (-1, HEADER_ROWS - 1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    *[("SPAN", (col, 0), (col, 1)) for col in (0, 1, 2, 3, 4, 5, 8, 9)],
    ("SPAN", (6, 0), (7, 0)),
]


def _header(w: Wording) -> list[list[object]]:
    labels = w.texts("part1.columns")
    first: list[object] = [_head(label) for label in labels]
    first[6], first[7] = _head(w.text("part1.result")), ""
    second: list[object] = ["", "", "", "", "", "", _head(labels[6]), _head(labels[7]), "", ""]
    numbers: list[object] = [_head(f"({n})") for n in range(1, 11)]
    return [first, second, numbers]


def _row(index: int, row: LogbookRow, w: Wording) -> list[object]:
    mark = w.text("part1.mark")
    return [_cell(str(index)), _cell(short_date(row.received_on)), _mediators(row, w),
            [_cell(person) for person in row.people], _lines(row.content),
            [*_lines(row.agreement), *_cited(row, w)],
            _cell(mark, centred=True) if row.status is CaseStatus.SUCCESSFUL else "",
            _cell(mark, centred=True) if row.status is CaseStatus.UNSUCCESSFUL else "",
            "", _notes(row, w)]


def _cited(row: LogbookRow, w: Wording) -> list[Flowable]:
    """Column (6) ends with the convention articles the agreement or demands rest on."""
    if not row.citations:
        return []
    found = w.text("conventions.joiner").join(cited.references(row.citations, w, "conventions"))
    return [_cell(w.text("conventions.intro", references=found))]


def _mediators(row: LogbookRow, w: Wording) -> list[Flowable]:
    cells = [_cell(name) for name in row.mediators]
    if row.invited:
        cells.append(_cell(f"{w.text('part1.invited')}: {', '.join(row.invited)}"))
    return cells


def _notes(row: LogbookRow, w: Wording) -> list[Flowable]:
    notes = [w.text("part1.case", case_number=row.case_number)]
    if row.status in (CaseStatus.IN_PROGRESS, CaseStatus.NOT_ELIGIBLE):
        notes.append(w.text(f"notes.{row.status.value}"))
    if row.notes.strip():
        notes.append(row.notes.strip())
    return [_cell(note) for note in notes]


def _lines(text: str) -> list[Flowable]:
    return [_cell(line.strip()) for line in text.splitlines() if line.strip()]


def _cell(text: str, *, centred: bool = False) -> Paragraph:
    return cell(text, centred=centred)


def _head(text: str) -> Paragraph:
    return cell(text, centred=True, bold=True)
