"""The statistics report of a period: figures per team and for the ward, per matter group,
overdue items, per-mediator counts for remuneration, amendments to earlier submitted periods.

A submitted period is shown as it was submitted (its frozen snapshot), never recomputed.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.domain.enums import MatterGroup
from desktop.core.domain.holidays import Holidays
from desktop.core.domain.text import name_sort_key
from desktop.core.policy.settings import remuneration_rate
from desktop.core.statistics import amendments as amending
from desktop.core.statistics.case_ids import LazyFigures
from desktop.core.statistics.facts import BookFacts, MediatorFacts, book_holidays
from desktop.core.statistics.figures import (
    Ids,
    MediatorTally,
    case_keys,
    gather,
    mediator_tallies,
    people_counts,
    success_rate,
)
from desktop.core.statistics.issuer import ReportIssuer
from desktop.core.statistics.periods import Period
from desktop.core.statistics.rules import Rules, load_rules


@dataclass(frozen=True)
class ScopeRow:
    """One team, or the ward (``team_id`` None): figure key -> ids of its cases."""

    team_id: uuid.UUID | None
    name: str
    figures: Mapping[str, Ids]  # a dict, or the counted report's LazyFigures
    people: dict[str, int]

    def ids(self, key: str) -> Ids:
        return self.figures.get(key, ())

    def count(self, key: str) -> int:
        if isinstance(self.figures, LazyFigures):
            return self.figures.count(key)  # the figure's ids are not made for a count
        return len(self.ids(key))

    def rate(self, group: MatterGroup | None = None) -> float | None:
        return success_rate(self.figures, load_rules(), f"{group.value}." if group else "")


@dataclass(frozen=True)
class Submission:
    id: uuid.UUID
    submitted_at: datetime
    submitted_by: str


@dataclass(frozen=True)
class StatisticsReport:
    period: Period
    as_of: date  # overdue items are counted on this day (the period's end, or today)
    teams: tuple[ScopeRow, ...]
    ward: ScopeRow
    mediators: tuple[MediatorTally, ...]
    rate: int  # remuneration per ended case, VND
    team_names: dict[uuid.UUID, str]
    case_numbers: dict[uuid.UUID, str]
    amendments: tuple[amending.Amendment, ...] = ()
    submission: Submission | None = None
    team_filter: uuid.UUID | None = None
    amended_totals: tuple[amending.AmendedTotal, ...] = field(default=())
    commune: str = ""  # the ward (commune) the teams belong to, for the document's header
    issuer: ReportIssuer | None = None  # who issues it on paper (the team, or the ward)

    def case_label(self, case_id: uuid.UUID) -> str:
        return self.case_numbers.get(case_id, "?")


def compute_report(session: Session, period: Period, today: date,
                   team_id: uuid.UUID | None = None) -> StatisticsReport:
    """The period's figures as the book stands now (no amendments, no submission), counted
    in the database; a figure's cases are read when asked."""
    from desktop.core.statistics.counted import Question, counted_report  # it builds ours

    rules = load_rules()
    question = Question(period, min(period.end, today), rules, book_holidays(session),
                        (period,), team_id)
    return counted_report(session, question, rules.remuneration.rate(remuneration_rate(session)))


def from_facts(facts: BookFacts, period: Period, as_of: date, rules: Rules, rate: int,
                team_id: uuid.UUID | None, holidays: Holidays | None = None) -> StatisticsReport:
    """The report classified case by case in Python (``figures``): the rules as first
    written, which the counting in SQL (``counted``) is held equal to by the tests."""
    # Each case is classified once; its keys make its team's figures and the ward's.
    keyed = [(case, case_keys(case, period, as_of, rules, holidays)) for case in facts.cases]
    of_team: dict[uuid.UUID, list[tuple[uuid.UUID, set[str]]]] = defaultdict(list)
    for case, keys in keyed:
        of_team[case.team_id].append((case.id, keys))
    mediators_of: dict[uuid.UUID, list[MediatorFacts]] = defaultdict(list)
    for mediator in facts.mediators:
        mediators_of[mediator.team_id].append(mediator)
    rows = [ScopeRow(team.id, team.name, gather(of_team.get(team.id, ())),
                     people_counts(mediators_of.get(team.id, ()), 1, period.end, rules))
            for team in facts.teams]
    ward = ScopeRow(None, "", gather((case.id, keys) for case, keys in keyed),
                    people_counts(facts.mediators, len(facts.teams), period.end, rules))
    names = {t.id: t.name for t in facts.teams}
    numbers = {c.id: c.number for c in facts.cases}
    tallies = mediator_tallies(facts.cases, facts.mediators, period)
    order = {team_id: index for index, team_id in enumerate(names)}
    tallies.sort(key=lambda t: (order[t.team_id], name_sort_key(t.full_name)))
    communes = Counter(t.commune for t in facts.teams if t.commune)
    commune = communes.most_common(1)[0][0] if communes else ""
    return StatisticsReport(period, as_of, tuple(rows), ward, tuple(tallies), rate, names,
                            numbers, team_filter=team_id, commune=commune)


# --- the frozen form of a report ----------------------------------------------------------


def _ids(values: Ids) -> list[str]:
    return [str(v) for v in values]


def _uuids(values: list[str]) -> Ids:
    return tuple(uuid.UUID(v) for v in values)


def _row_plain(row: ScopeRow) -> dict[str, Any]:
    return {"team_id": str(row.team_id) if row.team_id else None, "name": row.name,
            "figures": {k: _ids(v) for k, v in row.figures.items()}, "people": row.people}


def _row_back(data: dict[str, Any]) -> ScopeRow:
    team = data["team_id"]
    return ScopeRow(uuid.UUID(team) if team else None, data["name"],
                    {k: _uuids(v) for k, v in data["figures"].items()}, dict(data["people"]))


def to_plain(report: StatisticsReport) -> dict[str, Any]:
    """A JSON-safe form of the figures (the frozen snapshot of a submission)."""
    return {
        "format": 1, "period": [report.period.start.isoformat(), report.period.end.isoformat(),
                                report.period.kind],
        "as_of": report.as_of.isoformat(), "rate": report.rate,
        "teams": [_row_plain(r) for r in report.teams], "ward": _row_plain(report.ward),
        "mediators": [[str(m.mediator_id), str(m.team_id), m.full_name, _ids(m.successful),
                       _ids(m.unsuccessful)] for m in report.mediators],
        "team_names": {str(k): v for k, v in report.team_names.items()},
        "case_numbers": {str(k): v for k, v in report.case_numbers.items()},
        "commune": report.commune,
    }


def from_plain(data: dict[str, Any]) -> StatisticsReport:
    start, end, kind = data["period"]
    return StatisticsReport(
        Period(date.fromisoformat(start), date.fromisoformat(end), kind),
        date.fromisoformat(data["as_of"]), tuple(_row_back(r) for r in data["teams"]),
        _row_back(data["ward"]),
        tuple(MediatorTally(uuid.UUID(m), uuid.UUID(t), name, _uuids(s), _uuids(u))
              for m, t, name, s, u in data["mediators"]),
        int(data["rate"]), {uuid.UUID(k): v for k, v in data["team_names"].items()},
        {uuid.UUID(k): v for k, v in data["case_numbers"].items()},
        commune=data.get("commune", ""))
