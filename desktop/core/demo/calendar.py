"""The demo's calendar: hearings planned around the day the demo book is made, so the start
page and the calendar have something to show: one today, two tomorrow at the same hall (a
clash), one whose time has passed and is still to be recorded. The agreements' older terms are
followed up (Art. 25), as a team keeping its book would have done; the recent ones wait."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from desktop.core.db.engine import Actor, Database
from desktop.core.db.models import Team
from desktop.core.domain.enums import CaseStatus, FollowUpStatus, ParticipantRole
from desktop.core.services.cases import hearings, outcomes
from desktop.core.services.cases.detail import CaseDetail, get_case
from desktop.core.services.cases.listing import CaseFilter, case_ids
from desktop.core.services.common import fetch

# (case among those being mediated, days from the day the book is made, start, minutes)
PLANS = ((0, 0, time(19, 0), 90), (0, 1, time(8, 0), 90), (1, 1, time(8, 30), 60),
         (1, -1, time(19, 30), 60))
FOLLOWED_UP_AFTER_DAYS = 40  # terms due longer ago than this were followed up
FOLLOW_UP_LAG_DAYS = 3  # the mediator checked a few days after the deadline


def _mediated(session: Session, team_id: uuid.UUID) -> list[CaseDetail]:
    ids = case_ids(session, CaseFilter(team_id, CaseStatus.IN_PROGRESS), descending=False)
    found = [get_case(session, case_id) for case_id in ids]
    return [d for d in found if d.current_assignments and d.hearings]


def _plan(session: Session, detail: CaseDetail, at: datetime, minutes: int, place: str,
          now: datetime) -> None:
    parties = frozenset(p.id for p in detail.participants if p.role is ParticipantRole.PARTY)
    mediators = frozenset(a.mediator_id for a in detail.current_assignments)
    hearings.add_hearing(session, detail.id, hearings.HearingInput(
        at, place, participant_ids=parties, mediator_ids=mediators, planned=True,
        duration_minutes=minutes), now=now)


def plan_demo_hearings(database: Database, actor: Actor, team_id: uuid.UUID,
                       on: date | None = None) -> int:
    """Plan the demo's hearings around ``on`` (the day the book is made); returns how many."""
    on = on or date.today()
    now = datetime.combine(on, time(0, 0))
    with database.transaction(actor) as session:
        cases = _mediated(session, team_id)
        place = f"Nhà văn hóa {fetch(session, Team, team_id).village}".strip()
        planned = 0
        for index, days, start, minutes in PLANS:
            if index < len(cases):
                at = datetime.combine(on + timedelta(days=days), start)
                _plan(session, cases[index], at, minutes, place, now)
                planned += 1
    return planned


RECENT_DAYS = 120  # a term kept only in part within this: it comes back on the start page


def _answer(number: int, due: date, on: date) -> FollowUpStatus:
    """Most terms kept; now and then a recent one kept only in part."""
    if number % 5 == 3 and (on - due).days <= RECENT_DAYS:
        return FollowUpStatus.PARTLY_IMPLEMENTED
    return FollowUpStatus.IMPLEMENTED


def follow_up_demo_terms(database: Database, actor: Actor, team_id: uuid.UUID,
                         on: date | None = None) -> int:
    """Record the follow-up of every term due more than a few weeks before ``on``."""
    on = on or date.today()
    done = 0
    with database.transaction(actor) as session:
        ids = case_ids(session, CaseFilter(team_id, CaseStatus.SUCCESSFUL), descending=False)
        for number, case_id in enumerate(ids):
            agreement = get_case(session, case_id).agreement
            if agreement is None or agreement.reached_on is None:
                continue
            for term in agreement.terms:
                due = term.deadline or agreement.reached_on + timedelta(days=30)
                if (on - due).days <= FOLLOWED_UP_AFTER_DAYS:
                    continue
                outcomes.record_follow_up(session, term.id, _answer(number + term.ordinal, due,
                                                                    on),
                                          today=due + timedelta(days=FOLLOW_UP_LAG_DAYS))
                done += 1
    return done
