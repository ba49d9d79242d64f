"""What the ward's dashboard draws: one year's report (status, matter group, team, success
rate, overdue items as of today) and the cases received and ended month by month."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desktop.core.statistics.facts import load_facts
from desktop.core.statistics.figures import Ids
from desktop.core.statistics.periods import Period, standard_period
from desktop.core.statistics.report import StatisticsReport
from desktop.core.statistics.rules import load_rules
from desktop.core.statistics.submissions import report_windows, statistics_report


@dataclass(frozen=True)
class Month:
    year: int
    month: int
    received: Ids
    ended: Ids

    @property
    def label(self) -> str:
        return f"{self.month:02d}/{self.year}"


@dataclass(frozen=True)
class OverdueCase:
    case_id: uuid.UUID
    number: str
    team: str
    what: str  # which overdue figure, in words


@dataclass(frozen=True)
class Dashboard:
    report: StatisticsReport
    months: tuple[Month, ...]
    overdue: tuple[OverdueCase, ...]


def dashboard_data(session: Session, year: int, today: date) -> Dashboard:
    """The year's figures (its overdue items counted today, or on 31 Dec of a past year)."""
    standard = standard_period("year", year)
    period = Period(standard.start, standard.end)
    facts = load_facts(session, load_rules(), windows=report_windows(session, period))
    report = statistics_report(session, period, today, facts=facts)
    received: dict[int, list[uuid.UUID]] = defaultdict(list)
    ended: dict[int, list[uuid.UUID]] = defaultdict(list)
    for case in facts.cases:  # the year's cases are among those its report counts
        if case.received_on.year == year:
            received[case.received_on.month].append(case.id)
        if case.closed_on is not None and case.closed_on.year == year:
            ended[case.closed_on.month].append(case.id)
    months = tuple(Month(year, month, tuple(received[month]), tuple(ended[month]))
                   for month in range(1, 13))
    teams = {c.id: report.team_names.get(c.team_id, "") for c in facts.cases}
    return Dashboard(report, months, _overdue(report, teams))


def _overdue(report: StatisticsReport,
             teams: dict[uuid.UUID, str]) -> tuple[OverdueCase, ...]:
    rules = load_rules()
    found = []
    for key in rules.overdue:
        what = rules.overdue_label(key)
        for case_id in report.ward.ids(f"overdue.{key}"):
            found.append(OverdueCase(case_id, report.case_label(case_id),
                                     teams.get(case_id, ""), what))
    return tuple(found)
