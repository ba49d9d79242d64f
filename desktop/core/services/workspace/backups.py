"""Backups of a case book: consistent copies, rotation, checks, and a restore that loses nothing.

A backup is taken with SQLite's online backup API from a read-only connection, so it is a
consistent copy even while the program has the book open and is saving. It is written under a
temporary name, checked (``PRAGMA integrity_check``), flushed to disk and only then renamed into
place, so a backup folder never holds half a backup. Its name carries the time (UTC) and the
journal's last sequence number: the higher number holds the newer data.

``restore`` replaces a book with a backup only after checking the backup (integrity, schema,
journal chain) and, unless told otherwise, that the book holds no journal entries the backup
lacks. It first takes a safety backup of the book. The book must be closed: dispose of its
``Database`` before calling it (an open book is detected and refused). The swap is one atomic
rename: killed at any moment, the book is the old one or the restored one, never a mix. The
restore's steps are in ``restore_job``, its checks (key file, anchors, busy or read-only book,
working files of killed runs) in ``restoring``.

An encrypted book's backups are encrypted with the same key (``key``: the book's key, from the
logged-in ``Database.key``; SQLCipher's backup API copies into a target keyed alike), and the
book's key file travels with each one (``<backup>.keys``): a backup is unreadable without a
password of an account that had one then, or the recovery key. A restore puts the backup's key
file back beside the book too (after the book itself: both hold the same book key, so a restore
killed between the two still opens). Plain books (``key`` None) are backed up as before.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from desktop.core.db import journal, journal_anchors, migrate
from desktop.core.db.engine import DATABASE_ERRORS, connect_file
from desktop.core.db.models import JournalEntry
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_, _
from desktop.core.policy import settings
from desktop.core.security import keyfile, private_files
from desktop.core.services.workspace import anchoring, restoring
from desktop.core.services.workspace.book import NOT_A_CASE_BOOK

KEEP_SETTING = settings.BACKUP_KEEP.key  # how many backups rotation keeps
DEFAULT_KEEP = settings.BACKUP_KEEP.default
LAST_BACKUP_FILE = "last-backup.json"  # in the backup folder, never in the book
SAFETY_LABEL = "before-restore"
_STAMP = "%Y%m%dT%H%M%S.%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-backup-(?P<stamp>\d{8}T\d{6}\.\d{6}Z)-seq(?P<seq>\d+)"
                   r"(?:-(?P<label>[a-z-]+))?\.sqlite$")
_STALE_PARTIAL = timedelta(hours=1)
# Journal events that change none of the book's content: every start logs in, and a full copy
# of a large book on every start (1.17 GB at 100,000 cases) would be work for nothing.
NOT_CONTENT = ("login", "login_failed", "login_refused", "failed_logins_hidden", "logout")

NOT_A_BOOK = NOT_A_CASE_BOOK
NOT_A_BACKUP = N_(
    "{path} is not a sound backup of a Sổ hòa giải case book ({problem}). Nothing was changed: "
    "choose another backup.")
NO_SUCH_FILE = N_("There is no file at {path}. Check the path.")
BOOK_IN_USE = N_(
    "The case book {path} is open in the program or another window. Nothing was changed: close "
    "it everywhere, then restore again.")
NEWER_DATA = N_(
    "The case book holds {lost} journal entries (saved changes) that this backup does not. "
    "Nothing was changed. Restoring would lose them: choose a newer backup, or confirm that "
    "you want the older data back.")
UNREADABLE_BOOK = N_(
    "The case book {path} cannot be read, so it cannot be told whether it holds data newer "
    "than the backup. Nothing was changed: confirm the restore to replace it (a copy of the "
    "damaged file is kept).")
NEWER_PROGRAM = N_("made by a newer version of the program: install the newest version")
DAMAGED = N_("damaged, or not a case book")
BROKEN_CHAIN = N_("its change journal is broken at entry {seq}")


class NewerDataError(HoagiaiError):
    """Restoring would lose saved changes; ``lost`` counts their journal entries."""

    def __init__(self, lost: int) -> None:
        super().__init__(NEWER_DATA, lost=lost)
        self.lost = lost


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime  # UTC, naive
    last_seq: int
    label: str = ""


@dataclass(frozen=True)
class BrokenLink:
    seq: int
    entity: str
    at: datetime | None


@dataclass(frozen=True)
class BookCheck:
    """What a read-only look at a case book file found."""

    revision: str
    last_seq: int
    last_hash: str
    entries: int
    broken: BrokenLink | None


@dataclass(frozen=True)
class RestoreReport:
    restored: Path
    safety: Path | None
    lost: int  # journal entries of the replaced book that the backup lacks


# --- reading a book without changing it --------------------------------------------------------

def _connect_read_only(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    return connect_file(path, key, read_only=True)  # type: ignore[no-any-return]


@contextlib.contextmanager
def _read_only_session(path: Path, key: bytes | None = None) -> Iterator[Session]:
    # The connection comes keyed from connect_file; the driver module is named so that its
    # errors are recognised (sqlcipher3's are not sqlite3's).
    driver: dict[str, object] = {}
    if key is not None:
        import sqlcipher3  # type: ignore[import-untyped]

        driver["module"] = sqlcipher3
    engine = create_engine("sqlite://", creator=lambda: _connect_read_only(path, key),
                           poolclass=NullPool, **driver)
    try:
        with Session(engine) as session:
            yield session
    finally:
        engine.dispose()


def _single(connection: sqlite3.Connection, sql: str, *params: object) -> object:
    row = connection.execute(sql, params).fetchone()
    return row[0] if row else None


def _broken_link(path: Path, key: bytes | None) -> tuple[int, BrokenLink | None]:
    with _read_only_session(path, key) as session:
        entries = session.scalar(select(func.count()).select_from(JournalEntry)) or 0
        seq = journal.first_broken_link(session)
        if seq is None:
            return entries, None
        entry = session.get(JournalEntry, seq)
        return entries, BrokenLink(seq, entry.entity if entry else "journal_head",
                                   entry.at if entry else None)


def check_book(path: Path, full: bool = True, *, key: bytes | None = None) -> BookCheck:
    """Look at a case book read-only: its schema, journal head and (``full``) integrity and
    chain. Raises a clear error for a missing, foreign or damaged file (or a wrong key)."""
    if not path.is_file():
        raise HoagiaiError(NO_SUCH_FILE, path=path)
    try:
        with contextlib.closing(_connect_read_only(path, key)) as connection:
            revision = str(_single(connection, "SELECT version_num FROM alembic_version"))
            head = connection.execute(
                "SELECT last_seq, last_hash FROM journal_head WHERE id = 1").fetchone()
            if full and _single(connection, "PRAGMA integrity_check") != "ok":
                raise sqlite3.DatabaseError("integrity_check")
        entries, broken = _broken_link(path, key) if full else (0, None)
        return BookCheck(revision, int(head[0]), str(head[1]), entries, broken)
    except (*DATABASE_ERRORS, SQLAlchemyError, TypeError, ValueError) as error:  # type: ignore[misc]
        # ValueError: a damaged journal row (JSON, dates) found by the fuzzer (tests/fuzz)
        reason = restoring.why_unreadable(path, error)  # busy or read-only is not damaged
        raise HoagiaiError(reason or NOT_A_BOOK, path=path) from error


def _known_revisions() -> frozenset[str]:
    return migrate.known_revisions()  # read from the migration files, without Alembic


def check_backup(path: Path, shown: Path | None = None, *,
                 key: bytes | None = None) -> BookCheck:
    """A backup fit to restore: integrity ok, a known schema, an intact journal chain
    (``shown``: the name to use in messages, when ``path`` is a working copy)."""
    shown = shown or path
    try:
        found = check_book(path, key=key)
    except HoagiaiError as error:
        raise HoagiaiError(NOT_A_BACKUP, path=shown, problem=_(DAMAGED)) from error
    if found.revision not in _known_revisions():
        raise HoagiaiError(NOT_A_BACKUP, path=shown, problem=_(NEWER_PROGRAM))
    if found.broken is not None:
        raise HoagiaiError(NOT_A_BACKUP, path=shown,
                           problem=_(BROKEN_CHAIN).format(seq=found.broken.seq))
    return found


# --- making backups ----------------------------------------------------------------------------

def default_backup_dir(book_path: Path, default_book: Path | None = None) -> Path:
    """``backups/`` beside the program's own book; ``<book>.backups/`` beside any other."""
    if default_book is not None and book_path.resolve() == default_book.resolve():
        return default_book.parent / "backups"
    return book_path.with_name(book_path.name + ".backups")


def _fsync_file(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder; NTFS journals the rename itself
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _copy_consistently(book_path: Path, target: Path, key: bytes | None) -> None:
    source = _connect_read_only(book_path, key)
    try:
        private_files.create(target)  # its owner's only, before SQLite fills it
        with contextlib.closing(connect_file(target, key)) as copy:
            source.backup(copy)  # all pages in one step: one consistent snapshot
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            if _single(copy, "PRAGMA integrity_check") != "ok":
                raise HoagiaiError(NOT_A_BOOK, path=book_path)
    finally:
        source.close()


def _keep_setting(copy: Path, key: bytes | None) -> int:
    with contextlib.closing(_connect_read_only(copy, key)) as connection:
        value = _single(connection, "SELECT value FROM app_settings WHERE key = ?",
                        KEEP_SETTING)
    return int(str(value)) if value and str(value).isdigit() else DEFAULT_KEEP


def _backup_name(book_path: Path, made_at: datetime, last_seq: int, label: str) -> str:
    suffix = f"-{label}" if label else ""
    return f"{book_path.stem}-backup-{made_at.strftime(_STAMP)}-seq{last_seq}{suffix}.sqlite"


def _remove_stale_partials(backup_dir: Path, now: datetime) -> None:
    for partial in backup_dir.glob(".*.partial"):
        with contextlib.suppress(OSError):
            modified = datetime.fromtimestamp(partial.stat().st_mtime, UTC)
            if now.replace(tzinfo=UTC) - modified > _STALE_PARTIAL:
                partial.unlink()


def _copy_key_file(book_path: Path, target: Path) -> None:
    """The book's key file beside a copy of it (written whole, synced), when it has one."""
    source = keyfile.path_for(book_path)
    if source.exists():
        keyfile.write_atomically(keyfile.path_for(target), source.read_bytes())


def make_backup(book_path: Path, backup_dir: Path, keep: int | None = None, label: str = "",
                now: datetime | None = None, rotate: bool = True, *,
                key: bytes | None = None) -> BackupInfo:
    """Copy the book (open or not) into ``backup_dir``; keep the ``keep`` newest backups
    (default: the book's ``backup_keep`` setting, else 10)."""
    check_book(book_path, full=False, key=key)
    made_at = (now or datetime.now(UTC)).replace(tzinfo=None)
    backup_dir.mkdir(parents=True, exist_ok=True)
    _remove_stale_partials(backup_dir, made_at)
    restoring.sweep_partials(backup_dir)
    partial = backup_dir / f".{book_path.name}.{os.getpid()}.partial"
    try:
        _copy_consistently(book_path, partial, key)
        head = check_book(partial, full=False, key=key)
        last_seq = head.last_seq
        keep = keep if keep is not None else _keep_setting(partial, key)
        _fsync_file(partial)
        target = backup_dir / _backup_name(book_path, made_at, last_seq, label)
        _copy_key_file(book_path, target)  # first: a backup never lies without its key file
        journal_anchors.write_head_file(target, last_seq, head.last_hash, made_at.isoformat())
        os.replace(partial, target)
        _fsync_dir(backup_dir)
    finally:
        partial.unlink(missing_ok=True)
    if rotate:
        rotate_backups(backup_dir, keep)
    return BackupInfo(target, made_at, last_seq, label)


def _parse(path: Path) -> BackupInfo | None:
    found = _NAME.match(path.name)
    if not found:
        return None
    made_at = datetime.strptime(found["stamp"], _STAMP)
    return BackupInfo(path, made_at, int(found["seq"]), found["label"] or "")


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """The backups in a folder, newest first."""
    if not backup_dir.is_dir():
        return []
    found = [info for path in backup_dir.iterdir() if (info := _parse(path))]
    return sorted(found, key=lambda info: (info.made_at, info.last_seq), reverse=True)


def rotate_backups(backup_dir: Path, keep: int) -> list[Path]:
    """Delete all but the ``keep`` newest backups; returns what was deleted."""
    removed = [info.path for info in list_backups(backup_dir)[max(keep, 1):]]
    for path in removed:
        path.unlink(missing_ok=True)
        keyfile.path_for(path).unlink(missing_ok=True)
        head = journal_anchors.head_file(path)
        for side in (head, head.with_name(head.name + anchoring.SUPERSEDED)):
            side.unlink(missing_ok=True)
    return removed


# --- automatic backups -------------------------------------------------------------------------

def _last_backup(backup_dir: Path) -> dict[str, object]:
    try:
        loaded = json.loads((backup_dir / LAST_BACKUP_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _last_content_entry(path: Path, key: bytes | None) -> list[object]:
    """The seq and hash of the book's last journal entry that is not a login event (newest
    first along the primary key: a login or two at the end are all it steps over)."""
    marks = ", ".join("?" * len(NOT_CONTENT))
    with contextlib.closing(_connect_read_only(path, key)) as connection:
        row = connection.execute(
            f"SELECT seq, hash FROM change_journal WHERE op NOT IN ({marks}) "
            "ORDER BY seq DESC LIMIT 1", NOT_CONTENT).fetchone()
    return [int(row[0]), str(row[1])] if row else [0, ""]


def _record_last_backup(backup_dir: Path, info: BackupInfo, last_hash: str,
                        content: list[object]) -> None:
    from desktop.core.files import atomic_write  # fsync of the file and its folder

    atomic_write(backup_dir / LAST_BACKUP_FILE, json.dumps({
        "at": info.made_at.isoformat(), "seq": info.last_seq, "hash": last_hash,
        "content": content}).encode())


def _unchanged_since(last: dict[str, object], book_path: Path, key: bytes | None) -> bool:
    if "content" in last:
        return last["content"] == _last_content_entry(book_path, key)
    head = check_book(book_path, full=False, key=key)  # recorded by an older version
    return last.get("seq") == head.last_seq and last.get("hash") == head.last_hash


def _is_due(last: dict[str, object], every_hours: float, now: datetime) -> bool:
    try:
        at = datetime.fromisoformat(str(last["at"]))
    except (KeyError, ValueError):
        return True
    return now - at >= timedelta(hours=every_hours)


def backup_if_due(book_path: Path, backup_dir: Path, every_hours: float,
                  now: datetime | None = None, *, key: bytes | None = None) -> BackupInfo | None:
    """A backup when the last one is ``every_hours`` old (0: at once, e.g. on start) and the
    book's content changed since (a login alone changes none: see ``NOT_CONTENT``); the time
    of the last one is kept in the backup folder."""
    now = (now or datetime.now(UTC)).replace(tzinfo=None)
    last = _last_backup(backup_dir)
    if not _is_due(last, every_hours, now):
        return None
    check_book(book_path, full=False, key=key)  # a missing or foreign book fails clearly
    if _unchanged_since(last, book_path, key):
        return None  # nothing saved since the last backup
    info = make_backup(book_path, backup_dir, now=now, key=key)
    _record_last_backup(backup_dir, info, check_book(info.path, full=False, key=key).last_hash,
                        _last_content_entry(info.path, key))
    return info


# --- restoring ---------------------------------------------------------------------------------

def _journal_hashes(path: Path, key: bytes | None) -> set[str]:
    with contextlib.closing(_connect_read_only(path, key)) as connection:
        return {row[0] for row in connection.execute("SELECT hash FROM change_journal")}


def entries_lost(book_path: Path, backup_path: Path, *, key: bytes | None = None) -> int:
    """Journal entries of the book that the backup does not hold (0: the backup is as new)."""
    return len(_journal_hashes(book_path, key) - _journal_hashes(backup_path, key))


def restore(backup: Path, book_path: Path, allow_older: bool = False,
            backup_dir: Path | None = None, *, key: bytes | None = None,
            can_open: Callable[[keyfile.KeyFile], bool] | None = None) -> RestoreReport:
    """Replace the (closed) book at ``book_path`` with ``backup``; see the module's notes and
    ``restore_job.restore``."""
    from desktop.core.services.workspace import restore_job

    return restore_job.restore(backup, book_path, allow_older, backup_dir, key=key,
                               can_open=can_open)
