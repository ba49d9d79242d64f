"""The week's agenda of hearings as a printed document (documents.agenda), and the calendar's
.ics export: both read the same hearings the calendar shows."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy.orm import Session

from desktop.core.db.models import Team
from desktop.core.documents.agenda import AgendaDocument, AgendaHearing, render_agenda
from desktop.core.domain.roles import Permission
from desktop.core.policy.access import require
from desktop.core.services.calendar.hearings import CalendarHearing, calendar_hearings
from desktop.core.services.calendar.ics import hearings_ics
from desktop.core.services.common import fetch, today_or
from desktop.core.services.teams import team_info, team_leader


def week_starting(day: date) -> tuple[date, date]:
    """The Monday-to-Sunday week holding ``day``."""
    start = day - timedelta(days=day.weekday())
    return start, start + timedelta(days=6)


def _agenda_line(hearing: CalendarHearing) -> AgendaHearing:
    slot = hearing.slot
    return AgendaHearing(slot.starts_at, slot.ends_at, slot.case_number,
                         "" if hearing.sensitive else hearing.case_title, slot.place,
                         hearing.mediator_names, hearing.planned, hearing.clashes)


def agenda_document(session: Session, team_id: uuid.UUID, day: date, author: str = "",
                    issued_on: date | None = None) -> AgendaDocument:
    require(session, Permission.PRINT_DOCUMENTS)
    start, end = week_starting(day)
    found = calendar_hearings(session, team_id, start, end)
    return AgendaDocument(team_info(fetch(session, Team, team_id)), start, end,
                          tuple(_agenda_line(h) for h in found), today_or(issued_on),
                          team_leader(session, team_id, end), author)


def agenda_pdf(session: Session, team_id: uuid.UUID, day: date, author: str = "") -> bytes:
    return render_agenda(agenda_document(session, team_id, day, author))


def calendar_ics(session: Session, team_id: uuid.UUID, first: date, last: date,
                 mediator_id: uuid.UUID | None = None) -> bytes:
    """The hearings from ``first`` to ``last`` (of one mediator, or all) as an .ics file."""
    require(session, Permission.READ_TEAM_DATA)
    found = calendar_hearings(session, team_id, first, last)
    if mediator_id is not None:
        found = [h for h in found if any(m == mediator_id for m, _n in h.slot.mediators)]
    team = fetch(session, Team, team_id)
    return hearings_ics(found, team.name)
