"""The people index and the conflict check in the case window: the leader is warned before a
mediator with a possible interest is assigned, decides with a reason, and sees the decision on
the Mediators tab; a person already on record is offered when a participant is added."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.core.domain.enums import ParticipantRole, Sex
from desktop.core.services.cases import detail as case_detail
from desktop.core.services.cases import participants
from desktop.core.services.cases.conflicts import decisions
from desktop.core.services.people import persons as people
from desktop.core.services.workspace import teams
from desktop.gui.case.case_window import CaseWindow, open_case_window
from desktop.gui.case.mediator_dialogs import ConflictDecisionDialog
from desktop.gui.people import PersonPageWindow
from tests.gui.fakes import open_case

HOME = "Số 5, ngõ 3, Tổ dân phố số 7"


@pytest.fixture
def case_id(book, actor, team_id):
    case_id = open_case(book, actor, team_id, received_on=date.today() - timedelta(days=3))
    with book.database.transaction(actor) as s:
        person = people.create_person(s, team_id, people.PersonInput(
            "Vũ Văn Tài", Sex.MALE, address=HOME))
        participants.add_participant(s, case_id, person, ParticipantRole.PARTY)
        teams.add_mediator(s, team_id, teams.MediatorInput(
            "Hoàng Văn Minh", Sex.MALE, address=HOME))
    return case_id


@pytest.fixture
def window(qtbot, context, case_id, seam) -> CaseWindow:
    window = open_case_window(context, case_id, seam)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.data is not None)
    return window


def pick_minh(dialog) -> bool:
    combo = dialog.ui.mediatorCombo
    combo.setCurrentIndex(next(i for i in range(combo.count())
                               if combo.itemText(i).startswith("Hoàng Văn Minh")))
    dialog.ui.noConflictCheck.setChecked(True)
    return True


def test_a_conflict_warning_asks_the_leader_and_shows_the_decision(qtbot, window, seam, book,
                                                                   case_id):
    seen = {}

    def without_reason(dialog) -> bool:
        assert isinstance(dialog, ConflictDecisionDialog)
        seen["findings"] = dialog.ui.findingsLabel.text()
        dialog.ui.assignButton.click()
        return True

    def with_reason(dialog) -> bool:
        seen["error"] = dialog.ui.errorLabel.text()
        dialog.ui.reasonEdit.setPlainText("Hai bên cùng đề nghị ông Minh")
        dialog.ui.assignButton.click()
        return True

    seam.expect(pick_minh)
    seam.expect(without_reason)
    seam.expect(with_reason)
    with qtbot.waitSignal(window.case_loaded, timeout=10_000):
        window.mediators.ui.assignButton.click()
    assert "Vũ Văn Tài" in seen["findings"] and HOME in seen["findings"]
    assert seen["error"]
    with book.database.reading() as s:
        names = [a.mediator_name for a in case_detail.get_case(s, case_id).assignments]
    assert names == ["Hoàng Văn Minh"]
    label = window.mediators.ui.decisionsLabel
    qtbot.waitUntil(lambda: "Hai bên cùng đề nghị ông Minh" in label.text())
    assert "Vũ Văn Tài" in label.text()


def test_deciding_not_to_assign_records_the_decision_only(qtbot, window, seam, book, actor,
                                                          case_id):
    def refuse(dialog) -> bool:
        dialog.ui.reasonEdit.setPlainText("Là hàng xóm sát nhà")
        dialog.ui.notAssignButton.click()
        return True

    seam.expect(pick_minh)
    seam.expect(refuse)
    with qtbot.waitSignal(window.case_loaded, timeout=10_000):
        window.mediators.ui.assignButton.click()
    with book.database.reading(actor) as s:
        assert case_detail.get_case(s, case_id).assignments == ()
        (decision,) = decisions(s, case_id)
    assert not decision.assigned and decision.reason == "Là hàng xóm sát nhà"


def fill_new_person(dialog, name: str, year: int) -> bool:
    dialog.ui.newPersonButton.click()
    dialog.ui.nameEdit.setText(name)
    dialog.ui.yearOnlyCheck.setChecked(True)
    dialog.ui.birthYearSpin.setValue(year)
    return True


def test_adding_someone_already_on_record_offers_their_record_and_cases(
        qtbot, window, seam, book, actor, team_id, case_id):
    earlier = open_case(book, actor, team_id, title="Tranh chấp năm trước",
                        received_on=date.today() - timedelta(days=300))
    with book.database.transaction(actor) as s:
        known = people.create_person(s, team_id, people.PersonInput(
            "Đặng Văn Ưng", Sex.MALE, birth_year=1970))
        participants.add_participant(s, earlier, known, ParticipantRole.PARTY)
    seam.expect(lambda dialog: fill_new_person(dialog, "Dang Van Ung", 1970))
    seam.confirmations.append(True)
    with qtbot.waitSignal(window.case_loaded, timeout=10_000):
        window.participants.ui.addButton.click()
    _title, question = seam.messages[-1]
    assert "Đặng Văn Ưng" in question and "Tranh chấp năm trước" in question
    with book.database.reading() as s:
        ids = [p.person.id for p in case_detail.get_case(s, case_id).participants]
    assert known in ids


def test_declining_the_offer_records_a_new_person(qtbot, window, seam, book, actor, team_id,
                                                  case_id):
    with book.database.transaction(actor) as s:
        known = people.create_person(s, team_id, people.PersonInput(
            "Đặng Văn Ưng", Sex.MALE, birth_year=1970))
    seam.expect(lambda dialog: fill_new_person(dialog, "Đặng Văn Ưng", 1970))
    seam.confirmations.append(False)
    with qtbot.waitSignal(window.case_loaded, timeout=10_000):
        window.participants.ui.addButton.click()
    with book.database.reading() as s:
        ids = [p.person.id for p in case_detail.get_case(s, case_id).participants]
    assert known not in ids and len(ids) == 2


def test_earlier_disputes_of_the_same_households_show_on_the_participants_tab(
        qtbot, context, seam, book, actor, team_id, case_id):
    other_home = "Số 7, ngõ 3, Tổ dân phố số 7"
    earlier = open_case(book, actor, team_id, title="Lần trước", received_on=date(2024, 6, 1))
    with book.database.transaction(actor) as s:
        for target in (earlier, case_id):
            for name, home in ((f"Người nhà A {target.hex[:4]}", HOME),
                               (f"Người nhà B {target.hex[:4]}", other_home)):
                person = people.create_person(s, team_id, people.PersonInput(
                    name, Sex.MALE, address=home))
                participants.add_participant(s, target, person, ParticipantRole.PARTY)
    window = open_case_window(context, case_id, seam)
    qtbot.addWidget(window)
    label = window.participants.ui.historyLabel
    qtbot.waitUntil(lambda: "2024" in label.text())
    assert "Lần trước" in label.text()


def test_a_persons_page_lists_their_cases_and_the_leader_merges_a_duplicate(
        qtbot, context, seam, book, actor, team_id, case_id):
    with book.database.transaction(actor) as s:
        kept = people.create_person(s, team_id, people.PersonInput(
            "Đặng Văn Ưng", Sex.MALE, birth_year=1970))
        twin = people.create_person(s, team_id, people.PersonInput(
            "Dang Van Ung", Sex.MALE, birth_year=1970))
        participants.add_participant(s, case_id, kept, ParticipantRole.PARTY)
    other = open_case(book, actor, team_id, title="Việc khác")
    with book.database.transaction(actor) as s:
        participants.add_participant(s, other, twin, ParticipantRole.INVITED)
    opened = []
    page = PersonPageWindow(context, seam, kept, opened.append)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.page is not None)
    assert [c.case_id for c in page.page.cases] == [case_id]
    assert page.ui.mergeButton.isEnabled()
    seam.texts.append("Cùng một người, nhập hai lần")
    with qtbot.waitSignal(page.page_loaded, timeout=10_000):
        page.ui.mergeButton.click()
    qtbot.waitUntil(lambda: len(page.page.cases) == 2)
    assert page.ui.undoMergeButton.isEnabled()
    page.ui.casesTable.selectRow(1)
    page.open_selected()
    assert opened == [other]
    seam.confirmations.append(True)
    page.ui.undoMergeButton.click()
    qtbot.waitUntil(lambda: len(page.page.cases) == 1)
