"""Ward mode in the main window: the summary area with its charts and the statistics report;
figures drill down to the cases behind them, and a case opens read only."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from desktop.core.domain.enums import CaseStatus
from desktop.core.i18n import _
from desktop.core.services.cases.listing import CaseRow
from desktop.core.services.ward.drilldown import DrilldownRow, drilldown_rows, ward_teams
from desktop.core.services.workspace import book as workspace
from desktop.core.statistics.dashboard import OVERDUE_LISTED, OverdueCase, dashboard_data
from desktop.core.statistics.tables import Cell, ReportTable
from desktop.gui.app import build_main_window
from desktop.gui.kit.context import BookContext
from desktop.gui.ward.case_viewer import ReadOnlyCaseWindow
from desktop.gui.ward.dashboard import DashboardView
from desktop.gui.ward.drilldown import sorted_view
from desktop.gui.ward.models import (
    ID_ROLE,
    IDS_ROLE,
    SORT_ROLE,
    DrilldownModel,
    OverdueModel,
    PagedDrilldownModel,
    ReportTableModel,
)
from desktop.gui.ward.report_view import ReportView
from tests.actors import seeding
from tests.gui.conftest import FakeDialogs, make_context
from tests.statistics.conftest import ward_template  # noqa: F401  (a fixture)

TODAY = date(2026, 11, 20)


@pytest.fixture
def ward_book_file(ward_template: Path) -> Path:  # noqa: F811  (the fixture above)
    return ward_template  # one demo ward book per test run, shared with tests/statistics


class WardDialogs(FakeDialogs):
    """Answers the file picker with ``save_path`` too."""

    save_path: Path | None = None

    def save_file(self, parent, title, suggested, file_filter):  # type: ignore[no-untyped-def]
        return self.save_path


@pytest.fixture
def ward_dialogs() -> WardDialogs:
    return WardDialogs()


@pytest.fixture
def ward_context(tmp_path: Path, ward_book_file: Path, qtbot) -> Iterator[BookContext]:
    path = tmp_path / "ward.sqlite"
    shutil.copyfile(ward_book_file, path)
    book = workspace.open_book(path)
    context = make_context(book, seeding("officer", book.device), None)
    yield context
    context.runner.wait_for_done()
    book.database.dispose()


def _wait_loaded(qtbot, view) -> None:
    qtbot.waitUntil(lambda: getattr(view, "data", None) is not None
                    or getattr(view, "report", None) is not None, timeout=20_000)


def test_a_ward_book_opens_on_the_summary(qtbot, ward_context, ward_dialogs, preferences):
    window = build_main_window(ward_context, ward_dialogs, preferences)
    qtbot.addWidget(window)
    assert window.ward_tabs is not None
    assert window.centralWidget() is window.ward_tabs
    assert window.windowTitle().startswith("Phường Yên Hòa")
    assert not window.new_case_action.isVisible()
    area = window.ward_tabs.widget(0)
    _wait_loaded(qtbot, area.dashboard)
    _wait_loaded(qtbot, area.report)


def test_dashboard_charts_match_the_report(qtbot, ward_context, ward_dialogs):
    view = DashboardView(ward_context, ward_dialogs, TODAY)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.data is not None, timeout=20_000)
    ward = view.data.report.ward
    assert [len(ids) for _label, ids in view.bars["status"]] == [
        ward.count(k) for k in ("successful", "unsuccessful", "in_progress", "not_eligible")]
    assert sum(len(ids) for _label, ids in view.bars["team"]) == ward.count("handled")
    assert len(view.bars["month"]) == 12
    # the overdue list is read after the charts are drawn, the first of each figure
    qtbot.waitUntil(lambda: view.ui.overdueTable.model().rowCount() > 0, timeout=20_000)
    assert view.ui.overdueTable.model().rowCount() == len(view.data.overdue) == sum(
        min(ward.count(f"overdue.{key}"), OVERDUE_LISTED) for key in ("start_late", "follow_up"))
    view.on_bar_clicked("team", 0)
    dialog = view.drilldown
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ui.caseTable.model().rowCount() == len(view.bars["team"][0][1]),
                    timeout=20_000)


def test_a_figure_drills_down_to_its_cases_and_a_case_opens_read_only(
        qtbot, ward_context, ward_dialogs):
    view = ReportView(ward_context, ward_dialogs, TODAY)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.report is not None and bool(view.tables), timeout=20_000)
    results = view.findChild(QTableView, "resultsTable")
    successful_column = 4
    total_row = results.model().rowCount() - 1
    total = results.model().index(total_row, successful_column)
    ids = total.data(256)
    assert total.data() == str(len(ids))
    assert len(ids) == view.report.ward.count("successful")
    view.on_cell_double_clicked(results, _table(view, "results"), total_row,
                                successful_column)
    dialog = view.drilldown
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ui.caseTable.model().rowCount() == len(ids), timeout=20_000)
    dialog.on_cell_double_clicked(0, 0)
    windows = dialog.findChildren(ReadOnlyCaseWindow)
    assert len(windows) == 1
    window = windows[0]
    qtbot.waitUntil(lambda: window.data is not None, timeout=20_000)
    assert not window.editing.may_edit
    assert not window.ui.amendButton.isVisible() and not window.ui.reopenButton.isVisible()
    window.close()


def _table(view: ReportView, key: str):
    from desktop.core.statistics.tables import report_tables

    return next(t for t in report_tables(view.report) if t.key == key)


def test_submitting_from_the_report_view_locks_the_period(qtbot, ward_context, ward_dialogs):
    view = ReportView(ward_context, ward_dialogs, TODAY)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.report is not None, timeout=20_000)
    view.ui.yearSpin.setValue(2025)
    qtbot.waitUntil(lambda: view.report.period.end == date(2025, 12, 31), timeout=20_000)
    assert view.ui.submitButton.isEnabled()
    ward_dialogs.answer = True
    view.submit()
    qtbot.waitUntil(lambda: view.report.submission is not None, timeout=20_000)
    assert not view.ui.submitButton.isEnabled()
    assert "khóa" in view.ui.stateLabel.text()


def test_saving_the_report_as_csv(qtbot, ward_context, ward_dialogs, tmp_path):
    view = ReportView(ward_context, ward_dialogs, TODAY)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.report is not None, timeout=20_000)
    target = tmp_path / "report.csv"
    ward_dialogs.save_path = target
    view.save(".csv")
    qtbot.waitUntil(target.exists, timeout=20_000)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Hòa giải thành" in data.decode("utf-8-sig")


def test_the_shell_opens_a_ward_book_without_the_team_setup(qtbot, ward_context, ward_dialogs,
                                                             preferences):
    from desktop.gui.app import Shell

    shell = Shell(ward_context, ward_dialogs, preferences)
    shell.start()
    assert shell.wizard is None and shell.window is not None
    qtbot.addWidget(shell.window)
    assert shell.window.ward_tabs is not None
    _wait_loaded(qtbot, shell.window.ward_tabs.widget(0).dashboard)


def test_only_ward_roles_may_submit(qtbot, ward_context, ward_dialogs):
    from desktop.core.db.engine import Actor
    from desktop.core.domain.roles import Role

    ward_context.actor = Actor("hoa", ward_context.book.device, Role.TEAM_LEADER)
    view = ReportView(ward_context, ward_dialogs, TODAY)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.report is not None, timeout=20_000)
    assert not view.ui.submitButton.isEnabled()


# --- the ward's table models, without a window ------------------------------------------------


def _case_row(number: str, received: date, title: str) -> CaseRow:
    return CaseRow(id=uuid.uuid4(), number=number, received_on=received, title=title,
                   category="", parties="", status=CaseStatus.IN_PROGRESS, sensitive=False)


def test_the_drilldown_model_shows_its_rows_and_sorts_dates_as_dates(qapp):
    model = DrilldownModel()
    early = _case_row("02/2026", date(2026, 1, 31), "Tranh chấp lối đi")
    late = _case_row("01/2026", date(2026, 2, 1), "Mâu thuẫn hàng xóm")
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_rows([DrilldownRow(late, "Tổ hòa giải số 1"), DrilldownRow(early, "Tổ 2")])
    assert resets == [True]
    assert (model.rowCount(), model.columnCount()) == (2, 5)
    assert model.headerData(DrilldownModel.TEAM, Qt.Orientation.Horizontal) == _("Team")
    assert model.index(0, DrilldownModel.TITLE).data() == "Mâu thuẫn hàng xóm"
    assert model.index(0, DrilldownModel.RECEIVED).data() == "01/02/2026"
    assert model.index(1, DrilldownModel.NUMBER).data(ID_ROLE) == early.id
    # "31/01" sorts after "01/02" as text; the sort role keeps the calendar's order
    proxy = sorted_view(model, None)
    proxy.sort(DrilldownModel.RECEIVED)
    assert proxy.index(0, DrilldownModel.NUMBER).data() == "02/2026"


def test_the_overdue_model_carries_each_case_id(qapp):
    model = OverdueModel()
    item = OverdueCase(uuid.uuid4(), "07/2026", "Tổ 3", "Hòa giải quá hạn")
    model.set_rows([item])
    assert [model.index(0, c).data() for c in range(3)] == ["07/2026", "Tổ 3",
                                                           "Hòa giải quá hạn"]
    assert model.index(0, OverdueModel.WHAT).data(ID_ROLE) == item.case_id
    assert model.headerData(OverdueModel.WHAT, Qt.Orientation.Horizontal) == _("Overdue")


def test_a_report_table_model_gives_a_counts_cases_and_centres_figures(qapp):
    ids = (uuid.uuid4(), uuid.uuid4())
    table = ReportTable("results", "Kết quả", ("Tổ", "Thành công"),
                        ((Cell("Tổ 1"), Cell.count(ids)),))
    model = ReportTableModel(table)
    label, count = model.index(0, 0), model.index(0, 1)
    assert (label.data(), count.data()) == ("Tổ 1", "2")
    assert count.data(IDS_ROLE) == ids and label.data(IDS_ROLE) is None
    assert count.data(SORT_ROLE) == 2
    assert count.data(Qt.ItemDataRole.TextAlignmentRole) == Qt.AlignmentFlag.AlignCenter
    assert label.data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert label.data(Qt.ItemDataRole.ToolTipRole) is None and count.data(
        Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Thành công"


def test_the_drilldown_service_names_each_cases_team(ward_context):
    def read(session):  # type: ignore[no-untyped-def]
        ids = list(dashboard_data(session, TODAY.year, TODAY).report.ward.ids("handled"))[:5]
        return ids, drilldown_rows(session, ids), ward_teams(session)
    ids, rows, teams = ward_context.read_now(read)
    assert ids and sorted(row.case.id for row in rows) == sorted(ids)
    team_names = {name for _id, name in teams}
    assert all(row.team in team_names for row in rows)


def test_a_long_figure_is_listed_a_page_at_a_time(qtbot, ward_context, ward_dialogs,
                                                   monkeypatch):
    """A figure longer than a page (a province's year: 100,000 cases) shows its first page
    at once and reads the others as the view reaches them, in the figure's order."""
    from desktop.gui.ward import drilldown as dialog_module

    monkeypatch.setattr(dialog_module, "PAGE", 2)  # the demo ward's figure: many pages
    ids = ward_context.read_now(lambda session: list(
        dashboard_data(session, TODAY.year, TODAY).report.ward.ids("handled")))
    every = ward_context.read_now(lambda session: drilldown_rows(session, ids))
    dialog = dialog_module.CaseListDialog(ward_context, ward_dialogs, "Tổng số vụ, việc", ids)
    qtbot.addWidget(dialog)
    dialog.resize(700, 300)
    dialog.show()
    model = dialog.model
    assert isinstance(model, PagedDrilldownModel) and model.rowCount() == len(ids)
    assert len(ids) > 20 and not dialog.ui.caseTable.isSortingEnabled()
    qtbot.waitUntil(lambda: model.is_loaded(0), timeout=10_000)
    assert not model.is_loaded(len(ids) - 1)
    assert model.index(len(ids) - 1, DrilldownModel.NUMBER).data() == "…"
    dialog.ui.caseTable.scrollToBottom()
    qtbot.waitUntil(lambda: model.is_loaded(len(ids) - 1), timeout=10_000)
    for row in (0, 1, len(ids) - 1):
        assert model.index(row, DrilldownModel.NUMBER).data() == every[row].case.number
        assert model.index(row, DrilldownModel.TEAM).data() == every[row].team
        assert model.index(row, 0).data(ID_ROLE) == ids[row]
    assert dialog.case_id(len(ids) - 1) == ids[-1]


def test_a_province_charts_its_busiest_teams(qapp):
    """2,000 teams' bars do not fit a chart: it shows the busiest 20, in their order, and
    says so in its title; a ward's teams are all shown."""
    from desktop.core.statistics.report import ScopeRow
    from desktop.gui.ward.dashboard import TEAMS_CHARTED, _busiest

    rows = [ScopeRow(uuid.uuid4(), f"Tổ hòa giải thôn {n}",
                     {"handled": tuple(uuid.uuid4() for _ in range(n % 37))}, {})
            for n in range(1, 101)]
    shown = _busiest(rows)
    assert len(shown) == TEAMS_CHARTED
    least_shown = min(row.count("handled") for row in shown)
    assert all(row.count("handled") <= least_shown for row in rows if row not in shown)
    assert [rows.index(row) for row in shown] == sorted(rows.index(row) for row in shown)
    assert _busiest(rows[:5]) == rows[:5]
