"""Every Database journals its saves, however many were opened and closed before it in the same
process (the GUI opens one per book and per background job)."""

from __future__ import annotations

import gc

import pytest

from desktop.core.db.engine import Database
from desktop.core.db.models import Team
from tests.core.helpers import journal_head

pytestmark = pytest.mark.both_backends


def test_a_save_through_any_new_database_object_is_journaled(book, actor, team_id):
    for n in range(20):
        database = Database(book.database.engine)
        with book.database.reading() as s:
            before = journal_head(s)[0]
        with database.transaction(actor) as s:
            s.get(Team, team_id).address = f"Nhà văn hóa số {n}"
        with book.database.reading() as s:
            assert journal_head(s)[0] == before + 1, n
        del database
        gc.collect()  # a new factory may now take the address of a collected one
