"""The registry of readers of outside files, and what "refused cleanly" means for each.

Every path that reads a file someone brings (a convention on a USB stick, a backup, a scan, an
exchange package) registers here with ``@reader(...)``: a name, the corpus cases it is fed,
and a ``feed`` function that hands one file to the real reader against a real case book.
``test_corpus.py`` then feeds every case to its reader and checks that:

* the reader raised a ``HoagiaiError`` (nothing else: no crash, no raw library error);
* its message, in Vietnamese and in English, is non-empty, translated (not the English
  message id when Vietnamese is asked for) and holds no traceback, repr or exception name;
* the case book is byte-for-byte what it was (file and write-ahead log, after a checkpoint).

Readers live in modules named ``tests/hostile/readers_<area>.py``; they are found by name, so
adding a reader never edits a shared file. A reader whose code is not there yet (another
engineer's area) simply does not register.
"""

from __future__ import annotations

import hashlib
import importlib
import pkgutil
import re
import sqlite3
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _, set_language

# feed(file, book_path, work_dir): give the file to the reader; the book is closed on entry
# and must be closed again on return (dispose every Database the feed opened).
Feed = Callable[[Path, Path, Path], object]
# build(folder, book_path) -> the hostile file (or folder) it wrote in folder
Build = Callable[[Path, Path], Path]


@dataclass(frozen=True)
class Case:
    name: str
    build: Build
    # "refused": must be refused, book unchanged; "either": a file that may well be sound
    # (half a plain-text convention is still text): refused cleanly, or taken whole;
    # "gap: why": a known weakness of the reader, not fed (xfail) but counted and listed
    expect: str = "refused"


@dataclass
class Reader:
    name: str
    feed: Feed
    cases: list[Case] = field(default_factory=list)


READERS: dict[str, Reader] = {}
# reader name -> [cases handled cleanly, cases failed, known gaps]; printed at the end
RESULTS: dict[str, list[int]] = {}


def reader(name: str, cases: Sequence[Case]) -> Callable[[Feed], Feed]:
    """Register ``feed`` as the reader ``name`` fed ``cases``."""
    def register(feed: Feed) -> Feed:
        READERS[name] = Reader(name, feed, list(cases))
        return feed

    return register


def load_readers() -> dict[str, Reader]:
    """Import every ``tests/hostile/readers_*.py`` (each registers its readers)."""
    package = importlib.import_module("tests.hostile")
    for module in pkgutil.iter_modules(package.__path__):
        if module.name.startswith("readers_"):
            importlib.import_module(f"tests.hostile.{module.name}")
    return READERS


# --- the checks ------------------------------------------------------------------------------

def book_digest(book_path: Path) -> str:
    """A hash of the book's bytes once its write-ahead log is folded in, plus any log left."""
    with closing(sqlite3.connect(book_path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        part = book_path.with_name(book_path.name + suffix)
        if part.exists():
            digest.update(part.read_bytes())
    return digest.hexdigest()


_NOT_FOR_PEOPLE = re.compile(
    r"Traceback|File \"|line \d+, in |\w+Error\b|\w+Exception\b|0x[0-9a-f]{6,}|<\w+ object"
    r"|\bNone\b|sqlite3|sqlalchemy|lxml|zipfile")


def clear_message_problems(error: HoagiaiError) -> list[str]:
    """What is wrong with the error's message, in each language (empty: it is clear)."""
    problems = []
    for language in ("vi", "en"):
        set_language(language)
        try:
            text = error.message
        except (KeyError, IndexError, ValueError) as failure:  # a placeholder without value
            problems.append(f"{language}: the message cannot be formatted ({failure!r})")
            continue
        if len(text.strip()) < 20:
            problems.append(f"{language}: too short to say what to do: {text!r}")
        if _NOT_FOR_PEOPLE.search(text):
            problems.append(f"{language}: technical text in the message: {text!r}")
        if language == "vi" and _(error.message_id) == error.message_id:
            problems.append(f"vi: not translated: {error.message_id!r}")
    set_language("vi")
    return problems
