"""The statistics report of a period as tables in the app: choose the period and the team;
save it as PDF or CSV; submit the period (its figures are locked). Double-clicking a figure
lists the cases behind it."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.core.domain.roles import Permission
from desktop.core.errors import HoagiaiError
from desktop.core.files import atomic_write, file_errors
from desktop.core.i18n import N_, _
from desktop.core.policy import access
from desktop.core.services.ward.drilldown import ward_teams
from desktop.core.statistics.periods import CUSTOM, Period, make_period, standard_period
from desktop.core.statistics.report import StatisticsReport
from desktop.core.statistics.rules import load_rules
from desktop.core.statistics.submissions import record_export, statistics_report, submit_period
from desktop.core.statistics.tables import ReportTable, report_tables
from desktop.gui.forms.ui_ward_report import Ui_WardReport
from desktop.gui.kit.changes import Area, Changed, areas_changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.ward.drilldown import CaseListDialog
from desktop.gui.ward.models import IDS_ROLE, ReportTableModel

PERIOD_NAMES = {"half_year": N_("First six months"), "year": N_("Whole year")}


class ReportView(QWidget):
    def __init__(self, context: BookContext, dialogs: Dialogs, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WardReport()
        self.ui.setupUi(self)
        self.context = context
        self.dialogs = dialogs
        self.today = today or date.today()
        self.report: StatisticsReport | None = None
        self.tables: list[QTableView] = []
        self.drilldown: CaseListDialog | None = None
        self.ui.actions.setStretch(0, 1)
        self._fill_choices()
        self._connect()
        self.on_period_kind_changed()
        context.read(self, ward_teams, self.on_teams_loaded)

    def _fill_choices(self) -> None:
        for kind in load_rules().periods:
            self.ui.periodCombo.addItem(_(PERIOD_NAMES.get(kind, kind)), kind)
        self.ui.periodCombo.addItem(_("Other dates"), CUSTOM)
        self.ui.periodCombo.setCurrentIndex(self.ui.periodCombo.findData("year"))
        self.ui.yearSpin.setValue(self.today.year)
        self.ui.teamCombo.addItem(_("All teams (the ward)"), None)

    def _connect(self) -> None:
        ui = self.ui
        ui.periodCombo.currentIndexChanged.connect(self.on_period_kind_changed)
        ui.yearSpin.valueChanged.connect(self.on_period_kind_changed)
        ui.fromEdit.dateChanged.connect(self.reload)
        ui.toEdit.dateChanged.connect(self.reload)
        ui.teamCombo.currentIndexChanged.connect(self.reload)
        ui.pdfButton.clicked.connect(lambda: self.save(".pdf"))
        ui.csvButton.clicked.connect(lambda: self.save(".csv"))
        ui.submitButton.clicked.connect(self.submit)
        self.context.data_changed.connect(self.on_data_changed)

    def on_data_changed(self, changed: Changed) -> None:
        if changed.touches(Area.CASES, Area.STATISTICS, Area.TEAM):
            self.reload()

    def on_teams_loaded(self, teams: list[tuple[uuid.UUID, str]]) -> None:
        for team_id, name in teams:
            self.ui.teamCombo.addItem(name, team_id)

    # --- the period ---------------------------------------------------------------------------

    def on_period_kind_changed(self) -> None:
        kind = self.ui.periodCombo.currentData()
        custom = kind == CUSTOM
        self.ui.yearSpin.setEnabled(not custom)
        for edit in (self.ui.fromEdit, self.ui.toEdit):
            edit.setEnabled(custom)
        if not custom:
            period = standard_period(kind, self.ui.yearSpin.value())
            for edit, day in ((self.ui.fromEdit, period.start), (self.ui.toEdit, period.end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.reload()

    def period(self) -> Period:
        start, end = self.ui.fromEdit.date().toPython(), self.ui.toEdit.date().toPython()
        return make_period(start, end)  # type: ignore[arg-type]

    def reload(self) -> None:
        try:
            period = self.period()
        except HoagiaiError as error:
            self.ui.stateLabel.setText(str(error))
            return
        team_id, today = self.ui.teamCombo.currentData(), self.today
        self.context.read(self, lambda session: statistics_report(session, period, today, team_id),
                          self.show_report, self.on_failed)

    def on_failed(self, error: HoagiaiError) -> None:
        self.ui.stateLabel.setText(str(error))

    # --- showing --------------------------------------------------------------------------

    def show_report(self, report: StatisticsReport) -> None:
        if not self._still_wanted(report):
            return
        self.report = report
        self._show_state(report)
        layout = self.ui.tablesLayout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.tables = []
        for table in report_tables(report):
            title = QLabel(f"<b>{table.title}</b>", self.ui.tablesWidget)
            layout.addWidget(title)
            widget = self._table_widget(table)
            self.tables.append(widget)
            layout.addWidget(widget)
        layout.addStretch(1)

    def _still_wanted(self, report: StatisticsReport) -> bool:
        """False for the answer to an earlier choice that arrives after a later one."""
        try:
            period = self.period()
        except HoagiaiError:
            return False
        return ((report.period.start, report.period.end) == (period.start, period.end)
                and report.team_filter == self.ui.teamCombo.currentData())

    def _show_state(self, report: StatisticsReport) -> None:
        submission = report.submission
        if submission is not None:
            text = _("{period}: submitted on {day:%d/%m/%Y} by {user}. Its figures are locked; "
                     "later changes appear as amendments in the next report.").format(
                period=report.period.label, day=submission.submitted_at,
                user=submission.submitted_by)
        else:
            text = _("{period}: not submitted yet; the figures are as the book stands on "
                     "{day:%d/%m/%Y}.").format(period=report.period.label, day=report.as_of)
        self.ui.stateLabel.setText(text)
        may_submit = access.permitted(self.context.actor, Permission.MANAGE_WARD_DATA)
        self.ui.submitButton.setEnabled(may_submit and submission is None
                                         and report.team_filter is None)

    def _table_widget(self, table: ReportTable) -> QTableView:
        widget = QTableView(self.ui.tablesWidget)
        widget.setModel(ReportTableModel(table, widget))
        widget.setObjectName(_object_name(table.key))
        widget.setAccessibleName(table.title)
        widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        widget.verticalHeader().hide()
        widget.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.6))
        widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        widget.horizontalHeader().setStretchLastSection(True)
        widget.setWordWrap(False)
        # the whole table shows (the page scrolls, not each table); room for a scroll bar
        rows = len(table.rows) * widget.verticalHeader().defaultSectionSize()
        bar = widget.horizontalScrollBar().sizeHint().height()
        widget.setFixedHeight(widget.horizontalHeader().sizeHint().height() + rows + bar
                              + 2 * widget.frameWidth())
        widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.doubleClicked.connect(
            lambda index, w=widget, t=table: self.on_cell_double_clicked(w, t, index.row(),
                                                                         index.column()))
        return widget

    def on_cell_double_clicked(self, widget: QTableView, table: ReportTable, row: int,
                               column: int) -> None:
        ids = widget.model().index(row, column).data(IDS_ROLE)
        if ids is None:
            return
        title = f"{table.header[column]} — {table.rows[row][0].text}"
        self.drilldown = CaseListDialog(self.context, self.dialogs, title, ids, self)
        self.drilldown.show()

    # --- saving and submitting -------------------------------------------------------------

    def save(self, suffix: str) -> None:
        report = self.report
        if report is None:
            return
        name = f"thong-ke-{report.period.start:%Y%m%d}-{report.period.end:%Y%m%d}{suffix}"
        file_filter = _("PDF documents (*.pdf)") if suffix == ".pdf" else _("CSV files (*.csv)")
        path = self.dialogs.save_file(self, _("Save the statistics report"), Path.home() / name,
                                      file_filter)
        if path is None:
            return
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.context.write(self, lambda session: self._write_file(session, report, path, suffix),
                           lambda _result: self.ui.stateLabel.setText(
                               _("Saved to {path}.").format(path=path)), self.on_failed,
                           changed=areas_changed(Area.STATISTICS))

    @staticmethod
    def _write_file(session: Session, report: StatisticsReport, path: Path, suffix: str) -> None:
        if suffix == ".csv":
            from desktop.core.statistics.export_csv import report_csv

            data = report_csv(report)
        else:
            from desktop.core.documents.statistics_report import render_statistics_report

            data = render_statistics_report(report)
        with file_errors(path):  # whole or not at all; a full disk said in words
            atomic_write(path, data)
        record_export(session, report, str(path))

    def submit(self) -> None:
        report = self.report
        if report is None or report.submission is not None:
            return
        question = _("Submit the report for {period}? Its figures will be locked: later "
                     "changes to its cases will appear as amendments in the next period's "
                     "report.").format(period=report.period.label)
        if not self.dialogs.confirm(self, _("Submit the period"), question):
            return
        period, today = report.period, self.today
        self.context.write(self, lambda session: submit_period(session, period, today),
                           None, self.on_failed, reason=_("Statistics report submitted"),
                           changed=areas_changed(Area.STATISTICS))


def _object_name(key: str) -> str:
    """``amended_totals`` -> ``amendedTotalsTable``: the forms' object-naming style."""
    first, *rest = key.split("_")
    return first + "".join(part.title() for part in rest) + "Table"
