"""Two officers answering the same term's follow-up at the same moment on the ward's server
(#16): two real sessions, the second's transaction started while the first holds the term.
It waits for the first to commit (the term's row is locked before its version is checked),
then is refused by name; the first answer stands and the journal has it once."""

from __future__ import annotations

import threading
import time

from sqlalchemy import create_engine, func, select, text

from desktop.core.db.engine import Actor
from desktop.core.db.models import AgreementTerm, JournalEntry
from desktop.core.domain.enums import FollowUpStatus
from desktop.core.domain.roles import Role
from desktop.core.errors import ConcurrentEditError
from desktop.core.services.cases import detail as case_detail
from desktop.core.services.cases import outcomes
from desktop.core.services.workspace import book as workspace
from tests.core.helpers import build_case, close_successfully

LAN = Actor("lan", "may-tinh-2", role=Role.TEAM_LEADER)


def wait_for_lock_waits(url: str, database: str, count: int = 1) -> None:
    """Until ``count`` backends of ``database`` wait on a row lock (the later officers')."""
    watcher = create_engine(url)
    try:
        deadline = time.monotonic() + 60  # a guard against a hang, not a measured time
        with watcher.connect() as connection:
            while time.monotonic() < deadline:
                waiting = connection.execute(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = :name "
                    "AND wait_event_type = 'Lock'"), {"name": database}).scalar()
                if waiting >= count:
                    return
                connection.rollback()  # the statistics are one snapshot per transaction
                time.sleep(0.05)
        raise AssertionError("the later sessions never waited for the first one's lock")
    finally:
        watcher.dispose()


def test_the_second_of_two_simultaneous_answers_waits_and_is_told(book, actor, team_id,
                                                                  postgres_url):
    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id)
        close_successfully(s, parts.case_id)
    with book.database.reading() as s:
        (term,) = case_detail.get_case(s, parts.case_id).agreement.terms
        shown = s.get(AgreementTerm, term.id).version  # both officers see this version
    other = workspace.open_url(postgres_url)
    holding, release = threading.Event(), threading.Event()
    outcome: dict[str, BaseException | None] = {}

    def first() -> None:
        try:
            with book.database.transaction(actor) as s:
                outcomes.record_follow_up(s, term.id, FollowUpStatus.IMPLEMENTED,
                                          "Đã dỡ xong", seen_version=shown)
                s.flush()
                holding.set()
                release.wait(60)
            outcome["first"] = None
        except BaseException as error:  # seen by the test, not lost in the thread
            outcome["first"] = error
            holding.set()

    def second() -> None:
        try:
            with other.database.transaction(LAN) as s:
                outcomes.record_follow_up(s, term.id, FollowUpStatus.NOT_IMPLEMENTED,
                                          "Chưa dỡ", seen_version=shown)
            outcome["second"] = None
        except BaseException as error:
            outcome["second"] = error

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    try:
        threads[0].start()
        assert holding.wait(60)
        threads[1].start()
        wait_for_lock_waits(postgres_url, book.database.engine.url.database)
        release.set()
        for thread in threads:
            thread.join(60)
    finally:
        release.set()
        other.database.dispose()
    assert outcome["first"] is None
    refused = outcome["second"]
    assert isinstance(refused, ConcurrentEditError)
    assert "tester" in refused.message and "Đã dỡ xong" in refused.message
    with book.database.reading() as s:
        saved = s.get(AgreementTerm, term.id)
        assert (saved.follow_up_status, saved.follow_up_note) == (
            FollowUpStatus.IMPLEMENTED, "Đã dỡ xong")
        answers = s.scalar(select(func.count()).select_from(JournalEntry).where(
            JournalEntry.entity == "agreement_terms", JournalEntry.entity_id == str(term.id),
            JournalEntry.version > shown))
    assert answers == 1
