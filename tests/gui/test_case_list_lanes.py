"""No short read or save waits behind a long read (#17): at 100,000 cases the start page's read
took seconds (a minute before it was narrowed), and the list, queued behind it on the one
worker thread, showed only placeholders. The list's reads go on the quick lane, the start
page's on the long lane, saves on the main lane; here a real read is held open on a lane (it
waits for the test's word inside its session) while the others are asked for."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject

from desktop.core.services.cases import listing as case_list
from desktop.core.services.cases.listing import CaseFilter
from desktop.gui.cases.case_table_model import PLACEHOLDER, CaseTableModel
from desktop.gui.kit.background import Lane
from desktop.gui.today import TodayPage
from desktop.gui.today import today_page as today_module
from tests.gui.conftest import add_cases, wait_idle


class HeldRead:
    """A read on ``lane`` that stays open until ``release``."""

    def __init__(self, qtbot, context, lane: Lane = Lane.MAIN) -> None:
        self.started, self.go = threading.Event(), threading.Event()
        self.answer: list[int] = []
        self.ran: list[str] = []  # in the worker threads, in the order they ran
        self.owner = QObject()

        def query(session) -> int:
            self.started.set()
            assert self.go.wait(30), "the test never released the held read"
            self.ran.append("read")
            return case_list.case_count(session, CaseFilter())
        context.read(self.owner, query, self.answer.append, lane=lane)
        assert self.started.wait(10)  # it holds its lane's one thread now

    def release(self) -> None:
        self.go.set()


@pytest.fixture
def held(qtbot, context) -> Iterator[HeldRead]:
    read = HeldRead(qtbot, context)
    yield read
    read.release()  # a failed test still lets the worker end
    wait_idle(qtbot, context)


def test_the_list_opens_while_a_long_read_runs(qtbot, context, book, actor, team_id, held):
    add_cases(book, actor, team_id, 250)
    model = CaseTableModel(context)
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        model.reload()
    assert held.answer == []  # the long read is still running: the list came first
    assert model.total == 250 and model.index(0, CaseTableModel.NUMBER).data() == "250/2025"

    assert model.index(249, CaseTableModel.NUMBER).data() == PLACEHOLDER  # asks its page
    with qtbot.waitSignal(model.page_loaded, timeout=10_000):
        pass
    assert held.answer == []
    assert model.index(249, CaseTableModel.NUMBER).data() == "01/2025"

    oldest = model.case_id(249)
    assert oldest is not None
    found: list[int] = []
    model.locate(oldest, found.append)
    qtbot.waitUntil(lambda: found == [249], timeout=10_000)
    assert held.answer == []

    held.release()
    qtbot.waitUntil(lambda: held.answer == [250], timeout=10_000)  # and it still ends well


def test_writes_stay_on_the_main_lane_behind_the_long_read(qtbot, context, held):
    """A save is never run beside another unit of work: it runs after the held read."""
    ran = held.ran

    def change(session) -> str:
        ran.append("write")
        return "saved"
    context.write(held.owner, change, ran.append)
    held.release()
    qtbot.waitUntil(lambda: ran[-1:] == ["saved"], timeout=10_000)
    assert held.answer == [0] and ran == ["read", "write", "saved"]


def test_a_save_is_not_held_up_by_a_long_read(qtbot, context):
    long_read = HeldRead(qtbot, context, Lane.LONG)
    try:
        saved: list[str] = []
        context.write(long_read.owner, lambda session: "saved", saved.append)
        qtbot.waitUntil(lambda: saved == ["saved"], timeout=10_000)
        assert long_read.answer == []  # still running
    finally:
        long_read.release()
        wait_idle(qtbot, context)
    assert long_read.answer == [0]


def test_the_start_page_reads_on_the_long_lane_once_more_not_once_per_change(
        qtbot, context, dialogs, monkeypatch):
    """Changes while the start page's read runs ask for one more read after it, not a queue
    of them (each one a long read on a large book)."""
    go, reads = threading.Event(), []
    real = today_module.reminders_of_book

    def held(session, database, team_id, now):
        reads.append(threading.current_thread().name)
        assert go.wait(30)
        return real(session, database, team_id, now)
    monkeypatch.setattr(today_module, "reminders_of_book", held)
    page = TodayPage(context, dialogs)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: len(reads) == 1, timeout=10_000)
    saved: list[str] = []
    context.write(page, lambda session: "saved", saved.append)  # not behind the long read
    qtbot.waitUntil(lambda: saved == ["saved"], timeout=10_000)
    for _ in range(5):
        page.reload()  # five changes announced while the first read runs
    go.set()
    wait_idle(qtbot, context)
    assert len(reads) == 2 and not page.loading  # the first read, then one more
