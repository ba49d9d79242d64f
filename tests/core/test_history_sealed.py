"""The audit screen (journal rows) shows a person's sealed details as they were, never as
ciphertext: a name change reads "old → new", and after the person's erasure the same rows read
"(erased)" while the chain still holds."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.core.db.models import JournalEntry
from desktop.core.domain.enums import Sex
from desktop.core.i18n import _
from desktop.core.services.history import journal_browser
from desktop.core.services.people import personal_data
from desktop.core.services.people import persons as people
from tests.core.helpers import open_case


def _person_rows(session, person_id) -> list[journal_browser.JournalRow]:
    seqs = list(session.scalars(select(JournalEntry.seq).where(
        JournalEntry.entity == "persons", JournalEntry.entity_id == str(person_id),
        JournalEntry.op.in_(("insert", "update"))).order_by(JournalEntry.seq)))
    return journal_browser.journal_rows(session, seqs)


@pytest.mark.both_backends
def test_a_name_change_reads_as_names_then_as_erased(book, actor, team_id):
    with book.database.transaction(actor) as session:
        open_case(session, team_id)
        person_id = people.create_person(session, team_id, people.PersonInput(
            "Đặng Thị Kín", Sex.FEMALE, address="Số 9 ngõ 4"))
    with book.database.transaction(actor) as session:
        people.update_person(session, person_id, people.PersonInput(
            "Đặng Thị Kim", Sex.FEMALE, address="Số 9 ngõ 4"))
    with book.database.reading(actor) as session:
        created, renamed = _person_rows(session, person_id)
    assert "Đặng Thị Kín" in created.summary
    assert "Đặng Thị Kín → Đặng Thị Kim" in renamed.summary
    assert "sealed" not in created.summary + renamed.summary
    assert _("(encrypted)") not in created.summary + renamed.summary

    with book.database.transaction(actor) as session:
        personal_data.erase_person(session, person_id, date(2026, 3, 5), "Người này yêu cầu")
    with book.database.reading(actor) as session:
        rows = _person_rows(session, person_id)
        assert journal_browser.check_journal(session).broken_seq is None
    text = " | ".join(row.summary for row in rows)
    assert "Kín" not in text and "Kim" not in text and "Số 9" not in text
    assert _("(erased)") in rows[0].summary and _("(erased)") in rows[1].summary
