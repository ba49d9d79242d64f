"""The cases behind one figure of the statistics: a list; double-click opens a case (read
only)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from desktop.core.i18n import ngettext
from desktop.core.services.ward.drilldown import DrilldownRow, drilldown_rows
from desktop.gui.forms.ui_ward_drilldown import Ui_WardDrilldownDialog
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.ward.case_viewer import open_read_only
from desktop.gui.ward.models import ID_ROLE, SORT_ROLE, DrilldownModel


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
        self.model = DrilldownModel(self)
        self.ui.caseTable.setModel(sorted_view(self.model, self))
        header = self.ui.caseTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DrilldownModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.ui.caseTable.doubleClicked.connect(self.on_double_clicked)
        wanted = ids  # a figure's ids are read in the worker, with its session
        context.read(self, lambda session: drilldown_rows(session, wanted), self.show_rows)

    def show_rows(self, rows: list[DrilldownRow]) -> None:
        self.model.set_rows(rows)

    def case_id(self, row: int) -> uuid.UUID:
        """The case shown on ``row`` of the table as it is sorted now."""
        value: uuid.UUID = self.ui.caseTable.model().index(row, 0).data(ID_ROLE)
        return value

    def on_double_clicked(self, index: QModelIndex) -> None:
        self.on_cell_double_clicked(index.row(), index.column())

    def on_cell_double_clicked(self, row: int, _column: int) -> None:
        open_read_only(self.context, self.case_id(row), self.dialogs, self)
