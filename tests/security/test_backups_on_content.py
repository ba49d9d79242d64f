"""Automatic backups come for changed content, not for a login: every start of the program
logs in, and a full copy of a large book on every start would be work for nothing."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from desktop.core.services.workspace import backups
from tests.core.helpers import build_case
from tests.security.conftest import Encrypted, login

NOW = datetime(2026, 12, 7, 8, 0)


def backup_at(encrypted: Encrypted, key: bytes, hours: float) -> backups.BackupInfo | None:
    folder = encrypted.path.with_name("sao-luu")
    return backups.backup_if_due(encrypted.path, folder, 0, NOW + timedelta(hours=hours),
                                 key=key)


def test_logging_in_again_makes_no_backup_but_a_changed_case_does(encrypted: Encrypted) -> None:
    first = login(encrypted.path)
    key = first.database.key
    assert key is not None
    first.database.dispose()
    made = backup_at(encrypted, key, 0)
    assert made is not None
    for hours in (1, 2):  # two more starts: each journals a login, neither changes content
        login(encrypted.path).database.dispose()
        assert backup_at(encrypted, key, hours) is None
    book = login(encrypted.path)
    try:
        assert book.actor is not None
        with book.database.transaction(book.actor) as session:
            build_case(session, encrypted.team_id, title="Tranh chấp lối đi chung",
                       agreement=False)
    finally:
        book.database.dispose()
    later = backup_at(encrypted, key, 3)
    assert later is not None and later.last_seq > made.last_seq
    assert len(backups.list_backups(encrypted.path.with_name("sao-luu"))) == 2


def test_a_backup_recorded_by_an_older_version_still_counts(encrypted: Encrypted) -> None:
    book = login(encrypted.path)
    key = book.database.key
    assert key is not None
    book.database.dispose()
    made = backup_at(encrypted, key, 0)
    assert made is not None
    record = made.path.parent / backups.LAST_BACKUP_FILE
    loaded = json.loads(record.read_text(encoding="utf-8"))
    del loaded["content"]  # the record an older version wrote: the head's seq and hash only
    record.write_text(json.dumps(loaded), encoding="utf-8")
    assert backup_at(encrypted, key, 1) is None  # same head: nothing new
    login(encrypted.path).database.dispose()
    assert backup_at(encrypted, key, 2) is not None  # head moved: a backup, as before
