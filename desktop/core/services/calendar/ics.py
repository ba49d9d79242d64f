"""The hearings as an iCalendar file (RFC 5545), so a mediator can put them on a phone.

Times are written in UTC (Vietnam keeps UTC+7 all year), which every calendar accepts without a
time-zone table. A sensitive case's title stays off the phone: only its number travels.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone

from icalendar import Calendar, Event

from desktop import __version__
from desktop.core.i18n import _
from desktop.core.services.calendar.hearings import CalendarHearing

VIETNAM = timezone(timedelta(hours=7))


def _utc(local: datetime) -> datetime:
    return local.replace(tzinfo=VIETNAM).astimezone(UTC)


def _summary(hearing: CalendarHearing) -> str:
    if hearing.sensitive:
        return _("Hearing, case {number}").format(number=hearing.slot.case_number)
    return _("Hearing, case {number}: {title}").format(number=hearing.slot.case_number,
                                                      title=hearing.case_title)


def _event(hearing: CalendarHearing, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"{hearing.slot.hearing_id}@hoagiai")
    event.add("dtstamp", stamp)
    event.add("dtstart", _utc(hearing.slot.starts_at))
    event.add("dtend", _utc(hearing.slot.ends_at))
    event.add("summary", _summary(hearing))
    event.add("location", hearing.slot.place)
    if hearing.mediator_names:
        event.add("description", _("Mediators: {names}").format(
            names=", ".join(hearing.mediator_names)))
    event.add("status", "TENTATIVE" if hearing.planned else "CONFIRMED")
    return event


def hearings_ics(hearings: Iterable[CalendarHearing], name: str,
                 stamp: datetime | None = None) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", f"-//Sổ hòa giải//hoagiai {__version__}//VI")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")  # events to add, not invitations to answer
    calendar.add("x-wr-calname", name)
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    for hearing in hearings:
        calendar.add_component(_event(hearing, stamp))
    return bytes(calendar.to_ical())
