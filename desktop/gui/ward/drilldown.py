"""The cases behind one figure of the statistics: a list; double-click opens a case (read
only)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import ngettext
from desktop.core.services.ward.drilldown import PAGE, DrilldownRow, drilldown_page
from desktop.gui.forms.ui_ward_drilldown import Ui_WardDrilldownDialog
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.signals import emit
from desktop.gui.ward.case_viewer import open_read_only
from desktop.gui.ward.models import ID_ROLE, SORT_ROLE, DrilldownModel, PagedDrilldownModel


def sorted_view(model: QAbstractItemModel, parent: QWidget) -> QSortFilterProxyModel:
    """The model sorted on its raw values when a header is clicked."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


class CaseListDialog(QDialog):
    """Non-modal: the officer may keep it open beside the report and open several cases."""

    def __init__(self, context: BookContext, dialogs: Dialogs, title: str,
                 ids: Sequence[uuid.UUID], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WardDrilldownDialog()
        self.ui.setupUi(self)
        self.context = context
        self.dialogs = dialogs
        self.setWindowTitle(title)
        self.ui.countLabel.setText(ngettext("{count} case: double-click one to read it.",
                                            "{count} cases: double-click one to read it.",
                                            len(ids)).format(count=len(ids)))
        self.ids = ids
        paged = len(ids) > PAGE
        if paged:  # a figure's ids are read in the worker, with its session
            self.model: DrilldownModel = PagedDrilldownModel(len(ids), self.read_page, PAGE,
                                                             self)
            self.ui.caseTable.setModel(self.model)
            self.ui.caseTable.setSortingEnabled(False)  # sorting would read every page
            self.ui.countLabel.setText(ngettext(
                "{count} case, in the order they came in: double-click one to read it.",
                "{count} cases, in the order they came in: double-click one to read it.",
                len(ids)).format(count=len(ids)))
        else:
            self.model = DrilldownModel(self)
            self.ui.caseTable.setModel(sorted_view(self.model, self))
        header = self.ui.caseTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive if paged
                                    else QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DrilldownModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.ui.caseTable.doubleClicked.connect(self.on_double_clicked)
        if paged:  # the columns fitted to the rows on screen when the first page comes
            header.setResizeContentsPrecision(0)  # 0: the rows on screen, no page read more
            self.model.dataChanged.connect(self._fit_once)
        else:
            wanted = ids
            context.read(self, lambda session: drilldown_page(session, wanted), self.show_rows)

    def read_page(self, page: int, on_done: Callable[[list[DrilldownRow]], None]) -> None:
        """One page of a long figure, read in the background (the first reads its ids)."""
        wanted, size = self.ids, PAGE
        self.context.read(
            self, lambda session: drilldown_page(session, wanted, page * size, size), on_done,
            self.on_page_failed)

    def on_page_failed(self, error: HoagiaiError) -> None:
        if isinstance(self.model, PagedDrilldownModel):
            self.model.page_failed()  # the page stays wanted: the next paint asks again
        emit(self.context.runner.error_occurred, error)

    def _fit_once(self) -> None:
        self.model.dataChanged.disconnect(self._fit_once)
        for column in (DrilldownModel.NUMBER, DrilldownModel.TEAM, DrilldownModel.RECEIVED,
                       DrilldownModel.RESULT):
            self.ui.caseTable.resizeColumnToContents(column)

    def show_rows(self, rows: list[DrilldownRow]) -> None:
        self.model.set_rows(rows)

    def case_id(self, row: int) -> uuid.UUID | None:
        """The case shown on ``row`` of the table as it is sorted now (None: not read yet)."""
        value: uuid.UUID | None = self.ui.caseTable.model().index(row, 0).data(ID_ROLE)
        return value

    def on_double_clicked(self, index: QModelIndex) -> None:
        self.on_cell_double_clicked(index.row(), index.column())

    def on_cell_double_clicked(self, row: int, _column: int) -> None:
        case_id = self.case_id(row)
        if case_id is not None:
            open_read_only(self.context, case_id, self.dialogs, self)
