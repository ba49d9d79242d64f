"""Reading only the cases a period can count (``load_facts(windows=...)``) gives the figures a
reading of every case gives, over a generated ward's ten years: the speed-up must not move a
single case between figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from desktop.core.db.engine import sqlite_url
from desktop.core.demo.province import ProvinceSpec, create_province_book
from desktop.core.services.workspace import book as workspace
from desktop.core.statistics.dashboard import dashboard_data
from desktop.core.statistics.facts import book_holidays, load_facts
from desktop.core.statistics.periods import Period, standard_period
from desktop.core.statistics.report import StatisticsReport, from_facts
from desktop.core.statistics.rules import load_rules
from tests.actors import seeding

TODAY = date(2026, 12, 7)
PERIODS = [standard_period("year", 2026), standard_period("half_year", 2024),
           standard_period("year", 2019), Period(date(2021, 3, 5), date(2022, 8, 17))]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("windows") / "ward.sqlite"
    made = create_province_book(sqlite_url(path), ProvinceSpec(cases=600, teams=6, seed=7))
    assert made.cases == 600
    return path


def _every_case(session: Session, period: Period) -> StatisticsReport:
    rules = load_rules()
    facts = load_facts(session, rules)
    return from_facts(facts, period, min(period.end, TODAY), rules, 0, None,
                      book_holidays(session))


def _windowed(session: Session, period: Period) -> StatisticsReport:
    rules = load_rules()
    facts = load_facts(session, rules, windows=[period])
    return from_facts(facts, period, min(period.end, TODAY), rules, 0, None,
                      book_holidays(session))


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.start}-{p.end}")
def test_a_window_counts_what_every_case_counts(generated: Path, period: Period) -> None:
    book = workspace.open_book(generated)
    try:
        with book.database.reading(seeding()) as session:
            full, windowed = _every_case(session, period), _windowed(session, period)
            assert full.ward.count("handled") > 0
            assert windowed.ward.figures == full.ward.figures
            assert [r.figures for r in windowed.teams] == [r.figures for r in full.teams]
            assert windowed.mediators == full.mediators
            assert len(windowed.case_numbers) < len(full.case_numbers)  # it did leave some out
    finally:
        book.database.dispose()


def test_the_dashboards_months_count_every_case_of_the_year(generated: Path) -> None:
    book = workspace.open_book(generated)
    try:
        with book.database.reading(seeding()) as session:
            every = load_facts(session, load_rules()).cases
            board = dashboard_data(session, 2025, TODAY)
        for month in board.months:
            assert set(month.received) == {c.id for c in every if (
                c.received_on.year, c.received_on.month) == (2025, month.month)}
            assert set(month.ended) == {c.id for c in every if c.closed_on is not None and (
                c.closed_on.year, c.closed_on.month) == (2025, month.month)}
        assert sum(len(m.received) for m in board.months) > 0
    finally:
        book.database.dispose()
