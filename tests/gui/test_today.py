"""The start page, "Hôm nay": the window opens on it, each item opens its case, a term is
followed up in place (and journaled), the navigation shows the counts and is keyboard reachable.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtWidgets import QPushButton

from desktop.core.domain.enums import FollowUpStatus, OutcomeKind
from desktop.core.services.cases import detail as case_detail
from desktop.core.services.cases import hearings, outcomes
from desktop.core.services.reminders import Kind
from desktop.gui import app as gui_app
from desktop.gui.case.case_window import CaseWindow
from desktop.gui.today import TodayPage
from tests.core.helpers import add_person, assign, mediator_ids, open_case
from tests.gui.conftest import add_cases, wait_idle

TODAY = date.today()


def show_window(qtbot, context, dialogs, preferences):
    window = gui_app.build_main_window(context, dialogs, preferences)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, context)
    return window


def agreed_case_with_a_term_due(book, actor, team_id):
    """A successful case whose one term is due tomorrow (its follow-up shows from 3 days
    before)."""
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id, "Tranh chấp tường rào", received_on=TODAY - timedelta(
            days=20), today=TODAY)
        parties = [add_person(s, case_id, team_id, name)
                   for name in ("Nguyễn Văn An", "Đặng Thị Bình")]
        mediator = mediator_ids(s, team_id)[0]
        assign(s, case_id, mediator, on=TODAY - timedelta(days=19))
        hearings.add_hearing(s, case_id, hearings.HearingInput(
            datetime.combine(TODAY - timedelta(days=18), datetime.min.time()).replace(hour=8),
            "Nhà văn hóa", participant_ids=frozenset(parties),
            mediator_ids=frozenset({mediator})))
        outcomes.save_agreement(s, case_id, outcomes.AgreementInput(
            TODAY - timedelta(days=18), terms=(outcomes.TermInput(
                parties[0], "Dỡ hàng rào lấn lối đi", TODAY + timedelta(days=1)),)))
        outcomes.close_case(s, case_id, OutcomeKind.SUCCESSFUL, TODAY - timedelta(days=18),
                            today=TODAY)
    return case_id


def test_the_window_opens_on_today_with_counts_in_the_navigation(qtbot, context, dialogs,
                                                                  preferences, book, actor,
                                                                  team_id):
    add_cases(book, actor, team_id, 2, received_on=TODAY - timedelta(days=1))
    window = show_window(qtbot, context, dialogs, preferences)
    navigation = window.navigation
    assert navigation is not None and navigation.currentWidget() is navigation.today
    qtbot.waitUntil(lambda: not navigation.today.loading and not navigation.calendar.loading)
    wait_idle(qtbot, context)
    texts = [navigation.tabText(i) for i in range(3)]
    assert texts[0].startswith("&Hôm nay (") and texts[1] == "&Vụ việc (2)"
    assert texts[2] == "&Lịch hòa giải (0)"
    waiting = [r for r in navigation.today.reminders if r.kind is Kind.UNASSIGNED]
    assert len(waiting) == 2
    shown = [b.parent().findChild(type(window.team_label), "reminderText").text()
             for b in navigation.today.findChildren(QPushButton, "openCaseButton")]
    assert any("chưa có hòa giải viên" in text for text in shown)
    go_to_cases, go_to_calendar = navigation.actions_for(window)[1:]
    go_to_calendar.trigger()
    assert navigation.currentWidget() is navigation.calendar
    go_to_cases.trigger()
    assert navigation.currentWidget() is window.cases_area


def test_an_item_opens_its_case(qtbot, context, dialogs, preferences, book, actor, team_id):
    [case_id] = add_cases(book, actor, team_id, 1, received_on=TODAY)
    window = show_window(qtbot, context, dialogs, preferences)
    today = window.navigation.today
    qtbot.waitUntil(lambda: today.findChildren(QPushButton, "openCaseButton") != [])
    today.findChildren(QPushButton, "openCaseButton")[0].click()
    wait_idle(qtbot, context)
    (opened,) = window.findChildren(CaseWindow)
    assert opened.case_id == case_id
    assert opened.ui.tabs.currentWidget() is opened.mediators  # it waits for a mediator


def test_a_term_is_followed_up_in_place_and_journaled(qtbot, context, dialogs, book, actor,
                                                      team_id):
    case_id = agreed_case_with_a_term_due(book, actor, team_id)
    page = TodayPage(context, dialogs)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.findChildren(QPushButton, "partlyButton") != [])
    (follow,) = [r for r in page.reminders if r.kind is Kind.FOLLOW_UP]
    assert follow.case_id == case_id and follow.due_on == TODAY + timedelta(days=1)
    with qtbot.waitSignal(context.data_changed):
        page.findChildren(QPushButton, "partlyButton")[0].click()
    wait_idle(qtbot, context)
    with book.database.reading(actor) as s:
        (term,) = case_detail.get_case(s, case_id).agreement.terms
    assert (term.follow_up_status, term.followed_up_on) == (
        FollowUpStatus.PARTLY_IMPLEMENTED, TODAY)
    qtbot.waitUntil(lambda: not page.loading)
    assert not [r for r in page.reminders if r.kind is Kind.FOLLOW_UP]  # back in 14 days
    assert dialogs.messages == []


def test_the_page_reloads_only_for_what_reminders_look_at(qtbot, context, dialogs, book, actor,
                                                          team_id):
    from desktop.gui.kit.changes import Area, areas_changed

    page = TodayPage(context, dialogs)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading)
    page.on_data_changed(areas_changed(Area.CONVENTIONS))
    assert not page.loading
    page.on_data_changed(areas_changed(Area.CASES))
    assert page.loading
    qtbot.waitUntil(lambda: not page.loading)


def test_a_term_is_followed_up_from_the_case_window(qtbot, context, seam, book, actor,
                                                    team_id):
    from desktop.gui.case.case_window import open_case_window

    case_id = agreed_case_with_a_term_due(book, actor, team_id)
    window = open_case_window(context, case_id, seam)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.data is not None)
    tab = window.outcome
    kept = tab.findChild(QPushButton, "termKeptButton")
    assert not kept.isEnabled()  # nothing selected yet
    assert tab.terms_model.index(0, 3).data() == "Chưa đến hạn / đang theo dõi"  # pending
    tab.ui.termsTable.selectRow(0)
    assert kept.isEnabled()
    with qtbot.waitSignal(window.case_loaded, timeout=10_000):
        kept.click()
    with book.database.reading(actor) as s:
        (term,) = case_detail.get_case(s, case_id).agreement.terms
    assert (term.follow_up_status, term.followed_up_on) == (FollowUpStatus.IMPLEMENTED, TODAY)
    assert TODAY.strftime("%d/%m/%Y") in tab.terms_model.index(0, 3).data()


def test_a_long_group_shows_its_first_rows_and_says_how_many_more(qtbot, context, dialogs,
                                                                  book, actor, team_id):
    """Every reminder was a row of widgets: 26,000 on the 100,000-case stress book froze the
    window (#17). A group shows its first SHOWN_PER_GROUP rows, its heading counts them all,
    a line says how many are not shown."""
    from PySide6.QtWidgets import QFrame, QLabel

    from desktop.gui.today.today_page import SHOWN_PER_GROUP

    add_cases(book, actor, team_id, SHOWN_PER_GROUP + 7)  # none has a mediator yet
    page = TodayPage(context, dialogs)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading)
    waiting = [r for r in page.reminders if r.kind is Kind.UNASSIGNED]
    assert len(waiting) == SHOWN_PER_GROUP + 7
    rows = page.findChildren(QFrame, "reminderRow")
    assert len(rows) == len(page.reminders) - 7  # only this group was cut short
    (more,) = page.findChildren(QLabel, "moreReminders")
    assert more.text() == ("… và 7 việc khác. Ở đây chỉ hiện 50 việc đầu tiên; muốn xem các "
                           "việc còn lại, xin mở danh sách vụ việc (lọc theo trạng thái).")
    headings = [label.text() for label in page.findChildren(QLabel)
                if label.text().endswith(f"({SHOWN_PER_GROUP + 7})")]
    assert headings  # the group's heading counts every reminder of it
