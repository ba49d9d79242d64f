"""A case's history in words, views of sensitive cases, and the audit queries over the journal."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date

import pytest

from desktop.core.domain.enums import DocumentKind, OutcomeKind, ParticipantRole
from desktop.core.domain.labels import label
from desktop.core.i18n import _
from desktop.core.services.cases import outcomes, participants
from desktop.core.services.documents import printing as documents
from desktop.core.services.history import case_history, labels
from desktop.core.services.history import journal_browser as browser
from tests.core.helpers import AGREED, add_person, build_case, close_successfully, open_case


def _subjects(entries: list[case_history.HistoryEntry]) -> list[str]:
    return [entry.subject for entry in entries]


@pytest.mark.both_backends
def test_history_covers_the_case_and_every_record_of_it(book, actor, team_id):
    with book.database.transaction(actor) as session:
        parts = build_case(session, team_id)
        close_successfully(session, parts.case_id)
        other = open_case(session, team_id, "Vụ việc khác")
        add_person(session, other, team_id, "Trần Văn Khác")
    with book.database.reading(actor) as session:
        entries = case_history.case_history(session, parts.case_id)
    subjects = " | ".join(_subjects(entries))
    for what in ("Case", "Participant", "Mediator assignment", "Hearing", "Hearing attendee",
                 "Agreement", "Agreement term", "Outcome"):
        assert _(what) in subjects
    assert "Nguyễn Văn An" in subjects and "Trần Văn Khác" not in subjects
    assert [e.seq for e in entries] == sorted((e.seq for e in entries), reverse=True)
    newest = entries[0]  # closing: the case's status changed
    assert newest.action == _("Changed")
    status = next(c for c in newest.changes if c.label == _("Status"))
    assert (status.old, status.new) == (_("In progress"), _("Successful"))
    outcome = next(e for e in entries if e.subject == _("Outcome"))
    assert label(OutcomeKind.SUCCESSFUL) in [c.new for c in outcome.changes]
    assert AGREED.strftime("%d/%m/%Y") in [c.new for c in outcome.changes]
    term = next(e for e in entries if e.subject.startswith(_("Agreement term")))
    assert "Nguyễn Văn An" in [c.new for c in term.changes]  # a name, never an id
    assert all(entry.author == actor.user and entry.device == actor.device for entry in entries)


@pytest.mark.both_backends
def test_amendments_show_their_reason_and_removed_records_their_name(book, actor, team_id):
    with book.database.transaction(actor) as session:
        parts = build_case(session, team_id)
        participant = add_person(session, parts.case_id, team_id, "Lê Thị Gỡ",
                                 ParticipantRole.INVITED)
    with book.database.transaction(actor) as session:
        participants.remove_participant(session, participant)
    with book.database.transaction(actor) as session:
        close_successfully(session, parts.case_id)
    with book.database.transaction(actor, reason="Nhập nhầm ngày kết thúc") as session:
        outcomes.reopen_case(session, parts.case_id)
    with book.database.reading(actor) as session:
        entries = case_history.case_history(session, parts.case_id)
    removed = next(e for e in entries if e.action == _("Removed")
                   and e.subject.startswith(_("Participant")))
    assert "Lê Thị Gỡ" in removed.subject
    reopened = [e for e in entries if e.reason == "Nhập nhầm ngày kết thúc"]
    assert {e.subject for e in reopened} == {_("Case"), _("Outcome")}


@pytest.mark.both_backends
def test_prints_and_sensitive_views_are_in_the_history(book, actor, team_id):
    with book.database.transaction(actor) as session:
        plain = open_case(session, team_id)
        sensitive = open_case(session, team_id, "Mâu thuẫn vợ chồng", sensitive=True)
    with book.database.transaction(actor) as session:
        assert not case_history.record_sensitive_view(session, plain)
        assert case_history.record_sensitive_view(session, sensitive)
        documents.record_print(session, sensitive, DocumentKind.CASEFILE, "printer")
    with book.database.reading(actor) as session:
        assert [e.op for e in case_history.case_history(session, plain)] == ["insert"]
        entries = case_history.case_history(session, sensitive)
    assert [e.op for e in entries] == ["print", "view", "insert"]
    printed, viewed = entries[0], entries[1]
    assert printed.action == _("Printed or saved a document")
    assert label(DocumentKind.CASEFILE) in [c.new for c in printed.changes]
    assert viewed.action == _("Viewed (sensitive case)") and viewed.changes == ()
    assert (viewed.author, viewed.device) == (actor.user, actor.device)


def test_journal_filters_pages_and_check(book, actor, team_id):
    with book.database.transaction(actor) as session:
        case_id = open_case(session, team_id, sensitive=True)
    other = type(actor)(user="hoa", device=actor.device)
    with book.database.transaction(other) as session:
        case_history.record_sensitive_view(session, case_id)
    with book.database.reading(actor) as session:
        everything = browser.journal_seqs(session, browser.JournalFilter())
        assert everything == sorted(everything, reverse=True)
        assert browser.journal_seqs(session, browser.JournalFilter(author="hoa")) == \
            everything[:1]
        views = browser.journal_seqs(session, browser.JournalFilter(op=labels.VIEW))
        assert len(views) == 1
        assert len(browser.journal_seqs(session, browser.JournalFilter(entity="cases"))) == 2
        assert browser.journal_seqs(session, browser.JournalFilter(
            start=date(2000, 1, 1), end=date(2000, 12, 31))) == []
        assert browser.journal_seqs(session, browser.JournalFilter(
            start=date.today(), end=date.today())) == everything
        rows = browser.journal_rows(session, everything[:2])
        assert [r.seq for r in rows] == everything[:2]
        assert rows[0].action == _("Viewed (sensitive case)") and rows[0].author == "hoa"
        authors, entities, ops = browser.journal_choices(session)
        assert "hoa" in authors and "cases" in entities and "view" in ops
        found = browser.check_journal(session)
        assert found.entries == len(everything) and found.broken_seq is None
    book.database.dispose()  # tamper with one entry behind the program's back
    with contextlib.closing(sqlite3.connect(book.database.path)) as connection:
        connection.execute("DROP TRIGGER change_journal_no_update")
        connection.execute("UPDATE change_journal SET author = 'kẻ giả mạo' WHERE seq = ?",
                           (everything[-2],))
        connection.commit()
    with book.database.reading(actor) as session:
        found = browser.check_journal(session)
    assert found.broken_seq == everything[-2] and found.broken_at is not None


def test_every_field_of_a_case_record_has_a_label():
    from desktop.core.db import models
    from desktop.core.db.models_documents import Attachment

    hidden = labels.HIDDEN_FIELDS
    for model in (models.Case, models.CaseParticipant, models.MediatorAssignment,
                  models.ConflictDeclaration, models.Hearing, models.HearingAttendee,
                  models.Outcome, models.Agreement, models.AgreementTerm, models.CaseCitation,
                  Attachment):
        table = model.__table__
        for column in table.columns:
            if column.name not in hidden:
                assert labels.field_label(table.name, column.name) != column.name, \
                    (table.name, column.name)


def test_the_journal_is_refused_to_a_role_that_may_not_read_it(book, actor, team_id):
    from desktop.core.db.engine import Actor
    from desktop.core.domain.roles import Role
    from desktop.core.policy.access import PermissionDenied

    with book.database.transaction(actor) as session:
        case_id = open_case(session, team_id)
    mediator = Actor("hoa", actor.device, role=Role.MEDIATOR)
    with book.database.reading(mediator) as session:
        assert case_history.case_history(session, case_id)  # a mediator reads the team's cases
        for query in (lambda: browser.journal_seqs(session, browser.JournalFilter()),
                      lambda: browser.check_journal(session)):
            try:
                query()
            except PermissionDenied:
                continue
            raise AssertionError("a mediator read the whole journal")


def test_sealed_personal_data_reads_as_the_name_until_it_is_erased(book, actor, team_id):
    from sqlalchemy import delete, select

    from desktop.core.db.models import JournalEntry
    from desktop.core.db.models_personal import PersonalKey

    with book.database.transaction(actor) as session:
        case_id = open_case(session, team_id)
        add_person(session, case_id, team_id, "Đặng Thị Kín")
    with book.database.reading(actor) as session:
        seq = session.scalar(select(JournalEntry.seq).where(JournalEntry.entity == "persons"))
        [row] = browser.journal_rows(session, [seq])
    assert "Đặng Thị Kín" in row.summary and "sealed" not in row.summary
    with book.database.transaction(actor) as session:
        session.execute(delete(PersonalKey))  # what an erasure does to the person's key
    with book.database.reading(actor) as session:
        [row] = browser.journal_rows(session, [seq])
    assert "Đặng Thị Kín" not in row.summary and _("(erased)") in row.summary
