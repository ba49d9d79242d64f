"""Hearings (buổi hòa giải, Art. 21): when, where, who came, what happened."""

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


@dataclass(frozen=True)
class HearingInput:
    held_at: datetime  # local time
    place: str
    is_public: bool = False
    course: str = ""
    result: str = ""
    participant_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    mediator_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)


def _problems(case: Case, data: HearingInput, now: datetime) -> list[HoagiaiError]:
    problems: list[HoagiaiError] = []
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
    if data.held_at <= now and (not data.participant_ids or not data.mediator_ids):
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


def _values(data: HearingInput) -> dict[str, object]:
    return {"held_at": data.held_at.replace(second=0, microsecond=0),
            "place": clean(data.place), "is_public": data.is_public,
            "course": data.course.strip(), "result": data.result.strip()}


def add_hearing(session: Session, case_id: uuid.UUID, data: HearingInput,
                now: datetime | None = None) -> uuid.UUID:
    require(session, EDIT_CASE, case=case_id)
    case = editable_case(session, case_id)
    raise_if_any(_problems(case, data, now or datetime.now()))
    hearing = Hearing(team_id=case.team_id, case_id=case.id, **_values(data))
    session.add(hearing)
    session.flush()
    _replace_attendees(session, hearing, data)
    return hearing.id


def update_hearing(session: Session, hearing_id: uuid.UUID, data: HearingInput,
                   now: datetime | None = None) -> None:
    require(session, EDIT_CASE, case=fetch(session, Hearing, hearing_id).case_id)
    hearing = fetch(session, Hearing, hearing_id)
    case = editable_case(session, hearing.case_id)
    raise_if_any(_problems(case, data, now or datetime.now()))
    assign(hearing, _values(data))
    _replace_attendees(session, hearing, data)
