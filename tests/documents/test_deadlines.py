"""Time limits to the day: Civil Code Arts. 147-148 with the holidays as reference data.

Property tests (hypothesis) over any date, and the boundaries the law and the calendar make hard:
31/08 (no 31 February), 29/02, 31/12, a weekend end, 30/04-01/05 and Tết.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.domain.deadlines import (
    court_recognition_deadline,
    court_recognition_window_end,
    court_recognition_window_open,
    follow_up_overdue,
    is_working_day,
    next_working_day,
    start_overdue,
)
from desktop.core.domain.holidays import (
    Holidays,
    load_holidays,
    parse_holidays,
    shipped_holidays,
)
from desktop.core.errors import ValidationError

HOLIDAYS = shipped_holidays()
DAYS = st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31))


@pytest.mark.parametrize(("reached", "end"), [
    (date(2025, 8, 31), date(2026, 3, 2)),  # 28/02/2026 is a Saturday: Monday 02/03 (issue #12)
    (date(2026, 8, 31), date(2027, 3, 1)),  # 28/02/2027 is a Sunday
    (date(2027, 8, 29), date(2028, 2, 29)),  # leap year, a Tuesday: no move
    (date(2027, 8, 31), date(2028, 2, 29)),  # 31/08 -> 29/02 of a leap year
    (date(2025, 6, 30), date(2025, 12, 30)),  # across the year
    (date(2025, 12, 31), date(2026, 6, 30)),  # a 30-day month
    (date(2025, 7, 1), date(2026, 1, 2)),  # 01/01/2026 Tết Dương lịch -> Friday 02/01
    (date(2025, 10, 30), date(2026, 5, 4)),  # 30/04 and 01/05/2026, then the weekend
    (date(2025, 8, 14), date(2026, 2, 23)),  # 14/02/2026: the nine days of Tết Bính Ngọ
    (date(2025, 10, 26), date(2026, 4, 28)),  # Giỗ Tổ on a Sunday and its day off on Monday
    (date(2024, 10, 30), date(2025, 5, 5)),  # 30/04/2025, then days off to Sunday 04/05
    (date(2024, 10, 29), date(2025, 4, 29)),  # a working Tuesday: no move
    (date(2024, 7, 29), date(2025, 2, 3)),  # 29/01/2025 is mùng 1 Tết Ất Tỵ
])
def test_window_end_moves_off_days_off(reached: date, end: date) -> None:
    assert court_recognition_window_end(reached, HOLIDAYS) == end


def test_a_swapped_saturday_is_a_working_day() -> None:
    assert is_working_day(date(2025, 4, 26), HOLIDAYS)  # worked for Friday 02/05/2025
    assert not is_working_day(date(2025, 5, 2), HOLIDAYS)


def test_a_year_not_listed_falls_back_to_the_fixed_holidays() -> None:
    assert not is_working_day(date(2031, 9, 2), HOLIDAYS)  # Quốc khánh
    assert not is_working_day(date(2033, 1, 3), HOLIDAYS)  # 01/01/2033 is a Saturday
    assert is_working_day(date(2033, 1, 4), HOLIDAYS)
    assert not HOLIDAYS.covers(2031) and HOLIDAYS.covers(2026)


def test_the_ward_updates_a_year() -> None:
    update = 'format_version = 1\n[[year]]\nyear = 2027\ndays_off = ["2027-03-01"]\n'
    updated = load_holidays(update)
    assert court_recognition_window_end(date(2026, 8, 31), updated) == date(2027, 3, 2)
    assert updated.covers(2026)  # the shipped years stay


@pytest.mark.parametrize("update", [
    "year = [", '[[year]]\nyear = 2027\ndays_off = ["2027-13-01"]',
    '[[year]]\nyear = 2027\ndays_off = ["2026-05-01"]'])
def test_a_bad_update_is_refused(update: str) -> None:
    with pytest.raises(ValidationError):
        parse_holidays(update)


@given(DAYS)
def test_the_end_is_a_working_day_never_before_the_corresponding_day(reached: date) -> None:
    end = court_recognition_window_end(reached, HOLIDAYS)
    corresponding = court_recognition_deadline(reached)
    assert is_working_day(end, HOLIDAYS)
    assert corresponding <= end
    # every day between them is a day off: the limit is moved no further than Art. 148 says
    day = corresponding
    while day < end:
        assert not is_working_day(day, HOLIDAYS)
        day += timedelta(days=1)


@given(DAYS)
def test_the_window_is_open_to_its_last_day_and_shut_after(reached: date) -> None:
    end = court_recognition_window_end(reached, HOLIDAYS)
    assert court_recognition_window_open(reached, reached, HOLIDAYS)
    assert court_recognition_window_open(reached, end, HOLIDAYS)
    assert not court_recognition_window_open(reached, end + timedelta(days=1), HOLIDAYS)


@given(DAYS)
def test_the_corresponding_day_keeps_the_day_or_the_months_last(reached: date) -> None:
    corresponding = court_recognition_deadline(reached)
    assert (corresponding.month - reached.month) % 12 == 6
    assert corresponding.day == reached.day or (
        corresponding.day < reached.day and (corresponding + timedelta(days=1)).day == 1)


@given(DAYS)
def test_next_working_day_is_the_first_working_day_on_or_after(day: date) -> None:
    found = next_working_day(day, HOLIDAYS)
    assert found >= day and is_working_day(found, HOLIDAYS)
    assert all(not is_working_day(day + timedelta(days=n), HOLIDAYS)
               for n in range((found - day).days))


@given(DAYS, st.booleans())
def test_a_follow_up_term_is_overdue_only_after_its_moved_end(due: date, kept: bool) -> None:
    end = next_working_day(due, HOLIDAYS)
    assert not follow_up_overdue(due, kept, end, HOLIDAYS)
    assert follow_up_overdue(due, kept, end + timedelta(days=1), HOLIDAYS) is (not kept)


def test_a_term_without_a_date_is_never_overdue() -> None:
    assert not follow_up_overdue(None, False, date(2030, 1, 1), HOLIDAYS)


def test_the_three_day_start_and_its_exceptions() -> None:
    monday = date(2026, 3, 2)
    assert not start_overdue(monday, None, date(2026, 3, 5), HOLIDAYS)  # Thursday: day 3
    assert start_overdue(monday, None, date(2026, 3, 6), HOLIDAYS)
    assert not start_overdue(monday, date(2026, 3, 5), date(2026, 6, 1), HOLIDAYS)
    assert not start_overdue(monday, None, date(2026, 6, 1), HOLIDAYS, on_the_spot=True)
    agreed = date(2026, 3, 20)
    assert not start_overdue(monday, None, agreed, HOLIDAYS, agreed_on=agreed)
    assert start_overdue(monday, None, agreed + timedelta(days=1), HOLIDAYS, agreed_on=agreed)
    friday = date(2026, 2, 27)  # day 3 is Monday 02/03: no weekend move needed
    assert not start_overdue(friday, None, date(2026, 3, 2), HOLIDAYS)
    wednesday = date(2026, 2, 11)  # day 3 is Saturday 14/02, Tết runs to 22/02
    assert not start_overdue(wednesday, None, date(2026, 2, 23), HOLIDAYS)
    assert start_overdue(wednesday, None, date(2026, 2, 24), HOLIDAYS)


def test_no_holidays_means_weekends_only() -> None:
    bare = Holidays(fixed=())
    assert next_working_day(date(2026, 2, 28), bare) == date(2026, 3, 2)
    assert next_working_day(date(2026, 2, 17), bare) == date(2026, 2, 17)
