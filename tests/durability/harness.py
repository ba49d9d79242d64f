"""Kill a process doing real work at a random moment, then check what it left on disk.

A trial forks the test process (no Python start-up: a trial costs milliseconds), lets the child
work through the real services, SIGKILLs it after a random delay, and hands back what the child
acknowledged. The child writes an acknowledgement to a pipe only AFTER its unit of work has
committed, so every acknowledged save must be on disk, whatever moment the kill hit.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import sys
import time
import traceback
import uuid
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop.core.db import journal
from desktop.core.db.engine import (
    VIETNAMESE_COLLATION,
    Actor,
    Database,
    connect_file,
    make_engine,
    sqlcipher_url,
    sqlite_url,
)
from desktop.core.db.models import JournalEntry, JournalHead
from desktop.core.domain.text import compare
from desktop.core.services.cases import hearings
from desktop.core.services.workspace import teams
from tests.actors import leader
from tests.core import helpers

READY = "ready"
PARTIES = 3
CASE_TITLE = "Vụ thử {token}"
PERSON_NAME = "Người thử {token} số {number}"


def trial_count(default: int) -> int:
    """The number of trials: ``default``, or more for a long run (HOAGIAI_KILL_TRIALS)."""
    return int(os.environ.get("HOAGIAI_KILL_TRIALS", default))


@dataclass(frozen=True)
class Trial:
    acknowledged: list[str]
    ready: bool  # the child had finished starting when it was killed
    exit_status: int


def run_child(work: Callable[[Callable[[str], None]], None], ack_fd: int) -> None:
    def acknowledge(line: str) -> None:
        os.write(ack_fd, f"{line}\n".encode())

    status = 0
    try:
        work(acknowledge)
    except BaseException:  # report anything, then leave without pytest's clean-up
        traceback.print_exc(file=sys.stderr)
        status = 70
    finally:
        os._exit(status)


def _read_all(fd: int) -> list[str]:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks).decode().splitlines()


def _wait_lines(fd: int, count: int, limit: float) -> list[str]:
    """The first ``count`` lines the child writes (fewer if the pipe closes or time is up)."""
    received = b""
    deadline = time.monotonic() + limit
    while received.count(b"\n") < count and time.monotonic() < deadline:
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        received += chunk
    return received.decode().splitlines()


def kill_at_random(work: Callable[[Callable[[str], None]], None], rng: random.Random,
                   max_delay: float, min_delay: float = 0.0, wait_lines: int = 1) -> Trial:
    """Fork a child running ``work``; SIGKILL it ``min_delay..max_delay`` seconds after it has
    written ``wait_lines`` lines (1: it said it is ready; 0: right after the fork); return
    what it acknowledged."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        run_child(work, write_fd)
    os.close(write_fd)
    try:
        early = _wait_lines(read_fd, wait_lines, limit=30)
        time.sleep(rng.uniform(min_delay, max_delay))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        lines = early + _read_all(read_fd)
    finally:
        os.close(read_fd)
    return Trial([line for line in lines if line != READY], READY in lines, status)


# --- the work: a stream of saves through the real services --------------------------------------

def open_database(path: Path, key: bytes | None = None) -> Database:
    """The book as the program opens it: plain, or encrypted with ``key`` (SQLCipher)."""
    url = sqlcipher_url(path, key) if key is not None else sqlite_url(path)
    return Database(make_engine(url), path, key)


def save_one_case(database: Database, actor: Actor, team_id: uuid.UUID, token: str) -> None:
    """One unit of work: a case, its parties, a mediator and a hearing they all attended."""
    with database.transaction(actor) as session:
        case_id = helpers.open_case(session, team_id, CASE_TITLE.format(token=token))
        parties = frozenset(
            helpers.add_person(session, case_id, team_id,
                               PERSON_NAME.format(token=token, number=number))
            for number in range(1, PARTIES + 1))
        mediator_id = helpers.mediator_ids(session, team_id)[0]
        helpers.assign(session, case_id, mediator_id)
        hearings.add_hearing(session, case_id, hearings.HearingInput(
            helpers.HEARD_AT, "Nhà văn hóa", participant_ids=parties,
            mediator_ids=frozenset({mediator_id})))


def save_stream(database: Database, team_id: uuid.UUID,
                trial: int) -> Callable[[Callable[[str], None]], None]:
    """The child's work: saves, one after another, each acknowledged after its commit.

    ``database`` was warmed up and its pool emptied in the parent (``warm_up``): the child
    inherits compiled statements and opens its own connections."""
    def work(acknowledge: Callable[[str], None]) -> None:
        actor = leader("kill-test", "child")
        acknowledge(READY)
        for number in range(1_000_000):
            token = f"{trial}-{number}"
            save_one_case(database, actor, team_id, token)
            acknowledge(token)  # only once the commit has returned

    return work


def warm_up(database: Database, team_id: uuid.UUID) -> str:
    """One save in the parent, so children start with warm caches; no connection stays open
    to be shared with a child."""
    token = "warm-up"
    save_one_case(database, leader("kill-test", "parent"), team_id, token)
    database.engine.dispose()
    return token


def time_a_save(database: Database, team_id: uuid.UUID) -> tuple[str, float]:
    """One more save in the parent, timed: how long a unit of work takes on this machine."""
    token = "timed"
    start = time.monotonic()
    save_one_case(database, leader("kill-test", "parent"), team_id, token)
    elapsed = time.monotonic() - start
    database.engine.dispose()
    return token, elapsed


def set_up_team(path: Path, key: bytes | None = None) -> uuid.UUID:
    database = open_database(path, key)
    try:
        with database.transaction(leader("kill-test")) as session:
            from tests.conftest import SAMPLE_MEDIATORS, SAMPLE_TEAM

            return teams.set_up_team(session, SAMPLE_TEAM, SAMPLE_MEDIATORS)
    finally:
        database.dispose()


# --- checks after a kill ----------------------------------------------------------------------

def connect(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """A plain (or, with ``key``, encrypted) connection; it recovers the write-ahead log a
    killed writer left."""
    if key is not None:
        return connect_file(path, key)  # type: ignore[no-any-return]
    connection = sqlite3.connect(path)
    connection.create_collation(VIETNAMESE_COLLATION, compare)
    return connection


def integrity(path: Path, key: bytes | None = None) -> str:
    with closing(connect(path, key)) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


_CASE_SHAPES = """
SELECT c.title,
  (SELECT count(*) FROM case_participants p WHERE p.case_id = c.id),
  (SELECT count(*) FROM mediator_assignments m WHERE m.case_id = c.id),
  (SELECT count(*) FROM hearings h WHERE h.case_id = c.id),
  (SELECT count(*) FROM hearing_attendees a JOIN hearings h ON a.hearing_id = h.id
    WHERE h.case_id = c.id),
  (SELECT count(*) FROM case_search_text s WHERE s.case_id = c.id)
FROM cases c WHERE c.title LIKE 'Vụ thử %'
"""
WHOLE_CASE = (PARTIES, 1, 1, PARTIES + 1, 1)


def saved_cases(path: Path, key: bytes | None = None) -> dict[str, tuple[int, ...]]:
    """Each test case on disk (by token) with the counts of what its unit of work added."""
    with closing(connect(path, key)) as connection:
        rows = connection.execute(_CASE_SHAPES).fetchall()
    prefix = len(CASE_TITLE.format(token=""))
    return {row[0][prefix:]: tuple(row[1:]) for row in rows}


def people_count(path: Path, key: bytes | None = None) -> int:
    with closing(connect(path, key)) as connection:
        return int(connection.execute(
            "SELECT count(*) FROM persons WHERE full_name LIKE 'Người thử %'").fetchone()[0])


class ChainChecker:
    """Verifies the journal chain a piece at a time: each check covers the entries added since
    the last one, linked to the last verified hash (a full check is backups.check_book)."""

    def __init__(self) -> None:
        self.seq = 0
        self.hash = journal.GENESIS_HASH

    def check_new_entries(self, path: Path, key: bytes | None = None) -> int | None:
        from desktop.core.services.workspace.backups import _read_only_session

        with _read_only_session(path, key) as session:
            entries = session.scalars(select(JournalEntry).where(JournalEntry.seq > self.seq)
                                      .order_by(JournalEntry.seq))
            for entry in entries:
                fields = journal._hashed_fields(entry)
                if entry.seq != self.seq + 1 or entry.prev_hash != self.hash or \
                        entry.hash != journal.entry_hash(fields):
                    return entry.seq
                self.seq, self.hash = entry.seq, entry.hash
            head = session.get(JournalHead, 1)
        if head is None or (head.last_seq, head.last_hash) != (self.seq, self.hash):
            return self.seq
        return None
