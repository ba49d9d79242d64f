"""The ward's dashboard: one year of all teams' cases drawn as charts (by result, matter
group, team, month; success rate by team) and the overdue items. A click on a bar, or a
double-click on an overdue item, shows the cases behind it."""

from __future__ import annotations

import html
import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import partial

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop.core.domain.enums import MatterGroup
from desktop.core.i18n import _, count_text
from desktop.core.services.cases import listing as case_list
from desktop.core.services.exchange.authorship_flags import FlaggedTeam, flagged_teams
from desktop.core.statistics.dashboard import (
    OVERDUE_LISTED,
    Dashboard,
    OverdueCase,
    dashboard_data,
    overdue_items,
)
from desktop.core.statistics.figures import RESULTS, Ids
from desktop.core.statistics.report import ScopeRow
from desktop.core.statistics.rules import load_rules
from desktop.core.statistics.tables import percent
from desktop.gui.forms.ui_ward_dashboard import Ui_WardDashboard
from desktop.gui.kit.changes import Area, Changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.ward.case_viewer import open_read_only
from desktop.gui.ward.charts import PALETTE, STATUS_COLOURS, BarChart
from desktop.gui.ward.drilldown import CaseListDialog, sorted_view
from desktop.gui.ward.models import ID_ROLE, OverdueModel

Bars = list[tuple[str, Ids]]


class DashboardView(QWidget):
    def __init__(self, context: BookContext, dialogs: Dialogs, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WardDashboard()
        self.ui.setupUi(self)
        self.context = context
        self.dialogs = dialogs
        self.today = today or date.today()
        self.data: Dashboard | None = None
        self.drilldown: CaseListDialog | None = None
        self.bars: dict[str, Bars] = {}
        self.charts = {
            "status": BarChart(_("Cases by result"), parent=self),
            "group": BarChart(_("Cases by matter group"), parent=self),
            "team": BarChart(_("Cases by team"), parent=self),
            "month": BarChart(_("Cases received by month"), horizontal=False, parent=self),
            "rate": BarChart(_("Success rate by team"), parent=self),
        }
        self._place_charts()
        self._set_up_overdue_table()
        for key, chart in self.charts.items():
            chart.bar_clicked.connect(partial(self.on_bar_clicked, key))
        self.ui.yearCombo.currentIndexChanged.connect(self.reload)
        context.data_changed.connect(self.on_data_changed)
        self.refresh_years()

    def _place_charts(self) -> None:
        """The charts fill the grid around the overdue list, which the form puts at (1, 2)."""
        places = {"status": (0, 0), "group": (0, 1), "team": (0, 2), "month": (1, 0),
                  "rate": (1, 1)}
        for key, (row, column) in places.items():
            self.ui.chartsLayout.addWidget(self.charts[key], row, column)

    def _set_up_overdue_table(self) -> None:
        self.overdue_model = OverdueModel(self)
        table = self.ui.overdueTable
        table.setModel(sorted_view(self.overdue_model, self))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OverdueModel.WHAT, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(self.on_overdue_activated)

    # --- loading ----------------------------------------------------------------------------

    def on_data_changed(self, changed: Changed) -> None:
        if changed.touches(Area.CASES, Area.STATISTICS, Area.TEAM):
            self.refresh_years()

    def refresh_years(self) -> None:
        self.context.read(self, lambda session: case_list.case_years(session), self.on_years_loaded)

    def on_years_loaded(self, years: list[int]) -> None:
        combo = self.ui.yearCombo
        chosen = combo.currentData()
        if self.today.year not in years:
            years = [self.today.year, *years]
        combo.blockSignals(True)
        combo.clear()
        for year in years:
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(combo.findData(chosen or self.today.year), 0))
        combo.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        year, today = self.ui.yearCombo.currentData() or self.today.year, self.today
        self.context.read(self, lambda session: dashboard_data(session, year, today, False),
                          self.show_data)
        self.context.read(self, flagged_teams, self.show_flagged)

    # --- showing ----------------------------------------------------------------------------

    def show_data(self, data: Dashboard) -> None:
        self.data = data
        rules = load_rules()
        ward = data.report.ward
        teams = _busiest(data.report.teams)
        for key, title in (("team", _("Cases by team")), ("rate", _("Success rate by team"))):
            self.charts[key].title = title if len(teams) == len(data.report.teams) else _(
                "{title}: the {shown} busiest teams").format(title=title, shown=len(teams))
            self.charts[key].setAccessibleName(self.charts[key].title)
        self.ui.summaryLabel.setText(_(
            "<b>{handled}</b> cases handled: <b>{successful}</b> successful, "
            "<b>{open}</b> in progress; success rate <b>{rate}</b>; <b>{overdue}</b> overdue "
            "items").format(handled=count_text(ward.count("handled")),
                            successful=count_text(ward.count("successful")),
                            open=count_text(ward.count("in_progress")),
                            rate=percent(ward.rate()), overdue=count_text(data.overdue_count)))
        self.bars = {
            "status": [(rules.results[k].text(), ward.ids(k)) for k in RESULTS],
            "group": [(rules.groups[g].text().split(" ", 1)[0] + " "
                       + _short(rules.groups[g].text()), ward.ids(f"{g.value}.handled"))
                      for g in MatterGroup],
            "team": [(_team(row.name), row.ids("handled")) for row in teams],
            "month": [(m.label[:2], m.received) for m in data.months],
            "rate": [(_team(row.name), row.ids("successful")) for row in teams],
        }
        for key in ("status", "group", "team", "month"):
            colours = [STATUS_COLOURS[k] for k in RESULTS] if key == "status" else PALETTE
            self.charts[key].show_bars([label for label, _ids in self.bars[key]],
                                       [len(ids) for _label, ids in self.bars[key]],
                                       colours if key != "month" else (PALETTE[0],))
        rates = [row.rate() or 0.0 for row in teams]
        self.charts["rate"].show_bars([label for label, _ids in self.bars["rate"]], rates,
                                      (PALETTE[1],), value_suffix=" %")
        self._show_overdue(data)
        self._show_summary_flags()

    def show_flagged(self, teams: list[FlaggedTeam]) -> None:
        """Teams whose packages held entries, roles or slots not signed by their account:
        named under the summary, each finding in the tooltip (the import report said them)."""
        self.flagged = teams
        text = _("Not signed by the account they name, in the packages of: {teams}. Ask these "
                 "teams to run hoagiai audit verify.").format(
            teams=", ".join(f"{team.name} ({len(team.problems)})" for team in teams))
        self.ui.summaryLabel.setToolTip("\n\n".join(
            f"{team.name}:\n" + "\n".join(team.problems) for team in teams))
        self.flagged_text = text if teams else ""
        self._show_summary_flags()

    def _show_summary_flags(self) -> None:
        summary = self.ui.summaryLabel.text().split("<br>⚠ ", 1)[0]
        flagged = getattr(self, "flagged_text", "")
        self.ui.summaryLabel.setText(summary + (f"<br>⚠ {html.escape(flagged)}" if flagged
                                                else ""))

    def _show_overdue(self, data: Dashboard) -> None:
        """The charts are drawn: the overdue list is read now (at a province's size a read
        of its own, ~0.5 s), unless the data came with it."""
        self.overdue_model.set_rows(data.overdue)
        self._say_if_cut(data)
        if not data.overdue and data.overdue_count:
            report = data.report
            self.context.read(self, lambda session: overdue_items(session, report),
                              lambda items: self._show_items(data, items))

    def _show_items(self, data: Dashboard, items: tuple[OverdueCase, ...]) -> None:
        if data is self.data:  # not a year left meanwhile
            self.data = replace(data, overdue=items)
            self.overdue_model.set_rows(items)
            self._say_if_cut(self.data)

    def _say_if_cut(self, data: Dashboard) -> None:
        """A province's year has tens of thousands of overdue items and the list holds the first
        of each kind: say so once the list is known (not while it is still being read)."""
        if data.overdue and data.overdue_count > len(data.overdue):
            self.ui.summaryLabel.setText(self.ui.summaryLabel.text() + "<br>" + html.escape(_(
                "The overdue list shows the first {listed} of each kind; the overdue table of "
                "the statistics report opens them all.").format(listed=OVERDUE_LISTED)))

    # --- drilling down ----------------------------------------------------------------------

    def on_bar_clicked(self, chart: str, index: int) -> None:
        label, ids = self.bars[chart][index]
        title = f"{self.charts[chart].title}: {label}"
        self.show_cases(title, ids)

    def show_cases(self, title: str, ids: Ids) -> None:
        self.drilldown = CaseListDialog(self.context, self.dialogs, title, ids, self)
        self.drilldown.show()

    def on_overdue_activated(self, index: QModelIndex) -> None:
        self.on_overdue_double_clicked(index.row(), index.column())

    def on_overdue_double_clicked(self, row: int, _column: int) -> None:
        case_id: uuid.UUID = self.ui.overdueTable.model().index(row, 0).data(ID_ROLE)
        open_read_only(self.context, case_id, self.dialogs, self)


TEAMS_CHARTED = 20  # bars a team chart can show legibly; a province has 2,000 teams


def _busiest(teams: Sequence[ScopeRow]) -> Sequence[ScopeRow]:
    """The teams a chart shows: all of a ward's, or a province's busiest (most cases
    handled), in their order; the report's tables list every team."""
    if len(teams) <= TEAMS_CHARTED:
        return teams
    busiest = sorted(teams, key=lambda row: -row.count("handled"))[:TEAMS_CHARTED]
    kept = {id(row) for row in busiest}
    return [row for row in teams if id(row) in kept]


def _team(name: str) -> str:
    """A team's name without the words every team's name starts with, for an axis."""
    prefix = "tổ hòa giải "
    if name.casefold().startswith(prefix) and len(name) > len(prefix):
        rest = name[len(prefix):].strip()
        return rest[:1].upper() + rest[1:]
    return name


def _short(text: str) -> str:
    """A matter group's name without its number, cut to a few words for an axis."""
    words = text.split(" ", 1)[-1].split()
    return " ".join(words[:4]) + ("…" if len(words) > 4 else "")
