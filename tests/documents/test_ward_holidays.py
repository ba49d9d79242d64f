"""``hoagiai ward holidays FILE``: the ward enters a year's public holidays; the file is checked
against the Labour Code (Arts. 111-112) and a bad one changes nothing. The shipped list
(2024-2027) passes the same checks."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main as cli
from desktop.core.domain.deadlines import court_recognition_window_end
from desktop.core.domain.holidays import load_holidays, parse_holidays, shipped_holidays
from desktop.core.resources import resource_path
from desktop.core.services.ward import holidays as ward_holidays
from tests.conftest import TESTER, raw_connect

SOURCE = 'source = "Quyết định của Thủ tướng Chính phủ về lịch nghỉ năm 2028"'
# 2028: Tết Mậu Thân mùng 1 = Wednesday 26/01; 10/3 Mậu Thân = Tuesday 04/04 (UTC+7)
GOOD_2028 = f"""format_version = 1
[[year]]
year = 2028
{SOURCE}
days_off = ["2028-01-01", "2028-01-03",
  "2028-01-25", "2028-01-26", "2028-01-27", "2028-01-28", "2028-01-29", "2028-01-30",
  "2028-01-31", "2028-04-04", "2028-04-29", "2028-04-30", "2028-05-01", "2028-05-02",
  "2028-05-03", "2028-09-01", "2028-09-02", "2028-09-03", "2028-09-04"]
working = ["2028-02-05"]
"""


def test_the_shipped_years_pass_the_labour_code_checks() -> None:
    years = parse_holidays(resource_path("reference", "holidays.toml").read_text("utf-8"))
    assert {2024, 2025, 2026, 2027} <= set(years)
    for year in years.values():
        assert ward_holidays.year_problems(year) == [], year.year


def test_2027_tet_and_gio_to_fall_on_their_lunar_days() -> None:
    days = shipped_holidays()
    assert days.covers(2027)
    assert days.is_day_off(date(2027, 2, 6))  # mùng 1 Tết Đinh Mùi, a Saturday
    assert days.is_day_off(date(2027, 2, 10)) and days.is_day_off(date(2027, 2, 11))  # in lieu
    assert not days.is_day_off(date(2027, 2, 12))  # the Friday after: work again
    assert days.is_day_off(date(2027, 4, 16))  # 10/3 Đinh Mùi
    assert days.is_day_off(date(2027, 5, 3))  # 01/5 was a Saturday
    # a 6-month window ending on mùng 1 Tết moves to the first working day after the break
    assert court_recognition_window_end(date(2026, 8, 6), days) == date(2027, 2, 12)


@pytest.mark.parametrize(("text", "message"), [
    ("format_version = 1\n", ward_holidays.NO_YEAR),
    (GOOD_2028.replace("year = 2028", "year = 1999").replace("2028-", "1999-"),
     ward_holidays.BAD_YEAR),
    (GOOD_2028.replace(SOURCE, ""), ward_holidays.NO_SOURCE),
    (GOOD_2028.replace('"2028-05-01", ', ""), ward_holidays.MISSING_HOLIDAY),
    (GOOD_2028.replace('"2028-01-03",', ""), ward_holidays.MISSING_COMPENSATION),
    (GOOD_2028.replace('"2028-01-27", "2028-01-28", ', ""), ward_holidays.SHORT_TET),
    (GOOD_2028.replace('"2028-04-04", ', ""), ward_holidays.NO_GIO_TO),
    (GOOD_2028.replace('working = ["2028-02-05"]', 'working = ["2028-02-07"]'),
     ward_holidays.WORKING_NOT_REST),
    (GOOD_2028.replace('working = ["2028-02-05"]', 'working = ["2028-01-29"]'),
     ward_holidays.WORKING_AND_OFF),
])
def test_each_rule(text: str, message: str) -> None:
    years = parse_holidays(text)
    found = [p.message_id for y in years.values() for p in ward_holidays.year_problems(y)]
    assert (message in found) if years else message == ward_holidays.NO_YEAR
    assert not [p for y in parse_holidays(GOOD_2028).values()
                for p in ward_holidays.year_problems(y)]


def test_the_written_text_reads_back() -> None:
    years = parse_holidays(GOOD_2028)
    again = parse_holidays(ward_holidays.holidays_text(years))
    assert again == years
    assert tomllib.loads(ward_holidays.holidays_text(years))["weekly_rest"] == [
        "saturday", "sunday"]


# --- the command, on a real ward book ----------------------------------------------------------

def _run(capsys, *args: str) -> tuple[int, str]:
    code = cli.main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture
def ward_db(tmp_path: Path, capsys, monkeypatch) -> str:
    path = str(tmp_path / "ward.sqlite")
    # the tester's login, so raw_connect can read the encrypted ward book back
    for name, value in (("HOAGIAI_USER", TESTER.username), ("HOAGIAI_PASSWORD", TESTER.password),
                        ("HOAGIAI_NEW_PASSWORD", TESTER.password)):
        monkeypatch.setenv(name, value)
    code, _out = _run(capsys, "ward", "init", "--db", path, "--ward", "UBND phường Nghĩa Đô",
                      "--commune", "Phường Nghĩa Đô", "--province", "Thành phố Hà Nội")
    assert code == 0
    return path


def _stored(path: str) -> str:
    with raw_connect(Path(path)) as db:
        row = db.execute("SELECT value FROM app_settings WHERE key = 'reference.holidays'"
                         ).fetchone()
    return row[0] if row else ""


def _journaled(path: str) -> int:
    with raw_connect(Path(path)) as db:
        return db.execute("SELECT count(*) FROM change_journal WHERE op = 'update_holidays'"
                          ).fetchone()[0]


def test_a_good_year_is_kept_journaled_and_replaces_only_itself(ward_db, tmp_path, capsys):
    good = tmp_path / "2028.toml"
    good.write_text(GOOD_2028, encoding="utf-8")
    code, out = _run(capsys, "ward", "holidays", str(good), "--db", ward_db, "--dry-run")
    assert code == 0 and "2028: 12 ngày làm việc được nghỉ" in out
    assert _stored(ward_db) == "" and _journaled(ward_db) == 0  # a dry run keeps nothing
    code, out = _run(capsys, "ward", "holidays", str(good), "--db", ward_db)
    assert code == 0 and "hoagiai ward reference" in out and _journaled(ward_db) == 1
    kept = load_holidays(_stored(ward_db))
    assert kept.is_day_off(date(2028, 1, 26)) and not kept.is_day_off(date(2028, 2, 5))
    assert kept.covers(2027)  # the shipped years stay under the ward's
    code, out = _run(capsys, "ward", "holidays", str(good), "--db", ward_db)
    assert code == 0 and _journaled(ward_db) == 2
    assert parse_holidays(_stored(ward_db)).keys() == {2028}


@pytest.mark.parametrize("content", [
    b"year = [", b"[[year]]\nyear = 2028\ndays_off = [\"2028-13-01\"]",
    GOOD_2028.replace('"2028-05-01", ', "").encode(), b"\xff\xfe not text"])
def test_a_bad_file_is_refused_in_vietnamese_and_changes_nothing(ward_db, tmp_path, capsys,
                                                                 content: bytes):
    bad = tmp_path / "bad.toml"
    bad.write_bytes(content)
    code, out = _run(capsys, "ward", "holidays", str(bad), "--db", ward_db)
    assert code == 1 and "Lỗi" in out
    assert _stored(ward_db) == "" and _journaled(ward_db) == 0


def test_a_team_leader_cannot_enter_the_wards_holidays(book, actor) -> None:
    from desktop.core.policy.access import PermissionDenied

    with pytest.raises(PermissionDenied) as caught, book.database.transaction(actor) as s:
        ward_holidays.update_holidays(s, GOOD_2028)
    assert "quản lý dữ liệu của xã, phường" in str(caught.value)
