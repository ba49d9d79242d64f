"""The report as plain text for the command line: each table with its columns aligned."""

from __future__ import annotations

from desktop.core.i18n import _
from desktop.core.statistics.report import StatisticsReport
from desktop.core.statistics.tables import ReportTable, report_tables


def _numeric(text: str) -> bool:
    return bool(text) and text[0].isdigit()


def _table_text(table: ReportTable) -> list[str]:
    lines = [[*table.header], *([cell.text for cell in row] for row in table.rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(table.header))]
    out = [table.title, "-" * len(table.title)]
    for number, line in enumerate(lines):
        cells = [text.rjust(w) if _numeric(text) else text.ljust(w)
                 for text, w in zip(line, widths, strict=True)]
        out.append("  ".join(cells).rstrip())
        if number == 0:
            out.append("  ".join("-" * w for w in widths))
    if not table.rows:
        out.append(_("(none)"))
    return out


def report_text(report: StatisticsReport) -> str:
    lines = [_("Statistics report on grassroots mediation: {period}")
             .format(period=report.period.label)]
    if report.submission is not None:
        lines.append(_("Submitted on {day:%d/%m/%Y} by {user}").format(
            day=report.submission.submitted_at, user=report.submission.submitted_by))
    for table in report_tables(report):
        lines += ["", *_table_text(table)]
    return "\n".join(lines)
