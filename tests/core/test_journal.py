"""The append-only, hash-chained change journal, and optimistic locking of tracked records."""

from __future__ import annotations

import itertools
import json
import sqlite3
from datetime import date
from types import SimpleNamespace

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.exc import DBAPIError

from desktop.core.db import journal as journal_module
from desktop.core.db.journal import GENESIS_HASH, first_broken_link, record_event
from desktop.core.db.models import Case, CaseParticipant, JournalEntry, JournalHead, Person
from desktop.core.domain.enums import DocumentKind, ParticipantRole, Sex
from desktop.core.errors import ConcurrentEditError
from desktop.core.services.cases import participants
from desktop.core.services.cases import records as cases
from desktop.core.services.documents import printing as documents
from desktop.core.services.people import persons as people
from tests.actors import leader
from tests.core.helpers import (
    TODAY,
    build_case,
    case_input,
    close_successfully,
    journal,
    journal_head,
    journal_size,
    open_case,
)


def entries_since(book, seq: int):
    """The entries after ``seq``, their sealed values opened (as the history screen reads them)."""
    with book.database.reading() as s:
        return [opened(s, entry) for entry in journal(s, after_seq=seq)]


def opened(s, entry: JournalEntry) -> SimpleNamespace:
    columns = {column.key: getattr(entry, column.key) for column in JournalEntry.__table__.columns}
    return SimpleNamespace(**{**columns, "changes": journal_module.open_changes(s, entry)})


def last_seq(book) -> int:
    with book.database.reading() as s:
        return journal_head(s)[0]


def chain_break(book) -> int | None:
    with book.database.reading() as s:
        return first_broken_link(s)


# --- what an entry records ---------------------------------------------------------------------

def test_an_insert_is_journaled_with_every_value_set(book, actor, team_id):
    start = last_seq(book)
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id, "Tranh chấp lối đi chung", summary="Hai nhà chung ngõ")
    entries = entries_since(book, start)
    inserted = [e for e in entries if e.entity == "cases"]
    assert len(inserted) == 1
    entry = inserted[0]
    assert (entry.op, entry.entity_id, entry.team_id, entry.version) == (
        "insert", str(case_id), str(team_id), 1)
    assert (entry.author, entry.device) == (actor.user, actor.device)
    assert actor.device  # the book's device id, not empty
    assert entry.changes["title"] == [None, "Tranh chấp lối đi chung"]
    assert entry.changes["summary"] == [None, "Hai nhà chung ngõ"]
    assert entry.changes["received_on"] == [None, "2026-03-02"]
    assert entry.changes["status"] == [None, "in_progress"]
    assert entry.changes["seq"] == [None, 1]
    assert entry.changes["id"] == [None, str(case_id)]
    assert not {"version", "changed_by", "changed_at"} & set(entry.changes)
    assert all(new is not None for _old, new in entry.changes.values())
    assert entry.reason == ""


def test_the_record_is_stamped_with_its_author_and_version(book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id)
    with book.database.reading() as s:
        case = s.get(Case, case_id)
        assert (case.version, case.changed_by) == (1, actor.user)
        assert case.changed_at is not None


def test_an_update_records_only_the_changed_fields_old_and_new(book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id, "Tranh chấp lối đi")
    start = last_seq(book)
    editor = leader("le.thi.anh", "may-tinh-nha-van-hoa")
    with book.database.transaction(editor) as s:
        cases.update_case(s, case_id, case_input("Tranh chấp lối đi chung",
                                                 summary="Đã xác minh"), today=TODAY)
    (entry,) = [e for e in entries_since(book, start) if e.entity == "cases"]
    assert (entry.op, entry.entity_id, entry.version) == ("update", str(case_id), 2)
    assert (entry.author, entry.device) == ("le.thi.anh", "may-tinh-nha-van-hoa")
    assert entry.changes == {"title": ["Tranh chấp lối đi", "Tranh chấp lối đi chung"],
                             "summary": ["", "Đã xác minh"]}
    with book.database.reading() as s:
        assert (s.get(Case, case_id).version, s.get(Case, case_id).changed_by) == (
            2, "le.thi.anh")


def test_saving_unchanged_values_writes_no_entry(book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id)
    start = last_seq(book)
    with book.database.transaction(actor) as s:
        cases.update_case(s, case_id, case_input(), today=TODAY)
    assert [e for e in entries_since(book, start) if e.entity == "cases"] == []
    with book.database.reading() as s:
        assert s.get(Case, case_id).version == 1


def test_versions_increment_with_each_saved_change(book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id, "Lần 1")
    for title in ("Lần 2", "Lần 3", "Lần 4"):
        with book.database.transaction(actor) as s:
            cases.update_case(s, case_id, case_input(title), today=TODAY)
    with book.database.reading() as s:
        versions = [(e.op, e.version, journal_module.open_changes(s, e).get("title"))
                    for e in journal(s) if e.entity == "cases" and e.entity_id == str(case_id)]
        assert s.get(Case, case_id).version == 4
    assert versions == [("insert", 1, [None, "Lần 1"]), ("update", 2, ["Lần 1", "Lần 2"]),
                        ("update", 3, ["Lần 2", "Lần 3"]), ("update", 4, ["Lần 3", "Lần 4"])]


def test_a_delete_records_the_old_values(book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id)
        person = people.create_person(s, team_id, people.PersonInput("Người nhập nhầm"))
        participant = participants.add_participant(s, case_id, person, ParticipantRole.INVITED,
                                                   position="Chỉ đến xem")
    start = last_seq(book)
    with book.database.transaction(actor) as s:
        participants.remove_participant(s, participant)
    (entry,) = [e for e in entries_since(book, start) if e.entity == "case_participants"]
    assert (entry.op, entry.entity_id, entry.version) == ("delete", str(participant), 1)
    assert entry.changes["role"] == ["invited", None]
    assert entry.changes["position"] == ["Chỉ đến xem", None]
    assert entry.changes["person_id"] == [str(person), None]
    assert entry.changes["case_id"] == [str(case_id), None]
    with book.database.reading() as s:
        assert s.get(CaseParticipant, participant) is None


def test_every_tracked_change_of_a_whole_case_is_journaled(book, actor, team_id):
    start = last_seq(book)
    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id)
        close_successfully(s, parts.case_id)
    entries = entries_since(book, start)
    entities = {e.entity for e in entries if e.op == "insert"}
    assert entities == {"cases", "persons", "case_participants", "mediator_assignments",
                        "hearings", "hearing_attendees", "agreements", "agreement_terms",
                        "outcomes"}
    assert {(e.entity, e.op) for e in entries if e.op == "update"} == {("cases", "update")}
    assert all((e.author, e.device) == (actor.user, actor.device) for e in entries)
    assert [e.seq for e in entries] == list(range(start + 1, start + 1 + len(entries)))


def test_every_tracked_model_is_covered_by_the_journal(book, actor, team_id):
    """If a new tracked model is added, building a full case must journal it too."""
    from desktop.core.db.models import TRACKED_MODELS
    from desktop.core.services.cases import assignments
    from desktop.core.services.workspace import teams

    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id)
        close_successfully(s, parts.case_id)
        fourth = teams.list_mediators(s, team_id)[3].id
    with book.database.transaction(actor, reason="Khai báo muộn") as s:
        assignments.declare_conflict(s, parts.case_id, fourth, "Họ hàng với một bên",
                                     today=TODAY)
    with book.database.reading() as s:
        journaled = {e.entity for e in journal(s)}
    assert {model.__tablename__ for model in TRACKED_MODELS} <= journaled


def test_every_tracked_model_is_listed():
    """A new Tracked model must be named in TRACKED_MODELS or CONVENTION_MODELS, so the tests
    that prove each listed model is journaled (here and in tests/conventions) cover it."""
    from desktop.core.db.models import CONVENTION_MODELS, TRACKED_MODELS, Base, Tracked
    from desktop.core.db.models_accounts import ACCOUNT_MODELS
    from desktop.core.db.models_statistics import STATISTICS_MODELS
    mapped = {m.class_ for m in Base.registry.mappers if issubclass(m.class_, Tracked)}
    mapped -= set(STATISTICS_MODELS)  # listed there; journaled (tests/statistics)
    from desktop.core.db.models_personal import PERSONAL_MODELS
    mapped -= set(PERSONAL_MODELS)  # listed there; journaled (tests/personal)
    from desktop.core.db.models_documents import DOCUMENT_MODELS
    from desktop.core.db.models_people import ConflictDecision, PersonMerge
    from desktop.core.db.models_remuneration import RemunerationClaim, RemunerationClaimCase
    # journaled by their own tests (tests/core/test_people_index.py, test_conflicts.py,
    # tests/documents' remuneration tests)
    mapped -= {ConflictDecision, PersonMerge, RemunerationClaim, RemunerationClaimCase}
    assert mapped == set(TRACKED_MODELS) | set(CONVENTION_MODELS) | set(DOCUMENT_MODELS) | set(
        ACCOUNT_MODELS)


def test_untracked_tables_are_not_journaled(book, actor):
    from desktop.core.policy import settings

    start = last_seq(book)
    with book.database.transaction(actor) as s:
        settings.set_setting(s, "remuneration_rate", "200000")
    assert entries_since(book, start) == []


# --- all or nothing ----------------------------------------------------------------------------

class Abandon(Exception):
    """Raised inside a unit of work to make it roll back."""


def test_a_rolled_back_transaction_leaves_no_entry(book, actor, team_id):
    with book.database.reading() as s:
        head, size = journal_head(s), journal_size(s)
    with pytest.raises(Abandon), book.database.transaction(actor) as s:
        person = people.create_person(s, team_id, people.PersonInput("Vũ Thị Lan", Sex.FEMALE))
        people.create_person(s, team_id, people.PersonInput("Lò Văn Pọm", Sex.MALE))
        s.flush()  # the entries were written inside the transaction...
        assert journal_size(s) == size + 2
        raise Abandon
    with book.database.reading() as s:  # ...and left with it
        assert (journal_head(s), journal_size(s)) == (head, size)
        assert s.get(Person, person) is None
    assert chain_break(book) is None


def test_a_rolled_back_transaction_that_opened_a_case_leaves_nothing(book, actor, team_id):
    with book.database.reading() as s:
        head = journal_head(s)
    with pytest.raises(Abandon), book.database.transaction(actor) as s:
        case_id = open_case(s, team_id)
        raise Abandon
    with book.database.reading() as s:
        assert s.get(Case, case_id) is None
        assert journal_head(s) == head


def test_intake_that_fails_on_a_party_saves_no_case(book, actor, team_id):
    from desktop.core.errors import ValidationError

    with pytest.raises(ValidationError), book.database.transaction(actor) as s:
        open_case(s, team_id, "Việc nhập dở")
        people.create_person(s, team_id, people.PersonInput("Sai số", citizen_id="12"))
    with book.database.reading() as s:
        assert s.scalars(select(Case.title)).all() == []


def test_a_refused_action_leaves_no_entry(book, actor, team_id):
    from desktop.core.errors import ValidationError

    with book.database.reading() as s:
        head = journal_head(s)
    with pytest.raises(ValidationError), book.database.transaction(actor) as s:
        people.create_person(s, team_id, people.PersonInput("Vũ Thị Lan"))
        people.create_person(s, team_id, people.PersonInput("Sai số", citizen_id="12"))
    with book.database.reading() as s:
        assert journal_head(s) == head
        assert s.scalars(select(Person).where(Person.full_name == "Vũ Thị Lan")).all() == []


# --- the hash chain ----------------------------------------------------------------------------

def test_the_chain_links_every_entry_to_the_previous_one(book, actor, team_id):
    with book.database.transaction(actor) as s:
        build_case(s, team_id)
    with book.database.reading() as s:
        entries = journal(s)
        assert first_broken_link(s) is None
        assert journal_head(s) == (entries[-1].seq, entries[-1].hash)
    assert entries[0].seq == 1 and entries[0].prev_hash == GENESIS_HASH
    for previous, entry in itertools.pairwise(entries):
        assert entry.prev_hash == previous.hash
        assert entry.seq == previous.seq + 1
    assert len({e.hash for e in entries}) == len(entries)


def raw_connection(book) -> sqlite3.Connection:
    book.database.dispose()  # release the pool's connections before writing behind its back
    return sqlite3.connect(book.database.path)


def drop_append_only_triggers(connection: sqlite3.Connection) -> None:
    connection.execute("DROP TRIGGER change_journal_no_update")
    connection.execute("DROP TRIGGER change_journal_no_delete")


@pytest.fixture
def chained(book, actor, team_id) -> list[int]:
    """A few cases' worth of journal; returns the seq of every case insert."""
    with book.database.transaction(actor) as s:
        ids = [open_case(s, team_id, f"Việc {n}") for n in range(3)]
    with book.database.reading() as s:
        return [e.seq for e in journal(s) if e.entity == "cases" and e.op == "insert"
                and e.entity_id in {str(i) for i in ids}]


def test_editing_an_entry_breaks_the_chain_at_that_entry(book, chained):
    target = chained[1]
    connection = raw_connection(book)
    with connection:
        drop_append_only_triggers(connection)
        (changes,) = connection.execute("SELECT changes FROM change_journal WHERE seq = ?",
                                        (target,)).fetchone()
        forged = json.loads(changes)
        forged["title"] = [None, "Việc đã bị sửa lén"]
        connection.execute("UPDATE change_journal SET changes = ? WHERE seq = ?",
                           (json.dumps(forged, ensure_ascii=False), target))
    connection.close()
    assert chain_break(book) == target


@pytest.mark.parametrize("column, value", [("author", "ke-gia-mao"), ("reason", "x"),
                                           ("entity_id", "00000000-0000-0000-0000-000000000000"),
                                           ("version", 7), ("op", "delete")])
def test_any_column_edited_breaks_the_chain(book, chained, column, value):
    target = chained[0]
    connection = raw_connection(book)
    with connection:
        drop_append_only_triggers(connection)
        connection.execute(f"UPDATE change_journal SET {column} = ? WHERE seq = ?",
                           (value, target))
    connection.close()
    assert chain_break(book) == target


def test_deleting_an_entry_breaks_the_chain_at_the_next_one(book, chained):
    target = chained[1]
    connection = raw_connection(book)
    with connection:
        drop_append_only_triggers(connection)
        connection.execute("DELETE FROM change_journal WHERE seq = ?", (target,))
    connection.close()
    assert chain_break(book) == target + 1


def test_cutting_off_the_last_entries_is_detected_by_the_head(book, chained):
    connection = raw_connection(book)
    with connection:
        drop_append_only_triggers(connection)
        last = connection.execute("SELECT max(seq) FROM change_journal").fetchone()[0]
        connection.execute("DELETE FROM change_journal WHERE seq = ?", (last,))
    connection.close()
    assert chain_break(book) == last


def test_a_rehashed_forgery_is_still_caught_by_the_next_link(book, chained):
    """Recomputing the forged entry's own hash does not help: the next entry points at the
    original hash."""
    target = chained[0]
    with book.database.reading() as s:
        entry = s.get(JournalEntry, target)
        fields = journal_module._hashed_fields(entry)
    fields["author"] = "ke-gia-mao"
    connection = raw_connection(book)
    with connection:
        drop_append_only_triggers(connection)
        connection.execute("UPDATE change_journal SET author = ?, hash = ? WHERE seq = ?",
                           ("ke-gia-mao", journal_module.entry_hash(fields), target))
    connection.close()
    assert chain_break(book) == target + 1


# --- the database itself refuses to rewrite history --------------------------------------------

@pytest.mark.parametrize("statement", [
    update(JournalEntry).where(JournalEntry.seq == 1).values(author="ke-gia-mao"),
    delete(JournalEntry).where(JournalEntry.seq == 1),
    delete(JournalEntry),
], ids=["update", "delete-one", "delete-all"])
def test_the_journal_cannot_be_updated_or_deleted(book, actor, team_id, statement):
    with book.database.reading() as s:
        before = journal(s)
    with pytest.raises(DBAPIError, match="append-only"), \
            book.database.transaction(actor) as s:
        s.execute(statement)
    with book.database.reading() as s:
        assert journal(s) == before


def test_the_orm_cannot_delete_an_entry_either(book, actor, team_id):
    with pytest.raises(DBAPIError, match="append-only"), \
            book.database.transaction(actor) as s:
        s.delete(s.get(JournalEntry, 1))


# --- events that change nothing ----------------------------------------------------------------

def test_record_event_appends_a_link(book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id)
    start = last_seq(book)
    with book.database.transaction(actor) as s:
        record_event(s, "view", "cases", str(case_id), str(team_id), {"screen": "chi tiết"})
    (entry,) = entries_since(book, start)
    assert (entry.op, entry.entity, entry.entity_id, entry.team_id, entry.version) == (
        "view", "cases", str(case_id), str(team_id), None)
    assert entry.changes == {"screen": "chi tiết"}
    assert (entry.author, entry.device) == (actor.user, actor.device)
    assert chain_break(book) is None


def test_printing_a_document_is_journaled(book, actor, team_id):
    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id)
        close_successfully(s, parts.case_id)
    start = last_seq(book)
    with book.database.transaction(actor) as s:
        documents.record_print(s, parts.case_id, DocumentKind.AGREEMENT, "/tmp/vb.pdf")
    (entry,) = entries_since(book, start)
    assert (entry.op, entry.entity, entry.entity_id) == ("print", "cases", str(parts.case_id))
    assert entry.changes == {"document": "agreement", "target": "/tmp/vb.pdf",
                             "case_version": 2}
    assert chain_break(book) is None


def test_events_and_changes_interleave_in_one_chain(book, actor, team_id):
    for n in range(3):
        with book.database.transaction(actor) as s:
            case_id = open_case(s, team_id, f"Việc {n}")
            record_event(s, "export", "cases", str(case_id), str(team_id), {"n": n})
            cases.update_case(s, case_id, case_input(f"Việc {n} (sửa)"), today=TODAY)
    with book.database.reading() as s:
        ops = [e.op for e in journal(s) if e.entity == "cases"]
        assert first_broken_link(s) is None
    assert ops == ["insert", "export", "update"] * 3


# --- a stale write is refused, not lost --------------------------------------------------------

def test_a_stale_write_raises_concurrent_edit_and_saves_nothing(book, actor, team_id):
    """Two windows load the same case; the first saves; the second's save is refused."""
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id, "Bản gốc")
    other = leader("nguyen.van.duc", "may-thu-hai")
    with book.database.transaction(actor) as s:
        first_window = s.get(Case, case_id)
    with book.database.transaction(other) as s:
        second_window = s.get(Case, case_id)
    assert first_window.version == second_window.version == 1
    with book.database.transaction(other) as s:
        s.add(second_window)
        second_window.title = "Sửa ở máy thứ hai"
    with pytest.raises(ConcurrentEditError) as caught, \
            book.database.transaction(actor) as s:
        s.add(first_window)
        first_window.title = "Sửa ở máy thứ nhất"
        first_window.summary = "Không được lưu"
    assert caught.value.message.strip()
    with book.database.reading() as s:
        saved = s.get(Case, case_id)
        assert (saved.title, saved.summary, saved.version) == ("Sửa ở máy thứ hai", "", 2)
        entries = [e for e in journal(s) if e.entity_id == str(case_id)]
        assert first_broken_link(s) is None
    assert [(e.op, e.version, e.author) for e in entries] == [
        ("insert", 1, actor.user), ("update", 2, "nguyen.van.duc")]
    assert not any("Không được lưu" in json.dumps(e.changes, ensure_ascii=False)
                   for e in entries)


def test_update_case_refuses_a_stale_expected_version(book, actor, team_id):
    """A window remembers the version it showed; saving over a newer one is refused."""
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id, "Bản gốc")
    with book.database.transaction(leader("nguyen.van.duc", "may-thu-hai")) as s:
        cases.update_case(s, case_id, case_input("Sửa ở máy thứ hai"), today=TODAY,
                          expected_version=1)
    start = last_seq(book)
    with pytest.raises(ConcurrentEditError), book.database.transaction(actor) as s:
        cases.update_case(s, case_id, case_input("Sửa từ bản cũ"), today=TODAY,
                          expected_version=1)
    assert entries_since(book, start) == []
    with book.database.transaction(actor) as s:
        cases.update_case(s, case_id, case_input("Sửa từ bản mới"), today=TODAY,
                          expected_version=2)
    with book.database.reading() as s:
        assert (s.get(Case, case_id).title, s.get(Case, case_id).version) == (
            "Sửa từ bản mới", 3)


def test_a_reader_sees_only_committed_work_and_is_not_blocked(book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id, "Trước")
    with book.database.transaction(actor) as s:
        cases.update_case(s, case_id, case_input("Sau"), today=TODAY)
        s.flush()
        with book.database.reading() as reader:  # another screen refreshing meanwhile
            assert reader.get(Case, case_id).title == "Trước"
    with book.database.reading() as reader:
        assert reader.get(Case, case_id).title == "Sau"


def test_a_closed_case_amendment_carries_its_reason_into_the_journal(book, actor, team_id):
    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id)
        close_successfully(s, parts.case_id)
    start = last_seq(book)
    with book.database.transaction(actor, reason="Sửa ngày nhận theo sổ giấy") as s:
        cases.update_case(s, parts.case_id, case_input(received_on=date(2026, 3, 1)),
                          today=TODAY)
    entries = entries_since(book, start)
    assert [(e.entity, e.op, e.reason) for e in entries if e.entity == "cases"] == [
        ("cases", "update", "Sửa ngày nhận theo sổ giấy")]
    with book.database.reading() as s:
        assert s.get(JournalHead, 1).last_seq == entries[-1].seq
