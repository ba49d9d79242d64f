"""Restoring a backup over a book, step by step (``backups.restore`` is the entry point).

The backup is checked where it lies (cheap looks, its key file), copied beside the book under a
working name, checked fully (integrity, schema, chain, anchors), and only then swapped in with
one atomic rename, after a safety copy of the book; the restored book must then open with the
key file beside it, or the book as it was comes back. See ``backups`` for the whole story and
``restoring`` for the checks.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from desktop.core.db import journal_anchors
from desktop.core.db.engine import DATABASE_ERRORS, connect_file
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.core.security import keyfile, private_files
from desktop.core.services.workspace import anchoring, restoring
from desktop.core.services.workspace.backups import (
    _STAMP,
    BOOK_IN_USE,
    DAMAGED,
    NO_SUCH_FILE,
    NOT_A_BACKUP,
    SAFETY_LABEL,
    UNREADABLE_BOOK,
    BookCheck,
    NewerDataError,
    RestoreReport,
    _copy_key_file,
    _fsync_dir,
    _fsync_file,
    _single,
    check_backup,
    check_book,
    default_backup_dir,
    entries_lost,
    make_backup,
)

_SQLITE_MAGIC = b"SQLite format 3\x00"
_SPARSE_FROM = 64 * 1024 * 1024


def _precheck(backup: Path, shown: Path) -> None:
    """Cheap looks before the backup is copied: a file that says it holds gigabytes but has
    almost nothing on disk (sparse), or a SQLite file shorter than its header says (cut off),
    is refused without copying gigabytes first."""
    status = backup.stat()
    blocks = getattr(status, "st_blocks", None)  # not on Windows
    if blocks is not None and status.st_size > _SPARSE_FROM and blocks * 512 < status.st_size // 8:
        raise HoagiaiError(NOT_A_BACKUP, path=shown, problem=_(DAMAGED))
    with backup.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        return  # not plain SQLite: the full check after staging decides (encrypted backups)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    size_is_valid = header[24:28] == header[92:96]
    if page_size < 512 or page_size & (page_size - 1) or (
            size_is_valid and pages * page_size > status.st_size):
        raise HoagiaiError(NOT_A_BACKUP, path=shown, problem=_(DAMAGED))


def _stage(backup: Path, book_path: Path) -> Path:
    staged = book_path.with_name(f".{book_path.name}.restore-{os.getpid()}.partial")
    private_files.create(staged)  # it becomes the book: its owner's only
    shutil.copyfile(backup, staged)
    _fsync_file(staged)
    return staged


def _lost_or_refuse(book_path: Path, staged: Path, allow_older: bool,
                    key: bytes | None) -> int:
    try:
        check_book(book_path, full=False, key=key)
        lost = entries_lost(book_path, staged, key=key)
    except (HoagiaiError, *DATABASE_ERRORS) as error:  # type: ignore[misc]
        reason = restoring.why_unreadable(book_path, error)
        if reason is not None:  # not damaged: replacing it would lose what it holds
            raise HoagiaiError(reason, path=book_path) from error
        if not allow_older:
            raise HoagiaiError(UNREADABLE_BOOK, path=book_path) from error
        return -1
    if lost and not allow_older:
        raise NewerDataError(lost)
    return lost


def _side_files(book_path: Path) -> list[Path]:
    return [book_path.with_name(book_path.name + suffix) for suffix in ("-wal", "-shm")]


def _keep_damaged(book_path: Path, backup_dir: Path) -> Path:
    """Copy an unreadable book (and its log) aside, then drop its log, which must never be
    replayed onto the restored file."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime(_STAMP)
    kept = backup_dir / f"{book_path.stem}-damaged-{stamp}{book_path.suffix}"
    _copy_key_file(book_path, kept)
    for source, target in zip([book_path, *_side_files(book_path)],
                              [kept, *_side_files(kept)], strict=True):
        if source.exists():
            private_files.create(target)
            shutil.copyfile(source, target)
            _fsync_file(target)
    for side in _side_files(book_path):
        side.unlink(missing_ok=True)
    return kept


def _detach_wal(book_path: Path, key: bytes | None) -> None:
    """Fold the book's write-ahead log into the file and leave WAL mode, so no old log can be
    replayed onto the restored file; refused while any connection has the book open."""
    try:
        with contextlib.closing(connect_file(book_path, key, timeout=0.5)) as connection:
            mode = _single(connection, "PRAGMA journal_mode=DELETE")
    except DATABASE_ERRORS as error:
        raise HoagiaiError(BOOK_IN_USE, path=book_path) from error
    if mode != "delete":
        raise HoagiaiError(BOOK_IN_USE, path=book_path)


def _swap(book_path: Path, staged: Path, backup_dir: Path, lost: int,
          key: bytes | None) -> Path | None:
    if lost < 0:
        safety: Path | None = _keep_damaged(book_path, backup_dir)
    else:
        _detach_wal(book_path, key)  # first: an open book is refused before anything is written
        safety = make_backup(book_path, backup_dir, label=SAFETY_LABEL, rotate=False,
                             key=key).path
    os.replace(staged, book_path)
    _fsync_dir(book_path.parent)
    return safety


def _put_back_key_file(key_file: bytes | None, book_path: Path) -> None:
    if key_file is not None:
        keyfile.write_atomically(keyfile.path_for(book_path), key_file)


def _reopens(book_path: Path, key: bytes | None) -> bool:
    """The restored book opens with the key file now beside it."""
    try:
        check_book(book_path, full=False, key=key)
        if key is not None and keyfile.path_for(book_path).exists():
            keyfile.KeyFile.load(keyfile.path_for(book_path))._check_key(key)
    except (HoagiaiError, *DATABASE_ERRORS, TypeError, ValueError):  # type: ignore[misc]
        return False
    return True


def _roll_back(book_path: Path, safety: Path, old_keys: bytes | None) -> None:
    """Put the book as it was back (from its safety copy) with its own key file."""
    partial = book_path.with_name(f".{book_path.name}.rollback-{os.getpid()}.partial")
    shutil.copyfile(safety, partial)
    _fsync_file(partial)
    os.replace(partial, book_path)
    _fsync_dir(book_path.parent)
    _put_back_key_file(old_keys, book_path)


def _staged_checked(backup: Path, staged: Path, book_path: Path, folder: Path,
                    key: bytes | None) -> BookCheck:
    found = check_backup(staged, shown=backup, key=key)
    anchors = anchoring.known_anchors(book_path, key, folder) if book_path.exists() else (
        journal_anchors.folder_anchors(folder))
    restoring.check_anchors(staged, backup, key, found.last_seq, anchors)
    return found


def _old_key_file(book_path: Path) -> bytes | None:
    with contextlib.suppress(OSError):
        return keyfile.path_for(book_path).read_bytes()
    return None


def restore(backup: Path, book_path: Path, allow_older: bool = False,
            backup_dir: Path | None = None, *, key: bytes | None = None,
            can_open: Callable[[keyfile.KeyFile], bool] | None = None) -> RestoreReport:
    """Replace the (closed) book at ``book_path`` with ``backup``; see the module's notes.
    ``key``: the encrypted book's key (the backup must open with it); ``can_open``: whether
    the restoring person's own password opens the backup's key file."""
    if not backup.is_file():
        raise HoagiaiError(NO_SUCH_FILE, path=backup)
    _precheck(backup, backup)
    key_file = restoring.check_key_file(backup, key, can_open)
    book_path.parent.mkdir(parents=True, exist_ok=True)
    restoring.sweep_partials(book_path.parent)
    folder = backup_dir or default_backup_dir(book_path)
    staged = _stage(backup, book_path)
    try:
        found = _staged_checked(backup, staged, book_path, folder, key)
        if not book_path.exists():
            for side in _side_files(book_path):
                side.unlink(missing_ok=True)  # a stray log of a deleted book
            os.replace(staged, book_path)
            _fsync_dir(book_path.parent)
            _put_back_key_file(key_file, book_path)
            return RestoreReport(book_path, None, 0)
        lost = _lost_or_refuse(book_path, staged, allow_older, key)
        old_keys = _old_key_file(book_path)
        safety = _swap(book_path, staged, folder, lost, key)
        _put_back_key_file(key_file, book_path)
        if not _reopens(book_path, key) and safety is not None:
            _roll_back(book_path, safety, old_keys)
            raise HoagiaiError(restoring.NOT_REOPENED, path=book_path)
        if lost > 0:  # older work given up on purpose: its heads are no anchors any more
            anchoring.supersede_newer(folder, found.last_seq)
    finally:
        staged.unlink(missing_ok=True)
    return RestoreReport(book_path, safety, max(lost, 0))
