"""The cases area: a filter bar (status, year, search) over the paged case table."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop.core.domain.enums import CaseStatus
from desktop.core.domain.labels import status_label
from desktop.core.i18n import _
from desktop.core.services.cases import listing as case_list
from desktop.core.services.cases.listing import CaseFilter
from desktop.gui.cases.case_table_model import CaseTableModel
from desktop.gui.forms.ui_cases_area import Ui_CasesArea
from desktop.gui.kit.changes import EVERYTHING, Area, Changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.signals import emit

SEARCH_DELAY_MS = 250
# The long texts share what the short columns leave, the title most of it (elided, the full
# text in a tip); a short column takes at most SHORT_MOST of the width, so at a large text size
# the title never shrinks to a few letters (issue 14).
WIDE_COLUMNS = {CaseTableModel.TITLE: 0.45, CaseTableModel.CATEGORY: 0.22,
                CaseTableModel.PARTIES: 0.33}
SHORT_MOST = 0.22
SHORT_TOTAL = 0.5  # all the short columns together


class CasesArea(QWidget):
    case_activated = Signal(object)  # the id of the case the user opened
    list_reloaded = Signal(int)  # how many cases match the filter

    def __init__(self, context: BookContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CasesArea()
        self.ui.setupUi(self)
        self.context = context
        self.model = CaseTableModel(context, self)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._fill_status_choices()
        self.ui.yearCombo.addItem(_("All years"), None)
        self._set_up_table()
        self._connect()
        self.model.case_filter = self.current_filter()
        self.ui.casesTable.sortByColumn(CaseTableModel.NUMBER, Qt.SortOrder.DescendingOrder)
        self.refresh_years()

    def _fill_status_choices(self) -> None:
        self.ui.statusCombo.addItem(_("All"), None)
        for status in CaseStatus:
            self.ui.statusCombo.addItem(status_label(status), status.value)

    def _set_up_table(self) -> None:
        table = self.ui.casesTable
        table.setModel(self.model)
        table.verticalHeader().hide()
        # one height for every row: 100,000 rows cost the header nothing to lay out
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # _share_width sizes
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        # columns fitted to the rows on screen only: Qt would otherwise read up to 1,000 rows
        # around them, i.e. ask for ten pages the person never looks at
        header.setResizeContentsPrecision(0)
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)  # its width is known only after the table's
        self._fit_rows()

    def _connect(self) -> None:
        self.ui.statusCombo.currentIndexChanged.connect(self.apply_filter)
        self.ui.yearCombo.currentIndexChanged.connect(self.apply_filter)
        self.ui.searchEdit.textChanged.connect(self.search_timer.start)
        self.search_timer.timeout.connect(self.apply_filter)
        self.ui.casesTable.activated.connect(self.on_table_activated)
        self.ui.casesTable.horizontalHeader().sortIndicatorChanged.connect(
            self.on_sort_indicator_changed)
        self.model.reloaded.connect(self.on_model_reloaded)
        self.model.modelReset.connect(self.ui.casesTable.scrollToTop)  # a new filter or sort
        self.context.data_changed.connect(self.on_data_changed)

    def current_filter(self) -> CaseFilter:
        status = self.ui.statusCombo.currentData()
        return CaseFilter(team_id=self.context.team_id,
                          status=CaseStatus(status) if status else None,
                          year=self.ui.yearCombo.currentData(),
                          text=self.ui.searchEdit.text())

    def is_filtered(self) -> bool:
        wanted = self.current_filter()
        return bool(wanted.status or wanted.year or wanted.text.strip())

    def apply_filter(self) -> None:
        self.search_timer.stop()
        self.model.set_filter(self.current_filter())

    def refresh_years(self) -> None:
        team_id = self.context.team_id
        self.context.read(self, lambda session: case_list.case_years(session, team_id),
                          self.on_years_loaded)

    def on_years_loaded(self, years: list[int]) -> None:
        combo = self.ui.yearCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(_("All years"), None)
        for year in years:
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)
        if combo.currentData() != chosen:
            self.apply_filter()

    def on_data_changed(self, changed: Changed = EVERYTHING) -> None:
        if not (changed.touches(Area.CASES) or changed.cases):
            return  # nothing the list shows
        self.model.refresh()  # in place: the selection and the scroll position stay
        self.refresh_years()

    def on_model_reloaded(self) -> None:
        empty = self.model.total == 0
        if empty:
            self.ui.emptyLabel.setText(self._empty_message())
        self.ui.stack.setCurrentWidget(self.ui.emptyPage if empty else self.ui.tablePage)
        self.fit_columns()
        emit(self.list_reloaded, self.model.total)

    def _empty_message(self) -> str:
        if self.is_filtered():
            text = _("No cases match what you chose. Clear the search or choose All to see "
                     "every case.")
        else:
            text = _("No cases yet. Click New case to record the first one.")
        return f"<p style='font-size: x-large; color: #555'>{text}</p>"

    def on_table_activated(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row())
        if case_id is not None:  # a row still being read holds no case yet
            emit(self.case_activated, case_id)

    def on_sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if column not in CaseTableModel.SORT_KEYS:  # kinds and parties are not sorted in SQL
            order = (Qt.SortOrder.DescendingOrder if self.model.descending
                     else Qt.SortOrder.AscendingOrder)
            header = self.ui.casesTable.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), order)
            header.blockSignals(False)

    def fit_columns(self) -> None:
        """Columns sized to what is loaded now (Qt does not redo it on every reload)."""
        self._share_width()

    def select_case(self, case_id: uuid.UUID) -> None:
        """Select the case's row and scroll to it, wherever it stands in the list (asked in
        SQL when its page is not held); a case the filter leaves out selects nothing."""
        row = self.model.row_of(case_id)
        if row is not None:
            self._select_row(row)
        else:
            self.model.locate(case_id, self._select_row)

    def _select_row(self, row: int) -> None:
        table = self.ui.casesTable
        table.selectRow(row)
        table.scrollTo(self.model.index(row, 0))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        table = self.ui.casesTable
        if watched in (table, table.viewport()) and event.type() == QEvent.Type.Resize:
            self._share_width()
        return super().eventFilter(watched, event)

    def _share_width(self) -> None:
        """Short columns as wide as their content (up to SHORT_MOST of the width); the title,
        kinds and parties share the rest."""
        table = self.ui.casesTable
        if not table.isVisible():
            return  # measured when shown (its resize): hidden, Qt would measure every row
        width = table.viewport().width()
        header = table.horizontalHeader()
        short = {column: max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
                 for column in range(self.model.columnCount()) if column not in WIDE_COLUMNS}
        squeeze = min(1.0, width * SHORT_TOTAL / max(1, sum(short.values())))
        left = width
        for column, needed in short.items():
            header.resizeSection(column, int(min(needed * squeeze, width * SHORT_MOST)))
            left -= header.sectionSize(column)
        for column, share in WIDE_COLUMNS.items():
            header.resizeSection(column, int(left * share))

    def _fit_rows(self) -> None:
        """Rows a little taller than the text, whatever the text size (large text setting)."""
        height = int(self.fontMetrics().height() * 1.7)
        self.ui.casesTable.verticalHeader().setDefaultSectionSize(height)
