"""The counting, checked against counts made independently in the test over random cases."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.domain.enums import CaseStatus, MatterGroup, Sex
from desktop.core.statistics.facts import CaseFacts, MediatorFacts
from desktop.core.statistics.figures import mediator_tallies, success_rate, tally
from desktop.core.statistics.periods import Period, make_period, standard_period
from desktop.core.statistics.rules import load_rules

TEAMS = [uuid.UUID(int=i) for i in (1, 2, 3)]
MEDIATORS = [MediatorFacts(uuid.UUID(int=100 + i), TEAMS[i % 3], f"M{i}",
                           Sex.FEMALE if i % 2 else Sex.MALE, "Kinh", None, None)
             for i in range(6)]
DAY0 = date(2024, 1, 1)


@st.composite
def a_case(draw: st.DrawFn) -> CaseFacts:
    received = DAY0 + timedelta(days=draw(st.integers(0, 900)))
    status = draw(st.sampled_from(list(CaseStatus)))
    closed = (received + timedelta(days=draw(st.integers(0, 200)))
              if status.is_closed else None)
    team = draw(st.sampled_from(TEAMS))
    mediators = tuple(m.id for m in MEDIATORS if m.team_id == team
                      and draw(st.booleans()))
    return CaseFacts(uuid.uuid4(), team, "1/2024", received, status, closed,
                     draw(st.sampled_from(list(MatterGroup))), mediators)


@st.composite
def a_period(draw: st.DrawFn) -> Period:
    start = DAY0 + timedelta(days=draw(st.integers(0, 800)))
    return Period(start, start + timedelta(days=draw(st.integers(0, 400))))


def expected_counts(cases: list[CaseFacts], period: Period) -> dict[str, set[uuid.UUID]]:
    """Counted the plain way, case by case, as a person would with the logbook."""
    found: dict[str, set[uuid.UUID]] = {}
    for case in cases:
        if case.received_on > period.end:
            continue
        ended_before = case.closed_on is not None and case.closed_on < period.start
        if ended_before:
            continue
        keys = ["handled"]
        keys.append("carried_over" if case.received_on < period.start else "received")
        if case.closed_on is not None and case.closed_on <= period.end:
            keys.append(case.status.value)
        else:
            keys.append("in_progress")
        for key in keys:
            found.setdefault(key, set()).add(case.id)
            found.setdefault(f"{case.group.value}.{key}", set()).add(case.id)
    return found


@settings(max_examples=150, deadline=None)
@given(st.lists(a_case(), max_size=40), a_period())
def test_figures_match_an_independent_count(cases, period):
    rules = load_rules()
    figures = tally(cases, period, period.end, rules)
    counted = {k: set(v) for k, v in figures.items() if not k.startswith("overdue.")}
    assert counted == expected_counts(cases, period)
    for ids in figures.values():
        assert len(ids) == len(set(ids))  # a case is counted once per figure


@settings(max_examples=100, deadline=None)
@given(st.lists(a_case(), max_size=40), a_period())
def test_every_handled_case_has_exactly_one_intake_and_one_result(cases, period):
    figures = tally(cases, period, period.end, load_rules())
    count = {k: len(figures.get(k, ())) for k in (
        "handled", "carried_over", "received", "successful", "unsuccessful", "in_progress",
        "not_eligible")}
    assert count["carried_over"] + count["received"] == count["handled"]
    assert (count["successful"] + count["unsuccessful"] + count["in_progress"]
            + count["not_eligible"]) == count["handled"]
    for group in MatterGroup:
        assert len(figures.get(f"{group.value}.handled", ())) <= count["handled"]
    assert sum(len(figures.get(f"{g.value}.handled", ())) for g in MatterGroup) \
        == count["handled"]


@settings(max_examples=100, deadline=None)
@given(st.lists(a_case(), max_size=40), a_period())
def test_mediator_counts_are_the_cases_they_ended_in_the_period(cases, period):
    tallies = {t.mediator_id: t for t in mediator_tallies(cases, MEDIATORS, period)}
    for mediator in MEDIATORS:
        ended = {c.id for c in cases if mediator.id in c.mediator_ids and c.closed_on
                 and period.start <= c.closed_on <= period.end
                 and c.status in (CaseStatus.SUCCESSFUL, CaseStatus.UNSUCCESSFUL)}
        found = tallies.get(mediator.id)
        assert set(found.ended if found else ()) == ended


def test_success_rate_follows_the_rules_file():
    rules = load_rules()
    ids = [uuid.uuid4() for _ in range(10)]
    figures = {"successful": tuple(ids[:6]), "unsuccessful": tuple(ids[6:8]),
               "in_progress": tuple(ids[8:10]), "not_eligible": (uuid.uuid4(),)}
    assert success_rate(figures, rules) == 60.0  # 6 of the 10 taken into mediation
    assert success_rate({}, rules) is None


def test_standard_periods_come_from_the_rules_file():
    assert standard_period("half_year", 2025) == Period(date(2025, 1, 1), date(2025, 6, 30),
                                                         "half_year")
    assert standard_period("year", 2025).end == date(2025, 12, 31)
    assert make_period(date(2025, 1, 1), date(2025, 6, 30)).kind == "half_year"
    assert make_period(date(2025, 2, 1), date(2025, 6, 30)).kind == "custom"
    assert standard_period("year", 2025).label == "Năm 2025"


def test_a_period_that_ends_before_it_starts_is_refused():
    import pytest

    from desktop.core.errors import ValidationError
    with pytest.raises(ValidationError, match="trước"):
        make_period(date(2025, 6, 30), date(2025, 1, 1))


def test_overdue_items():
    rules = load_rules()
    as_of = date(2025, 6, 30)
    late = CaseFacts(uuid.uuid4(), TEAMS[0], "1/2025", date(2025, 6, 1), CaseStatus.IN_PROGRESS,
                     None, MatterGroup.CONFLICT, (), first_assigned_on=date(2025, 6, 2))
    heard = CaseFacts(uuid.uuid4(), TEAMS[0], "2/2025", date(2025, 6, 1),
                      CaseStatus.IN_PROGRESS, None, MatterGroup.CONFLICT, (),
                      first_assigned_on=date(2025, 6, 2), first_heard_on=date(2025, 6, 4))
    old = CaseFacts(uuid.uuid4(), TEAMS[0], "3/2025", date(2025, 1, 2), CaseStatus.IN_PROGRESS,
                    None, MatterGroup.CONFLICT, (), first_assigned_on=date(2025, 1, 2),
                    first_heard_on=date(2025, 1, 3))
    unpaid = CaseFacts(uuid.uuid4(), TEAMS[0], "4/2025", date(2025, 1, 2),
                       CaseStatus.SUCCESSFUL, date(2025, 2, 1), MatterGroup.CONFLICT, (),
                       open_term_deadline=date(2025, 3, 1))
    agreed = CaseFacts(uuid.uuid4(), TEAMS[0], "5/2025", date(2025, 6, 1),
                       CaseStatus.IN_PROGRESS, None, MatterGroup.CONFLICT, (),
                       first_assigned_on=date(2025, 6, 2), first_planned_on=date(2025, 7, 3))
    figures = tally([late, heard, old, unpaid, agreed], Period(date(2025, 1, 1), as_of), as_of,
                    rules)
    assert figures["overdue.start_late"] == (late.id,)  # not `agreed`: Art. 20's agreed time
    # issue #12: a case long in mediation is not overdue (the Law sets no longest time)
    assert "overdue.open_long" not in figures
    assert figures["overdue.follow_up"] == (unpaid.id,)


def test_follow_up_overdue_counts_from_the_next_working_day():
    """A term due on Saturday 28/02/2026 is still in time on Monday 02/03 (Civil Code Art.
    148), as the case file and the reminders count it."""
    rules = load_rules()
    term = CaseFacts(uuid.uuid4(), TEAMS[0], "6/2026", date(2026, 1, 2), CaseStatus.SUCCESSFUL,
                     date(2026, 1, 20), MatterGroup.CONFLICT, (),
                     open_term_deadline=date(2026, 2, 28))
    period = Period(date(2026, 1, 1), date(2026, 3, 31))
    assert "overdue.follow_up" not in tally([term], period, date(2026, 3, 2), rules)
    assert tally([term], period, date(2026, 3, 3), rules)["overdue.follow_up"] == (term.id,)
