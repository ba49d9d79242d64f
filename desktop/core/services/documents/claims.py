"""Remuneration requests: which cases a request may claim, its serial number, and recording it
once it is issued (Joint Circular 100/2014/TTLT-BTC-BTP: once per case per team).

A request is planned from the book (the cases that ended in the period, with the mediator on
them, not claimed before) and recorded when it is printed or saved; printing the same request
again finds the recorded one, so it keeps its number and its cases and verifies later.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db.models import Case, MediatorAssignment
from desktop.core.db.models_remuneration import RemunerationClaim, RemunerationClaimCase
from desktop.core.domain.enums import CaseStatus
from desktop.core.errors import WorkflowError
from desktop.core.i18n import N_
from desktop.core.statistics.rules import load_rules

ALL_CLAIMED = N_(
    "Every case that ended from {start:%d/%m/%Y} to {end:%d/%m/%Y} has already been claimed "
    "(request No. {numbers}). A case is paid once per team: it cannot be claimed again.")
STALE = N_(
    "Another remuneration request was recorded after this one was prepared, so its number or "
    "its cases are out of date. Preview the request again, then print or save it.")


@dataclass(frozen=True)
class ClaimPlan:
    """What a request holds: its number, its cases, and the earlier requests that already hold
    other cases of the period (named on the paper, so nobody looks for them twice)."""

    year: int
    seq: int
    cases: tuple[Case, ...]
    rate: int
    earlier: tuple[str, ...]
    recorded: RemunerationClaim | None


def claim_number(seq: int, year: int) -> str:
    return f"{seq:02d}/{year}"


def _ended_cases(session: Session, team_id: uuid.UUID, start: date, end: date) -> list[Case]:
    results = [CaseStatus(r) for r in load_rules().remuneration.ended_results]
    return list(session.scalars(
        select(Case).where(Case.team_id == team_id, Case.closed_on >= start,
                           Case.closed_on <= end, Case.status.in_(results))
        .order_by(Case.closed_on, Case.year, Case.seq)))


def _recorded(session: Session, team_id: uuid.UUID, mediator_id: uuid.UUID | None,
              start: date, end: date) -> RemunerationClaim | None:
    return session.scalar(select(RemunerationClaim).where(
        RemunerationClaim.team_id == team_id, RemunerationClaim.period_start == start,
        RemunerationClaim.period_end == end,
        RemunerationClaim.mediator_id.is_(None) if mediator_id is None
        else RemunerationClaim.mediator_id == mediator_id))


def _claims_of(session: Session, case_ids: list[uuid.UUID]) -> dict[uuid.UUID, RemunerationClaim]:
    if not case_ids:
        return {}
    rows = session.execute(
        select(RemunerationClaimCase.case_id, RemunerationClaim)
        .join(RemunerationClaim, RemunerationClaim.id == RemunerationClaimCase.claim_id)
        .where(RemunerationClaimCase.case_id.in_(case_ids)))
    return {case_id: claim for case_id, claim in rows}


def _mediated_by(session: Session, mediator_id: uuid.UUID, cases: list[Case]) -> list[Case]:
    ids = set(session.scalars(select(MediatorAssignment.case_id).where(
        MediatorAssignment.mediator_id == mediator_id,
        MediatorAssignment.case_id.in_([c.id for c in cases]))))
    return [c for c in cases if c.id in ids]


def _next_seq(session: Session, team_id: uuid.UUID, year: int) -> int:
    seqs = session.scalars(select(RemunerationClaim.seq).where(
        RemunerationClaim.team_id == team_id, RemunerationClaim.year == year))
    return max(seqs, default=0) + 1


def plan_claim(session: Session, team_id: uuid.UUID, mediator_id: uuid.UUID | None,
               start: date, end: date, on: date, configured_rate: int) -> ClaimPlan:
    """The request for this period (and mediator, or the team): the recorded one if it was
    issued before, else the next number with the cases nobody has claimed yet. Refused with a
    clear message when every case of the period was claimed already."""
    ended = _ended_cases(session, team_id, start, end)
    if mediator_id is not None:
        ended = _mediated_by(session, mediator_id, ended)
    held = _claims_of(session, [c.id for c in ended])
    recorded = _recorded(session, team_id, mediator_id, start, end)
    if recorded is not None:
        own = tuple(c for c in ended if held.get(c.id) is recorded)
        return ClaimPlan(recorded.year, recorded.seq, own, recorded.rate,
                         _numbers(held, recorded), recorded)
    free = tuple(c for c in ended if c.id not in held)
    if ended and not free:
        raise WorkflowError(ALL_CLAIMED, start=start, end=end,
                            numbers=", ".join(_numbers(held, None)))
    rate = load_rules().remuneration.rate(configured_rate)
    return ClaimPlan(on.year, _next_seq(session, team_id, on.year), free, rate,
                     _numbers(held, None), None)


def _numbers(held: dict[uuid.UUID, RemunerationClaim],
             own: RemunerationClaim | None) -> tuple[str, ...]:
    """The numbers of the other requests holding cases of the period; for a recorded request
    only those recorded before it, so its paper reads the same when printed again."""
    others = {(c.year, c.seq) for c in held.values() if c is not own
              and (own is None or (c.year, c.seq) < (own.year, own.seq))}
    return tuple(claim_number(seq, year) for year, seq in sorted(others))


def record_claim(session: Session, plan: ClaimPlan, team_id: uuid.UUID,
                 mediator_id: uuid.UUID | None, start: date, end: date, on: date,
                 code: str) -> RemunerationClaim | None:
    """Record the planned request as issued, its cases with it (none for an empty request).
    A request recorded before is left as it is."""
    if plan.recorded is not None or not plan.cases:
        return plan.recorded
    claim = RemunerationClaim(team_id=team_id, year=plan.year, seq=plan.seq,
                              mediator_id=mediator_id, period_start=start, period_end=end,
                              rate=plan.rate, claimed_on=on, issued_code=code)
    session.add(claim)
    session.flush()
    session.add_all(RemunerationClaimCase(team_id=team_id, claim_id=claim.id, case_id=c.id)
                    for c in plan.cases)
    session.flush()
    return claim
