"""The case window through its widgets: participants, mediators, hearings, closing, amending."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.core.domain.enums import (
    AssignmentMethod,
    CaseStatus,
    OutcomeKind,
    ParticipantRole,
    Sex,
)
from desktop.core.domain.labels import label
from desktop.core.i18n import _
from desktop.core.services.cases import assignments, hearings, outcomes, participants
from desktop.core.services.cases import detail as case_detail
from desktop.core.services.people import persons as people
from desktop.core.services.workspace import teams
from desktop.gui.case.case_window import CaseWindow, open_case_window
from desktop.gui.kit.changes import Area, areas_changed, case_changed
from tests.gui.conftest import wait_idle
from tests.gui.fakes import open_case

TEN_DAYS_AGO = date.today() - timedelta(days=10)


@pytest.fixture
def case_id(book, actor, team_id):
    return open_case(book, actor, team_id, received_on=TEN_DAYS_AGO)


def show_window(qtbot, context, case_id, seam) -> CaseWindow:
    window = open_case_window(context, case_id, seam)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.data is not None)
    return window


@pytest.fixture
def window(qtbot, context, case_id, seam) -> CaseWindow:
    return show_window(qtbot, context, case_id, seam)


def saved(qtbot, window: CaseWindow):
    """Wait until the window has reloaded the case after a save."""
    return qtbot.waitSignal(window.case_loaded, timeout=10_000)


def detail(book, case_id):
    with book.database.reading() as session:
        return case_detail.get_case(session, case_id)


def fill_person(dialog, name: str, citizen_id: str = "", role=ParticipantRole.PARTY) -> None:
    ui = dialog.ui
    ui.nameEdit.setText(name)
    ui.citizenIdEdit.setText(citizen_id)
    ui.yearOnlyCheck.setChecked(True)
    ui.birthYearSpin.setValue(1975)
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(role))


# --- the window --------------------------------------------------------------------------------

def test_window_shows_the_case_and_a_second_open_reuses_it(qtbot, window, context,
                                                          case_id, seam):
    assert window.windowTitle() == _("Case {number} — {title}").format(
        number="01/" + str(TEN_DAYS_AGO.year), title="Tranh chấp lối đi chung giữa hai nhà")
    assert window.ui.statusBadge.text() == label(CaseStatus.IN_PROGRESS)
    assert window.general.ui.titleEdit.text() == "Tranh chấp lối đi chung giữa hai nhà"
    assert not window.ui.closedBanner.isVisible()
    assert not window.ui.actionWrittenAgreement.isEnabled()
    assert open_case_window(context, case_id, seam) is window


def test_only_a_save_of_its_own_case_reloads_the_window(qtbot, window, context, book, actor,
                                                        team_id, case_id):
    wait_idle(qtbot, context)  # the tabs' first loads
    add_party(book, actor, team_id, case_id, "Lê Văn Tám")  # saved behind the window's back
    other = open_case(book, actor, team_id, title="Tranh chấp ranh giới đất")
    loads: list[bool] = []
    window.case_loaded.connect(lambda: loads.append(True))

    def add_to(target, name):
        def change(session):
            person = people.create_person(session, team_id, people.PersonInput(name, Sex.MALE))
            participants.add_participant(session, target, person, ParticipantRole.PARTY)
        return change
    context.write(window, add_to(other, "Phạm Văn Bảy"), changed=case_changed(other))
    wait_idle(qtbot, context)
    assert loads == []
    assert window.data is not None and not window.data.detail.participants
    for unrelated in (case_changed(other), areas_changed(Area.PEOPLE)):
        context.announce(unrelated)
        assert not context.busy  # no tab, panel or the window itself started a read

    with saved(qtbot, window):
        context.write(window, add_to(case_id, "Đỗ Thị Chín"), changed=case_changed(case_id))
    wait_idle(qtbot, context)
    names = {p.person.full_name for p in window.data.detail.participants}
    assert names == {"Lê Văn Tám", "Đỗ Thị Chín"}


# --- participants ------------------------------------------------------------------------------

def test_a_wrong_citizen_id_comes_back_in_the_dialog_with_everything_typed(qtbot, window, seam,
                                                                          book, case_id):
    seen = {}

    def first(dialog) -> bool:
        fill_person(dialog, "Nguyễn Văn An", citizen_id="00108901")
        dialog.ui.addressEdit.setText("Số 5 ngõ 12 Hoàng Quốc Việt")
        return True

    def second(dialog) -> bool:
        seen["error"] = dialog.ui.errorLabel.text()
        seen["name"] = dialog.ui.nameEdit.text()
        seen["address"] = dialog.ui.addressEdit.text()
        dialog.ui.citizenIdEdit.setText("001089012345")
        return True

    seam.expect(first)
    seam.expect(second)
    with saved(qtbot, window):
        window.participants.ui.addButton.click()
    assert "12" in seen["error"] and "00108901" in seen["error"]
    assert seen["name"] == "Nguyễn Văn An"
    assert seen["address"] == "Số 5 ngõ 12 Hoàng Quốc Việt"
    person = detail(book, case_id).participants[0].person
    assert (person.full_name, person.citizen_id) == ("Nguyễn Văn An", "001089012345")
    assert window.participants.model.rowCount() == 1


def test_a_person_the_team_knows_is_found_without_accents_and_reused(qtbot, window, seam, book,
                                                                     actor, team_id, case_id):
    with book.database.transaction(actor) as session:
        known = people.create_person(session, team_id, people.PersonInput(
            "Đặng Thị Bình", Sex.FEMALE, birth_year=1968, address="Tổ 7"))

    def choose_found(dialog) -> bool:
        dialog.ui.searchEdit.setText("dang thi")
        qtbot.waitUntil(lambda: dialog.ui.matchesList.count() == 1)
        assert dialog.ui.matchesList.item(0).text().startswith("Đặng Thị Bình")
        dialog.ui.matchesList.setCurrentRow(0)
        assert dialog.ui.nameEdit.text() == "Đặng Thị Bình"
        assert dialog.ui.birthYearSpin.value() == 1968
        dialog.ui.positionEdit.setPlainText("Yêu cầu mở lại lối đi")
        return True

    seam.expect(choose_found)
    with saved(qtbot, window):
        window.participants.ui.addButton.click()
    participant = detail(book, case_id).participants[0]
    assert participant.person.id == known
    assert participant.position == "Yêu cầu mở lại lối đi"
    with book.database.reading() as session:
        assert len(people.find_persons(session, team_id, "Binh")) == 1


def test_change_and_remove_a_participant(qtbot, window, seam, book, case_id):
    seam.expect(lambda dialog: fill_person(dialog, "Lê Văn Cường") or True)
    with saved(qtbot, window):
        window.participants.ui.addButton.click()
    window.participants.ui.table.selectRow(0)

    def change(dialog) -> bool:
        assert not dialog.ui.searchBox.isVisibleTo(dialog)
        assert dialog.ui.nameEdit.text() == "Lê Văn Cường"
        dialog.ui.phoneEdit.setText("0912 345 678")
        dialog.ui.roleCombo.setCurrentIndex(
            dialog.ui.roleCombo.findData(ParticipantRole.RELATED))
        return True

    seam.expect(change)
    with saved(qtbot, window):
        window.participants.ui.editButton.click()
    participant = detail(book, case_id).participants[0]
    assert (participant.role, participant.person.phone) == (ParticipantRole.RELATED,
                                                            "0912 345 678")
    window.participants.ui.table.selectRow(0)
    seam.confirmations.append(True)
    with saved(qtbot, window):
        window.participants.ui.removeButton.click()
    assert detail(book, case_id).participants == ()
    assert window.participants.model.rowCount() == 0


# --- mediators ---------------------------------------------------------------------------------

def pick_mediator(dialog, name: str) -> None:
    combo = dialog.ui.mediatorCombo
    combo.setCurrentIndex(next(i for i in range(combo.count())
                               if combo.itemText(i).startswith(name)))


def test_assigning_needs_the_no_conflict_confirmation(qtbot, window, seam, book, case_id):
    seen = {}

    def without_confirmation(dialog) -> bool:
        pick_mediator(dialog, "Nguyễn Văn Đức")
        dialog.ui.chosenByPartiesRadio.setChecked(True)
        return True

    def confirmed(dialog) -> bool:
        seen["error"] = dialog.ui.errorLabel.text()
        dialog.ui.noConflictCheck.setChecked(True)
        return True

    seam.expect(without_confirmation)
    seam.expect(confirmed)
    with saved(qtbot, window):
        window.mediators.ui.assignButton.click()
    assert "Nguyễn Văn Đức" in seen["error"]
    (assignment,) = detail(book, case_id).assignments
    assert assignment.mediator_name == "Nguyễn Văn Đức"
    assert assignment.method is AssignmentMethod.CHOSEN_BY_PARTIES


def test_a_declared_conflict_ends_the_assignment_and_is_listed(qtbot, window, seam, book,
                                                                actor, team_id, case_id):
    with book.database.transaction(actor) as session:
        leader = teams.list_mediators(session, team_id)[0]
        assignments.assign_mediator(session, case_id, leader.id,
                                    AssignmentMethod.ASSIGNED_BY_LEADER, True, TEN_DAYS_AGO)
    with saved(qtbot, window):
        window.reload()
    window.mediators.ui.assignmentsTable.selectRow(0)

    def declare(dialog) -> bool:
        assert dialog.ui.mediatorCombo.currentData() == leader.id
        dialog.ui.reasonEdit.setPlainText("Là chị gái của một bên")
        return True

    seam.expect(declare)
    with saved(qtbot, window):
        window.mediators.ui.conflictButton.click()
    case = detail(book, case_id)
    assert case.current_assignments == ()
    assert [c.reason for c in case.conflicts] == ["Là chị gái của một bên"]
    assert window.mediators.conflicts_model.rowCount() == 1


def test_ending_an_assignment_asks_why(qtbot, window, seam, book, actor, team_id, case_id):
    with book.database.transaction(actor) as session:
        mediator = teams.list_mediators(session, team_id)[1]
        assignments.assign_mediator(session, case_id, mediator.id,
                                    AssignmentMethod.ASSIGNED_BY_LEADER, True, TEN_DAYS_AGO)
    with saved(qtbot, window):
        window.reload()
    window.mediators.ui.assignmentsTable.selectRow(0)
    seam.texts.append("Chuyển đi nơi khác")
    with saved(qtbot, window):
        window.mediators.ui.endButton.click()
    (assignment,) = detail(book, case_id).assignments
    assert assignment.end_reason == "Chuyển đi nơi khác"
    assert not window.mediators.ui.endButton.isEnabled()


# --- hearings ----------------------------------------------------------------------------------

def add_party(book, actor, team_id, case_id, name):
    with book.database.transaction(actor) as session:
        person = people.create_person(session, team_id, people.PersonInput(name, Sex.MALE))
        return participants.add_participant(session, case_id, person, ParticipantRole.PARTY)


def assign_leader(book, actor, team_id, case_id):
    with book.database.transaction(actor) as session:
        leader = teams.list_mediators(session, team_id)[0]
        assignments.assign_mediator(session, case_id, leader.id,
                                    AssignmentMethod.ASSIGNED_BY_LEADER, True, TEN_DAYS_AGO)
        return leader.id


def test_a_hearing_starts_with_parties_and_mediators_ticked_and_can_be_changed(
        qtbot, window, seam, book, actor, team_id, case_id):
    an = add_party(book, actor, team_id, case_id, "Nguyễn Văn An")
    leader = assign_leader(book, actor, team_id, case_id)
    with saved(qtbot, window):
        window.reload()

    def record(dialog) -> bool:
        ui = dialog.ui
        assert ui.participantsList.item(0).checkState() == Qt.CheckState.Checked
        assert ui.mediatorsList.item(0).checkState() == Qt.CheckState.Checked
        ui.heldAtEdit.setDateTime(datetime.combine(TEN_DAYS_AGO, datetime.min.time()
                                                   ).replace(hour=8, minute=30))
        ui.placeEdit.setText("Nhà văn hóa tổ dân phố số 7")
        ui.resultEdit.setPlainText("Hai bên đồng ý gặp lại")
        return True

    seam.expect(record)
    with saved(qtbot, window):
        window.hearings.ui.addButton.click()
    (hearing,) = detail(book, case_id).hearings
    assert hearing.participant_ids == {an} and hearing.mediator_ids == {leader}
    assert hearing.held_at == datetime.combine(TEN_DAYS_AGO, datetime.min.time()
                                               ).replace(hour=8, minute=30)
    window.hearings.ui.table.selectRow(0)

    def make_public(dialog) -> bool:
        assert dialog.ui.placeEdit.text() == "Nhà văn hóa tổ dân phố số 7"
        dialog.ui.publicRadio.setChecked(True)
        return True

    seam.expect(make_public)
    with saved(qtbot, window):
        window.hearings.ui.editButton.click()
    assert detail(book, case_id).hearings[0].is_public
    assert "Nguyễn Văn An" in window.hearings.model.index(0, 3).data()


# --- closing -----------------------------------------------------------------------------------

@pytest.mark.usefixtures("english")
def test_closing_without_an_agreement_lists_every_unmet_rule_and_keeps_the_input(
        qtbot, window, seam, book, case_id):
    seen = {}

    def close_successful(dialog) -> bool:
        dialog.ui.successfulRadio.setChecked(True)
        dialog.ui.noteEdit.setPlainText("Các bên đã thống nhất")
        return True

    def look(dialog) -> bool:
        seen["error"] = dialog.ui.errorLabel.text()
        seen["visible"] = dialog.ui.errorLabel.isVisibleTo(dialog)
        seen["kind"] = dialog.kind()
        seen["note"] = dialog.ui.noteEdit.toPlainText()
        return False

    seam.expect(close_successful)
    seam.expect(look)
    window.outcome.ui.closeCaseButton.click()
    qtbot.waitUntil(lambda: "error" in seen)
    for rule in (
            "No mediator is assigned to this case. Assign at least one mediator first.",
            "No hearing has been recorded. Record the hearing(s) first.",
            "A successful mediation needs at least two parties. Add the parties on the "
            "Participants tab.",
            "Enter the date on which the parties reached the agreement.",
            "Add at least one term of the agreement: who must do what, and by when."):
        assert _(rule) in seen["error"]
    assert seen["visible"]
    assert seen["kind"] is OutcomeKind.SUCCESSFUL
    assert seen["note"] == "Các bên đã thống nhất"
    assert detail(book, case_id).status is CaseStatus.IN_PROGRESS


def test_an_unsuccessful_close_shows_the_outcome_read_only(qtbot, window, seam, book, actor,
                                                           team_id, case_id):
    add_party(book, actor, team_id, case_id, "Nguyễn Văn An")
    assign_leader(book, actor, team_id, case_id)
    with saved(qtbot, window):
        window.reload()

    def party_stopped(dialog) -> bool:
        dialog.ui.stoppedRadio.setChecked(True)
        assert dialog.ui.guidanceEdit.isVisibleTo(dialog)
        assert not dialog.ui.referredEdit.isVisibleTo(dialog)
        dialog.ui.guidanceEdit.setPlainText("Hướng dẫn đến UBND phường")
        dialog.stop_checks[next(iter(dialog.stop_checks))].setChecked(True)  # who asked
        return True

    seam.expect(party_stopped)
    with saved(qtbot, window):
        window.outcome.ui.closeCaseButton.click()
    assert detail(book, case_id).status is CaseStatus.UNSUCCESSFUL
    ui = window.outcome.ui
    assert ui.kindValue.text() == _("{outcome} (asked by {names})").format(
        outcome=label(OutcomeKind.PARTY_ASKED_TO_STOP), names="Nguyễn Văn An")
    assert ui.guidanceValue.text() == "Hướng dẫn đến UBND phường"
    assert not ui.closeCaseButton.isVisibleTo(window.outcome)
    assert window.ui.statusBadge.text() == label(CaseStatus.UNSUCCESSFUL)


# --- a closed case -----------------------------------------------------------------------------

@pytest.fixture
def closed_case(book, actor, team_id, case_id):
    an = add_party(book, actor, team_id, case_id, "Nguyễn Văn An")
    add_party(book, actor, team_id, case_id, "Trần Văn Bình")
    assign_leader(book, actor, team_id, case_id)
    with book.database.transaction(actor) as session:
        leader = teams.list_mediators(session, team_id)[0]
        hearings.add_hearing(session, case_id, hearings.HearingInput(
            datetime.combine(TEN_DAYS_AGO, datetime.min.time()), "Nhà văn hóa",
            participant_ids=frozenset({an}), mediator_ids=frozenset({leader.id})))
        outcomes.save_agreement(session, case_id, outcomes.AgreementInput(
            TEN_DAYS_AGO, terms=(outcomes.TermInput(an, "Dỡ hàng rào"),)))
        outcomes.close_case(session, case_id, OutcomeKind.SUCCESSFUL, TEN_DAYS_AGO)
    return case_id


def test_a_closed_case_refuses_edits_until_amended_with_a_reason(qtbot, closed_case,
                                                                  context, seam, book):
    window = show_window(qtbot, context, closed_case, seam)
    general = window.general.ui
    assert window.ui.closedBanner.isVisible()
    assert general.titleEdit.isReadOnly() and not general.saveButton.isEnabled()
    assert not window.participants.ui.addButton.isEnabled()
    assert not window.outcome.ui.saveAgreementButton.isEnabled()
    assert window.ui.actionWrittenAgreement.isEnabled()

    seam.texts.append(None)  # the user cancels the question
    window.ui.amendButton.click()
    assert general.titleEdit.isReadOnly()

    seam.texts.append("Sửa tên vụ việc cho đúng đơn")
    window.ui.amendButton.click()
    assert not general.titleEdit.isReadOnly() and general.saveButton.isEnabled()
    assert "Sửa tên vụ việc cho đúng đơn" in window.ui.bannerLabel.text()
    assert not window.ui.amendButton.isVisible()
    general.titleEdit.setText("Tranh chấp lối đi chung (đã sửa)")
    with saved(qtbot, window):
        general.saveButton.click()
    assert detail(book, closed_case).title == "Tranh chấp lối đi chung (đã sửa)"
    assert window.windowTitle().endswith("Tranh chấp lối đi chung (đã sửa)")
    assert journal_reasons(book, "update") == ["Sửa tên vụ việc cho đúng đơn"]


def journal_reasons(book, op: str) -> list[str]:
    from sqlalchemy import select

    from desktop.core.db.models import JournalEntry

    with book.database.reading() as session:
        entries = session.scalars(select(JournalEntry).where(
            JournalEntry.op == op, JournalEntry.entity == "cases").order_by(JournalEntry.seq))
        return [e.reason for e in entries if e.reason]


def test_reopening_asks_why_and_makes_the_case_editable_again(qtbot, closed_case,
                                                              context, seam, book):
    window = show_window(qtbot, context, closed_case, seam)
    seam.texts.append("Một bên không thực hiện, hai bên đề nghị hòa giải lại")
    with saved(qtbot, window):
        window.ui.reopenButton.click()
    assert detail(book, closed_case).status is CaseStatus.IN_PROGRESS
    assert not window.ui.closedBanner.isVisible()
    assert not window.general.ui.titleEdit.isReadOnly()
    assert window.outcome.ui.closeCaseButton.isVisibleTo(window.outcome)
    assert not window.ui.actionWrittenAgreement.isEnabled()


# --- the general tab ---------------------------------------------------------------------------

def test_a_rejected_save_keeps_what_was_typed(qtbot, window, seam, book, case_id):
    general = window.general.ui
    general.titleEdit.setText("   ")
    general.summaryEdit.setPlainText("Nội dung mới của vụ việc")
    general.saveButton.click()
    qtbot.waitUntil(lambda: general.errorLabel.isVisible())
    assert general.errorLabel.text() == _(
        "Please give the case a short title, for example 'Dispute over a shared path'.")
    assert general.summaryEdit.toPlainText() == "Nội dung mới của vụ việc"
    assert detail(book, case_id).title == "Tranh chấp lối đi chung giữa hai nhà"


def test_typing_is_not_lost_when_another_screen_saves(qtbot, window, seam, book, actor, team_id,
                                                      case_id):
    window.general.ui.summaryEdit.setPlainText("Đang gõ dở")
    add_party(book, actor, team_id, case_id, "Nguyễn Văn An")
    with saved(qtbot, window):
        window.context.announce(case_changed(case_id))
    assert window.participants.model.rowCount() == 1
    assert window.general.ui.summaryEdit.toPlainText() == "Đang gõ dở"


def test_an_amendment_can_change_how_the_case_ended(qtbot, closed_case, context, seam,
                                                    book):
    window = show_window(qtbot, context, closed_case, seam)
    button = window.outcome.ui.closeCaseButton
    assert not button.isVisibleTo(window.outcome)
    seam.texts.append("Ghi sai ngày kết thúc")
    window.ui.amendButton.click()
    assert button.isVisibleTo(window.outcome)

    def later_date(dialog) -> bool:
        assert dialog.kind() is OutcomeKind.SUCCESSFUL
        dialog.ui.decidedEdit.setDate(TEN_DAYS_AGO + timedelta(days=1))
        return True

    seam.expect(later_date)
    with saved(qtbot, window):
        button.click()
    assert detail(book, closed_case).outcome.decided_on == TEN_DAYS_AGO + timedelta(days=1)


def test_esc_and_ctrl_w_close_the_case_window(qtbot, window):
    from PySide6.QtGui import QKeySequence

    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it later
    keys = window.close_action.shortcuts()
    assert QKeySequence("Ctrl+W") in keys and QKeySequence(Qt.Key.Key_Escape) in keys
    assert window.menuBar().actions()[-1].menu().actions() == [window.close_action]
    window.close_action.trigger()  # what either key does (offscreen windows take no focus)
    assert not window.isVisible()


def test_esc_asks_before_an_unsaved_agreement_is_lost(qtbot, window, seam):
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it later
    window.outcome.ui.noteEdit.setPlainText("Thực hiện trong tháng")
    assert window.outcome.has_unsaved_changes
    seam.confirmations.append(False)
    window.close_action.trigger()
    assert window.isVisible() and seam.messages[-1][0] == _("Close the case window?")
    seam.confirmations.append(True)
    window.close_action.trigger()
    assert not window.isVisible()
