"""What the ward's dashboard draws: one year's report (status, matter group, team, success
rate, overdue items as of today) and the cases received and ended month by month, counted in
the database as the report is (a figure's cases are read when its bar is opened)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, extract, func, select
from sqlalchemy.orm import Session

from desktop.core.db.models import Case, Team
from desktop.core.domain.numbering import format_case_number
from desktop.core.statistics import counting
from desktop.core.statistics.case_ids import CaseIds
from desktop.core.statistics.counted import Question
from desktop.core.statistics.facts import book_holidays
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
    overdue: tuple[OverdueCase, ...]  # the first ``OVERDUE_LISTED`` of each overdue figure

    @property
    def overdue_count(self) -> int:
        """Every overdue item of the year (counted with the report), listed or not."""
        return sum(self.report.ward.count(f"overdue.{key}") for key in load_rules().overdue)


OVERDUE_LISTED = 200  # items of each overdue figure the dashboard lists (a screenful and
# more); a province's year has tens of thousands, which the report's overdue table opens


def dashboard_data(session: Session, year: int, today: date,
                   listed: bool = True) -> Dashboard:
    """The year's figures (its overdue items counted today, or on 31 Dec of a past year);
    ``listed`` False: without the overdue list, which the window reads once the charts are
    drawn (``overdue_items``: at a province's size it is a read of its own)."""
    standard = standard_period("year", year)
    period = Period(standard.start, standard.end)
    question = _question(session, period, min(period.end, today))
    report = statistics_report(session, period, today)
    overdue = overdue_items(session, report, question) if listed else ()
    return Dashboard(report, _months(session, question, year), overdue)


def overdue_items(session: Session, report: StatisticsReport,
                  question: Question | None = None) -> tuple[OverdueCase, ...]:
    """The first ``OVERDUE_LISTED`` items of each overdue figure of the dashboard's
    ``report``: as submitted for a submitted year, else as the book stands."""
    if report.submission is not None:
        return _frozen_overdue(session, report)
    return _overdue(session, question or _question(session, report.period, report.as_of))


def _question(session: Session, period: Period, as_of: date) -> Question:
    return Question(period, as_of, load_rules(), book_holidays(session),
                    tuple(report_windows(session, period)))


def _months(session: Session, question: Question, year: int) -> tuple[Month, ...]:
    """Cases received and ended in each month of the year. The report reads them all: a case
    ends on or after the day it came in (the workflow refuses an earlier decision), and the
    report's windows reach from the year's start, or earlier, to its end (when the rules make
    the year another span, the windows are asked as well)."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    inside = min(w.start for w in question.windows) <= start and end <= max(
        w.end for w in question.windows)
    window = () if inside else (question.in_windows(),)
    received = (Case.received_on >= start, Case.received_on <= end, *window)
    ended = (Case.closed_on.is_not(None), Case.closed_on >= start, Case.closed_on <= end,
             *window)
    counts = {kind: _by_month(session, column, where)
              for kind, column, where in (("received", Case.received_on, received),
                                          ("ended", Case.closed_on, ended))}

    def lazy(kind: str, month: int, column: Any, where: tuple[ColumnElement[bool], ...]
             ) -> CaseIds:
        def load(reader: Session) -> list[uuid.UUID]:
            return list(reader.scalars(
                select(Case.id).where(*where, extract("month", column) == month)
                .order_by(*counting.ORDER)))
        return CaseIds(counts[kind].get(month, 0), load, session)

    return tuple(Month(year, month, lazy("received", month, Case.received_on, received),
                       lazy("ended", month, Case.closed_on, ended)) for month in range(1, 13))


def _by_month(session: Session, column: Any, where: tuple[ColumnElement[bool], ...]
              ) -> dict[int, int]:
    month = extract("month", column)
    return {int(m): n for m, n in session.execute(
        select(month, func.count()).where(*where).group_by(month))}


def _overdue(session: Session, question: Question) -> tuple[OverdueCase, ...]:
    """The first items of each overdue figure, in the order cases came in (the report
    counted them all)."""
    found = []
    for key in question.rules.overdue:
        what = question.rules.overdue_label(key)
        found += [OverdueCase(case_id, format_case_number(seq, case_year), team, what)
                  for case_id, seq, case_year, team in session.execute(
                      question.overdue_query(session, key, Case.id, Case.seq, Case.year,
                                             Team.name)
                      .join(Team, Team.id == Case.team_id)
                      .order_by(*counting.ORDER).limit(OVERDUE_LISTED))]
    return tuple(found)


def _frozen_overdue(session: Session, report: StatisticsReport) -> tuple[OverdueCase, ...]:
    """A submitted year's overdue items as submitted (each case's team as it is now)."""
    rules = load_rules()
    listed = {key: report.ward.ids(f"overdue.{key}")[:OVERDUE_LISTED] for key in rules.overdue}
    teams = _team_names(session, sorted({case_id for ids in listed.values() for case_id in ids}))
    return tuple(OverdueCase(case_id, report.case_label(case_id), teams.get(case_id, ""),
                             rules.overdue_label(key))
                 for key, ids in listed.items() for case_id in ids)


def _team_names(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    found: dict[uuid.UUID, str] = {}
    for start in range(0, len(ids), 500):
        found.update((case_id, name) for case_id, name in session.execute(
            select(Case.id, Team.name).join(Team, Team.id == Case.team_id)
            .where(Case.id.in_(ids[start:start + 500]))))
    return found
