"""The audit screen: the whole journal, newest first, paged lazily, filtered in SQL, and the
integrity check of its hash chain."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date

import pytest

from desktop.core.db import journal
from desktop.core.db.engine import Actor
from desktop.core.domain.roles import Role
from desktop.core.services.history import journal_browser
from desktop.gui.audit import JournalWindow, open_journal_window
from desktop.gui.audit.journal_model import JournalTableModel
from desktop.gui.kit.changes import Area, Changed, areas_changed
from tests.actors import leader
from tests.gui.conftest import add_cases, wait_idle


def open_window(qtbot, context, dialogs) -> JournalWindow:
    window = open_journal_window(context, dialogs)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.total > 0)
    wait_idle(qtbot, context)
    return window


def test_newest_first_and_fetched_a_page_at_a_time(qtbot, context, dialogs, book, actor,
                                                   team_id):
    add_cases(book, actor, team_id, 260)  # more entries than a page
    window = open_window(qtbot, context, dialogs)
    model = window.model
    assert model.total > JournalTableModel.PAGE_SIZE
    assert model.rowCount() == JournalTableModel.PAGE_SIZE
    seqs = [model.index(r, JournalTableModel.SEQ).data(JournalTableModel.SEQ_ROLE)
            for r in range(model.rowCount())]
    assert seqs == sorted(seqs, reverse=True) and seqs[0] == model.total
    assert model.index(0, JournalTableModel.ACTION).data() == "Thêm"
    assert model.index(0, JournalTableModel.WHO).data() == actor.user
    assert model.index(0, JournalTableModel.ENTITY).data().startswith("Vụ việc ")
    assert "Tranh chấp lối đi số" in model.index(0, JournalTableModel.DETAILS).data()
    with qtbot.waitSignal(model.rowsInserted):
        model.fetchMore()  # read in the background, inserted when the page arrives
    assert model.rowCount() == model.total and not model.canFetchMore()
    assert "mục" in window.ui.countLabel.text()


def test_filters_by_person_record_action_and_date(qtbot, context, dialogs, book, actor,
                                                  team_id):
    add_cases(book, actor, team_id, 3)
    with book.database.transaction(leader("hoa", actor.device)) as session:
        journal.record_event(session, "print", "cases", "x", str(team_id),
                             {"document": "casefile", "target": "printer"})
    window = open_window(qtbot, context, dialogs)
    total = window.model.total
    qtbot.waitUntil(lambda: window.ui.authorCombo.count() > 1)
    window.ui.authorCombo.setCurrentIndex(window.ui.authorCombo.findData("hoa"))
    qtbot.waitUntil(lambda: window.model.total == 1)
    assert window.model.index(0, JournalTableModel.ACTION).data() == "In hoặc lưu văn bản"
    window.ui.authorCombo.setCurrentIndex(0)
    window.ui.opCombo.setCurrentIndex(window.ui.opCombo.findData("insert"))
    qtbot.waitUntil(lambda: window.model.total == total - 1)
    window.ui.entityCombo.setCurrentIndex(window.ui.entityCombo.findData("cases"))
    qtbot.waitUntil(lambda: window.model.total == 3)
    window.ui.fromEdit.setDate(date(2001, 1, 1))
    window.ui.toEdit.setDate(date(2001, 12, 31))
    window.ui.toCheck.setChecked(True)
    window.ui.fromCheck.setChecked(True)
    qtbot.waitUntil(lambda: window.model.total == 0)
    assert window.current_filter() == journal_browser.JournalFilter(
        entity="cases", op="insert", start=date(2001, 1, 1), end=date(2001, 12, 31))
    wait_idle(qtbot, context)


def test_the_integrity_check_reports_intact_or_the_first_broken_link(qtbot, context, dialogs,
                                                                      book, book_path, actor,
                                                                      team_id):
    add_cases(book, actor, team_id, 2)
    window = open_window(qtbot, context, dialogs)
    with qtbot.waitSignal(window.checked, timeout=20_000) as checked:
        window.ui.checkButton.click()
    assert checked.args[0].broken_seq is None
    assert window.ui.checkLabel.text().startswith(
        f"Nhật ký còn nguyên vẹn: {window.model.total} mục")
    wait_idle(qtbot, context)
    book.database.dispose()
    with contextlib.closing(sqlite3.connect(book_path)) as connection:
        connection.execute("DROP TRIGGER change_journal_no_update")
        connection.execute("UPDATE change_journal SET author = 'kẻ giả mạo' WHERE seq = 2")
        connection.commit()
    with qtbot.waitSignal(window.checked, timeout=20_000) as checked:
        window.ui.checkButton.click()
    assert checked.args[0].broken_seq == 2
    assert "BỊ HỎNG tại mục 2" in window.ui.checkLabel.text()
    wait_idle(qtbot, context)


@pytest.mark.parametrize("role", [Role.MEDIATOR])
def test_a_role_that_may_not_read_the_journal_is_told_so(qtbot, context, dialogs, role,
                                                        preferences):
    from desktop.gui.app import build_main_window

    context.actor = Actor("hoa", context.actor.device, role=role)
    assert open_journal_window(context, dialogs) is None
    assert "nhật ký" in dialogs.messages[-1][1].lower()
    window = build_main_window(context, dialogs, preferences)
    qtbot.addWidget(window)
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Công cụ")
    assert not tools.actions()[0].isEnabled()
    wait_idle(qtbot, context)


def test_the_journal_reloads_for_any_save(qtbot, context, dialogs, book, actor, team_id):
    window = open_window(qtbot, context, dialogs)
    before = window.model.total
    add_cases(book, actor, team_id, 1)
    context.announce(Changed(areas=frozenset({Area.SETTINGS})))  # not journaled: no reload
    wait_idle(qtbot, context)
    assert window.model.total == before
    with qtbot.waitSignal(window.model.reloaded):
        context.announce(areas_changed(Area.CASES))
    assert window.model.total > before
