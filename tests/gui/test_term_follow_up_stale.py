"""Two officers following up the same agreement term at once (#16), from the Today page and
from the case window's agreement tab: each answer is checked against the term's version as
shown; the second is told who answered what, the first answer stands, and the page or window
shows the term as it is now. On a file book and on the test run's PostgreSQL server."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from desktop.core.domain.enums import FollowUpStatus
from desktop.core.services.cases import detail as case_detail
from desktop.core.services.cases import outcomes
from desktop.core.services.reminders import Kind
from desktop.gui.case.case_window import CaseWindow, open_case_window
from desktop.gui.kit.context import BookContext
from desktop.gui.today import TodayPage
from tests.gui.conftest import wait_idle
from tests.gui.test_today import TODAY, agreed_case_with_a_term_due

BOTH = pytest.mark.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


def saved_term(book, case_id):
    with book.database.reading() as s:
        (term,) = case_detail.get_case(s, case_id).agreement.terms
    return term


def she_answers(other_book, lan, term_id, version) -> None:
    with other_book.database.transaction(lan) as s:
        outcomes.record_follow_up(s, term_id, FollowUpStatus.IMPLEMENTED, "Đã dỡ hàng rào",
                                  today=TODAY, seen_version=version)


@BOTH
def test_a_stale_answer_on_the_today_page_is_refused_by_name_and_the_page_read_again(
        qtbot, context, dialogs, book, actor, team_id, other_book, lan):
    case_id = agreed_case_with_a_term_due(book, actor, team_id)
    page = TodayPage(context, dialogs)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.findChildren(QPushButton, "notKeptButton") != [],
                    timeout=20_000)  # the Today page reads every case: slow on a loaded machine
    (follow,) = [r for r in page.reminders if r.kind is Kind.FOLLOW_UP]
    assert follow.term_version is not None
    she_answers(other_book, lan, follow.term_id, follow.term_version)  # while my page shows it

    page.findChildren(QPushButton, "notKeptButton")[0].click()
    qtbot.waitUntil(lambda: dialogs.messages != [], timeout=10_000)
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    wait_idle(qtbot, context)
    ((title, text),) = dialogs.messages
    assert title == "Chưa lưu được kết quả theo dõi"
    assert "lan" in text and "may-tinh-2" in text and "Đã dỡ hàng rào" in text
    assert "Không thực hiện" in text  # my answer, said back to me
    term = saved_term(book, case_id)
    assert (term.follow_up_status, term.follow_up_note) == (
        FollowUpStatus.IMPLEMENTED, "Đã dỡ hàng rào")
    assert not [r for r in page.reminders if r.kind is Kind.FOLLOW_UP]  # read again: answered


def show_window(qtbot, context: BookContext, case_id, seam) -> CaseWindow:
    window = open_case_window(context, case_id, seam)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.data is not None)
    wait_idle(qtbot, context)
    window.outcome.ui.termsTable.selectRow(0)
    return window


@BOTH
def test_a_stale_answer_in_the_case_window_is_refused_then_answered_from_the_new_version(
        qtbot, context, lan_context, seam, book, actor, team_id):
    case_id = agreed_case_with_a_term_due(book, actor, team_id)
    mine = show_window(qtbot, context, case_id, seam)
    hers = show_window(qtbot, lan_context, case_id, seam)
    with qtbot.waitSignal(hers.case_loaded, timeout=10_000):
        hers.outcome.findChild(QPushButton, "termKeptButton").click()
    assert saved_term(book, case_id).follow_up_status is FollowUpStatus.IMPLEMENTED

    label = mine.outcome.ui.agreementErrorLabel
    with qtbot.waitSignal(mine.case_loaded, timeout=10_000):  # refused, then read again
        mine.outcome.findChild(QPushButton, "termPartlyButton").click()
    wait_idle(qtbot, context)
    assert "lan" in label.text() and "may-tinh-2" in label.text()
    assert "Thực hiện một phần" in label.text()  # the answer that was not saved
    assert saved_term(book, case_id).follow_up_status is FollowUpStatus.IMPLEMENTED
    mine.outcome.ui.termsTable.selectRow(0)
    with qtbot.waitSignal(mine.case_loaded, timeout=10_000):  # from the version now shown
        mine.outcome.findChild(QPushButton, "termPartlyButton").click()
    assert saved_term(book, case_id).follow_up_status is FollowUpStatus.PARTLY_IMPLEMENTED
