"""Hearings (buổi hòa giải, Art. 21): when, where, who came, what happened.

A hearing is first *planned* (time, place, length, the people invited) and *recorded* once it
has taken place (who came, its course and result). A hearing still to come can only be planned.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from desktop.core.db.models import Case, Hearing, HearingAttendee
from desktop.core.domain.roles import EDIT_CASE
from desktop.core.domain.text import clean
from desktop.core.errors import HoagiaiError, ValidationError, raise_if_any
from desktop.core.i18n import N_
from desktop.core.policy.access import require
from desktop.core.services.common import assign, editable_case, fetch

DEFAULT_MINUTES = 60
SHORTEST_MINUTES, LONGEST_MINUTES = 15, 12 * 60
ON_THE_SPOT_PLANNED = N_("A hearing mediated on the spot has already taken place: record it as "
                         "held, or untick “Mediated on the spot” to plan it.")


@dataclass(frozen=True)
class HearingInput:
    held_at: datetime  # local time
    place: str
    is_public: bool = False
    course: str = ""
    result: str = ""
    participant_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    mediator_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    planned: bool | None = None  # None: planned exactly when it is still to come
    duration_minutes: int = DEFAULT_MINUTES
    # mediated at once where the matter happened (Art. 20): the 3-day start does not apply
    on_the_spot: bool = False

    def is_planned(self, now: datetime) -> bool:
        return self.held_at > now if self.planned is None else self.planned


def _timing_problems(data: HearingInput, now: datetime) -> list[HoagiaiError]:
    problems: list[HoagiaiError] = []
    if not SHORTEST_MINUTES <= data.duration_minutes <= LONGEST_MINUTES:
        problems.append(ValidationError(
            N_("A hearing lasts from {shortest} minutes to {longest} hours."),
            field="duration", shortest=SHORTEST_MINUTES, longest=LONGEST_MINUTES // 60))
    if data.planned is False and data.held_at > now:
        problems.append(ValidationError(N_(
            "This hearing is still to come: plan it now and record it after it has taken "
            "place."), field="held_at"))
    if data.on_the_spot and data.is_planned(now):
        problems.append(ValidationError(ON_THE_SPOT_PLANNED, field="on_the_spot"))
    return problems


def _problems(case: Case, data: HearingInput, now: datetime) -> list[HoagiaiError]:
    problems: list[HoagiaiError] = _timing_problems(data, now)
    if not clean(data.place):
        problems.append(ValidationError(N_("Write where the hearing takes place."),
                                        field="place"))
    if data.held_at.date() < case.received_on:
        problems.append(ValidationError(
            N_("A hearing cannot take place before the case was received."), field="held_at"))
    known_participants = {p.id for p in case.participants}
    known_mediators = {a.mediator_id for a in case.assignments}
    if not data.participant_ids <= known_participants or not data.mediator_ids <= known_mediators:
        problems.append(ValidationError(
            N_("Only participants and mediators of this case can attend its hearings.")))
    recorded = not data.is_planned(now)
    if recorded and (not data.participant_ids or not data.mediator_ids):
        problems.append(ValidationError(N_(
            "Tick who attended the hearing: at least one mediator and one participant."),
            field="attendees"))
    return problems


def _replace_attendees(session: Session, hearing: Hearing, data: HearingInput) -> None:
    wanted = {("p", i) for i in data.participant_ids} | {("m", i) for i in data.mediator_ids}
    present = {}
    for attendee in hearing.attendees:
        key = ("p", attendee.participant_id) if attendee.participant_id else (
            "m", attendee.mediator_id)
        present[key] = attendee
    for key, attendee in present.items():
        if key not in wanted:
            session.delete(attendee)
    for kind, attendee_id in wanted - set(present):
        session.add(HearingAttendee(
            team_id=hearing.team_id, hearing_id=hearing.id,
            participant_id=attendee_id if kind == "p" else None,
            mediator_id=attendee_id if kind == "m" else None))


def _values(data: HearingInput, now: datetime) -> dict[str, object]:
    return {"held_at": data.held_at.replace(second=0, microsecond=0),
            "place": clean(data.place), "is_public": data.is_public,
            "course": data.course.strip(), "result": data.result.strip(),
            "planned": data.is_planned(now), "duration_minutes": data.duration_minutes,
            "on_the_spot": data.on_the_spot}


def add_hearing(session: Session, case_id: uuid.UUID, data: HearingInput,
                now: datetime | None = None) -> uuid.UUID:
    require(session, EDIT_CASE, case=case_id)
    case = editable_case(session, case_id)
    now = now or datetime.now()
    raise_if_any(_problems(case, data, now))
    hearing = Hearing(team_id=case.team_id, case_id=case.id, **_values(data, now))
    session.add(hearing)
    session.flush()
    _replace_attendees(session, hearing, data)
    return hearing.id


def update_hearing(session: Session, hearing_id: uuid.UUID, data: HearingInput,
                   now: datetime | None = None) -> None:
    require(session, EDIT_CASE, case=fetch(session, Hearing, hearing_id).case_id)
    hearing = fetch(session, Hearing, hearing_id)
    case = editable_case(session, hearing.case_id)
    now = now or datetime.now()
    raise_if_any(_problems(case, data, now))
    assign(hearing, _values(data, now))
    _replace_attendees(session, hearing, data)
