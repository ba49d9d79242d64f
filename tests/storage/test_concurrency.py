"""Several officers at once on one PostgreSQL database: two writers on the same case get a clear
conflict instead of a lost update, and concurrent saves keep one linear journal.

Each worker thread has its own session (and so its own connection), as the GUI's background
operations do. Where one writer must be caught waiting on the other's lock, the test asks the
server (``pg_stat_activity``) instead of sleeping.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

import pytest
from sqlalchemy import text

from desktop.core.db.engine import Actor
from desktop.core.db.journal import first_broken_link
from desktop.core.db.models import Case
from desktop.core.errors import ConcurrentEditError
from desktop.core.services.cases import listing as case_list
from desktop.core.services.cases import records as cases
from tests.actors import leader
from tests.core.helpers import TODAY, case_input, journal, open_case

SECOND_OFFICER = leader("nguyen.van.duc", "may-thu-hai")
WAIT_LIMIT = 10.0  # seconds; only reached when something is broken


def wait_until_a_session_waits_for_a_lock(book) -> None:
    deadline = time.monotonic() + WAIT_LIMIT
    with book.database.engine.connect() as connection:
        while time.monotonic() < deadline:
            waiting = connection.scalar(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock'"))
            if waiting:
                return
            connection.rollback()
            time.sleep(0.01)
    raise AssertionError("the second writer never waited for the first one's lock")


def while_holding_the_lock(book, actor: Actor, change: Callable[..., None],
                           other: Callable[[], object]) -> Future[object]:
    """Run ``change`` in a transaction that has written (and so holds the journal's head) but
    not committed; meanwhile start ``other`` in a thread, wait until it blocks on that lock,
    then commit. Returns the other writer's future."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        with book.database.transaction(actor) as s:
            change(s)
            s.flush()
            future = pool.submit(other)
            wait_until_a_session_waits_for_a_lock(book)
        return future


def test_a_stale_update_waiting_on_the_first_writer_is_refused(book, actor, team_id):
    """Both officers loaded version 1; the first saves while the second's save is under way:
    the second waits for the first, then finds the row changed (version_id_col) and is
    refused."""
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id, "Bản gốc")
    loaded = threading.Event()
    go_on = threading.Event()

    def second_officer() -> None:
        with book.database.transaction(SECOND_OFFICER) as s:
            case = s.get(Case, case_id)
            assert case is not None and case.version == 1
            loaded.set()
            assert go_on.wait(WAIT_LIMIT)
            case.title = "Sửa ở máy thứ hai"

    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(second_officer)
        assert loaded.wait(WAIT_LIMIT)
        with book.database.transaction(actor) as s:
            cases.update_case(s, case_id, case_input("Sửa ở máy thứ nhất"), today=TODAY)
            s.flush()
            go_on.set()
            wait_until_a_session_waits_for_a_lock(book)
        with pytest.raises(ConcurrentEditError):
            future.result(WAIT_LIMIT)
    with book.database.reading() as s:
        saved = s.get(Case, case_id)
        assert (saved.title, saved.version) == ("Sửa ở máy thứ nhất", 2)
        assert [e.author for e in journal(s) if e.entity_id == str(case_id)] == [
            actor.user, actor.user]
        assert first_broken_link(s) is None


def test_update_case_from_the_same_version_at_once_saves_only_one(book, actor, team_id):
    """Two windows opened at version 1 save at the same moment: one wins, the other is told."""
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id, "Bản gốc")

    def first(s) -> None:
        cases.update_case(s, case_id, case_input("Máy thứ nhất"), today=TODAY,
                          expected_version=1)

    def second() -> None:
        with book.database.transaction(SECOND_OFFICER) as s:
            cases.update_case(s, case_id, case_input("Máy thứ hai"), today=TODAY,
                              expected_version=1)

    future = while_holding_the_lock(book, actor, first, second)
    with pytest.raises(ConcurrentEditError):
        future.result(WAIT_LIMIT)
    with book.database.reading() as s:
        saved = s.get(Case, case_id)
        assert (saved.title, saved.version) == ("Máy thứ nhất", 2)
        assert first_broken_link(s) is None


def test_concurrent_writers_keep_one_linear_journal(book, actor, team_id):
    """Two officers each open and edit cases at once: every save lands, case numbers stay
    unique (the numbering retry), and the journal is one unbroken chain."""
    rounds = 5
    start = threading.Barrier(2)

    def officer(who: Actor) -> list[uuid.UUID]:
        start.wait(WAIT_LIMIT)
        opened = []
        for n in range(rounds):
            with book.database.transaction(who) as s:
                case_id = open_case(s, team_id, f"Việc {n} của {who.user}")
            with book.database.transaction(who) as s:
                cases.update_case(s, case_id, case_input(f"Việc {n} của {who.user} (sửa)"),
                                  today=TODAY)
            opened.append(case_id)
        return opened

    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(officer, who) for who in (actor, SECOND_OFFICER)]
        opened = [case_id for f in futures for case_id in f.result(60)]
    with book.database.reading() as s:
        entries = journal(s)
        assert first_broken_link(s) is None
        numbers = [s.get(Case, i).seq for i in opened]
        ids = case_list.case_ids(s, case_list.CaseFilter(team_id=team_id))
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    assert sorted(numbers) == list(range(1, 2 * rounds + 1))
    assert set(ids) == set(opened)
    authors = {e.author for e in entries if e.entity == "cases"}
    assert authors == {actor.user, SECOND_OFFICER.user}
