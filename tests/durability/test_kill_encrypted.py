"""Durability of an encrypted book: the same SIGKILL trials as test_kill_during_saves, on a book
encrypted by SQLCipher (its pages are encrypted and authenticated one by one, so a torn write
would show up as a page that fails its check). HOAGIAI_KILL_TRIALS raises the number of trials.
"""

from __future__ import annotations

import random
import sys

import pytest

from desktop.core.services.workspace import backups
from tests.conftest import encrypt_for_cli
from tests.durability import harness
from tests.durability.test_kill_during_saves import MAX_DELAY

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="fork and SIGKILL: run on Linux")


@pytest.mark.slow
def test_an_encrypted_book_keeps_every_acknowledged_save_through_kills(book_path, capsys):
    trials = max(harness.trial_count(230) // 3, 10)
    rng = random.Random(20261123)
    key = encrypt_for_cli(None, book_path)
    team_id = harness.set_up_team(book_path, key)
    chain = harness.ChainChecker()
    database = harness.open_database(book_path, key)
    acknowledged = [harness.warm_up(database, team_id)]
    for trial in range(trials):
        work = harness.save_stream(database, team_id, trial)
        result = (harness.kill_at_random(work, rng, 0.02, wait_lines=0) if trial % 2
                  else harness.kill_at_random(work, rng, 3 * MAX_DELAY))
        assert result.exit_status != 70 << 8, f"trial {trial}: the child failed (see stderr)"
        acknowledged += result.acknowledged
        assert harness.integrity(book_path, key) == "ok", f"trial {trial}"
        saved = harness.saved_cases(book_path, key)
        assert not set(acknowledged) - set(saved), f"trial {trial}: acknowledged saves lost"
        assert all(shape == harness.WHOLE_CASE for shape in saved.values()), f"trial {trial}"
        assert chain.check_new_entries(book_path, key) is None, f"trial {trial}"
    database.dispose()
    final = backups.check_book(book_path, key=key)
    assert final.broken is None
    with capsys.disabled():
        print(f"\nkill during saves, encrypted book: {trials} SIGKILLs, {len(acknowledged)} "
              f"acknowledged saves all present, no half save, {final.entries} journal entries "
              f"in an intact chain")
