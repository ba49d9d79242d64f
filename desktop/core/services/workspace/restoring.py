"""The checks a restore makes so that it never strands a book (used by ``backups.restore``).

Before anything is swapped in: the backup's key file must be whole, hold the same book key as
the one the restoring person opened the book with, and (when the caller can tell) open with
that person's own password; the backup's journal must agree with every anchor known outside
it. The current book must be neither busy (another program writing) nor in a folder this
program cannot write. After the swap the restored book must open with the key file now beside
it, or the book as it was is put back. A restore killed midway leaves a working copy under a
``.partial`` name; the next restore or backup removes those of programs no longer running.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from desktop.core.db.journal_anchors import Anchor
from desktop.core.errors import HoagiaiError
from desktop.core.files import DISK_FULL, is_disk_error, translate
from desktop.core.i18n import N_
from desktop.core.security import keyfile
from desktop.core.services.workspace import anchoring

KEY_FILE_DAMAGED = N_(
    "The key file beside the backup ({path}) is damaged or belongs to another book, so the "
    "restored book could not be opened. Nothing was changed: choose another backup, or put "
    "that backup's own key file (its name ends in .keys) beside it.")
KEY_FILE_NOT_YOURS = N_(
    "Your password does not open the key file beside the backup ({path}): after the restore "
    "you could not log in. Nothing was changed: restore as an account that existed when the "
    "backup was made, or with the recovery key.")
CHAIN_DISAGREES = N_(
    "{path} is not restored. {detail} Nothing was changed: choose another backup, and keep "
    "this one as evidence.")
BOOK_BUSY_NOW = N_(
    "The case book {path} is busy: another program is saving in it right now. Nothing was "
    "changed: close that program (or wait for it to finish), then try again. The book is not "
    "damaged.")
BOOK_READ_ONLY = N_(
    "The case book {path} is in a folder this program cannot write to (a read-only disk or USB "
    "stick, or no permission), so it cannot be opened or replaced there. It is not damaged and "
    "nothing was changed: copy it to a writable folder, or unlock the USB stick, then try "
    "again.")
BOOK_DISK_FULL = N_(
    "The disk holding the case book {path} is full, so the book cannot be opened (opening it "
    "writes a little to that disk). The book is not damaged and nothing was changed: free some "
    "space on that disk (empty the recycle bin, move or delete other files), then open it "
    "again. Do not restore a backup for this: you would lose the newer work.")
NOT_REOPENED = N_(
    "The restored book did not open with the key file beside it, so the book as it was has "
    "been put back ({path}). Nothing was lost: choose another backup.")

STALE_SECONDS = 3600
_PARTIAL = re.compile(r"^\..+\.(?:restore-)?(?P<pid>\d+)\.(?:partial|tmp)$")


def check_key_file(backup: Path, key: bytes | None,
                   can_open: Callable[[keyfile.KeyFile], bool] | None) -> bytes | None:
    """The backup's key file (its bytes), checked; None when it has none (the book's own key
    file, which holds the same book key, stays)."""
    source = keyfile.path_for(backup)
    if key is None or not source.exists():
        return None
    try:
        loaded = keyfile.KeyFile.load(source)
        loaded._check_key(key)  # the same book key as the book's: the restored file opens
    except (keyfile.KeyFileError, TypeError, ValueError) as error:
        raise HoagiaiError(KEY_FILE_DAMAGED, path=source) from error
    if can_open is not None and not can_open(loaded):
        raise HoagiaiError(KEY_FILE_NOT_YOURS, path=source)
    return source.read_bytes()


def check_anchors(staged: Path, shown: Path, key: bytes | None, last_seq: int,
                  anchors: list[Anchor]) -> None:
    """Refuse a backup whose chain contradicts an anchor at or below its own head."""
    found = anchoring.disagreements(staged, key, anchors, up_to=last_seq)
    if found:
        raise HoagiaiError(CHAIN_DISAGREES, path=shown,
                           detail=anchoring.describe_disagreement(found[0]))


def is_busy(error: BaseException) -> bool:
    """SQLite's "database is locked" / "busy": another connection holds the write lock."""
    while error is not None:
        text = str(error).lower()
        if isinstance(error, sqlite3.OperationalError) and ("locked" in text or "busy" in text):
            return True
        if type(error).__name__ == "OperationalError" and ("locked" in text or "busy" in text):
            return True  # sqlcipher3's and SQLAlchemy's wrappers
        error = error.__cause__ or error.__context__  # type: ignore[assignment]
    return False


def is_read_only_folder(path: Path) -> bool:
    """The book's folder cannot be written: a read-only mount, or no permission."""
    folder = path.parent
    try:
        read_only_mount = bool(os.statvfs(folder).f_flag & os.ST_RDONLY) if hasattr(
            os, "statvfs") else False
    except OSError:
        return False
    return read_only_mount or not os.access(folder, os.W_OK)


def why_unreadable(path: Path, error: BaseException) -> str | None:
    """The true reason a book could not be read when it is not damaged (busy, read-only
    folder, a full disk); None when it may well be damaged."""
    if is_busy(error):
        return BOOK_BUSY_NOW
    if is_read_only_folder(path):
        return BOOK_READ_ONLY
    if is_full_disk(path, error):
        return BOOK_DISK_FULL
    return None


def is_full_disk(path: Path, error: BaseException) -> bool:
    """SQLite's "database or disk is full", or any disk error on a disk with no free block
    (SQLite then says only "disk I/O error": it could not even make its shared-memory file)."""
    return is_disk_error(error) and translate(error, path).message_id == DISK_FULL


def _running(pid: int, path: Path) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":  # os.kill(pid, 0) would end the process there: go by age instead
        return time.time() - path.stat().st_mtime < STALE_SECONDS
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process: leave its file alone
    return True


def sweep_partials(folder: Path) -> list[Path]:
    """Remove the ``.partial``/``.tmp`` working files of killed restores and backups in
    ``folder`` (their program is no longer running); returns what was removed."""
    removed = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            found = _PARTIAL.match(path.name)
            if found and not _running(int(found["pid"]), path):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed
