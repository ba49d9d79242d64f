"""Every registered reader of outside files against every case of its hostile corpus.

A case passes when the reader refused it with a ``HoagiaiError`` whose message is clear in
Vietnamese and English, and the case book is byte-for-byte what it was. See ``registry.py``
to add a reader (a ``readers_<area>.py`` module here).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.core.errors import HoagiaiError
from desktop.core.services.workspace import backups
from desktop.core.services.workspace import book as workspace
from tests.actors import leader
from tests.durability import harness
from tests.hostile.registry import RESULTS, book_digest, clear_message_problems, load_readers

READERS = load_readers()
CASES = [(reader.name, case) for reader in READERS.values() for case in reader.cases]


@pytest.fixture(scope="module")
def populated_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """A book with a team and a few saved cases (an empty book would hide damage)."""
    path = tmp_path_factory.mktemp("hostile") / "template.sqlite"
    shutil.copyfile(migrated_template, path)
    workspace.open_book(path).database.dispose()
    team_id = harness.set_up_team(path)
    database = harness.open_database(path)
    try:
        for number in range(3):
            harness.save_one_case(database, leader("hostile"), team_id, f"base-{number}")
    finally:
        database.dispose()
    return path


@pytest.mark.parametrize(("reader_name", "case"), CASES,
                         ids=[f"{name}: {case.name}" for name, case in CASES])
def test_reader_refuses_clearly_and_changes_nothing(reader_name, case, populated_template,
                                                    tmp_path):
    counts = RESULTS.setdefault(reader_name, [0, 0, 0])
    if case.expect.startswith("gap"):  # a known gap of the reader, listed for its owner
        counts[2] += 1
        pytest.xfail(case.expect)
    book_path = tmp_path / "book" / "hoagiai.sqlite"
    book_path.parent.mkdir()
    shutil.copyfile(populated_template, book_path)
    work = tmp_path / "work"
    work.mkdir()
    hostile = case.build(work, book_path)
    before = book_digest(book_path)
    counts[1] += 1  # counted as failed until it passed
    try:
        READERS[reader_name].feed(hostile, book_path, work)
    except HoagiaiError as refused:
        assert clear_message_problems(refused) == []
        assert book_digest(book_path) == before, "the book changed"
    else:
        assert case.expect == "either", "not refused"
        checked = backups.check_book(book_path)  # taken whole: a sound book, intact chain
        assert checked.broken is None
    leftovers = [p.name for p in book_path.parent.iterdir()
                 if p.name not in {"hoagiai.sqlite", "hoagiai.sqlite-wal", "hoagiai.sqlite-shm"}]
    assert leftovers == [], "files left beside the book"
    counts[0], counts[1] = counts[0] + 1, counts[1] - 1


def test_every_reader_has_a_corpus():
    assert {"convention file", "backup restore"} <= set(READERS)
    assert all(len(reader.cases) >= 10 for reader in READERS.values())
    assert {"team enrolment (ward book)", "key file (login)"} <= set(READERS)
    assert len(CASES) >= 200  # the standing figure (issue 11): keep it from sliding back
