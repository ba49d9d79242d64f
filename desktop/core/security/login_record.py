"""A second count of failed logins, kept in the computer account's own state folder.

A wrong password cannot be written into the book (it cannot be opened without a right one), so
failures are counted in the key file and journaled at the next successful login. The key file
sits beside the book, where whoever is guessing can also edit it: resetting its counter would
lift the lock-out and hide the guesses. So each failure is also counted here, away from the
book (``~/.local/state/hoagiai`` on Linux, under ``%LOCALAPPDATA%`` on Windows), readable by its
owner only; a lock-out and the journal go by the larger count, and a key file whose count is
lower than this one is journaled as edited. Best effort: a folder that cannot be written (a
read-only profile) must not stop a login, the key file's count still holds.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.core.security.private_files import changing, write_atomically

FOLDER_FOR_TESTS: Path | None = None  # the test suite's own folder, never the user's
MAX_RECORDS = 500  # books seen on this computer account; the oldest are dropped


def folder() -> Path:
    if FOLDER_FOR_TESTS is not None:
        return FOLDER_FOR_TESTS
    from platformdirs import user_state_path

    return user_state_path("hoagiai", appauthor=False)


def _path() -> Path:
    return folder() / "failed-logins.json"


def _key(book_id: str, username: str) -> str:
    return f"{book_id}:{username.strip().casefold()}"


def _read() -> dict[str, Any]:
    try:
        data = json.loads(_path().read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(data: dict[str, Any]) -> None:
    path = _path()
    while len(data) > MAX_RECORDS:
        data.pop(next(iter(data)))
    write_atomically(path, json.dumps(data, sort_keys=False).encode("utf-8"))


def _entry(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def _count(entry: dict[str, Any]) -> int:
    value = entry.get("count", 0)
    return value if isinstance(value, int) and value > 0 else 0


def add(book_id: str, username: str) -> int:
    """Count one more failure; the count since the last successful login (0: not counted)."""
    try:
        with _locked():
            data = _read()
            key = _key(book_id, username)
            entry = _entry(data, key)
            data.pop(key, None)  # re-inserted last: the oldest records are dropped first
            data[key] = {**entry, "count": _count(entry) + 1}
            _write(data)
            return _count(data[key])
    except OSError:
        return 0  # best effort (see the module's notes)


def lock(book_id: str, username: str, until: datetime) -> None:
    try:
        with _locked():
            data = _read()
            key = _key(book_id, username)
            data[key] = {**_entry(data, key), "until": until.isoformat(timespec="seconds")}
            _write(data)
    except OSError:
        pass


def locked_until(book_id: str, username: str) -> datetime | None:
    raw = _entry(_read(), _key(book_id, username)).get("until")
    try:
        return datetime.fromisoformat(raw) if isinstance(raw, str) else None
    except ValueError:
        return None


def take(book_id: str, username: str) -> int:
    """The failures counted since the last successful login, cleared (a successful login or
    a recovery)."""
    try:
        with _locked():
            data = _read()
            entry = data.pop(_key(book_id, username), None)
            if entry is not None:
                _write(data)
    except OSError:
        return _count(_entry(_read(), _key(book_id, username)))
    return _count(entry) if isinstance(entry, dict) else 0


@contextmanager
def _locked() -> Iterator[None]:
    _path().parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with changing(_path()):
        yield
