"""Backups: consistent copies of an open book, rotation, automatic backups, and restores that
check the backup first, keep a safety copy, and never overwrite newer data unasked."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.errors import HoagiaiError
from desktop.core.policy import settings
from desktop.core.services.workspace import backups
from desktop.core.services.workspace import book as workspace
from tests.core.helpers import build_case, journal_head

NOW = datetime(2026, 11, 22, 8, 0)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_case(book, actor, team_id, title="Việc sau sao lưu"):
    with book.database.transaction(actor) as session:
        return build_case(session, team_id, title=title, agreement=False).case_id


def head(book) -> tuple[int, str]:
    with book.database.reading() as session:
        return journal_head(session)


def tamper(path: Path, sql: str) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("DROP TRIGGER change_journal_no_update")
        connection.execute(sql)
        connection.commit()


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path / "sao-luu"


# --- making backups ----------------------------------------------------------------------------

def test_a_backup_of_an_open_book_holds_every_save_and_its_journal_head(
        book, book_path, actor, team_id, folder):
    add_case(book, actor, team_id)
    info = backups.make_backup(book_path, folder)
    found = backups.check_backup(info.path)
    assert (found.last_seq, found.last_hash) == head(book)
    assert info.last_seq == found.last_seq and f"-seq{info.last_seq}" in info.path.name
    assert backups.list_backups(folder) == [info]
    assert sorted(p.name for p in folder.iterdir()) == [  # no temporary file left
        info.path.name, info.path.name + ".head"]  # the backup and the head it was taken at


def test_the_journal_sequence_tells_which_backup_is_newer(book, book_path, actor, team_id,
                                                          folder):
    older = backups.make_backup(book_path, folder, now=NOW)
    add_case(book, actor, team_id)
    newer = backups.make_backup(book_path, folder, now=NOW + timedelta(seconds=1))
    assert newer.last_seq > older.last_seq
    assert backups.list_backups(folder) == [newer, older]


def test_rotation_keeps_the_newest(book_path, book, folder):
    made = [backups.make_backup(book_path, folder, keep=3, now=NOW + timedelta(minutes=i))
            for i in range(5)]
    assert backups.list_backups(folder) == made[:1:-1]


def test_rotation_follows_the_books_setting(book_path, book, actor, folder):
    with book.database.transaction(actor) as session:
        settings.set_setting(session, backups.KEEP_SETTING, "2")
    for i in range(4):
        backups.make_backup(book_path, folder, now=NOW + timedelta(minutes=i))
    assert len(backups.list_backups(folder)) == 2


@pytest.mark.parametrize("content", [None, b"", b"not a database at all" * 100])
def test_backing_up_a_missing_or_foreign_file_fails_clearly(tmp_path, folder, content):
    path = tmp_path / "so.sqlite"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(HoagiaiError) as error:
        backups.make_backup(path, folder)
    assert str(path) in str(error.value)
    assert not folder.exists()


def test_default_backup_folders(tmp_path):
    own = tmp_path / "data" / "hoagiai.sqlite"
    assert backups.default_backup_dir(own, own) == tmp_path / "data" / "backups"
    other = tmp_path / "usb" / "so.sqlite"
    assert backups.default_backup_dir(other, own) == tmp_path / "usb" / "so.sqlite.backups"


def test_automatic_backups_come_when_due_and_only_for_new_data(book, book_path, actor, team_id,
                                                               folder):
    first = backups.backup_if_due(book_path, folder, every_hours=4, now=NOW)
    assert first is not None and (folder / backups.LAST_BACKUP_FILE).exists()
    assert backups.backup_if_due(book_path, folder, 4, NOW + timedelta(hours=1)) is None
    assert backups.backup_if_due(book_path, folder, 4, NOW + timedelta(hours=5)) is None
    add_case(book, actor, team_id)
    assert backups.backup_if_due(book_path, folder, 4, NOW + timedelta(hours=2)) is None
    later = backups.backup_if_due(book_path, folder, 4, NOW + timedelta(hours=6))
    assert later is not None and later.last_seq > first.last_seq
    with book.database.reading() as session:  # nothing about backups is kept in the book
        assert settings.get_setting(session, backups.LAST_BACKUP_FILE) == ""


# --- restoring ---------------------------------------------------------------------------------

@pytest.fixture
def older_backup(book, book_path, actor, team_id, folder) -> backups.BackupInfo:
    """A backup, then a case saved after it, and the book closed."""
    info = backups.make_backup(book_path, folder, now=NOW)
    add_case(book, actor, team_id)
    book.database.dispose()
    return info


def test_restoring_an_older_backup_is_refused_and_changes_nothing(older_backup, book_path,
                                                                  folder):
    before = digest(book_path)
    with pytest.raises(backups.NewerDataError) as error:
        backups.restore(older_backup.path, book_path, backup_dir=folder)
    assert error.value.lost > 0
    assert digest(book_path) == before
    assert backups.list_backups(folder) == [older_backup]


def test_an_allowed_older_restore_keeps_a_safety_copy_of_the_newer_data(older_backup, book_path,
                                                                        folder):
    newer_head = backups.check_book(book_path)
    report = backups.restore(older_backup.path, book_path, allow_older=True, backup_dir=folder)
    assert report.lost > 0 and report.safety is not None
    safety = backups.check_backup(report.safety)
    assert (safety.last_seq, safety.last_hash) == (newer_head.last_seq, newer_head.last_hash)
    restored = workspace.open_book(book_path)
    try:
        assert head(restored)[0] == older_backup.last_seq
    finally:
        restored.database.dispose()


def test_a_newer_backup_restores_without_asking(book, book_path, actor, team_id, folder):
    book.database.dispose()
    older = backups.make_backup(book_path, folder, now=NOW)
    reopened = workspace.open_book(book_path)
    add_case(reopened, actor, team_id)
    reopened.database.dispose()
    newer = backups.make_backup(book_path, folder, now=NOW + timedelta(minutes=1))
    backups.restore(older.path, book_path, allow_older=True, backup_dir=folder)
    report = backups.restore(newer.path, book_path, backup_dir=folder)
    assert report.lost == 0
    assert backups.check_book(book_path).last_seq == newer.last_seq


def test_restoring_into_an_open_book_is_refused(book, book_path, folder):
    info = backups.make_backup(book_path, folder)
    with pytest.raises(HoagiaiError) as error:
        backups.restore(info.path, book_path, backup_dir=folder)
    assert "close" in error.value.message_id


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _foreign(path: Path) -> None:
    path.unlink()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE notes (x)")


def _newer_schema(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()


def _forged(path: Path) -> None:
    tamper(path, "UPDATE change_journal SET author = 'kẻ giả mạo' WHERE seq = 2")


@pytest.mark.parametrize("spoil", [_truncated, _foreign, _newer_schema, _forged,
                                   lambda path: path.write_text("xin chào")])
def test_a_bad_backup_is_refused_and_the_book_stays_byte_for_byte(older_backup, book_path,
                                                                  folder, spoil):
    spoil(older_backup.path)
    before, files = digest(book_path), sorted(book_path.parent.iterdir())
    with pytest.raises(HoagiaiError) as error:
        backups.restore(older_backup.path, book_path, allow_older=True, backup_dir=folder)
    assert str(older_backup.path) in str(error.value)
    assert digest(book_path) == before
    assert sorted(book_path.parent.iterdir()) == files


def test_a_missing_backup_is_refused_clearly(book_path, tmp_path):
    with pytest.raises(HoagiaiError) as error:
        backups.restore(tmp_path / "khong-co.sqlite", book_path)
    assert "khong-co.sqlite" in str(error.value)


def test_a_backup_restores_where_there_is_no_book(older_backup, tmp_path):
    target = tmp_path / "moi" / "so.sqlite"
    report = backups.restore(older_backup.path, target)
    assert report.safety is None
    assert backups.check_book(target).last_seq == older_backup.last_seq


def test_a_damaged_book_is_replaced_only_when_confirmed_and_kept_aside(older_backup, book_path,
                                                                       folder):
    book_path.write_bytes(b"\0" * 4096)
    with pytest.raises(HoagiaiError):
        backups.restore(older_backup.path, book_path, backup_dir=folder)
    report = backups.restore(older_backup.path, book_path, allow_older=True, backup_dir=folder)
    assert report.safety is not None and report.safety.read_bytes() == b"\0" * 4096
    assert backups.check_book(book_path).broken is None


def test_a_backup_of_another_history_counts_every_entry_it_lacks(older_backup, book_path,
                                                                 tmp_path, migrated_template):
    stranger = tmp_path / "khac.sqlite"
    stranger.write_bytes(migrated_template.read_bytes())
    other = backups.make_backup(stranger, tmp_path / "khac")
    with pytest.raises(backups.NewerDataError) as error:
        backups.restore(other.path, book_path)
    assert error.value.lost == backups.check_book(book_path).entries
