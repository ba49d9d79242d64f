"""Recording one hearing (Art. 21): when, where, public or private, who came, what happened."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QWidget

from desktop.core.domain.enums import ParticipantRole
from desktop.core.domain.labels import label
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.core.services.cases.detail import CaseDetail, HearingView
from desktop.core.services.cases.hearings import HearingInput
from desktop.gui.forms.ui_case_hearing_dialog import Ui_CaseHearingDialog
from desktop.gui.kit.form_helpers import clear_error, show_error, to_qdatetime
from desktop.gui.kit.picked import picked_moment

_ID_ROLE = Qt.ItemDataRole.UserRole


def _add_checkable(widget: QListWidget, items: Iterable[tuple[str, uuid.UUID]]) -> None:
    for text, item_id in items:
        item = QListWidgetItem(text, widget)
        item.setData(_ID_ROLE, item_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)


def _items(widget: QListWidget) -> list[QListWidgetItem]:
    return [widget.item(row) for row in range(widget.count())]


def _checked(widget: QListWidget) -> frozenset[uuid.UUID]:
    return frozenset(item.data(_ID_ROLE) for item in _items(widget)
                     if item.checkState() == Qt.CheckState.Checked)


def _check(widget: QListWidget, ids: frozenset[uuid.UUID]) -> None:
    for item in _items(widget):
        wanted = item.data(_ID_ROLE) in ids
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


def _mediator_items(detail: CaseDetail) -> list[tuple[str, uuid.UUID]]:
    """Every mediator ever assigned (an old hearing may list one who has since left)."""
    current = {a.mediator_id for a in detail.current_assignments}
    items: dict[uuid.UUID, str] = {}
    for a in detail.assignments:
        ended = "" if a.mediator_id in current else " " + _("(no longer assigned)")
        items[a.mediator_id] = a.mediator_name + ended
    return [(text, mediator_id) for mediator_id, text in items.items()]


class HearingDialog(QDialog):
    def __init__(self, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseHearingDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(_("Record a hearing"))
        _add_checkable(self.ui.participantsList,
                       ((f"{p.person.full_name} ({label(p.role)})", p.id)
                        for p in detail.participants))
        _add_checkable(self.ui.mediatorsList, _mediator_items(detail))
        self.ui.heldAtEdit.setDateTime(to_qdatetime(datetime.now().replace(second=0)))
        self._tick_the_usual(detail)
        clear_error(self.ui.errorLabel)

    def _tick_the_usual(self, detail: CaseDetail) -> None:
        """A new hearing starts with the parties and the current mediators ticked."""
        _check(self.ui.participantsList, frozenset(
            p.id for p in detail.participants if p.role is ParticipantRole.PARTY))
        _check(self.ui.mediatorsList, frozenset(
            a.mediator_id for a in detail.current_assignments))

    def load(self, hearing: HearingView) -> None:
        ui = self.ui
        self.setWindowTitle(_("Change a hearing"))
        ui.heldAtEdit.setDateTime(to_qdatetime(hearing.held_at))
        ui.placeEdit.setText(hearing.place)
        ui.publicRadio.setChecked(hearing.is_public)
        ui.privateRadio.setChecked(not hearing.is_public)
        _check(ui.participantsList, hearing.participant_ids)
        _check(ui.mediatorsList, hearing.mediator_ids)
        ui.courseEdit.setPlainText(hearing.course)
        ui.resultEdit.setPlainText(hearing.result)

    def hearing_input(self) -> HearingInput:
        ui = self.ui
        return HearingInput(
            held_at=picked_moment(ui.heldAtEdit), place=ui.placeEdit.text(),
            is_public=ui.publicRadio.isChecked(), course=ui.courseEdit.toPlainText(),
            result=ui.resultEdit.toPlainText(),
            participant_ids=_checked(ui.participantsList),
            mediator_ids=_checked(ui.mediatorsList))

    def show_error(self, error: HoagiaiError) -> None:
        ui = self.ui
        show_error(ui.errorLabel, error, {"place": ui.placeEdit, "held_at": ui.heldAtEdit,
                                          "attendees": ui.participantsList})
