"""Durability of imports: SIGKILL a process at random moments while it imports large village
conventions (60 articles, 180 clauses, each import one transaction).

After every kill the book passes ``PRAGMA integrity_check``, holds every import the child
acknowledged (after its commit returned), holds no half import (each convention on disk has
all its articles and clauses, and nothing is left without its convention), and keeps an intact
journal chain. HOAGIAI_KILL_TRIALS raises the number of trials (e.g. 300 for a long run).
"""

from __future__ import annotations

import random
import sys
import time

import pytest

from desktop.core.services.workspace import backups
from tests.durability import harness, imports

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="fork and SIGKILL: run on Linux")


def _check(book_path, trial, acknowledged, chain) -> dict:
    assert harness.integrity(book_path) == "ok", f"trial {trial}"
    on_disk = imports.imported(book_path)
    missing = set(acknowledged) - set(on_disk)
    assert not missing, f"trial {trial}: acknowledged imports lost: {sorted(missing)}"
    half = {token: shape for token, shape in on_disk.items() if shape != imports.WHOLE}
    assert not half, f"trial {trial}: imports half applied: {half}"
    assert imports.orphans(book_path) == 0, f"trial {trial}: rows of a half import"
    assert chain.check_new_entries(book_path) is None, f"trial {trial}: journal chain broken"
    return on_disk


@pytest.mark.slow
def test_a_killed_import_is_all_there_or_not_at_all(book_path, capsys):
    trials = harness.trial_count(16)
    rng = random.Random(20261123)
    team_id = harness.set_up_team(book_path)
    parsed = imports.large_convention()
    database = harness.open_database(book_path)
    start = time.monotonic()
    imports.import_one(database, team_id, parsed, "warm-up")
    import_time = time.monotonic() - start
    database.engine.dispose()
    chain = harness.ChainChecker()
    acknowledged = ["warm-up"]
    for trial in range(trials):
        work = imports.import_stream(database, team_id, parsed, trial)
        # half the kills inside the first import, half around the commit of the second
        if trial % 2:
            result = harness.kill_at_random(work, rng, 1.3 * import_time, 0.7 * import_time,
                                            wait_lines=2)
        else:
            result = harness.kill_at_random(work, rng, 1.1 * import_time)
        assert result.exit_status != 70 << 8, f"trial {trial}: the child failed (see stderr)"
        acknowledged += result.acknowledged
        on_disk = _check(book_path, trial, acknowledged, chain)
    database.dispose()
    final = backups.check_book(book_path)
    assert final.broken is None
    unacknowledged = len(on_disk) - len(acknowledged)
    with capsys.disabled():
        print(f"\nkill during imports: {trials} SIGKILLs (half aimed at a commit), "
              f"{len(acknowledged)} acknowledged imports of {imports.ARTICLES} articles all "
              f"present, {unacknowledged} more committed just before the kill, no half "
              f"import, {final.entries} journal entries in an intact chain; an import takes "
              f"{import_time * 1000:.0f} ms here")
    assert 0 <= unacknowledged <= trials
