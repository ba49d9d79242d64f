"""The printed documents, from data to PDF bytes, against a bare ReportLab page in the same
font built in the same run (#17: an agreement under 40 ms, a 1,000-case logbook under 3 s).

    .venv/bin/python -m tests.perf.bench_documents
    .venv/bin/python -m tests.perf --only documents [--quick]

The data are the documents tests' samples (tests/documents/sample_*.py), so no book is needed.
LibreOffice converting an equivalent .docx is the second reference when ``soffice`` is on the
PATH; its row says so when it is not.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate

from desktop.core.documents.agreement import render_agreement
from desktop.core.documents.fonts import REGULAR, register_fonts
from desktop.core.documents.logbook import render_logbook
from tests.documents.sample_agreement import SUMMARY_PARAGRAPHS, make_agreement
from tests.documents.sample_cases import make_logbook
from tests.perf.results import Result, judged, median_ms, table

FULL_LOGBOOK, QUICK_LOGBOOK = 1_000, 200


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


def _agreement(rounds: int) -> Result:
    doc = make_agreement()
    ours = median_ms(lambda: render_agreement(doc), rounds)
    floor = median_ms(lambda: bare_page(list(SUMMARY_PARAGRAPHS) * 2), rounds)
    budget, met = judged(ours, floor, ms=40)
    return Result("agreement PDF (data to bytes)", "1 agreement, 2 pages", round(ours, 1),
                  "bare ReportLab page, same font", round(floor, 1), budget, met)


def _logbook(count: int, rounds: int) -> Result:
    doc = make_logbook(count)
    texts = _logbook_texts(count)
    ours = median_ms(lambda: render_logbook(doc), rounds, warm=False)
    floor = median_ms(lambda: bare_table(texts), rounds, warm=False)
    budget, met = judged(ours, floor, ms=3000 * count / FULL_LOGBOOK)
    return Result("logbook PDF (data to bytes)", f"{count:,} cases", round(ours, 1),
                  "bare ReportLab table, same font", round(floor, 1), budget, met)


def _libreoffice() -> Result:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        return Result("agreement via LibreOffice (.docx to PDF)", "1 document", 0.0,
                      "soffice --convert-to pdf", None, "", None,
                      "soffice is not installed here: not measured")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "agreement.docx"
        _write_docx(source, list(SUMMARY_PARAGRAPHS) * 2)

        def convert() -> None:
            subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", folder,
                            str(source)], check=True, capture_output=True)

        floor = median_ms(convert, 3)
    ours = median_ms(lambda: render_agreement(make_agreement()), 5)
    return Result("agreement vs LibreOffice", "1 agreement", round(ours, 1),
                  "soffice --convert-to pdf", round(floor, 1), "", None)


def _write_docx(path: Path, paragraphs: list[str]) -> None:
    import zipfile
    from xml.sax.saxutils import escape

    body = "".join(f"<w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p>" for text in paragraphs)
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
    results = [_agreement(5 if quick else 15),
               _logbook(QUICK_LOGBOOK if quick else FULL_LOGBOOK, 1 if quick else 3),
               _libreoffice()]
    for result in results:
        print(f"  {result.operation:<40} {result.ours_ms:10.1f} ms  {result.note}", flush=True)
    return results


def main(argv: list[str]) -> int:
    print(table(collect("--quick" in argv)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
