"""The report as a CSV file: UTF-8 with a byte-order mark, so Excel shows Vietnamese letters
right; the tables one after another, a blank line between them."""

from __future__ import annotations

import csv
import io

from desktop.core.i18n import _
from desktop.core.statistics.report import StatisticsReport
from desktop.core.statistics.tables import report_tables


def report_csv(report: StatisticsReport) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([_("Statistics report on grassroots mediation"), report.period.label])
    if report.submission is not None:
        writer.writerow([_("Submitted on {day:%d/%m/%Y} by {user}").format(
            day=report.submission.submitted_at, user=report.submission.submitted_by)])
    for table in report_tables(report):
        writer.writerow([])
        writer.writerow([table.title])
        writer.writerow(table.header)
        writer.writerows([cell.text for cell in row] for row in table.rows)
    return buffer.getvalue().encode("utf-8-sig")
