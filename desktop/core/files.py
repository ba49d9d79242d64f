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
import getpass
import os
import shutil
import sqlite3
import tempfile
import uuid
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
    left as it was and the temporary file is removed. The file is readable by its owner only
    (``mkstemp`` creates it so): what the program hands out holds personal data."""
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


# --- copies for the system's viewer --------------------------------------------------------
# An external viewer (PDF reader, image viewer) can only open a file, and it reads it after we
# hand it over, at a time we cannot know. So each plaintext copy goes into one private folder
# of this user, and that folder is emptied when the program closes and again when it starts
# (after a crash or a power cut): no copy outlives the next start.

VIEWER_NOTE = N_(
    "A temporary copy was opened for viewing. It is deleted when you close Sổ hòa giải; to "
    "keep it, use \"Save a copy\".")
_VIEWER_PREFIX = "hoagiai-viewer-"
_OLD_COPIES = "hoagiai-"  # before the viewer folder: tempfile.mkdtemp(prefix="hoagiai-")


def viewer_folder() -> Path:
    """This user's folder for viewer copies, under the system's temporary folder."""
    owner = os.getuid() if hasattr(os, "getuid") else getpass.getuser()
    return Path(tempfile.gettempdir()) / f"{_VIEWER_PREFIX}{owner}"


def viewer_copy(file_name: str, data: bytes) -> Path:
    """A copy of ``data`` named ``file_name`` (its folder part dropped) for the viewer,
    readable by this user only; deleted by ``sweep_viewer_copies``."""
    folder = viewer_folder()
    folder.mkdir(mode=0o700, exist_ok=True)
    if folder.is_symlink() or (hasattr(os, "getuid") and folder.stat().st_uid != os.getuid()):
        raise FileProblem(READ_ONLY, path=folder)  # someone else's folder: never write there
    os.chmod(folder, 0o700)
    own = folder / uuid.uuid4().hex  # two copies with the same name never clash
    own.mkdir(mode=0o700)
    target = own / (Path(file_name).name or "copy")
    with file_errors(target):
        atomic_write(target, data)
    return target


def sweep_viewer_copies() -> int:
    """Delete every viewer copy left by this user (also by older versions); how many folders
    went. Called when the program closes and when it starts."""
    swept = 0
    temporary = Path(tempfile.gettempdir())
    own = [viewer_folder()] + [p for p in temporary.glob(f"{_OLD_COPIES}*")
                               if _is_old_copy_folder(p)]
    for folder in own:
        if folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder, ignore_errors=True)
            swept += 1
    return swept


def _is_old_copy_folder(path: Path) -> bool:
    """A folder ``mkdtemp(prefix="hoagiai-")`` made (8 random characters), owned by us."""
    suffix = path.name.removeprefix(_OLD_COPIES)
    if len(suffix) != 8 or not path.is_dir() or path.is_symlink():
        return False
    return not hasattr(os, "getuid") or path.stat().st_uid == os.getuid()


def write_out(path: Path, data: bytes) -> None:
    """``atomic_write`` with the disk's refusals said in words (``FileProblem``): for a file
    the person asked for (a printed document, an export, a report)."""
    with file_errors(path):
        atomic_write(path, data)


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
    if "full" in text or _no_space_left(path):  # SQLITE_FULL, or an I/O error on a full disk
        return FileProblem(DISK_FULL, path=path)
    if "readonly" in text or "read-only" in text:  # SQLITE_READONLY
        return FileProblem(READ_ONLY, path=path)
    return FileProblem(FILE_PROBLEM, path=path, problem=str(error))


def _no_space_left(path: Path | str) -> bool:
    """Whether the disk holding ``path`` has no free block (SQLite says only "disk I/O error"
    when it cannot even create its shared-memory file there)."""
    folder = Path(path)
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    try:
        return os.statvfs(folder).f_bavail == 0
    except (OSError, AttributeError):  # no statvfs on Windows: say what SQLite said
        return False


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
