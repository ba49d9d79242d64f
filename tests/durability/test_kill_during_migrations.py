"""Durability of schema upgrades: SIGKILL a process at random moments while it upgrades a book
made by an older version (the copy taken before the upgrade, then every migration to head).

One older book is prepared once; each trial upgrades a fresh copy of it (a few milliseconds to
copy), so a trial costs about one upgrade. After each kill the book must be sound, at the old
revision untouched or at head (never between: the upgrade is one transaction), and opening it
again must finish the upgrade (checked on every tenth trial: it costs a whole upgrade); the
copy taken before the upgrade is either whole (a sound book at the old revision) or absent.
HOAGIAI_KILL_TRIALS raises the number of trials."""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from desktop.core.db import migrate
from desktop.core.db.engine import make_engine, sqlite_url
from tests.durability import harness

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="fork and SIGKILL: run on Linux")
STEPS_BACK = 3  # the upgrade of a book a few releases old: several migrations in one go


def _start_revision() -> str:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    revision = scripts.get_revision(migrate.head_revision())
    for _ in range(STEPS_BACK):
        down = revision.down_revision
        assert isinstance(down, str), "a merge point: pick another start"
        revision = scripts.get_revision(down)
    return revision.revision


@pytest.fixture(scope="module")
def older_book(tmp_path_factory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("older") / "older.sqlite"
    start = _start_revision()
    engine = make_engine(sqlite_url(path))
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), start)
    engine.dispose()
    return path, start


def _revision(path: Path) -> str | None:
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def _upgrade(path: Path) -> None:
    engine = make_engine(sqlite_url(path))
    try:
        migrate.upgrade(engine, path)
    finally:
        engine.dispose()


def _upgrading(path: Path):
    def work(acknowledge) -> None:
        acknowledge(harness.READY)
        _upgrade(path)
        acknowledge("upgraded")
    return work


def _check(trial: int, path: Path, start: str, head: str, acknowledged: list[str]) -> str:
    found = _revision(path)
    assert found in (start, head), f"trial {trial}: left between revisions at {found}"
    assert found == head or "upgraded" not in acknowledged, f"trial {trial}: upgrade lost"
    for copy in path.parent.glob(f"{path.stem}.before-*"):  # the copy taken first
        assert _revision(copy) == start, f"trial {trial}: a broken copy {copy.name}"
    if found == head or trial % 10 == 0:
        _upgrade(path)  # opening the book again finishes the job
        assert _revision(path) == head, f"trial {trial}"
    return found


def test_a_killed_upgrade_leaves_the_old_book_or_the_new_one(older_book, tmp_path, capsys):
    source, start = older_book
    head = migrate.head_revision()
    trials = harness.trial_count(120)
    rng = random.Random(20261207)
    timing = tmp_path / "timing.sqlite"
    shutil.copyfile(source, timing)
    began = time.perf_counter()
    _upgrade(timing)
    upgrade_time = time.perf_counter() - began
    outcomes = {start: 0, head: 0}
    for trial in range(trials):
        path = tmp_path / f"trial-{trial}" / "book.sqlite"
        path.parent.mkdir()
        shutil.copyfile(source, path)
        result = harness.kill_at_random(_upgrading(path), rng, 1.2 * upgrade_time)
        assert result.exit_status != 70 << 8, f"trial {trial}: the child failed (see stderr)"
        outcomes[_check(trial, path, start, head, result.acknowledged)] += 1
        shutil.rmtree(path.parent)
    with capsys.disabled():
        print(f"\nkill during upgrades: {trials} SIGKILLs ({start} -> {head}): "
              f"{outcomes[start]} left the old book, {outcomes[head]} the upgraded one, none "
              f"between; an upgrade takes {upgrade_time * 1000:.0f} ms here")
    assert outcomes[start] + outcomes[head] == trials
