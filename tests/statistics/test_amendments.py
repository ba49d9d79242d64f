"""Amendments over random edits: what a submitted period's report said, plus the amendments
carried since, always adds up to the period's figures as they are now."""

from __future__ import annotations

import dataclasses
import uuid
from collections import Counter
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.domain.enums import CaseStatus, MatterGroup
from desktop.core.statistics.amendments import (
    amended_totals,
    amendments,
    changes,
    standings,
)
from desktop.core.statistics.facts import CaseFacts
from desktop.core.statistics.figures import CASE_FIGURES, tally
from desktop.core.statistics.periods import Period
from desktop.core.statistics.rules import load_rules

TEAMS = [uuid.UUID(int=i) for i in (1, 2)]
PERIOD = Period(date(2025, 1, 1), date(2025, 6, 30))
START = date(2024, 10, 1)


@st.composite
def a_case(draw: st.DrawFn) -> CaseFacts:
    received = START + timedelta(days=draw(st.integers(0, 400)))
    status = draw(st.sampled_from(list(CaseStatus)))
    closed = received + timedelta(days=draw(st.integers(0, 120))) if status.is_closed else None
    return CaseFacts(uuid.uuid4(), draw(st.sampled_from(TEAMS)), "1/2025", received, status,
                     closed, draw(st.sampled_from(list(MatterGroup))))


@st.composite
def an_edit(draw: st.DrawFn, case: CaseFacts) -> CaseFacts:
    """A later change: reopened, closed otherwise, moved to another team or matter group."""
    kind = draw(st.sampled_from(["status", "team", "group", "received", "none"]))
    if kind == "status":
        status = draw(st.sampled_from(list(CaseStatus)))
        closed = (case.received_on + timedelta(days=draw(st.integers(0, 120)))
                  if status.is_closed else None)
        return dataclasses.replace(case, status=status, closed_on=closed)
    if kind == "team":
        return dataclasses.replace(case, team_id=draw(st.sampled_from(TEAMS)))
    if kind == "group":
        return dataclasses.replace(case, group=draw(st.sampled_from(list(MatterGroup))))
    if kind == "received":
        return dataclasses.replace(case, received_on=START + timedelta(
            days=draw(st.integers(0, 400))))
    return case


@st.composite
def a_history(draw: st.DrawFn) -> tuple[list[CaseFacts], list[CaseFacts]]:
    before = draw(st.lists(a_case(), max_size=30))
    after = [draw(an_edit(case)) for case in before]
    after = [c for c in after if draw(st.integers(0, 9))]  # a few are deleted
    after += draw(st.lists(a_case(), max_size=5))  # late arrivals from a team's package
    return before, after


def _figures(cases: list[CaseFacts]) -> Counter[str]:
    found = tally(cases, PERIOD, PERIOD.end, load_rules())
    return Counter({k: len(v) for k, v in found.items() if k in CASE_FIGURES})


@settings(max_examples=150, deadline=None)
@given(a_history())
def test_submitted_plus_amendments_is_the_period_now(history):
    before, after = history
    submitted = standings(before, PERIOD)
    moved = changes(submitted, standings(after, PERIOD))
    now = {k: v for k, v in {**submitted, **moved}.items() if v[2] != "none"}
    assert now == standings(after, PERIOD)
    totals = {t.key: (t.old, t.new) for t in amended_totals(PERIOD, submitted, moved)}
    old, new = _figures(before), _figures(after)
    for key in CASE_FIGURES:
        assert totals.get(key, (old[key], old[key])) == (old[key], new[key])


@settings(max_examples=100, deadline=None)
@given(a_history())
def test_each_amendment_names_a_case_that_moved(history):
    before, after = history
    submitted = standings(before, PERIOD)
    moved = changes(submitted, standings(after, PERIOD))
    numbers = {c.id: c.number for c in before + after}
    rows = amendments(PERIOD, submitted, moved, numbers, {t: f"Tổ {t.int}" for t in TEAMS})
    assert {str(row.case_id) for row in rows} == set(moved)
    for row in rows:
        assert row.old != row.new
