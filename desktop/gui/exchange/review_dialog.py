"""The ward's review queue: each conflicting field side by side (value before, the ward's, the
team's); the officer chooses one with a reason, which the journal keeps."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QHeaderView, QWidget
from sqlalchemy.orm import Session

from desktop.core.errors import ConcurrentEditError, HoagiaiError, NotFoundError
from desktop.core.exchange import labels, ward
from desktop.core.i18n import N_, _
from desktop.core.services.history.labels import field_label
from desktop.gui.forms.ui_exchange_review import Ui_ExchangeReviewDialog
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.rows_model import Column, RowsModel


def shown(value: Any) -> str:
    return "" if value is None else str(value)


COLUMNS = (
    Column(N_("Record"), lambda row: row[1]),
    Column(N_("Field"), lambda row: field_label(row[0].entity, row[0].field)),
    Column(N_("Before"), lambda row: shown(row[0].base)),
    Column(N_("Ward's value"), lambda row: shown(row[0].ward)),
    Column(N_("Team's value"), lambda row: shown(row[0].team)),
)


def _load(session: Session) -> list[tuple[ward.ReviewView, str]]:
    return [(item, labels.describe(session, item.entity, item.entity_id))
            for item in ward.list_review(session)]


class ExchangeReviewDialog(QDialog):
    def __init__(self, context: BookContext, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.dialogs = context, dialogs
        self.ui = Ui_ExchangeReviewDialog()
        self.ui.setupUi(self)
        self.model = RowsModel(COLUMNS, self)
        self.ui.itemsView.setModel(self.model)
        self.ui.itemsView.verticalHeader().hide()
        self.ui.itemsView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.teamButton.clicked.connect(lambda: self.choose("team"))
        self.ui.wardButton.clicked.connect(lambda: self.choose("ward"))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.context.read_now(_load))
        waiting = self.model.rowCount() > 0
        if waiting:
            self.ui.itemsView.selectRow(0)
        for button in (self.ui.teamButton, self.ui.wardButton):
            button.setEnabled(waiting)  # an empty queue has nothing to choose for

    def selected(self) -> ward.ReviewView | None:
        rows = self.ui.itemsView.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row())[0] if rows else None

    def choose(self, side: str) -> None:
        item = self.selected()
        if item is None:
            return
        reason = self.dialogs.ask_text(self, _("Conflicts to review"),
                                       _("Why is this value the right one?"))
        if reason is None:
            return
        self.context.write(self, lambda s: ward.resolve(s, item.number, side, reason),
                           lambda _result: self.reload(), self._failed, reason=reason)

    def _failed(self, error: HoagiaiError) -> None:
        self.dialogs.warn(self, _("Conflicts to review"), str(error))
        if isinstance(error, ConcurrentEditError | NotFoundError):
            self.reload()  # resolved by another officer meanwhile: the list as it is now
