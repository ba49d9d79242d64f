"""Durability of backups and restores: SIGKILL them at random moments.

Killed during a backup, the book is byte-for-byte as it was and the backup folder holds only
complete, sound backups. Killed during a restore, the book is the old one or the restored one,
whole, never a mix.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sys
import time
from pathlib import Path

import pytest

from desktop.core.services.workspace import backups
from tests.actors import leader
from tests.durability import harness

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="fork and SIGKILL: run on Linux")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_cases(path: Path, team_id, cases: int, prefix: str = "setup") -> None:
    database = harness.open_database(path)
    try:
        for number in range(cases):
            harness.save_one_case(database, leader("kill-test"), team_id, f"{prefix}-{number}")
    finally:
        database.dispose()


def backups_forever(book: Path, folder: Path):
    def work(acknowledge) -> None:
        acknowledge(harness.READY)
        while True:
            info = backups.make_backup(book, folder, keep=3)
            acknowledge(info.path.name)

    return work


def restore_once(backup: Path, book: Path, folder: Path):
    def work(acknowledge) -> None:
        acknowledge(harness.READY)
        backups.restore(backup, book, allow_older=True, backup_dir=folder)
        acknowledge("restored")
        time.sleep(60)  # wait to be killed

    return work


def timed(action) -> float:
    start = time.monotonic()
    action()
    return time.monotonic() - start


@pytest.mark.slow
def test_a_killed_backup_leaves_the_book_untouched_and_no_broken_backup(book_path, tmp_path,
                                                                        capsys):
    trials = max(40, harness.trial_count(150) // 6)
    add_cases(book_path, harness.set_up_team(book_path), 3)
    folder = tmp_path / "backups"
    before = digest(book_path)
    duration = timed(lambda: backups.make_backup(book_path, tmp_path / "timing"))
    rng = random.Random(7)
    finished, checked = 0, set()
    for trial in range(trials):
        result = harness.kill_at_random(backups_forever(book_path, folder), rng, 2.5 * duration)
        finished += len(result.acknowledged)
        assert digest(book_path) == before, f"trial {trial}: the book changed"
        for info in backups.list_backups(folder):
            if info.path not in checked:
                assert backups.check_backup(info.path).broken is None, f"trial {trial}"
                checked.add(info.path)
    assert harness.integrity(book_path) == "ok"
    with capsys.disabled():
        print(f"\nkill during backup: {trials} SIGKILLs, {finished} backups completed, "
              f"book unchanged, every backup sound")


@pytest.mark.slow
def test_a_killed_restore_leaves_the_old_book_or_the_restored_one(book_path, tmp_path, capsys):
    trials = max(40, harness.trial_count(150) // 6)
    team_id = harness.set_up_team(book_path)
    add_cases(book_path, team_id, 1)
    older = backups.make_backup(book_path, tmp_path / "older")
    add_cases(book_path, team_id, 2, "later")
    pristine = backups.make_backup(book_path, tmp_path / "pristine")
    heads = {name: backups.check_book(info.path).last_hash
             for name, info in (("old book", pristine), ("restored", older))}
    folder = tmp_path / "safety"
    duration = timed(lambda: backups.restore(older.path, book_path, True, folder))
    rng = random.Random(11)
    outcomes = {"old book": 0, "restored": 0}

    def trial(number: int, max_delay: float) -> None:
        shutil.copyfile(pristine.path, book_path)
        shutil.rmtree(folder, ignore_errors=True)
        result = harness.kill_at_random(restore_once(older.path, book_path, folder), rng,
                                        max_delay)
        found = backups.check_book(book_path)  # integrity, chain (raises if damaged)
        assert found.broken is None, f"trial {number}"
        [outcome] = [name for name, last_hash in heads.items() if last_hash == found.last_hash]
        assert outcome == "restored" or "restored" not in result.acknowledged, f"trial {number}"
        assert harness.integrity(book_path) == "ok", f"trial {number}"
        outcomes[outcome] += 1

    for number in range(trials):
        trial(number, 2 * duration)
    # A restore in a forked child can take longer than the one timed above (a busy machine):
    # widen the window until kills have landed on both sides of the swap, a bounded number
    # of times, so the check below says something about the swap and not about the clock.
    for widening in range(1, 7):
        if all(outcomes.values()):
            break
        for number in range(4):
            trial(trials + 4 * widening + number, 2 ** (widening + 1) * duration)
    with capsys.disabled():
        print(f"\nkill during restore: {sum(outcomes.values())} SIGKILLs: "
              f"{outcomes['old book']} left the old book, {outcomes['restored']} the restored "
              "one, none a mix")
    assert all(outcomes.values()), "the kills should land both before and after the swap"


def test_backups_taken_while_another_process_saves_hold_only_whole_units_of_work(book_path,
                                                                                tmp_path):
    team_id = harness.set_up_team(book_path)
    database = harness.open_database(book_path)
    harness.warm_up(database, team_id)
    folder = tmp_path / "live"
    taken = []
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        harness.run_child(harness.save_stream(database, team_id, 0), write_fd)
    os.close(write_fd)
    try:
        for _ in range(6):
            time.sleep(0.15)
            taken.append(backups.make_backup(book_path, folder, keep=10))
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_fd)
    shapes = [harness.saved_cases(info.path) for info in taken]
    assert len(shapes[-1]) > len(shapes[0]), "the saves should have gone on during the backups"
    for info, saved in zip(taken, shapes, strict=True):
        assert backups.check_backup(info.path).broken is None
        assert all(shape == harness.WHOLE_CASE for shape in saved.values()), info.path.name
