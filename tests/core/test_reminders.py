"""Reminder rules at their boundary dates: the day itself, the end of a month, 29 February.

The rules are pure functions of (book facts, today, rules), so most tests build facts by hand;
the last ones read a real book (SQLite and PostgreSQL) and follow a term up through the service.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.domain.enums import CaseStatus, FollowUpStatus
from desktop.core.domain.holidays import shipped_holidays
from desktop.core.errors import ValidationError
from desktop.core.i18n import set_language
from desktop.core.services.reminders import due
from desktop.core.services.reminders.due import Kind, PeriodEnd
from desktop.core.services.reminders.facts import BookFacts, CaseFact, HearingFact, TermFact
from desktop.core.services.reminders.rules import merged, parse_rules, rules_with, shipped_rules

RULES = shipped_rules()
HOLIDAYS = shipped_holidays()
CASE_ID = uuid.UUID(int=1)
DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2098, 12, 31))


@pytest.fixture(autouse=True)
def _vietnamese():
    set_language("vi")
    yield
    set_language("vi")


def case(status=CaseStatus.IN_PROGRESS, received=date(2026, 2, 27), assigned=None,
         hearing_days=(), closed=None, reached=None) -> CaseFact:
    return CaseFact(CASE_ID, "3/2026", "Tranh chấp lối đi", status, received, closed, assigned,
                    tuple(hearing_days), reached)


def facts(*cases: CaseFact, **more) -> BookFacts:
    return BookFacts(cases=cases, **more)


def term(deadline=None, status=FollowUpStatus.PENDING, followed=None,
         reached=date(2026, 1, 31)) -> TermFact:
    return TermFact(uuid.UUID(int=7), CASE_ID, 1, "Dỡ hàng rào", "Nguyễn Văn An", deadline,
                    status, followed, reached)


# --- the rules file ------------------------------------------------------------------------------

def test_every_rule_names_its_legal_source():
    for kind in Kind:
        assert RULES.sources[kind.rule_key].strip(), kind
    assert "Điều 20" in RULES.sources["start_hearing"]
    assert "419" in RULES.sources["court_recognition"]
    assert (RULES.start_within_days, RULES.court_months, RULES.court_closing_days) == (3, 6, 30)


def test_a_ward_can_change_a_day_count_and_a_damaged_one_is_refused():
    changed = rules_with(json.dumps({"start_hearing": {"within_days": 5}}))
    assert changed.start_within_days == 5
    assert changed.court_months == RULES.court_months
    with pytest.raises(ValidationError):
        rules_with(json.dumps({"start_hearing": {"within_days": -1}}))
    with pytest.raises(ValidationError):
        rules_with(json.dumps({"backup": {"late_factor": "two"}}))
    data = merged("")
    del data["follow_up"]
    with pytest.raises(ValidationError):
        parse_rules(data)


# --- cases without mediators, mediation not started ----------------------------------------------

def test_an_unassigned_case_is_shown_from_the_day_it_was_received():
    unassigned = facts(case())
    assert due.unassigned(unassigned, date(2026, 2, 26), RULES) == []
    (reminder,) = due.unassigned(unassigned, date(2026, 2, 27), RULES)
    assert reminder.case_id == CASE_ID and "chưa có hòa giải viên" in reminder.text
    assert due.unassigned(facts(case(assigned=date(2026, 2, 27))), date(2026, 3, 1), RULES) == []
    assert due.unassigned(facts(case(status=CaseStatus.SUCCESSFUL)), date(2026, 3, 1),
                          RULES) == []


@pytest.mark.parametrize(("assigned", "last_day"), [
    (date(2026, 2, 26), date(2026, 3, 2)),  # over February's end to a Sunday: Monday
    (date(2028, 2, 27), date(2028, 3, 1)),  # over 29 February of a leap year
    (date(2026, 12, 30), date(2027, 1, 4)),  # over the year's end to a Saturday: Monday
    (date(2026, 3, 3), date(2026, 3, 6)),  # the plain case: the third day after
])
def test_mediation_starts_within_three_days_of_the_assignment(assigned, last_day):
    waiting = facts(case(received=assigned, assigned=assigned))
    (on_time,) = due.start_hearing(waiting, last_day, RULES)
    assert (on_time.due_on, on_time.overdue) == (last_day, False)
    (late,) = due.start_hearing(waiting, last_day + timedelta(days=1), RULES)
    assert late.overdue and "lẽ ra phải bắt đầu" in late.text


def test_a_hearing_held_or_planned_is_a_start_and_an_older_one_is_not():
    assigned = date(2026, 3, 2)
    on_the_spot = facts(case(assigned=assigned, hearing_days=[assigned]))
    assert due.start_hearing(on_the_spot, date(2026, 3, 9), RULES) == []
    agreed_later = facts(case(assigned=assigned, hearing_days=[date(2026, 3, 20)]))
    assert due.start_hearing(agreed_later, date(2026, 3, 9), RULES) == []
    before_the_new_mediator = facts(case(assigned=assigned, hearing_days=[date(2026, 3, 1)]))
    assert len(due.start_hearing(before_the_new_mediator, date(2026, 3, 9), RULES)) == 1


@given(DAYS, st.integers(0, 10))
def test_the_start_deadline_is_never_missed_nor_early(assigned, later):
    today = assigned + timedelta(days=later)
    (reminder,) = due.start_hearing(facts(case(received=assigned, assigned=assigned)), today,
                                    RULES)
    assert reminder.overdue is (today > due.start_due_on(assigned, RULES, HOLIDAYS))
    assert 3 <= (due.start_due_on(assigned, RULES, HOLIDAYS) - assigned).days <= 12


# --- hearings ------------------------------------------------------------------------------------

def hearing(at: datetime, planned=True, minutes=60) -> HearingFact:
    return HearingFact(uuid.uuid4(), CASE_ID, at, minutes, "Nhà văn hóa thôn 3", planned)


def test_hearings_of_today_and_of_the_rest_of_the_week():
    today = date(2026, 12, 9)  # a Wednesday
    now = datetime(2026, 12, 9, 7, 0)
    book = facts(case(assigned=date(2026, 12, 1)), hearings=(
        hearing(datetime(2026, 12, 9, 14, 0)), hearing(datetime(2026, 12, 13, 8, 0)),
        hearing(datetime(2026, 12, 14, 8, 0))))
    found = due.hearings(book, today, now, RULES)
    assert [r.kind for r in found] == [Kind.HEARING_TODAY, Kind.HEARING_THIS_WEEK]
    assert found[0].text.startswith("Hôm nay lúc 14:00, Nhà văn hóa thôn 3")


def test_a_planned_hearing_whose_time_has_passed_asks_to_be_recorded():
    at = datetime(2026, 2, 28, 8, 0)
    book = facts(case(assigned=date(2026, 2, 27)), hearings=(hearing(at, minutes=90),))
    assert [r.kind for r in due.hearings(book, at.date(), at + timedelta(minutes=89),
                                         RULES)] == [Kind.HEARING_TODAY]
    (record,) = due.hearings(book, at.date(), at + timedelta(minutes=90), RULES)
    assert record.kind is Kind.HEARING_TO_RECORD and not record.overdue
    (late,) = due.hearings(book, date(2026, 3, 1), datetime(2026, 3, 1, 8, 0), RULES)
    assert late.overdue
    recorded = facts(case(), hearings=(replace(hearing(at), planned=False),))
    assert due.hearings(recorded, date(2026, 3, 1), datetime(2026, 3, 1, 8, 0), RULES) == []


@given(DAYS)
def test_this_week_never_reaches_past_sunday(today):
    start, end = due.week_of(today, RULES)
    assert start.weekday() == 0 and end.weekday() == 6 and start <= today <= end


# --- follow-up of the agreement's terms ----------------------------------------------------------

def success(**more) -> CaseFact:
    return case(status=CaseStatus.SUCCESSFUL, closed=date(2026, 1, 31),
                reached=date(2026, 1, 31), **more)


def test_a_term_is_followed_up_from_three_days_before_its_deadline():
    book = facts(success(), terms=(term(deadline=date(2026, 2, 28)),))
    assert due.follow_up(book, date(2026, 2, 24), RULES) == []
    (soon,) = due.follow_up(book, date(2026, 2, 25), RULES)
    assert (soon.due_on, soon.overdue, soon.term_id) == (date(2026, 2, 28), False,
                                                         uuid.UUID(int=7))
    assert not due.follow_up(book, date(2026, 2, 28), RULES)[0].overdue  # the day itself
    (late,) = due.follow_up(book, date(2026, 3, 1), RULES)
    assert late.overdue and "đã đến hạn ngày 28/02/2026" in late.text


def test_a_followed_up_term_rests_and_a_partly_kept_one_comes_back():
    kept = term(deadline=date(2026, 2, 28), status=FollowUpStatus.IMPLEMENTED,
                followed=date(2026, 3, 1))
    not_kept = replace(kept, status=FollowUpStatus.NOT_IMPLEMENTED)
    partly = replace(kept, status=FollowUpStatus.PARTLY_IMPLEMENTED)
    assert due.follow_up(facts(success(), terms=(kept, not_kept)), date(2026, 6, 1), RULES) == []
    assert due.follow_up_due_on(partly, RULES) == date(2026, 3, 15)
    assert due.follow_up(facts(success(), terms=(partly,)), date(2026, 3, 11), RULES) == []
    assert len(due.follow_up(facts(success(), terms=(partly,)), date(2026, 3, 12), RULES)) == 1


def test_a_term_without_deadline_is_followed_up_after_the_agreement():
    undated = term(reached=date(2028, 1, 30))
    assert due.follow_up_due_on(undated, RULES) == date(2028, 2, 29)
    assert due.follow_up_due_on(term(reached=None), RULES) is None


# --- court recognition ---------------------------------------------------------------------------

@pytest.mark.parametrize(("reached", "ends"), [
    (date(2026, 8, 31), date(2027, 3, 1)),  # no 31 February: the 28th, a Sunday: Monday
    (date(2027, 8, 31), date(2028, 2, 29)),  # a leap year's 29 February
    (date(2027, 8, 29), date(2028, 2, 29)),
    (date(2026, 6, 30), date(2026, 12, 30)),
])
def test_the_court_window_closes_six_months_after_the_agreement(reached, ends):
    book = facts(replace(success(), agreement_reached_on=reached))
    assert due.court_window_ends(reached, RULES, HOLIDAYS) == ends
    (closing,) = due.court_recognition(book, ends - timedelta(days=30), RULES)
    assert closing.due_on == ends and "(còn 30 ngày)" in closing.text
    assert due.court_recognition(book, ends - timedelta(days=31), RULES) == []
    assert "(còn 0 ngày)" in due.court_recognition(book, ends, RULES)[0].text
    assert due.court_recognition(book, ends + timedelta(days=1), RULES) == []


def test_only_successful_cases_have_a_court_window():
    book = facts(replace(success(), status=CaseStatus.UNSUCCESSFUL))
    assert due.court_recognition(book, date(2026, 7, 20), RULES) == []


@given(DAYS, st.integers(0, 200))
def test_the_court_reminder_shows_exactly_in_the_last_30_days(reached, later):
    book = facts(replace(success(), agreement_reached_on=reached))
    today = reached + timedelta(days=later)
    left = (due.court_window_ends(reached, RULES, HOLIDAYS) - today).days
    shown = due.court_recognition(book, today, RULES)
    assert bool(shown) is (0 <= left <= 30)


# --- remuneration, the statistics period, the ward, backups --------------------------------------

def test_an_ended_case_waits_for_a_remuneration_request_covering_it():
    ended = replace(success(), status=CaseStatus.UNSUCCESSFUL, closed_on=date(2026, 6, 30),
                    agreement_reached_on=None)
    assert len(due.remuneration(facts(ended), date(2026, 6, 30), RULES)) == 1
    covered = facts(ended, remuneration_periods=((date(2026, 1, 1), date(2026, 6, 30)),))
    assert due.remuneration(covered, date(2026, 7, 1), RULES) == []
    elsewhere = facts(ended, remuneration_periods=((date(2026, 7, 1), date(2026, 12, 31)),))
    assert len(due.remuneration(elsewhere, date(2026, 7, 1), RULES)) == 1
    claimed = facts(ended, claimed_cases=frozenset({ended.id}))
    assert due.remuneration(claimed, date(2026, 7, 1), RULES) == []  # a request pays it
    not_eligible = replace(ended, status=CaseStatus.NOT_ELIGIBLE)
    assert due.remuneration(facts(not_eligible), date(2026, 7, 1), RULES) == []


PERIODS = (PeriodEnd(lambda y: f"6 tháng đầu năm {y}", 6, 30),
           PeriodEnd(lambda y: f"Năm {y}", 12, 31), PeriodEnd(lambda y: f"Quý {y}", 2, 29))


def test_the_statistics_period_closing_is_shown_in_its_last_15_days():
    assert due.statistics_period(date(2026, 6, 14), RULES, PERIODS[:2]) == []
    (closing,) = due.statistics_period(date(2026, 6, 15), RULES, PERIODS[:2])
    assert closing.due_on == date(2026, 6, 30) and "6 tháng đầu năm 2026" in closing.text
    assert due.statistics_period(date(2026, 6, 30), RULES, PERIODS[:2])[0].due_on == \
        date(2026, 6, 30)
    assert due.statistics_period(date(2026, 7, 1), RULES, PERIODS[:2]) == []
    (year_end,) = due.statistics_period(date(2026, 12, 31), RULES, PERIODS[:2])
    assert "Năm 2026" in year_end.text


def test_a_period_ending_on_29_february_ends_on_the_28th_in_a_common_year():
    assert due.statistics_period(date(2027, 2, 28), RULES, PERIODS[2:])[0].due_on == \
        date(2027, 2, 28)
    assert due.statistics_period(date(2028, 2, 29), RULES, PERIODS[2:])[0].due_on == \
        date(2028, 2, 29)


def test_a_package_to_the_ward_is_due_after_30_days_without_one():
    sent = facts(exchanges_with_ward=True, last_package_sent_on=date(2026, 1, 31),
                 first_case_on=date(2025, 1, 5))
    assert due.ward_package(sent, date(2026, 3, 2), RULES) == []  # 30 days
    (late,) = due.ward_package(sent, date(2026, 3, 3), RULES)
    assert "31 ngày" in late.text
    never = facts(exchanges_with_ward=True, first_case_on=date(2026, 1, 1))
    assert "Chưa gửi gói" in due.ward_package(never, date(2026, 3, 3), RULES)[0].text
    alone = replace(sent, exchanges_with_ward=False)
    assert due.ward_package(alone, date(2027, 1, 1), RULES) == []


def test_a_backup_older_than_twice_its_interval_is_a_reminder():
    last = datetime(2026, 2, 28, 22, 0)
    book = facts(backups_known=True, last_backup_at=last, backup_every_hours=4)
    assert due.backup(book, last + timedelta(hours=8), RULES) == []
    (late,) = due.backup(book, last + timedelta(hours=8, minutes=1), RULES)
    assert "28/02/2026 22:00" in late.text
    assert len(due.backup(replace(book, last_backup_at=None), last, RULES)) == 1
    assert due.backup(replace(book, backups_known=False, last_backup_at=None), last,
                      RULES) == []


def test_every_kind_of_reminder_comes_out_of_one_book():
    today = datetime(2026, 12, 21, 7, 0)
    unassigned = case(received=date(2026, 12, 20))
    waiting = replace(case(assigned=date(2026, 12, 10)), id=uuid.UUID(int=2))
    heard = replace(case(assigned=date(2026, 12, 1), hearing_days=[date(2026, 12, 21)]),
                    id=uuid.UUID(int=3))
    agreed = replace(success(), id=uuid.UUID(int=4), agreement_reached_on=date(2026, 7, 1),
                     closed_on=date(2026, 7, 1))
    book = BookFacts(
        cases=(unassigned, waiting, heard, agreed),
        terms=(replace(term(deadline=date(2026, 12, 20)), case_id=agreed.id),),
        hearings=(replace(hearing(datetime(2026, 12, 21, 9, 0)), case_id=heard.id),
                  replace(hearing(datetime(2026, 12, 25, 9, 0)), case_id=heard.id),
                  replace(hearing(datetime(2026, 12, 18, 9, 0)), case_id=heard.id)),
        exchanges_with_ward=True, last_package_sent_on=date(2026, 10, 1),
        backups_known=True, last_backup_at=None)
    kinds = {r.kind for r in due.reminders_for(book, today, RULES, PERIODS[:2])}
    assert kinds == set(Kind)


def test_ended_cases_without_a_request_make_one_reminder_for_the_team():
    ended = [replace(success(), id=uuid.UUID(int=n), status=CaseStatus.UNSUCCESSFUL,
                     closed_on=date(2026, 1, n), agreement_reached_on=None)
             for n in (28, 5, 31)]
    (reminder,) = due.remuneration(facts(*ended), date(2026, 2, 1), RULES)
    assert reminder.case_id == uuid.UUID(int=5) and reminder.due_on == date(2026, 1, 5)
    assert "3 vụ việc kết thúc từ 05/01/2026 đến 31/01/2026" in reminder.text
