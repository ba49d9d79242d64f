"""The calendar of hearings in a window: a week with a clash marked, by mediator and by place,
the month view, the agenda previewed, the .ics file saved and read back; the hearing dialog
shows a clash before saving and plans for tomorrow morning, never "now"."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar
from PySide6.QtWidgets import QDialog

from desktop.core.services.cases import detail as case_detail
from desktop.core.services.cases import hearings
from desktop.gui.calendar import CalendarPage
from desktop.gui.calendar.grid import CLASH_COLOUR, case_of
from desktop.gui.case.hearing_dialog import HearingDialog
from desktop.gui.documents.preview import PdfPreviewDialog
from desktop.gui.kit.signals import emit
from tests.core.helpers import add_person, assign, mediator_ids, open_case
from tests.gui.conftest import FakeDialogs, wait_idle

WEDNESDAY = datetime(2026, 12, 9, 7, 0)


def clock() -> datetime:
    return WEDNESDAY


class SavingDialogs(FakeDialogs):
    def __init__(self, target: Path) -> None:
        super().__init__()
        self.target = target

    def save_file(self, parent, title, suggested, file_filter):
        return self.target


def clashing_week(book, actor, team_id) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """Two planned hearings on Thursday at the same hall, by two mediators; a third on Friday."""
    with book.database.transaction(actor) as s:
        first = open_case(s, team_id, "Tranh chấp lối đi", received_on=date(2026, 12, 1),
                          today=WEDNESDAY.date())
        second = open_case(s, team_id, "Tiếng ồn ban đêm", received_on=date(2026, 12, 1),
                           today=WEDNESDAY.date())
        for case_id, name in ((first, "Nguyễn Văn An"), (second, "Lê Thị Hoa")):
            add_person(s, case_id, team_id, name)
        one, two = mediator_ids(s, team_id)[:2]
        assign(s, first, one, on=date(2026, 12, 2))
        assign(s, second, two, on=date(2026, 12, 2))
        thursday = datetime(2026, 12, 10, 8, 0)
        for case_id, mediator, at in ((first, one, thursday),
                                      (second, two, thursday + timedelta(minutes=30)),
                                      (first, one, thursday + timedelta(days=1))):
            hearings.add_hearing(s, case_id, hearings.HearingInput(
                at, "Nhà văn hóa thôn 3", mediator_ids=frozenset({mediator})), now=WEDNESDAY)
    return first, second, one


def show_page(qtbot, context, dialogs) -> CalendarPage:
    page = CalendarPage(context, dialogs, clock=clock)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitUntil(lambda: not page.loading)
    return page


def test_a_week_shows_its_hearings_and_marks_the_clash(qtbot, context, dialogs, book, actor,
                                                        team_id):
    first, second, _one = clashing_week(book, actor, team_id)
    page = show_page(qtbot, context, dialogs)
    days = page.ui.daysTable
    assert (days.rowCount(), days.columnCount()) == (1, 7)
    thursday = days.item(0, 3)
    assert thursday.text().startswith("10/12") and thursday.text().count("⚠") == 2
    assert thursday.background().color() == CLASH_COLOUR
    assert "⚠" not in days.item(0, 4).text() and "Vụ việc" in days.item(0, 4).text()
    listed = page.ui.hearingsTable
    assert listed.rowCount() == 3 and listed.item(0, 6).text() == "⚠ trùng lịch"
    assert "trùng lịch" in page.ui.clashSummaryLabel.text()
    assert case_of(listed.item(1, 0)) == second
    with qtbot.waitSignal(page.case_requested) as opened:
        emit(listed.itemDoubleClicked, listed.item(0, 2))
    assert opened.args == [first, "hearings"]


def test_by_mediator_and_by_place_and_the_month(qtbot, context, dialogs, book, actor, team_id):
    first, _second, one = clashing_week(book, actor, team_id)
    page = show_page(qtbot, context, dialogs)
    combo = page.ui.mediatorCombo
    combo.setCurrentIndex(combo.findData(str(one)))
    assert page.ui.hearingsTable.rowCount() == 2
    assert all(case_of(page.ui.hearingsTable.item(r, 0)) == first for r in range(2))
    combo.setCurrentIndex(0)
    places = page.ui.placeCombo
    assert places.count() == 2 and places.itemText(1) == "Nhà văn hóa thôn 3"
    page.ui.monthRadio.setChecked(True)
    qtbot.waitUntil(lambda: not page.loading)
    assert (page.ui.daysTable.rowCount(), page.ui.periodLabel.text()) == (
        5, "30/11/2026 – 03/01/2027")
    page.ui.nextButton.click()
    qtbot.waitUntil(lambda: not page.loading)
    assert page.ui.hearingsTable.rowCount() == 0 and page.anchor == date(2027, 1, 1)
    page.ui.todayButton.click()
    qtbot.waitUntil(lambda: not page.loading)
    assert page.ui.hearingsTable.rowCount() == 3


def test_the_agenda_is_previewed_and_the_ics_saved(qtbot, context, book, actor, team_id,
                                                   tmp_path):
    clashing_week(book, actor, team_id)
    dialogs = SavingDialogs(tmp_path / "lich.ics")
    page = show_page(qtbot, context, dialogs)
    page.ui.agendaButton.click()
    qtbot.waitUntil(lambda: dialogs.shown != [])
    (preview,) = dialogs.shown
    assert isinstance(preview, PdfPreviewDialog) and preview._pdf.startswith(b"%PDF")
    page.ui.icsButton.click()
    qtbot.waitUntil(lambda: dialogs.messages != [])
    wait_idle(qtbot, context)
    events = Calendar.from_ical((tmp_path / "lich.ics").read_bytes()).walk("VEVENT")
    assert len(events) == 3 and {str(e["location"]) for e in events} == {"Nhà văn hóa thôn 3"}


def test_the_hearing_dialog_plans_for_tomorrow_and_shows_a_clash(qtbot, context, book, actor,
                                                                 team_id):
    _first, second, _one = clashing_week(book, actor, team_id)
    with book.database.reading(actor) as s:
        detail = case_detail.get_case(s, second)

    from desktop.core.services.calendar.hearings import clashes_for

    def check(data, hearing_id):
        return context.read_now(lambda s: clashes_for(s, second, data, hearing_id))

    dialog = HearingDialog(detail, clash_check=check, now=WEDNESDAY)
    qtbot.addWidget(dialog)
    assert dialog.hearing_input().held_at == datetime(2026, 12, 10, 8, 0)
    assert dialog.ui.plannedRadio.isChecked() and not dialog.ui.courseEdit.isEnabled()
    dialog.ui.placeEdit.setText("Nhà văn hóa thôn 3")
    dialog.check_clashes()
    assert dialog.ui.clashLabel.isVisibleTo(dialog)
    assert "cùng địa điểm" in dialog.ui.clashLabel.text() and "1/2026" in \
        dialog.ui.clashLabel.text().replace("01/2026", "1/2026")
    assert "cùng hòa giải viên" in dialog.ui.clashLabel.text()  # 08:30 with the same mediator
    dialog.ui.placeEdit.setText("Nhà bà Hoa")
    dialog.check_clashes()
    assert "cùng hòa giải viên" in dialog.ui.clashLabel.text()
    assert "cùng địa điểm" not in dialog.ui.clashLabel.text()
    dialog.ui.heldAtEdit.setDateTime(datetime(2026, 12, 10, 14, 0))
    dialog.check_clashes()
    assert not dialog.ui.clashLabel.isVisibleTo(dialog)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_planned_hearing_whose_time_came_opens_to_be_recorded(qtbot, context, book, actor,
                                                                team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id, "Tranh chấp lối đi", received_on=date(2026, 11, 2),
                            today=date(2026, 11, 2))
        party = add_person(s, case_id, team_id, "Nguyễn Văn An")
        mediator = mediator_ids(s, team_id)[0]
        assign(s, case_id, mediator, on=date(2026, 11, 3))
        hearings.add_hearing(s, case_id, hearings.HearingInput(
            datetime(2026, 11, 5, 8, 0), "Nhà văn hóa", participant_ids=frozenset({party}),
            mediator_ids=frozenset({mediator}), duration_minutes=90),
            now=datetime(2026, 11, 3, 9, 0))
    with book.database.reading(actor) as s:
        detail = case_detail.get_case(s, case_id)
    (planned,) = detail.hearings
    assert planned.planned
    dialog = HearingDialog(detail)
    qtbot.addWidget(dialog)
    dialog.load(planned)
    assert dialog.windowTitle() == "Ghi lại buổi hòa giải đã lên lịch"
    assert dialog.ui.heldRadio.isChecked() and dialog.ui.courseEdit.isEnabled()
    assert "mời" not in dialog.ui.participantsLabel.text()  # present, no longer invited
    data = dialog.hearing_input()
    assert (data.planned, data.duration_minutes, data.participant_ids) == (
        False, 90, frozenset({party}))
