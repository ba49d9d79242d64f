"""The report laid out as tables of text, the one layout the app's table, the PDF, the CSV file
and the command line all show. A cell that counts cases carries their ids (the drill-down)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.domain.enums import MatterGroup
from desktop.core.i18n import _, count_text, current_language
from desktop.core.statistics.case_ids import CaseIds
from desktop.core.statistics.figures import Ids
from desktop.core.statistics.report import ScopeRow, StatisticsReport
from desktop.core.statistics.rules import load_rules


@dataclass(frozen=True)
class Cell:
    text: str
    case_ids: Ids | None = None  # the cases a count stands for

    @staticmethod
    def count(ids: Ids) -> Cell:
        return Cell(str(len(ids)), ids)


@dataclass(frozen=True)
class ReportTable:
    key: str
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


def percent(value: float | None) -> str:
    if value is None:
        return "-"
    text = f"{value:.1f} %"
    return text.replace(".", ",") if current_language() == "vi" else text


def money(amount: int) -> str:
    return count_text(amount)


def ward_name(_report: StatisticsReport) -> str:
    return _("Total")


def _figure_cells(row: ScopeRow, prefix: str = "") -> list[Cell]:
    return [Cell.count(row.ids(prefix + key)) for key in load_rules().figures]


def _scopes(report: StatisticsReport) -> list[tuple[str, ScopeRow]]:
    scopes = [(r.name, r) for r in report.teams]
    if len(report.teams) != 1:
        scopes.append((ward_name(report), report.ward))
    return scopes


def results_table(report: StatisticsReport) -> ReportTable:
    labels = [label.text() for label in load_rules().figures.values()]
    rows = [(Cell(name), *_figure_cells(row), Cell(percent(row.rate())))
            for name, row in _scopes(report)]
    return ReportTable("results", _("Cases by team"), (_("Team"), *labels, _("Success rate")),
                       tuple(rows))


def groups_table(report: StatisticsReport) -> ReportTable:
    rules = load_rules()
    labels = [label.text() for label in rules.figures.values()]
    scope = report.ward
    rows = [(Cell(rules.groups[g].text()), *_figure_cells(scope, f"{g.value}."),
             Cell(percent(scope.rate(g)))) for g in MatterGroup]
    return ReportTable("groups", _("Cases by matter group"),
                       (_("Matter group"), *labels, _("Success rate")), tuple(rows))


def people_table(report: StatisticsReport) -> ReportTable:
    rules = load_rules()
    rows = [(Cell(name), *(Cell(str(row.people.get(k, 0))) for k in rules.people))
            for name, row in _scopes(report)]
    return ReportTable("people", _("Teams and mediators"),
                       (_("Team"), *(label.text() for label in rules.people.values())),
                       tuple(rows))


def overdue_table(report: StatisticsReport) -> ReportTable:
    rules = load_rules()
    rows = [(Cell(name), *(Cell.count(row.ids(f"overdue.{k}")) for k in rules.overdue))
            for name, row in _scopes(report)]
    title = _("Overdue items on {day:%d/%m/%Y}").format(day=report.as_of)
    return ReportTable("overdue", title,
                       (_("Team"), *(rules.overdue_label(k) for k in rules.overdue)),
                       tuple(rows))


def remuneration_table(report: StatisticsReport) -> ReportTable:
    """Remuneration by team: once per case that ended in the period, either outcome, at the
    rate per case per team (Joint Circular 100/2014). No payment per named mediator: the
    upward report needs none, and the team decides who of its mediators is paid (Art. 4)."""
    rule = load_rules().remuneration
    rows = []
    for name, row in _scopes(report):
        ended = _joined([row.ids(key) for key in sorted(rule.ended_results)])
        rows.append((Cell(name), Cell.count(ended), Cell(money(len(ended) * report.rate))))
    header = (_("Team"), _("Cases ended"), _("Remuneration (VND)"))
    return ReportTable("remuneration", _("Remuneration, once per case per team"), header,
                       tuple(rows))


def _joined(parts: list[Ids]) -> Ids:
    """Several figures' cases as one (a figure counted in the database is read when asked)."""
    counted = [part for part in parts if isinstance(part, CaseIds)]
    if counted and all(isinstance(part, CaseIds) or not part for part in parts):
        return CaseIds.joined(counted)
    return tuple(case for part in parts for case in part)


def amendments_table(report: StatisticsReport) -> ReportTable:
    rows = [(Cell(a.period.label), Cell(a.case_number, (a.case_id,)), Cell(a.team_name),
             Cell(a.dimension_label), Cell(a.value_label(a.old)), Cell(a.value_label(a.new)))
            for a in report.amendments]
    header = (_("Submitted period"), _("Case"), _("Team"), _("What changed"),
              _("As submitted"), _("Now"))
    return ReportTable("amendments", _("Amendments to submitted periods"), header, tuple(rows))


def amended_totals_table(report: StatisticsReport) -> ReportTable:
    figures = load_rules().figures
    rows = [(Cell(t.period.label), Cell(figures[t.key].text()), Cell(str(t.old)),
             Cell(str(t.new))) for t in report.amended_totals]
    return ReportTable("amended_totals", _("Amended totals of submitted periods"),
                       (_("Submitted period"), _("Figure"), _("As submitted"), _("Now")),
                       tuple(rows))


def report_tables(report: StatisticsReport) -> list[ReportTable]:
    """Every table of the report, in the order they are shown and printed."""
    tables = [results_table(report), groups_table(report), people_table(report),
              overdue_table(report), remuneration_table(report)]
    if report.amendments or report.amended_totals:
        tables += [amendments_table(report), amended_totals_table(report)]
    return tables
