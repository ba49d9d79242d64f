"""The ward's update of the public holidays reaches its teams with the reference data, and the
team's time limits count with it (Civil Code Art. 148); a list that does not read is refused."""

from __future__ import annotations

from datetime import date

from desktop.core.domain.deadlines import court_recognition_window_end
from desktop.core.policy import settings
from desktop.core.statistics.facts import book_holidays
from tests.exchange import sides

UPDATE = ('format_version = 1\n[[year]]\nyear = 2027\nsource = "Thông báo năm 2027"\n'
          'days_off = ["2027-03-01"]\n')


def test_the_wards_holidays_reach_the_team(team, ward_side):
    sides.receive(ward_side, sides.export(team))
    with ward_side.tx() as s:
        settings.set_setting(s, settings.REFERENCE_HOLIDAYS.key, UPDATE)
    sides.back(ward_side, team, "reference")
    with team.db.reading() as s:
        assert settings.get_setting(s, settings.REFERENCE_HOLIDAYS.key) == UPDATE
        holidays = book_holidays(s)
    # 28/02/2027 is a Sunday; the ward made Monday 01/03 a day off: the window ends on 02/03
    assert court_recognition_window_end(date(2026, 8, 31), holidays) == date(2027, 3, 2)


def test_a_list_that_does_not_read_never_replaces_a_good_one(team, ward_side):
    with team.tx() as s:
        settings.set_setting(s, settings.REFERENCE_HOLIDAYS.key, UPDATE)
    sides.receive(ward_side, sides.export(team))
    with ward_side.tx() as s:
        settings.set_setting(s, settings.REFERENCE_HOLIDAYS.key, '[[year]]\nyear = "x"\n')
    sides.back(ward_side, team, "reference")
    with team.db.reading() as s:
        assert settings.get_setting(s, settings.REFERENCE_HOLIDAYS.key) == UPDATE
