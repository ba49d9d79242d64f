"""Durability of the ward's package imports: SIGKILL a process at random moments while it
imports teams' exchange packages into the ward book (each package one transaction).

Each trial starts from a copy of the same ward book (three teams enrolled) and imports six
packages in a fixed order; the kill hits at a random moment (half the trials aimed right around
the commit of one package). Afterwards the ward book passes ``PRAGMA integrity_check`` and a
full journal chain check; every acknowledged package is there; no package is half applied (for
each package, either none or all of the records it brought are in the book, and the whole
team-owned contents equal a clean run's after exactly the packages the book records as
received); and importing every package again (the ones already there are refused as such)
ends in the same state as the clean run. HOAGIAI_KILL_TRIALS raises the number of trials.
"""

from __future__ import annotations

import random
import shutil
import sys
import time
from pathlib import Path

import pytest

from desktop.core.exchange import service
from desktop.core.services.workspace import backups
from tests.durability import exchange_imports, harness

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="fork and SIGKILL: run on Linux")


def _reference(setting: exchange_imports.Setting, path: Path) -> tuple[list[dict], list[float]]:
    """A clean run: the canonical state after 0, 1, ... all packages, and each import's time."""
    shutil.copyfile(setting.ward_template, path)
    ward_side = exchange_imports.open_ward(path)
    try:
        stages = [exchange_imports.state(ward_side, setting)]
        times = []
        for package in setting.packages:
            start = time.monotonic()
            service.receive(ward_side.db, ward_side.actor, package.data)
            times.append(time.monotonic() - start)
            stages.append(exchange_imports.state(ward_side, setting))
    finally:
        ward_side.db.dispose()
    return stages, times


def _brought(stages: list[dict], index: int) -> set:
    """The records package ``index`` added to the ward book (in the clean run)."""
    return set(stages[index + 1]["records"]) - set(stages[index]["records"])


@pytest.mark.slow
def test_a_killed_package_import_is_all_there_or_not_at_all(migrated_template, tmp_path,
                                                            capsys):
    trials = harness.trial_count(20)
    rng = random.Random(20261122)
    setting = exchange_imports.build(migrated_template, tmp_path / "sides")
    stages, times = _reference(setting, tmp_path / "reference.sqlite")
    names = [package.name for package in setting.packages]
    brought = [_brought(stages, index) for index in range(len(names))]
    assert all(brought), "every package brings new records"
    final = stages[-1]
    acknowledged_total = committed_total = interrupted = 0
    for trial in range(trials):
        path = tmp_path / f"trial-{trial}.sqlite"
        shutil.copyfile(setting.ward_template, path)
        work = exchange_imports.import_stream(path, setting.packages)
        if trial % 2:  # aimed around the commit of package `target`
            target = rng.randrange(len(names))
            result = harness.kill_at_random(work, rng, 1.15 * times[target],
                                            0.85 * times[target], wait_lines=target + 1)
        else:
            result = harness.kill_at_random(work, rng, 1.1 * sum(times))
        assert result.exit_status != 70 << 8, f"trial {trial}: the child failed (see stderr)"

        assert harness.integrity(path) == "ok", f"trial {trial}"
        check = backups.check_book(path)
        assert check.broken is None, f"trial {trial}: journal chain broken: {check.broken}"
        on_disk = exchange_imports.received(path, setting)
        assert on_disk == names[:len(on_disk)], f"trial {trial}: out of order: {on_disk}"
        missing = set(result.acknowledged) - set(on_disk)
        assert not missing, f"trial {trial}: acknowledged packages lost: {sorted(missing)}"
        assert len(on_disk) - len(result.acknowledged) in (0, 1), f"trial {trial}"
        ward_side = exchange_imports.open_ward(path)
        try:
            now = exchange_imports.state(ward_side, setting)
            for index, name in enumerate(names):
                present = len(brought[index] & set(now["records"]))
                expected = len(brought[index]) if name in on_disk else 0
                assert present == expected, (
                    f"trial {trial}: package {name} half applied: {present} of "
                    f"{len(brought[index])} records")
            assert now == stages[len(on_disk)], f"trial {trial}: not a clean run's state"
            refused = exchange_imports.import_rest(ward_side, setting.packages)
            assert refused == on_disk, f"trial {trial}: refused {refused}, had {on_disk}"
            assert exchange_imports.state(ward_side, setting) == final, f"trial {trial}"
        finally:
            ward_side.db.dispose()
        assert backups.check_book(path).broken is None, f"trial {trial}: chain after re-import"
        assert harness.integrity(path) == "ok", f"trial {trial}: after re-import"
        acknowledged_total += len(result.acknowledged)
        committed_total += len(on_disk)
        interrupted += len(on_disk) < len(names)
        path.unlink()
    with capsys.disabled():
        print(f"\nkill during package imports: {trials} SIGKILLs (half aimed at a commit; "
              f"{interrupted} before the last package was in), "
              f"{acknowledged_total} acknowledged package imports all present, "
              f"{committed_total - acknowledged_total} more committed just before the kill, "
              f"none half applied ({len(names)} packages of {min(map(len, brought))}-"
              f"{max(map(len, brought))} records), every re-import equal to the clean run; "
              f"an import takes {1000 * sum(times) / len(times):.0f} ms here")
