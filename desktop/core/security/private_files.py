"""Files readable by their owner only (0600 on POSIX): the book, its key file and their copies.

SQLite and ``shutil`` create files with the process's umask (usually 0644: readable by every
account on the computer); a book is encrypted, but its key file and any plain copy are not
something other accounts should read at all. So the program makes each such file itself, empty
and 0600, before SQLite or a copy fills it (SQLite gives a book's ``-wal``/``-shm`` files the
book's own mode), and tightens files left open by older versions when it opens them. On
Windows, files in the user's profile are that user's already; nothing is changed there.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.core.files import atomic_write

OWNER_ONLY = 0o600


def create(path: Path) -> None:
    """``path`` as an empty file readable by its owner only, unless it exists already (then
    only tightened)."""
    if os.name != "posix":
        return
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY))
    except FileExistsError:
        tighten(path)


def tighten(path: Path) -> None:
    """Take away what others (group, everyone) may do with ``path``, if it exists."""
    if os.name != "posix":
        return
    try:
        mode = path.stat().st_mode
        if stat.S_IMODE(mode) & 0o077:
            os.chmod(path, stat.S_IMODE(mode) & 0o700)
    except FileNotFoundError:
        return
    except PermissionError:
        return  # not ours to change (a shared folder): the book still opens


def tighten_book(path: Path) -> None:
    """The book and the files SQLite keeps beside it, and its key file."""
    for name in (path.name, path.name + "-wal", path.name + "-shm", path.name + ".keys",
                 path.name + ".keys.lock"):
        tighten(path.with_name(name))


@contextmanager
def changing(path: Path) -> Iterator[None]:
    """Hold the key file's lock (``<keys>.lock``) while it is read, changed and written, so
    two programs on the same book (the app and a command) never lose each other's change."""
    lock_path = path.with_name(path.name + ".lock")
    create(lock_path)
    with open(lock_path, "a+b") as handle:
        if os.name == "posix":
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        else:  # Windows: lock the first byte (blocks for up to 10 s, then raises)
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)  # type: ignore[attr-defined]
        try:
            yield
        finally:
            if os.name == "posix":
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
            else:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step (fsynced, folder too), readable by its owner
    only: a key file wraps the book's key."""
    atomic_write(path, data)
