"""Backups brought back: ``backups.restore`` (the command line's and the GUI's restore) with
the book closed, as it must be. A refused restore leaves the book as it was."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from desktop.core.policy import settings
from desktop.core.services.workspace import backups
from tests.actors import leader
from tests.durability import harness
from tests.hostile.corpus import _write, generic_cases
from tests.hostile.registry import Case, reader


def _backup_of(book_path: Path, folder: Path) -> Path:
    made = backups.make_backup(book_path, folder / "made", rotate=False)
    return made.path


def sample_backup(folder: Path, book_path: Path) -> bytes:
    return _backup_of(book_path, folder).read_bytes()


def _edited_backup(name: str, *statements: str):
    """A real backup of the book, then changed with ``statements`` (triggers dropped first)."""
    def build(folder: Path, book_path: Path) -> Path:
        path = folder / name
        shutil.copyfile(_backup_of(book_path, folder), path)
        with closing(sqlite3.connect(path)) as connection:
            connection.execute("DROP TRIGGER IF EXISTS change_journal_no_update")
            connection.execute("DROP TRIGGER IF EXISTS change_journal_no_delete")
            for statement in statements:
                connection.execute(statement)
            connection.commit()
        return path

    return build


def _damaged_page(folder: Path, book_path: Path) -> bytes:
    data = bytearray(sample_backup(folder, book_path))
    page = 4096
    for offset in range(2 * page, min(len(data), 6 * page), 97):
        data[offset] ^= 0x5A
    return bytes(data)


def _older_backup(folder: Path, book_path: Path) -> Path:
    """A sound backup of the book, then the book saves more: restoring would lose that."""
    path = _backup_of(book_path, folder)
    database = harness.open_database(book_path)
    try:
        with database.transaction(leader("hostile")) as session:
            team_id = settings.own_team_id(session)
        assert team_id is not None
        harness.save_one_case(database, leader("hostile"), team_id, "after-the-backup")
    finally:
        database.dispose()
    return path


def _other_history(folder: Path, _book: Path) -> Path:
    """A sound backup of another team's book (a replay from elsewhere)."""
    other = folder / "other" / "hoagiai.sqlite"
    other.parent.mkdir()
    from desktop.core.services.workspace import book as workspace

    workspace.open_book(other).database.dispose()
    harness.set_up_team(other)
    return _backup_of(other, folder)


def _not_a_book(folder: Path, _book: Path) -> bytes:
    path = folder / "plain.sqlite"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
        connection.execute("INSERT INTO notes VALUES ('không phải sổ hòa giải')")
        connection.commit()
    return path.read_bytes()


BACKUP_CASES = [
    *generic_cases(".sqlite", sample_backup),
    Case("a SQLite file that is not a case book", _write("not-a-book.sqlite", _not_a_book)),
    Case("a backup from a newer program", _edited_backup(
        "newer.sqlite", "UPDATE alembic_version SET version_num = '9999'")),
    Case("a backup whose journal was edited", _edited_backup(
        "edited-journal.sqlite",
        "UPDATE change_journal SET changes = '{\"full_name\": [null, \"X\"]}' WHERE seq = 2")),
    Case("a backup with a journal entry deleted", _edited_backup(
        "deleted-entry.sqlite", "DELETE FROM change_journal WHERE seq = 3")),
    Case("a backup whose journal holds broken JSON (found by the fuzzer)", _edited_backup(
        "broken-json.sqlite", "UPDATE change_journal SET changes = '{\"a\": [1,' WHERE seq = 2")),
    Case("a backup whose journal holds a bad date", _edited_backup(
        "bad-date.sqlite", "UPDATE change_journal SET at = 'hôm qua' WHERE seq = 2")),
    Case("a backup without its journal head", _edited_backup(
        "no-head.sqlite", "DELETE FROM journal_head")),
    Case("a backup with damaged pages", _write("damaged.sqlite", _damaged_page)),
    Case("an older backup (the book saved more since)", _older_backup),
    Case("a backup of another team's book", _other_history),
    Case("text named .sqlite", _write("notes.sqlite", "Sổ hòa giải\n".encode() * 100)),
]


@reader("backup restore", BACKUP_CASES)
def restore_backup(path: Path, book_path: Path, work: Path) -> object:
    return backups.restore(path, book_path, backup_dir=work / "safety")
