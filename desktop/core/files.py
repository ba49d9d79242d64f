"""Files handed to a person (packages, enrolment files, recovery sheets, backups): written whole
or not at all, and the operating system's refusals said in words.

``atomic_write`` writes a temporary file in the target's own folder (a rename never crosses
file systems), flushes and syncs it, renames it over the target and syncs the folder, so after
a crash or a full disk the target is the old file or the new one, never half of one.

``file_errors`` turns what the disk says (no space left, a read-only or forbidden folder, an
SQLite "database or disk is full") into one translated ``HoagiaiError`` that tells the person
what to do: the GUI shows it, the CLI prints it; both say the same sentence.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_

DISK_FULL = N_(
    "There is not enough free space on the disk to write in {path}. Nothing was changed: free "
    "some space, or choose another disk or USB stick, then try again.")
READ_ONLY = N_(
    "{path} cannot be written to: the disk is read-only or you lack permission. Nothing was "
    "changed: choose another folder, or unlock the USB stick, then try again.")
FILE_PROBLEM = N_(
    "The file {path} could not be written or read ({problem}). Nothing was changed: check "
    "that its folder exists, is writable and has free space.")

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


class FileProblem(HoagiaiError):
    """The disk refused a file the program was writing or reading; nothing was changed."""


def fsync_folder(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (POSIX; NTFS journals the rename itself)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step; on any failure the old file (or no file) is
    left as it was and the temporary file is removed."""
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                             suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    fsync_folder(path.parent)


def is_disk_error(error: BaseException) -> bool:
    """An OSError, or an SQLite/SQLCipher error (also one wrapped by SQLAlchemy)."""
    error = getattr(error, "orig", None) or error
    return isinstance(error, OSError | sqlite3.Error) or (
        type(error).__module__.startswith("sqlcipher3") and isinstance(error, Exception))


def translate(error: BaseException, path: Path | str) -> FileProblem:
    """The person's words for what the disk said about ``path`` (see ``is_disk_error``)."""
    error = getattr(error, "orig", None) or error
    if isinstance(error, OSError):
        if error.errno in _FULL:
            return FileProblem(DISK_FULL, path=path)
        if error.errno in _READ_ONLY:
            return FileProblem(READ_ONLY, path=path)
        return FileProblem(FILE_PROBLEM, path=path, problem=error.strerror or str(error))
    text = str(error).lower()
    if "full" in text:  # SQLITE_FULL: "database or disk is full"
        return FileProblem(DISK_FULL, path=path)
    if "readonly" in text or "read-only" in text:  # SQLITE_READONLY
        return FileProblem(READ_ONLY, path=path)
    return FileProblem(FILE_PROBLEM, path=path, problem=str(error))


@contextlib.contextmanager
def file_errors(path: Path | str) -> Iterator[None]:
    """Raise the disk's refusals met inside the block as a translated ``FileProblem``."""
    try:
        yield
    except HoagiaiError:
        raise
    except Exception as error:
        if not is_disk_error(error):
            raise
        raise translate(error, path) from error
