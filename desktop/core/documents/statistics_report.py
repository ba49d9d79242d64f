"""The ward's statistics report of a period (DOMAIN.md §3.7, §4): data in, PDF out.

A4 landscape: the tables are wide. The tables are the ones the app shows
(``desktop.core.statistics.tables``); the document's own wording is in
``resources/documents/statistics_report.toml``; the signatures of preparer, checker and head.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Spacer

from desktop.core.documents import parts
from desktop.core.documents.endings import signed_ending
from desktop.core.documents.layout import (
    CELL_SIZE,
    DocumentSpec,
    Signer,
    build_pdf,
    content_width,
    document_title,
    national_header,
    para,
    roman,
    short_date,
    signature_block,
    table,
    table_heading,
    vietnamese_date_line,
)
from desktop.core.documents.logbook_summary import cell
from desktop.core.documents.templates import Wording, load_wording
from desktop.core.statistics.issuer import ReportIssuer
from desktop.core.statistics.periods import CUSTOM
from desktop.core.statistics.report import StatisticsReport
from desktop.core.statistics.rules import load_rules
from desktop.core.statistics.tables import ReportTable, money, report_tables


def _cell(text: str, *, centred: bool = False, bold: bool = False) -> Flowable:
    """A cell in the layout's table type (CELL_SIZE), not the logbook's small one."""
    return cell(text, centred=centred, bold=bold, size=CELL_SIZE)


_GRID = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
         ("BACKGROUND", (0, 0), (-1, 0), "#eeeeee")]
FIRST_COLUMN = {"results": 0.22, "groups": 0.22, "people": 0.3, "overdue": 0.25,
                "remuneration": 0.3, "amendments": 0.14, "amended_totals": 0.25}


def _spec(report: StatisticsReport, w: Wording) -> DocumentSpec:
    return DocumentSpec(title=w.text("document.pdf_title", period=report.period.label),
                        author=report.commune, subject=w.text("document.title"),
                        landscape=True)


def render_statistics_report(report: StatisticsReport, issued_on: date | None = None) -> bytes:
    """The report as PDF bytes."""
    w = load_wording("statistics_report")
    spec = _spec(report, w)
    story = _top(report, w, issued_on or date.today())
    tables = report_tables(report)
    for index, item in enumerate(tables, start=1):
        # a heading goes on with its table's first rows; the table flows on across pages
        story += [*table_heading(f"{roman(index)}.", item.title), _table(item, spec, w),
                  Spacer(1, 6)]
    # the notes' last line stays with the signatures (a page holding only signatures invites
    # doubt) and a page they cannot fit on is closed before them; the recipients follow
    source = load_rules().remuneration.source.text()
    notes = [para(w.text("document.rate_note"), "detail"),
             para(w.text("document.remuneration_note", rate=money(report.rate), source=source),
                  "detail")]
    story += [*signed_ending(notes, _signatures(report, w)), *_recipients(report, w)]
    return build_pdf(spec, story)


def _issuer(report: StatisticsReport) -> ReportIssuer:
    return report.issuer or ReportIssuer(commune=report.commune)


def _top(report: StatisticsReport, w: Wording, issued_on: date) -> list[Flowable]:
    issuer = _issuer(report)
    commune = issuer.commune or report.commune
    if issuer.is_team:
        header = national_header([commune, issuer.team], w.text("team.number"),
                                 vietnamese_date_line(commune, issued_on))
        title = w.text("team.title")
    else:
        header = national_header([w.text("document.issuer", commune=commune)],
                                 w.text("document.number"),
                                 vietnamese_date_line(commune, issued_on))
        title = w.text("document.title")
    period = report.period
    # A standard period is named ("6 tháng đầu năm 2026") and given its dates; any other
    # period's name already is its dates.
    subtitle = (period.label if period.kind == CUSTOM else w.text(
        "document.subtitle", period=period.label, start=short_date(period.start),
        end=short_date(period.end)))
    story = [header, *document_title(title, subtitle)]
    if report.team_filter is not None and report.teams and not issuer.is_team:
        story.append(para(w.text("document.team_subtitle", team=report.teams[0].name),
                          "center"))
    return story + _report_lines(report, issuer, w)


def _report_lines(report: StatisticsReport, issuer: ReportIssuer,
                  w: Wording) -> list[Flowable]:
    """The form's name, who reports to whom, the period and the unit; the day the figures
    stand on. No internal state (sent, locked) goes on the paper."""
    period, commune = report.period, parts.in_sentence(issuer.commune or report.commune)
    dates = {"start": short_date(period.start), "end": short_date(period.end)}
    if issuer.is_team:
        lines = [w.text("team.addressee", commune=commune),
                 w.text("team.reporting_unit", team=issuer.team)]
    else:
        receiving = (w.text("document.receiving_unit", province=issuer.province)
                     if issuer.province else w.text("document.receiving_unknown"))
        lines = [w.text("document.form"), w.text("document.reporting_unit", commune=commune),
                 receiving]
    lines += [w.text("document.period", period=period.label, **dates), w.text("document.unit"),
              w.text("document.as_of", day=short_date(report.as_of))]
    return [para(line, "detail") for line in lines] + [Spacer(1, 4)]


def _table(item: ReportTable, spec: DocumentSpec, w: Wording) -> Flowable:
    if not item.rows:
        return para(w.text("document.none"), "detail")
    width = content_width(spec)
    first = FIRST_COLUMN.get(item.key, 0.2) * width
    rest = (width - first) / max(1, len(item.header) - 1)
    head = [_cell(text, centred=True, bold=True) for text in item.header]
    rows = [[_cell(c.text, centred=i > 0 and (c.case_ids is not None or _numeric(c.text)))
             for i, c in enumerate(row)] for row in item.rows]
    return table([head, *rows], [first, *[rest] * (len(item.header) - 1)], _GRID,
                 repeat_rows=1)


def _numeric(text: str) -> bool:
    return bool(text) and all(ch.isdigit() or ch in ".,% -" for ch in text)


def _signatures(report: StatisticsReport, w: Wording) -> list[Flowable]:
    issuer, blank = _issuer(report), w.text("document.name_line")
    if issuer.is_team:
        return signature_block([Signer("", ""), Signer(w.text("team.signer"),
                                                       issuer.leader or blank,
                                                       w.text("team.hint"))])
    hint = w.text("signatures.hint")
    return signature_block([
        Signer(w.text("signatures.preparer"), blank, hint),
        Signer(w.text("signatures.checker"), blank, hint),
        Signer(w.text("signatures.head"), blank,
               f"{w.text('signatures.head_title')} {w.text('signatures.head_hint')}"),
    ], columns=3)


def _recipients(report: StatisticsReport, w: Wording) -> list[Flowable]:
    issuer = _issuer(report)
    commune = parts.in_sentence(issuer.commune or report.commune)
    province = issuer.province or "......................"
    key = "team.recipients" if issuer.is_team else "document.recipients"
    items = [item.format(commune=commune, province=province) for item in w.texts(key)]
    return [para(w.text("document.recipients_heading"), "label"),
            *(para(item, "detail") for item in items)]
