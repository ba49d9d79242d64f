"""The calendar's reads: the hearings of a span of days, by mediator and place, with clashes;
and the clashes a hearing about to be saved would make."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.core.db.models import Case, Hearing, Mediator
from desktop.core.domain.roles import Permission
from desktop.core.policy.access import require
from desktop.core.services.calendar.clashes import Clash, Slot, clashes_with, clashing_ids
from desktop.core.services.cases.hearings import HearingInput

_LONGEST = timedelta(hours=12)  # no hearing is longer: how far back an overlap can start


@dataclass(frozen=True)
class CalendarHearing:
    slot: Slot
    case_title: str
    sensitive: bool
    planned: bool
    clashes: bool  # with another hearing of the span

    @property
    def mediator_names(self) -> tuple[str, ...]:
        return tuple(sorted(name for _id, name in self.slot.mediators))


def _start(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time())


def _mediator_names(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    rows = session.execute(select(Mediator.id, Mediator.full_name).where(Mediator.id.in_(ids)))
    return {mediator_id: name for mediator_id, name in rows}


def _hearings(session: Session, team_id: uuid.UUID, first: datetime,
              end: datetime) -> list[Hearing]:
    return list(session.scalars(
        select(Hearing).where(Hearing.team_id == team_id, Hearing.held_at >= first - _LONGEST,
                              Hearing.held_at < end)
        .options(selectinload(Hearing.attendees), selectinload(Hearing.case))
        .order_by(Hearing.held_at)))


def _slot(hearing: Hearing, names: dict[uuid.UUID, str]) -> Slot:
    mediators = frozenset((a.mediator_id, names.get(a.mediator_id, ""))
                          for a in hearing.attendees if a.mediator_id is not None)
    return Slot(hearing.id, hearing.case_id, hearing.case.number, hearing.held_at,
                hearing.duration_minutes, hearing.place, mediators)


def _slots(session: Session, team_id: uuid.UUID, first: datetime,
           end: datetime) -> list[tuple[Hearing, Slot]]:
    found = _hearings(session, team_id, first, end)
    ids = {a.mediator_id for h in found for a in h.attendees if a.mediator_id}
    names = _mediator_names(session, ids)
    return [(h, _slot(h, names)) for h in found]


def calendar_hearings(session: Session, team_id: uuid.UUID, first: date,
                      last: date) -> list[CalendarHearing]:
    """Hearings from ``first`` to ``last`` (both days included), in time order."""
    require(session, Permission.READ_TEAM_DATA)
    start, end = _start(first), _start(last + timedelta(days=1))
    pairs = _slots(session, team_id, start, end)
    marked = clashing_ids([slot for _h, slot in pairs])
    return [CalendarHearing(slot, h.case.title, h.case.sensitive, h.planned,
                            h.id in marked)
            for h, slot in pairs if slot.ends_at > start]


def clashes_for(session: Session, case_id: uuid.UUID, data: HearingInput,
                hearing_id: uuid.UUID | None = None) -> list[Clash]:
    """The hearings of the team that a hearing with ``data`` would clash with (shown before
    saving it; saving is still allowed: the leader may know the hall has two rooms)."""
    require(session, Permission.READ_TEAM_DATA)
    case = session.get(Case, case_id)
    if case is None:
        return []
    names = _mediator_names(session, set(data.mediator_ids))
    candidate = Slot(hearing_id, case.id, case.number, data.held_at.replace(second=0,
                                                                            microsecond=0),
                     data.duration_minutes, data.place,
                     frozenset((m, names.get(m, "")) for m in data.mediator_ids))
    pairs = _slots(session, case.team_id, candidate.starts_at, candidate.ends_at)
    return clashes_with(candidate, [slot for _h, slot in pairs])


