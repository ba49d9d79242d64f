"""Bring a team's book onto this computer: the first start's "open an existing book" copies a
book (and its key file) found on a USB stick or in a backup folder into the program's data
folder, so that the work of the day is not written to a stick that may be pulled out.

Nothing is written at the source. The copy is checked only as far as it can be without the
password (an encrypted book, its key file, or a plain book with its tables); the login that
follows checks the rest and opens it."""

from __future__ import annotations

import contextlib
from pathlib import Path

from desktop.core.errors import HoagiaiError
from desktop.core.files import file_errors, write_out
from desktop.core.i18n import N_
from desktop.core.security import keyfile
from desktop.core.services.workspace import backups
from desktop.core.services.workspace import book as workspace

ALREADY_THERE = N_("There is already a case book at {path}. Nothing was copied.")
SAME_FILE = N_("This is already the book of this computer. Nothing was copied.")


def copy_book_here(source: Path, target: Path) -> Path:
    """Copy the book ``source`` (with its key file and journal file) to ``target``; returns
    ``target``. Raises a clear ``HoagiaiError`` for a file that is not a book, a book without
    its key file, or a ``target`` that exists; then nothing is left at ``target``."""
    if target.exists():
        with contextlib.suppress(OSError):
            if target.samefile(source):
                raise HoagiaiError(SAME_FILE)
        raise HoagiaiError(ALREADY_THERE, path=target)
    if workspace.is_plain_book(source):
        backups.check_book(source, full=False)  # an old plain book: its tables must be there
    else:
        workspace.key_file(source)  # not a book, or a book without its key file: said
    target.parent.mkdir(parents=True, exist_ok=True)
    copied: list[Path] = []
    try:
        for source_file, target_file in _files_of(source, target):
            with file_errors(source_file):
                data = source_file.read_bytes()
            write_out(target_file, data)  # whole, synced, owner-only
            copied.append(target_file)
    except BaseException:
        for path in copied:
            path.unlink(missing_ok=True)
        raise
    return target


def _files_of(source: Path, target: Path) -> list[tuple[Path, Path]]:
    """The key file first (a book is never left without it), the write-ahead journal of a book
    closed uncleanly, the book itself last."""
    pairs = [(keyfile.path_for(source), keyfile.path_for(target))]
    pairs += [(source.with_name(source.name + suffix), target.with_name(target.name + suffix))
              for suffix in ("-wal",)]
    pairs.append((source, target))
    return [(from_path, to_path) for from_path, to_path in pairs if from_path.is_file()]
