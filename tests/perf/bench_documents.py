"""The printed documents, from data to PDF bytes, against bare ReportLab output in the same
font built in the same run (#17: an agreement under 40 ms, a 1,000-case logbook under 3 s).

    .venv/bin/python -m tests.perf.bench_documents
    .venv/bin/python -m tests.perf --only documents [--quick]

Two references for each document, so the ratio says both what ReportLab itself costs and what
our layout adds: the **bare canvas** (the same texts cut into lines at a fixed count of letters
and drawn with ``drawString``: font subsetting, encoding and compression only, no measuring, no
layout) and the **bare platypus** build (the texts as plain paragraphs or one plain grid: the
line breaking and page flow of ReportLab's own layout engine). The data are the documents tests'
samples (tests/documents/sample_*.py), so no book is needed. LibreOffice converting an
equivalent .docx (the same texts; the logbook's as one Word table) is a further reference when
``soffice`` is on the PATH (``apt-get install --no-install-recommends libreoffice-writer``); its
row says so when it is not.
"""

from __future__ import annotations

import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate

from desktop.core.documents.agreement import render_agreement
from desktop.core.documents.fonts import REGULAR, register_fonts
from desktop.core.documents.logbook import render_logbook
from desktop.core.resources import resource_path
from tests.documents.sample_agreement import SUMMARY_PARAGRAPHS, make_agreement
from tests.documents.sample_cases import make_logbook
from tests.perf.results import Result, judged, median_ms, table

FULL_LOGBOOK, QUICK_LOGBOOK = 1_000, 200


def bare_canvas(texts: list[str], *, landscape_page: bool = False, size: float = 13,
                columns: int = 1) -> bytes:
    """The floor under any layout: the texts drawn straight on a canvas in the same font.

    Each text is cut into lines of a fixed count of letters (no width measured) and drawn line
    by line, ``columns`` texts side by side on a row as the logbook's cells are; a new page when
    the page is full. What remains is ReportLab's own cost: glyphs subset and encoded, streams
    compressed, the file written.
    """
    register_fonts()
    buffer = io.BytesIO()
    page = landscape(A4) if landscape_page else A4
    canvas = Canvas(buffer, pagesize=page)
    margin, leading = 50.0, size * 1.3
    column_width = (page[0] - 2 * margin) / columns
    letters = max(8, int(column_width / (size * 0.5)))  # about half an em a letter
    top = y = page[1] - margin
    for start in range(0, len(texts), columns):
        cells = [_cut(text, letters) for text in texts[start:start + columns]]
        height = max(len(lines) for lines in cells) * leading
        if y - height < margin:
            canvas.showPage()
            y = top
        canvas.setFont(REGULAR, size)
        for column, lines in enumerate(cells):
            for line_number, line in enumerate(lines):
                canvas.drawString(margin + column * column_width, y - line_number * leading, line)
        y -= height
    canvas.save()
    return buffer.getvalue()


def _cut(text: str, letters: int) -> list[str]:
    return [text[at:at + letters] for at in range(0, len(text), letters)] or [""]


def bare_page(texts: list[str]) -> bytes:
    """The floor: the same font, the texts as plain paragraphs on A4, nothing else."""
    register_fonts()
    buffer = io.BytesIO()
    body = ParagraphStyle("bare", fontName=REGULAR, fontSize=13, leading=17)
    SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph(text, body) for text in texts])
    return buffer.getvalue()


def bare_table(rows: list[list[str]]) -> bytes:
    """The floor for the logbook: its rows' texts in one plain grid, same font, landscape."""
    register_fonts()
    buffer = io.BytesIO()
    cell = ParagraphStyle("bare_cell", fontName=REGULAR, fontSize=10, leading=12)
    grid = LongTable([[Paragraph(text, cell) for text in row] for row in rows], repeatRows=1)
    SimpleDocTemplate(buffer, pagesize=landscape(A4)).build([grid])
    return buffer.getvalue()


def _logbook_texts(count: int) -> list[list[str]]:
    rows = make_logbook(count).rows
    return [[str(index), row.received_on.isoformat(), ", ".join(row.mediators),
             ", ".join(row.people), row.content, row.agreement, row.case_number, row.notes]
            for index, row in enumerate(rows, start=1)]


Timing = tuple[float, float]  # medians in ms: wall clock, and this process's CPU time


def timed(work: Callable[[], object], rounds: int, warm: bool = True) -> Timing:
    """The wall-clock median (what the budget judges) and the CPU-time median beside it: on a
    machine shared with other jobs the wall clock waits for the processor, the CPU time less."""
    if warm:
        work()
    walls, cpus = [], []
    for _ in range(rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        cpus.append((time.process_time() - cpu) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def _agreement(rounds: int, office: str | None) -> list[Result]:
    doc = make_agreement()
    texts = list(SUMMARY_PARAGRAPHS) * 2  # about the agreement's two pages of text
    ours = timed(lambda: render_agreement(doc), rounds)
    canvas = timed(lambda: bare_canvas(texts), rounds)
    platypus = timed(lambda: bare_page(texts), rounds)
    rows = _against("agreement PDF (data to bytes)", "1 agreement, 2 pages", ours, 40,
                    ("bare canvas page, same font", canvas),
                    ("bare platypus paragraphs, same font", platypus))
    body = "".join(_docx_paragraph(text) for text in texts)
    return [*rows, _libreoffice(office, "agreement", "1 agreement, 2 pages", ours[0], body, 3)]


def _logbook(count: int, rounds: int, office: str | None) -> list[Result]:
    doc = make_logbook(count)
    rows = _logbook_texts(count)
    cells = [text for row in rows for text in row]
    ours = timed(lambda: render_logbook(doc), rounds, warm=False)
    canvas = timed(lambda: bare_canvas(cells, landscape_page=True, size=10,
                                       columns=len(rows[0])), rounds, warm=False)
    platypus = timed(lambda: bare_table(rows), rounds, warm=False)
    results = _against("logbook PDF (data to bytes)", f"{count:,} cases", ours,
                       3000 * count / FULL_LOGBOOK,
                       ("bare canvas, same cells, same font", canvas),
                       ("bare platypus table, same font", platypus))
    return [*results, _libreoffice(office, "logbook", f"{count:,} cases", ours[0],
                                   _docx_table(rows), 1)]


def _against(operation: str, size: str, ours: Timing, budget_ms: float,
             *references: tuple[str, Timing]) -> list[Result]:
    """One row per reference, our one median beside each (the budget is the same absolute one),
    the CPU times in the note."""
    rows = []
    for reference, floor in references:
        budget, met = judged(ours[0], floor[0], ms=budget_ms)
        rows.append(Result(operation, size, round(ours[0], 1), reference, round(floor[0], 1),
                           budget, met, f"CPU {ours[1]:,.1f} ms vs {floor[1]:,.1f} ms "
                           f"({ours[1] / floor[1]:.1f}×)"))
    return rows


def _libreoffice(office: str | None, name: str, size: str, ours: float, body: str,
                 rounds: int) -> Result:
    """LibreOffice converting the same texts as a .docx to PDF: what an office suite costs."""
    operation, reference = f"{name} PDF vs LibreOffice", "soffice --convert-to pdf (.docx)"
    if office is None:
        return Result(operation, size, round(ours, 1), reference, None, "", None,
                      "LibreOffice is not installed here: not measured")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"{name}.docx"
        _write_docx(source, body)
        # Why a profile of its own: a first start writes it (seconds), and a user's running
        # LibreOffice would otherwise take the conversion over or refuse it.
        command = [office, f"-env:UserInstallation=file://{folder}/profile", "--headless",
                   "--convert-to", "pdf", "--outdir", folder, str(source)]

        environment = os.environ | {"FONTCONFIG_FILE": _fonts_config(Path(folder))}

        def convert() -> None:
            subprocess.run(command, check=True, capture_output=True, env=environment)

        floor = median_ms(convert, rounds)  # warmed: the profile made once first
        produced = (Path(folder) / f"{name}.pdf").stat().st_size
    return Result(operation, size, round(ours, 1), reference, round(floor, 1), "", None,
                  f"LibreOffice {floor / ours:,.0f}× ours (each conversion starts soffice; "
                  f"its PDF {produced / 1024:,.0f} KB)")


def _fonts_config(folder: Path) -> str:
    """A fontconfig file adding the program's own fonts, so LibreOffice sets the same face."""
    config = folder / "fonts.conf"
    config.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                      '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                      f'<dir>{resource_path("fonts")}</dir></fontconfig>', encoding="utf-8")
    return str(config)


def _office() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


_RUN = ('<w:r><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/>'
        '<w:sz w:val="{half_points}"/></w:rPr>')


def _docx_paragraph(text: str, points: int = 13) -> str:
    from xml.sax.saxutils import escape

    run = _RUN.format(half_points=2 * points)
    return f'<w:p>{run}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def _docx_table(rows: list[list[str]]) -> str:
    """The logbook's rows as one Word table (fixed grid, borders), landscape A4."""
    widths = [int(15840 * share) for share in (0.04, 0.08, 0.12, 0.2, 0.2, 0.2, 0.08, 0.08)]
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    border = '<w:{0} w:val="single" w:sz="4"/>'
    borders = "".join(border.format(side) for side in
                      ("top", "left", "bottom", "right", "insideH", "insideV"))
    body = "".join("<w:tr>" + "".join(f"<w:tc>{_docx_paragraph(text, 10)}</w:tc>" for text in row)
                   + "</w:tr>" for row in rows)
    page = ('<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
            '<w:pgMar w:top="850" w:right="850" w:bottom="850" w:left="850"/></w:sectPr>')
    return (f'<w:tbl><w:tblPr><w:tblLayout w:type="fixed"/><w:tblBorders>{borders}'
            f"</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"
            f"<w:p/>{page}")


def _write_docx(path: Path, body: str) -> None:
    import zipfile

    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(path, "w") as docx:
        docx.writestr("[Content_Types].xml", _CONTENT_TYPES)
        docx.writestr("_rels/.rels", _RELS)
        docx.writestr("word/document.xml", f'<w:document xmlns:w="{namespace}"><w:body>'
                                           f"{body}</w:body></w:document>")


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats'
    '.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')


def collect(quick: bool) -> list[Result]:
    """For ``python -m tests.perf``: the logbook at 1,000 cases (200 when quick)."""
    office = _office()
    results = [*_agreement(5 if quick else 15, office),
               *_logbook(QUICK_LOGBOOK if quick else FULL_LOGBOOK, 1 if quick else 3, office)]
    for result in results:
        print(f"  {result.operation:<40} {result.ours_ms:10.1f} ms  {result.reference}: "
              f"{result.reference_ms} ms  {result.note}", flush=True)
    return results


def main(argv: list[str]) -> int:
    print(table(collect("--quick" in argv)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
