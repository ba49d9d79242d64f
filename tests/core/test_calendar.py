"""The calendar: planned hearings recorded afterwards, the clash rule (same mediator or same
place at overlapping times), the week's hearings, the printed agenda and the .ics export read
back; the follow-up of a term and the day's reminders from a real book (SQLite and PostgreSQL).
"""

from __future__ import annotations

import subprocess
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar

from desktop.core.domain.enums import FollowUpStatus, OutcomeKind
from desktop.core.errors import HoagiaiError, ValidationError
from desktop.core.i18n import set_language
from desktop.core.services.calendar import agenda
from desktop.core.services.calendar.clashes import Slot, clash_between, clashes_with, overlap
from desktop.core.services.calendar.hearings import calendar_hearings, clashes_for
from desktop.core.services.cases import detail as case_detail
from desktop.core.services.cases import hearings, outcomes
from desktop.core.services.reminders import Kind, todays_reminders
from tests.core.helpers import (
    AGREED,
    TODAY,
    add_person,
    assign,
    build_case,
    journal,
    mediator_ids,
    open_case,
)

MONDAY = datetime(2026, 3, 9, 8, 0)  # a Monday, after the helpers' cases were received
A, B = uuid.UUID(int=1), uuid.UUID(int=2)


@pytest.fixture(autouse=True)
def _vietnamese():
    set_language("vi")
    yield
    set_language("vi")


def slot(start: datetime, minutes=60, place="Nhà văn hóa thôn 3", mediators=(A,),
         hearing_id=None) -> Slot:
    return Slot(hearing_id or uuid.uuid4(), uuid.uuid4(), "1/2026", start, minutes, place,
                frozenset((m, f"HGV {m.int}") for m in mediators))


# --- the clash rule ----------------------------------------------------------------------------

def test_back_to_back_hearings_do_not_clash_and_overlapping_ones_do():
    first = slot(MONDAY)
    assert clash_between(first, slot(MONDAY + timedelta(hours=1))) is None
    clash = clash_between(first, slot(MONDAY + timedelta(minutes=59)))
    assert clash is not None and clash.same_place and clash.mediator_names == ("HGV 1",)


def test_the_same_place_written_another_way_is_the_same_place():
    other = slot(MONDAY + timedelta(minutes=30), place="  nha van hoa   THÔN 3 ", mediators=(B,))
    clash = clash_between(slot(MONDAY), other)
    assert clash is not None and clash.same_place and clash.mediator_names == ()


def test_a_shared_mediator_is_a_clash_in_another_place():
    other = slot(MONDAY + timedelta(minutes=30), place="Nhà ông An", mediators=(B, A))
    clash = clash_between(slot(MONDAY), other)
    assert clash is not None and not clash.same_place and clash.mediator_names == ("HGV 1",)


def test_other_mediators_in_another_place_do_not_clash():
    assert clash_between(slot(MONDAY), slot(MONDAY, place="Nhà ông An", mediators=(B,))) is None
    assert clash_between(slot(MONDAY, place=""), slot(MONDAY, place="", mediators=(B,))) is None


def test_a_hearing_never_clashes_with_itself():
    one = slot(MONDAY)
    assert clashes_with(one, [one]) == []


TIMES = st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2026, 12, 31))


@given(TIMES, st.integers(15, 720), TIMES, st.integers(15, 720), st.booleans())
def test_the_clash_rule_is_symmetric_and_needs_an_overlap(start_a, len_a, start_b, len_b,
                                                          same_place):
    a = slot(start_a, len_a)
    b = slot(start_b, len_b, place=a.place if same_place else "Nhà ông An", mediators=(B,))
    assert (clash_between(a, b) is None) == (clash_between(b, a) is None)
    if clash_between(a, b) is not None:
        assert overlap(a, b) and same_place


# --- planned hearings ------------------------------------------------------------------------

@pytest.mark.both_backends
def test_a_hearing_is_planned_then_recorded(book, actor, team_id):
    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id, hearing=False, agreement=False)
        hearing_id = hearings.add_hearing(s, parts.case_id, hearings.HearingInput(
            MONDAY, "Nhà văn hóa thôn 3", mediator_ids=frozenset({parts.mediator_id}),
            duration_minutes=90), now=MONDAY - timedelta(days=2))
    with book.database.reading() as s:
        (planned,) = case_detail.get_case(s, parts.case_id).hearings
    assert (planned.planned, planned.duration_minutes, planned.participant_ids) == (
        True, 90, frozenset())
    with pytest.raises(HoagiaiError) as refused, book.database.transaction(actor) as s:
        hearings.update_hearing(s, hearing_id, hearings.HearingInput(
            MONDAY, "Nhà văn hóa thôn 3", planned=False), now=MONDAY - timedelta(days=1))
    fields = [getattr(e, "field", None) for e in getattr(refused.value, "errors", [refused.value])]
    assert "held_at" in fields and "still to come" not in str(refused.value)
    with book.database.transaction(actor) as s:
        hearings.update_hearing(s, hearing_id, hearings.HearingInput(
            MONDAY, "Nhà văn hóa thôn 3", planned=False, result="Hai bên gặp nhau",
            participant_ids=frozenset(parts.parties),
            mediator_ids=frozenset({parts.mediator_id})), now=MONDAY + timedelta(hours=2))
    with book.database.reading() as s:
        (held,) = case_detail.get_case(s, parts.case_id).hearings
    assert not held.planned and held.result == "Hai bên gặp nhau"


def test_a_planned_hearing_whose_time_passed_is_not_yet_held(book, actor, team_id):
    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id, hearing=False)
        hearings.add_hearing(s, parts.case_id, hearings.HearingInput(
            datetime(2026, 3, 5, 8, 0), "Nhà văn hóa", planned=True),
            now=datetime(2026, 3, 3))
    with pytest.raises(HoagiaiError), book.database.transaction(actor) as s:
        outcomes.close_case(s, parts.case_id, OutcomeKind.SUCCESSFUL, AGREED, today=TODAY,
                            now=datetime(2026, 3, 10))


def test_a_hearing_lasts_a_sensible_time(book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id)
    for minutes in (10, 13 * 60):
        with pytest.raises(ValidationError) as refused, book.database.transaction(actor) as s:
            hearings.add_hearing(s, case_id, hearings.HearingInput(
                MONDAY, "Nhà văn hóa", duration_minutes=minutes), now=datetime(2026, 3, 3))
        assert refused.value.field == "duration"


# --- the calendar's reads ----------------------------------------------------------------------

def _two_cases_at_the_same_hall(session, team_id, sensitive=False
                                ) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    first = build_case(session, team_id, hearing=False, agreement=False)
    second_id = open_case(session, team_id, "Tranh chấp ranh giới đất", sensitive=sensitive)
    add_person(session, second_id, team_id, "Phạm Văn Dũng")
    other_mediator = mediator_ids(session, team_id)[1]
    assign(session, second_id, other_mediator)
    before = datetime(2026, 3, 3)
    hearings.add_hearing(session, first.case_id, hearings.HearingInput(
        MONDAY, "Nhà văn hóa thôn 3", mediator_ids=frozenset({first.mediator_id})), now=before)
    hearings.add_hearing(session, second_id, hearings.HearingInput(
        MONDAY + timedelta(minutes=30), "nha van hoa thon 3",
        mediator_ids=frozenset({other_mediator})), now=before)
    return first.case_id, second_id, other_mediator


@pytest.mark.both_backends
def test_the_calendar_marks_a_clash_and_warns_before_saving(book, actor, team_id):
    with book.database.transaction(actor) as s:
        first_id, second_id, other_mediator = _two_cases_at_the_same_hall(s, team_id)
    with book.database.reading(actor) as s:
        week = calendar_hearings(s, team_id, date(2026, 3, 9), date(2026, 3, 15))
        later = calendar_hearings(s, team_id, date(2026, 3, 16), date(2026, 3, 22))
        elsewhere = clashes_for(s, first_id, hearings.HearingInput(
            MONDAY + timedelta(days=1), "Nhà văn hóa thôn 3"))
        same_mediator = clashes_for(s, first_id, hearings.HearingInput(
            MONDAY + timedelta(minutes=45), "Nhà ông An",
            mediator_ids=frozenset({other_mediator})))
    assert [(h.slot.case_id, h.clashes, h.planned) for h in week] == [
        (first_id, True, True), (second_id, True, True)]
    assert later == [] and elsewhere == []
    (clash,) = same_mediator
    assert clash.slot.case_id == second_id and clash.mediator_names and not clash.same_place


def test_the_ics_export_reads_back_in_utc_and_keeps_sensitive_titles_off(book, actor, team_id):
    with book.database.transaction(actor) as s:
        _two_cases_at_the_same_hall(s, team_id, sensitive=True)
    with book.database.reading(actor) as s:
        data = agenda.calendar_ics(s, team_id, date(2026, 3, 9), date(2026, 3, 15))
    parsed = Calendar.from_ical(data)
    events = sorted(parsed.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    assert len(events) == 2
    assert events[0].decoded("dtstart") == datetime(2026, 3, 9, 1, 0, tzinfo=UTC)
    assert events[0].decoded("dtend") - events[0].decoded("dtstart") == timedelta(hours=1)
    assert str(events[0]["location"]) == "Nhà văn hóa thôn 3"
    assert "Tranh chấp lối đi chung" in str(events[0]["summary"])
    assert str(events[0]["status"]) == "TENTATIVE"
    assert str(events[1]["summary"]) == "Buổi hòa giải, vụ việc 02/2026"  # sensitive: no title
    assert "ranh giới" not in data.decode("utf-8")
    assert len({str(e["uid"]) for e in events}) == 2


def test_the_weekly_agenda_prints_every_hearing_and_the_clash(book, actor, team_id, tmp_path):
    with book.database.transaction(actor) as s:
        _two_cases_at_the_same_hall(s, team_id)
    with book.database.reading(actor) as s:
        pdf = agenda.agenda_pdf(s, team_id, date(2026, 3, 11))
    path = Path(tmp_path) / "agenda.pdf"
    path.write_bytes(pdf)
    text = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                                   capture_output=True, text=True, check=True).stdout.split())
    assert "LỊCH HÒA GIẢI" in text and "Tuần từ 09/03/2026 đến 15/03/2026" in text
    assert "Thứ Hai" in text and "08:00 - 09:00" in text and "08:30 - 09:30" in text
    assert text.count("Trùng lịch") >= 3  # two rows and the note
    assert "Tranh chấp ranh giới đất" in text


# --- follow-up and reminders from a book ---------------------------------------------------------

@pytest.mark.both_backends
def test_a_follow_up_is_journaled_and_ends_the_reminder(book, actor, team_id):
    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id)
        outcomes.close_case(s, parts.case_id, OutcomeKind.SUCCESSFUL, AGREED, today=TODAY)
    due_day = datetime(2026, 3, 19, 9, 0)  # the term is due on 20/03
    with book.database.reading(actor) as s:
        before = todays_reminders(s, team_id, due_day)
    (follow,) = [r for r in before if r.kind is Kind.FOLLOW_UP]
    assert follow.case_id == parts.case_id and not follow.overdue
    assert {Kind.FOLLOW_UP, Kind.REMUNERATION} <= {r.kind for r in before}
    with book.database.reading() as s:
        seq = max(e.seq for e in journal(s))
    with book.database.transaction(actor) as s:
        outcomes.record_follow_up(s, follow.term_id, FollowUpStatus.PARTLY_IMPLEMENTED,
                                  "Mới dỡ một nửa", today=due_day.date())
    with book.database.reading(actor) as s:
        entries = [e for e in journal(s, seq) if e.entity == "agreement_terms"]
        after = todays_reminders(s, team_id, due_day)
    (entry,) = entries
    assert set(entry.changes) >= {"follow_up_status", "follow_up_note", "followed_up_on"}
    assert not [r for r in after if r.kind is Kind.FOLLOW_UP]
    with book.database.reading(actor) as s:
        again = todays_reminders(s, team_id, due_day + timedelta(days=14))
    assert [r.term_id for r in again if r.kind is Kind.FOLLOW_UP] == [follow.term_id]


def test_a_follow_up_must_say_how_the_term_went(book, actor, team_id):
    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id)
    with book.database.reading() as s:
        term_id = case_detail.get_case(s, parts.case_id).agreement.terms[0].id
    with pytest.raises(ValidationError), book.database.transaction(actor) as s:
        outcomes.record_follow_up(s, term_id, FollowUpStatus.PENDING, today=TODAY)
    with pytest.raises(ValidationError), book.database.transaction(actor) as s:
        outcomes.record_follow_up(s, term_id, FollowUpStatus.IMPLEMENTED,
                                  today=AGREED - timedelta(days=1))


@pytest.mark.both_backends
def test_the_book_gives_its_unassigned_and_late_cases(book, actor, team_id):
    with book.database.transaction(actor) as s:
        waiting = open_case(s, team_id, "Tiếng ồn ban đêm")
        late = open_case(s, team_id, "Nước thải chảy sang")
        assign(s, late, mediator_ids(s, team_id)[0], on=date(2026, 3, 3))
    with book.database.reading(actor) as s:
        found = todays_reminders(s, team_id, datetime(2026, 3, 9, 8, 0))
    kinds = {(r.kind, r.case_id, r.overdue) for r in found if r.case_id}
    assert (Kind.UNASSIGNED, waiting, False) in kinds
    assert (Kind.START_HEARING, late, True) in kinds  # due 06/03 (a Friday)


# --- the command line --------------------------------------------------------------------------

def test_the_command_line_prints_the_day_and_writes_the_files(book, actor, team_id, book_path,
                                                               tmp_path, capsys):
    from desktop.cli.main import main
    from tests.conftest import encrypt_for_cli

    with book.database.transaction(actor) as s:
        _two_cases_at_the_same_hall(s, team_id)
        open_case(s, team_id, "Tiếng ồn ban đêm")
    encrypt_for_cli(book, book_path)
    assert main(["today", "--db", str(book_path), "--on", "2026-03-09"]) == 0
    printed = capsys.readouterr().out
    assert "09/03/2026 lúc 08:00" in printed or "Hôm nay lúc 08:00" in printed
    assert "“Tiếng ồn ban đêm” chưa có hòa giải viên" in printed
    ics, pdf = tmp_path / "lich.ics", tmp_path / "lich.pdf"
    assert main(["calendar", "ics", "--db", str(book_path), "-o", str(ics),
                 "--from", "2026-03-09", "--days", "7"]) == 0
    assert len(Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == 2
    assert main(["calendar", "agenda", "--db", str(book_path), "-o", str(pdf),
                 "--from", "2026-03-11"]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


# --- the migration -----------------------------------------------------------------------------

def test_hearings_recorded_before_planning_existed_stay_recorded(book, actor, team_id,
                                                                 book_path):
    """Migration 0010 on a book holding hearings (with attendees referring to them)."""
    import sqlite3

    from alembic import command
    from sqlalchemy import text

    from desktop.core.db import migrate
    from desktop.core.db.engine import make_engine, sqlite_url

    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id)  # one hearing held on 04/03/2026, with its attendees
    book.database.dispose()
    old = sqlite3.connect(book_path)  # these tables as version 0009 left them
    for statement in ("ALTER TABLE hearings DROP COLUMN planned",
                      "ALTER TABLE hearings DROP COLUMN duration_minutes",
                      "ALTER TABLE agreement_terms DROP COLUMN followed_up_on",
                      "UPDATE alembic_version SET version_num = '0009'"):
        old.execute(statement)
    old.commit()
    old.close()
    engine = make_engine(sqlite_url(book_path))
    try:
        with engine.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), "0010")
            rows = connection.execute(text(
                "SELECT planned, duration_minutes FROM hearings")).all()
            attendees = connection.execute(text(
                "SELECT count(*) FROM hearing_attendees")).scalar()
            command.stamp(migrate.alembic_config(connection), "head")  # the rest is there
    finally:
        engine.dispose()
    assert [(bool(planned), minutes) for planned, minutes in rows] == [(False, 60)]
    assert attendees == 3
    with book.database.reading() as s:
        (held,) = case_detail.get_case(s, parts.case_id).hearings
        (term,) = case_detail.get_case(s, parts.case_id).agreement.terms
    assert not held.planned and term.followed_up_on is None
