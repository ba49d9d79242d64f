"""The cases behind one figure of the statistics: a list; double-click opens a case (read
only)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db.models import Case, Team
from desktop.core.domain.labels import status_label
from desktop.core.i18n import _, ngettext
from desktop.core.services.cases import listing as case_list
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.ward.case_viewer import open_read_only

ID_ROLE = Qt.ItemDataRole.UserRole


def _rows(session: Session, ids: list[uuid.UUID]) -> list[tuple[case_list.CaseRow, str]]:
    teams = {case_id: name for case_id, name in session.execute(
        select(Case.id, Team.name).join(Team, Team.id == Case.team_id)
        .where(Case.id.in_(ids)))}
    return [(row, teams.get(row.id, "")) for row in case_list.case_rows(session, ids)]


class CaseListDialog(QDialog):
    """Non-modal: the officer may keep it open beside the report and open several cases."""

    def __init__(self, context: BookContext, dialogs: Dialogs, title: str,
                 ids: tuple[uuid.UUID, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialogs = dialogs
        self.setWindowTitle(title)
        self.resize(900, 420)
        self.label = QLabel(ngettext("{count} case: double-click one to read it.",
                                     "{count} cases: double-click one to read it.",
                                     len(ids)).format(count=len(ids)), self)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([_("Number"), _("Team"), _("Received"),
                                              _("Title"), _("Result")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(_("Cases behind the figure"))
        self.table.cellDoubleClicked.connect(self.on_cell_double_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.table)
        wanted = list(ids)
        context.read(self, lambda session: _rows(session, wanted), self.show_rows)

    def show_rows(self, rows: list[tuple[case_list.CaseRow, str]]) -> None:
        self.table.setRowCount(len(rows))
        for number, (row, team) in enumerate(rows):
            texts = (row.number, team, f"{row.received_on:%d/%m/%Y}", row.title,
                     status_label(row.status))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row.id)
                self.table.setItem(number, column, item)

    def case_id(self, row: int) -> uuid.UUID:
        item = self.table.item(row, 0)
        return item.data(ID_ROLE)  # type: ignore[no-any-return]

    def on_cell_double_clicked(self, row: int, _column: int) -> None:
        open_read_only(self.context, self.case_id(row), self.dialogs, self)
