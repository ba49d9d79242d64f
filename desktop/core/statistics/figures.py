"""Counting: which figures of a period each case falls under, and the figures of a team or the
ward as lists of case ids (a figure's value is the length of its list: the drill-down is the
list itself). Plain Python over ``facts``; nothing here reads the database."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from desktop.core.domain.deadlines import follow_up_overdue, start_overdue
from desktop.core.domain.enums import CaseStatus, MatterGroup, Sex
from desktop.core.domain.holidays import Holidays, shipped_holidays
from desktop.core.statistics.facts import CaseFacts, MediatorFacts
from desktop.core.statistics.periods import Period
from desktop.core.statistics.rules import Rules

NONE = "none"
INTAKES = ("carried_over", "received")
RESULTS = ("successful", "unsuccessful", "in_progress", "not_eligible")
CASE_FIGURES = (*INTAKES, "handled", *RESULTS)
OVERDUE = ("start_late", "follow_up")

Ids = Sequence[uuid.UUID]  # a tuple, or a figure's CaseIds (read when asked)


@dataclass(frozen=True)
class Classification:
    """Where one case stands in a period: the report's figures follow from this alone."""

    team_id: uuid.UUID
    group: MatterGroup
    intake: str  # carried_over, received or none (not handled in the period)
    result: str  # at the period's end: successful, unsuccessful, in_progress, not_eligible, none

    @property
    def counted(self) -> bool:
        return self.intake != NONE


def classify(case: CaseFacts, period: Period) -> Classification:
    closed_by_end = case.status.is_closed and (case.closed_on is None
                                               or case.closed_on <= period.end)
    closed_before = case.status.is_closed and case.closed_on is not None \
        and case.closed_on < period.start
    if case.received_on > period.end or closed_before:
        return Classification(case.team_id, case.group, NONE, NONE)
    intake = "received" if case.received_on >= period.start else "carried_over"
    result = case.status.value if closed_by_end else CaseStatus.IN_PROGRESS.value
    return Classification(case.team_id, case.group, intake, result)


def figure_keys(c: Classification) -> set[str]:
    """The figures (and the same figures of the case's matter group) a case counts in."""
    if not c.counted:
        return set()
    plain = {c.intake, "handled", c.result}
    return plain | {f"{c.group.value}.{key}" for key in plain}


def _open_on(case: CaseFacts, day: date) -> bool:
    closed = case.status.is_closed and (case.closed_on is None or case.closed_on <= day)
    return case.received_on <= day and not closed


def overdue_keys(case: CaseFacts, as_of: date, rules: Rules,
                 holidays: Holidays | None = None) -> set[str]:
    """What about this case is late on ``as_of``, counted as ``domain.deadlines`` counts (the
    reminders and the case file count the same way). A case long in mediation is not late:
    the Law sets no longest time (Art. 21 allows as many hearings as needed)."""
    days = holidays or shipped_holidays()
    keys = set()
    heard = case.first_heard_on
    if _open_on(case, as_of) and (heard is None or heard > as_of) and start_overdue(
            case.first_assigned_on, None, as_of, days, agreed_on=case.first_planned_on,
            within_days=rules.start_within_days):
        keys.add("start_late")
    if case.status is CaseStatus.SUCCESSFUL and follow_up_overdue(
            case.open_term_deadline, False, as_of, days):
        keys.add("follow_up")
    return {f"overdue.{key}" for key in keys}


def case_keys(case: CaseFacts, period: Period, as_of: date, rules: Rules,
              holidays: Holidays | None = None) -> set[str]:
    """Every figure one case counts in: its standing in the period and what is late."""
    return figure_keys(classify(case, period)) | overdue_keys(case, as_of, rules, holidays)


def gather(keyed: Iterable[tuple[uuid.UUID, Iterable[str]]]) -> dict[str, Ids]:
    """Figure key -> the ids of the cases counted in it, from each case's keys."""
    found: dict[str, list[uuid.UUID]] = defaultdict(list)
    for case_id, keys in keyed:
        for key in keys:
            found[key].append(case_id)
    return {key: tuple(ids) for key, ids in found.items()}


def tally(cases: Iterable[CaseFacts], period: Period, as_of: date,
          rules: Rules, holidays: Holidays | None = None) -> dict[str, Ids]:
    """Every figure of these cases: figure key -> the ids of the cases it counts."""
    return gather((case.id, case_keys(case, period, as_of, rules, holidays)) for case in cases)


def success_rate(figures: Mapping[str, Ids], rules: Rules, prefix: str = "") -> float | None:
    """Per cent, or None when there is nothing to divide by."""
    top = sum(len(figures.get(prefix + key, ())) for key in rules.rate_numerator)
    bottom = sum(len(figures.get(prefix + key, ())) for key in rules.rate_denominator)
    return 100.0 * top / bottom if bottom else None


def people_counts(mediators: Iterable[MediatorFacts], teams: int, day: date,
                  rules: Rules) -> dict[str, int]:
    active = [m for m in mediators if m.active_on(day)]
    return {"teams": teams, "mediators": len(active),
            "women": sum(m.sex is Sex.FEMALE for m in active),
            "minority": sum(m.ethnicity.strip().casefold() not in rules.majority_ethnicities
                            for m in active)}


@dataclass(frozen=True)
class MediatorTally:
    """Cases that ended in the period with this mediator assigned: paid per case (either
    outcome, Decree 15/2014 Art. 15)."""

    mediator_id: uuid.UUID
    team_id: uuid.UUID
    full_name: str
    successful: Ids = ()
    unsuccessful: Ids = ()

    @property
    def ended(self) -> Ids:
        return (*self.successful, *self.unsuccessful)


@dataclass
class _Ended:
    successful: list[uuid.UUID] = field(default_factory=list)
    unsuccessful: list[uuid.UUID] = field(default_factory=list)


def mediator_tallies(cases: Iterable[CaseFacts], mediators: Iterable[MediatorFacts],
                     period: Period) -> list[MediatorTally]:
    ended: dict[uuid.UUID, _Ended] = defaultdict(_Ended)
    for case in cases:
        if case.closed_on is None or not period.contains(case.closed_on):
            continue
        if case.status not in (CaseStatus.SUCCESSFUL, CaseStatus.UNSUCCESSFUL):
            continue
        for mediator_id in case.mediator_ids:
            getattr(ended[mediator_id], case.status.value).append(case.id)
    return [MediatorTally(m.id, m.team_id, m.full_name, tuple(ended[m.id].successful),
                          tuple(ended[m.id].unsuccessful))
            for m in mediators if m.id in ended]
