"""The case window's History tab, and the journaled views of sensitive cases."""

from __future__ import annotations

import shiboken6
from sqlalchemy import select

from desktop.core.db.models import Case, JournalEntry
from desktop.core.i18n import _
from desktop.gui.case.case_window import open_case_window
from desktop.gui.case.history_tab import HistoryTab
from tests.gui.conftest import add_party, wait_idle
from tests.gui.fakes import open_case


def views(book, case_id) -> list[tuple[str, str]]:
    """(author, device) of each journaled view of the case."""
    with book.database.reading() as session:
        return [(e.author, e.device) for e in session.scalars(select(JournalEntry).where(
            JournalEntry.op == "view", JournalEntry.entity_id == str(case_id)))]


def mark_sensitive(book, actor, case_id) -> None:
    with book.database.transaction(actor) as session:
        session.get(Case, case_id).sensitive = True  # type: ignore[union-attr]


def show(qtbot, context, case_id, seam, closed_by_the_test: bool = False):
    window = open_case_window(context, case_id, seam)
    if not closed_by_the_test:
        qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.data is not None)
    wait_idle(qtbot, context)
    return window


def test_the_history_tab_lists_the_journal_in_words(qtbot, context, book, actor, team_id,
                                                    seam):
    case_id = open_case(book, actor, team_id)
    add_party(book, actor, team_id, case_id, "Đặng Thị Hoa")
    window = show(qtbot, context, case_id, seam)
    tab = window.history
    assert isinstance(tab, HistoryTab)
    titles = [window.ui.tabs.tabText(i) for i in range(window.ui.tabs.count())]
    assert _("Hi&story") == titles[-1] == "&Lịch sử"
    assert tab.stale and tab.ui.historyTree.topLevelItemCount() == 0  # loaded only when shown
    window.ui.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.ui.historyTree.topLevelItemCount() == 2)
    newest, oldest = tab.ui.historyTree.topLevelItem(0), tab.ui.historyTree.topLevelItem(1)
    assert newest.text(2) == "Thêm — Người tham gia: Đặng Thị Hoa"
    assert oldest.text(2) == "Thêm — Vụ việc"
    assert newest.text(1) == actor.user
    fields = {oldest.child(i).text(2): oldest.child(i).text(4)
              for i in range(oldest.childCount())}
    assert fields["Tên vụ việc"] == "Tranh chấp lối đi chung giữa hai nhà"
    assert fields["Trạng thái"] == "Đang hòa giải"
    assert "2 mục" in tab.ui.summaryLabel.text()


def test_a_save_while_the_tab_is_shown_reloads_it(qtbot, context, book, actor, team_id, seam):
    case_id = open_case(book, actor, team_id)
    window = show(qtbot, context, case_id, seam)
    window.ui.tabs.setCurrentWidget(window.history)
    qtbot.waitUntil(lambda: window.history.ui.historyTree.topLevelItemCount() == 1)

    def rename(session) -> None:
        session.get(Case, case_id).title = "Tranh chấp lối đi (đã sửa)"
    context.write(window, rename)
    qtbot.waitUntil(lambda: window.history.ui.historyTree.topLevelItemCount() == 2, timeout=10_000)
    changed = window.history.ui.historyTree.topLevelItem(0)
    assert changed.text(2) == "Sửa — Vụ việc"
    assert (changed.child(0).text(3), changed.child(0).text(4)) == (
        "Tranh chấp lối đi chung giữa hai nhà", "Tranh chấp lối đi (đã sửa)")


def test_opening_a_sensitive_case_is_journaled_once_per_opening(qtbot, context, book, actor,
                                                                team_id, seam):
    plain = open_case(book, actor, team_id)
    sensitive = open_case(book, actor, team_id, "Mâu thuẫn vợ chồng")
    mark_sensitive(book, actor, sensitive)
    show(qtbot, context, plain, seam)
    assert views(book, plain) == []
    window = show(qtbot, context, sensitive, seam, closed_by_the_test=True)
    assert len(views(book, sensitive)) == 1
    window.reload()  # a reload (after a save) is not a new opening
    wait_idle(qtbot, context)
    open_case_window(context, sensitive, seam)  # the open window comes to the front
    wait_idle(qtbot, context)
    assert len(views(book, sensitive)) == 1
    window.close()  # deleted on close: the next opening is a new window
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
    again = show(qtbot, context, sensitive, seam)
    entries = views(book, sensitive)
    assert len(entries) == 2
    assert entries[-1] == (actor.user, actor.device)
    again.ui.tabs.setCurrentWidget(again.history)
    qtbot.waitUntil(lambda: again.history.ui.historyTree.topLevelItemCount() == 4)
    newest = again.history.ui.historyTree.topLevelItem(0)
    assert newest.text(2) == "Xem (vụ việc nhạy cảm) — Vụ việc"


def test_the_reason_for_an_amendment_is_shown_across_the_row(qtbot, context, book, actor,
                                                             team_id, seam):
    case_id = open_case(book, actor, team_id)
    with book.database.transaction(actor, reason="Sửa tên theo đề nghị của các bên") as session:
        session.get(Case, case_id).title = "Tranh chấp lối đi chung (đã sửa)"  # type: ignore[union-attr]
    window = show(qtbot, context, case_id, seam)
    window.ui.tabs.setCurrentWidget(window.history)
    qtbot.waitUntil(lambda: window.history.ui.historyTree.topLevelItemCount() == 2)
    reason = window.history.ui.historyTree.topLevelItem(0).child(0)
    assert reason.text(0) == "Lý do sửa đổi: Sửa tên theo đề nghị của các bên"
    assert reason.isFirstColumnSpanned()
