"""One hearing (Art. 21): planned first (when, where, how long, who is invited), recorded once
held (who came, its course and result). Clashes with the team's other hearings (the same
mediator or the same place at overlapping times) are shown before it is saved."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QWidget

from desktop.core.domain.enums import ParticipantRole
from desktop.core.domain.labels import label
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.core.services.calendar.clashes import Clash
from desktop.core.services.cases.detail import CaseDetail, HearingView
from desktop.core.services.cases.hearings import HearingInput
from desktop.gui.forms.ui_case_hearing_dialog import Ui_CaseHearingDialog
from desktop.gui.kit.form_helpers import clear_error, show_error, to_qdatetime
from desktop.gui.kit.picked import picked_moment

_ID_ROLE = Qt.ItemDataRole.UserRole
USUAL_START = time(8, 0)  # a new hearing is planned for tomorrow morning, never "now"
CLASH_STYLE = "QLabel { color: #9a3412; background: #fff4e5; padding: 4px; }"
ClashCheck = Callable[[HearingInput, uuid.UUID | None], list[Clash]]


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


def clash_text(clash: Clash) -> str:
    """One clash in words: when and where the other hearing is, and what it shares."""
    other = clash.slot
    shared = []
    if clash.same_place:
        shared.append(_("the same place"))
    if clash.mediator_names:
        shared.append(_("the same mediator ({names})").format(
            names=", ".join(clash.mediator_names)))
    return _("{start}–{end}, case {number} at {place}: {shared}.").format(
        start=other.starts_at.strftime("%d/%m/%Y %H:%M"), end=other.ends_at.strftime("%H:%M"),
        number=other.case_number, place=other.place, shared=_(" and ").join(shared))


def clashes_text(clashes: list[Clash]) -> str:
    if not clashes:
        return ""
    lines = "\n".join("• " + clash_text(c) for c in clashes)
    return _("This time clashes with other hearings of the team:\n{lines}\nYou may still "
             "save it (a hall with two rooms, say).").format(lines=lines)


class HearingDialog(QDialog):
    def __init__(self, detail: CaseDetail, parent: QWidget | None = None,
                 clash_check: ClashCheck | None = None,
                 now: datetime | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseHearingDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(_("Plan a hearing"))
        self._hearing_id: uuid.UUID | None = None
        self._clash_check = clash_check
        self.clashes: list[Clash] = []
        _add_checkable(self.ui.participantsList,
                       ((f"{p.person.full_name} ({label(p.role)})", p.id)
                        for p in detail.participants))
        _add_checkable(self.ui.mediatorsList, _mediator_items(detail))
        tomorrow = (now or datetime.now()).date() + timedelta(days=1)
        self.ui.heldAtEdit.setDateTime(to_qdatetime(datetime.combine(tomorrow, USUAL_START)))
        self._tick_the_usual(detail)
        self.ui.clashLabel.setStyleSheet(CLASH_STYLE)
        self.ui.clashLabel.hide()
        clear_error(self.ui.errorLabel)
        self._clash_timer = QTimer(self, singleShot=True, interval=250)
        self._clash_timer.timeout.connect(self.check_clashes)
        self._connect_changes()
        self._sync_stage()

    def _connect_changes(self) -> None:
        ui = self.ui
        ui.plannedRadio.toggled.connect(lambda _on: self._sync_stage())
        ui.heldAtEdit.dateTimeChanged.connect(lambda _value: self._on_time_changed())
        ui.durationSpin.valueChanged.connect(lambda _value: self._clash_timer.start())
        ui.placeEdit.textChanged.connect(lambda _text: self._clash_timer.start())
        ui.mediatorsList.itemChanged.connect(lambda _item: self._clash_timer.start())

    def _on_time_changed(self) -> None:
        """A time in the past is a hearing held (to record); a time to come, one planned."""
        past = picked_moment(self.ui.heldAtEdit) <= datetime.now()
        (self.ui.heldRadio if past else self.ui.plannedRadio).setChecked(True)
        self._clash_timer.start()

    def _tick_the_usual(self, detail: CaseDetail) -> None:
        """A new hearing starts with the parties and the current mediators ticked."""
        _check(self.ui.participantsList, frozenset(
            p.id for p in detail.participants if p.role is ParticipantRole.PARTY))
        _check(self.ui.mediatorsList, frozenset(
            a.mediator_id for a in detail.current_assignments))

    def _sync_stage(self) -> None:
        """Planned: the ticked people are those invited; the course and result come later."""
        ui, planned = self.ui, self.ui.plannedRadio.isChecked()
        ui.participantsLabel.setText(_("P&articipants invited:") if planned
                                     else _("P&articipants present:"))
        ui.mediatorsLabel.setText(_("&Mediators invited:") if planned
                                  else _("&Mediators present:"))
        for edit in (ui.courseEdit, ui.resultEdit):
            edit.setEnabled(not planned or bool(edit.toPlainText()))
        # on the spot is a hearing already held (Art. 20): offered once it is recorded as held
        ui.onTheSpotCheck.setEnabled(not planned or ui.onTheSpotCheck.isChecked())

    def load(self, hearing: HearingView) -> None:
        ui = self.ui
        self._hearing_id = hearing.id
        self.setWindowTitle(_("Record a planned hearing") if hearing.planned
                            else _("Change a hearing"))
        ui.heldAtEdit.setDateTime(to_qdatetime(hearing.held_at))
        ui.durationSpin.setValue(hearing.duration_minutes)
        ui.placeEdit.setText(hearing.place)
        ui.publicRadio.setChecked(hearing.is_public)
        ui.privateRadio.setChecked(not hearing.is_public)
        _check(ui.participantsList, hearing.participant_ids)
        _check(ui.mediatorsList, hearing.mediator_ids)
        ui.courseEdit.setPlainText(hearing.course)
        ui.resultEdit.setPlainText(hearing.result)
        ui.onTheSpotCheck.setChecked(hearing.on_the_spot)
        held_now = hearing.planned and hearing.held_at <= datetime.now()
        ui.heldRadio.setChecked(not hearing.planned or held_now)  # its time came: record it
        ui.plannedRadio.setChecked(hearing.planned and not held_now)
        self._sync_stage()

    def hearing_input(self) -> HearingInput:
        ui = self.ui
        return HearingInput(
            held_at=picked_moment(ui.heldAtEdit), place=ui.placeEdit.text(),
            is_public=ui.publicRadio.isChecked(), course=ui.courseEdit.toPlainText(),
            result=ui.resultEdit.toPlainText(),
            participant_ids=_checked(ui.participantsList),
            mediator_ids=_checked(ui.mediatorsList),
            planned=ui.plannedRadio.isChecked(), duration_minutes=ui.durationSpin.value(),
            on_the_spot=ui.onTheSpotCheck.isChecked())

    def check_clashes(self) -> None:
        """Ask the book which hearings this one would clash with, and say so above the lists."""
        self._clash_timer.stop()
        if self._clash_check is None:
            self.clashes = []
        else:
            self.clashes = self._clash_check(self.hearing_input(), self._hearing_id)
        text = clashes_text(self.clashes)
        self.ui.clashLabel.setText(text)
        self.ui.clashLabel.setVisible(bool(text))

    def show_error(self, error: HoagiaiError) -> None:
        ui = self.ui
        show_error(ui.errorLabel, error, {"place": ui.placeEdit, "held_at": ui.heldAtEdit,
                                          "attendees": ui.participantsList,
                                          "duration": ui.durationSpin,
                                          "on_the_spot": ui.onTheSpotCheck})
