"""Cases (vụ, việc): intake, numbering per team and year, general details."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.core.db.engine import STALE_EDIT_MESSAGE
from desktop.core.db.models import Case, MatterCategory, Team
from desktop.core.db.search_index import refresh_case_search
from desktop.core.domain.enums import Eligibility, Grounds, ParticipantRole
from desktop.core.domain.hygiene import LIMITS, check_length, refuse_invisible
from desktop.core.domain.roles import EDIT_CASE, Permission
from desktop.core.domain.text import clean
from desktop.core.errors import ConcurrentEditError, ValidationError, raise_if_any
from desktop.core.i18n import N_
from desktop.core.policy.access import require
from desktop.core.services.cases import participants
from desktop.core.services.common import assign, editable_case, fetch, today_or
from desktop.core.services.people import persons
from desktop.core.services.people.persons import PersonInput

_NUMBERING_ATTEMPTS = 5


@dataclass(frozen=True)
class CaseInput:
    title: str
    received_on: date
    grounds: Grounds
    category_code: str
    eligibility: Eligibility = Eligibility.ELIGIBLE
    referrer: str = ""
    eligibility_note: str = ""
    summary: str = ""
    sensitive: bool = False
    arose_on: date | None = None


def _hygiene(data: CaseInput) -> list[ValidationError]:
    """Invisible characters are refused and lengths kept printable (domain.hygiene)."""
    found: list[ValidationError] = []
    for field, label, limit in (("title", N_("The case's title"), LIMITS["title"]),
                                ("referrer", N_("Who proposed the mediation"), LIMITS["line"]),
                                ("summary", N_("The case summary"), LIMITS["text"]),
                                ("eligibility_note", N_("The eligibility note"),
                                 LIMITS["text"])):
        try:
            refuse_invisible(getattr(data, field), field, label)
            check_length(clean(getattr(data, field)) if limit <= LIMITS["line"]
                         else getattr(data, field).strip(), field, label, limit)
        except ValidationError as error:
            found.append(error)
    return found


def _check(session: Session, data: CaseInput, today: date) -> dict[str, object]:
    problems: list[ValidationError] = _hygiene(data)
    title = clean(data.title)
    if not title:
        problems.append(ValidationError(
            N_("Please give the case a short title, for example 'Dispute over a shared path'."),
            field="title"))
    if data.received_on > today:
        problems.append(ValidationError(
            N_("The date received cannot be in the future."), field="received_on"))
    if data.arose_on and data.arose_on > data.received_on:
        problems.append(ValidationError(
            N_("The matter cannot arise after the date the case was received."),
            field="arose_on"))
    if data.grounds is Grounds.PROPOSED_BY_OTHER and not clean(data.referrer):
        problems.append(ValidationError(
            N_("Write which agency, organisation or person proposed the mediation."),
            field="referrer"))
    if session.get(MatterCategory, data.category_code) is None:
        problems.append(ValidationError(N_("Choose the kind of matter."), field="category"))
    raise_if_any(problems)
    referrer = clean(data.referrer) if data.grounds is Grounds.PROPOSED_BY_OTHER else ""
    return {
        "title": title, "received_on": data.received_on, "arose_on": data.arose_on,
        "grounds": data.grounds, "referrer": referrer, "category_code": data.category_code,
        "eligibility": data.eligibility, "eligibility_note": data.eligibility_note.strip(),
        "summary": data.summary.strip(), "sensitive": data.sensitive,
    }


def next_seq(session: Session, team_id: uuid.UUID, year: int) -> int:
    highest = session.scalar(
        select(func.max(Case.seq)).where(Case.team_id == team_id, Case.year == year)
    )
    return (highest or 0) + 1


def open_case(session: Session, team_id: uuid.UUID, data: CaseInput,
              today: date | None = None) -> uuid.UUID:
    """Record a new case with the next number of its team in the year it was received."""
    require(session, Permission.INTAKE_CASES)
    values = _check(session, data, today_or(today))
    fetch(session, Team, team_id)  # so that a failed insert below can only be a taken number
    year = data.received_on.year
    for _attempt in range(_NUMBERING_ATTEMPTS):
        case = Case(team_id=team_id, year=year, seq=next_seq(session, team_id, year), **values)
        try:
            with session.begin_nested():  # another officer may take the same number first
                session.add(case)
                session.flush()
        except IntegrityError:
            continue
        refresh_case_search(session, case.id)
        return case.id
    raise ValidationError(N_("Could not give the case a number. Please try again."))


def update_case(session: Session, case_id: uuid.UUID, data: CaseInput,
                today: date | None = None, expected_version: int | None = None) -> None:
    """Change the general details; a closed case needs a reason (an amendment).

    ``expected_version`` is the version the user started editing from: if someone saved the
    case since, the change is refused instead of silently overwriting theirs.
    """
    require(session, EDIT_CASE, case=case_id)
    case = editable_case(session, case_id)
    if expected_version is not None and case.version != expected_version:
        raise ConcurrentEditError(STALE_EDIT_MESSAGE)
    values = _check(session, data, today_or(today))
    if data.received_on.year != case.year:
        raise ValidationError(
            N_("The date received must stay in {year}, the year of the case number."),
            field="received_on", year=case.year)
    _check_received_before_what_followed(case, data.received_on)
    assign(case, values)
    refresh_case_search(session, case.id)


def _check_received_before_what_followed(case: Case, received_on: date) -> None:
    later = [h.held_at.date() for h in case.hearings] + [a.assigned_on for a in case.assignments]
    if case.agreement and case.agreement.reached_on:
        later.append(case.agreement.reached_on)
    if case.closed_on:
        later.append(case.closed_on)
    if later and received_on > min(later):
        raise ValidationError(
            N_("The date received cannot be later than {day:%d/%m/%Y}, when the case already "
               "had a mediator, a hearing or an agreement, or was closed."),
            field="received_on", day=min(later))


@dataclass(frozen=True)
class NewParty:
    """A party named when the case is recorded (the New-case dialog's rows)."""

    person: PersonInput
    requested_mediation: bool = False  # this party asked for mediation (Art. 16 cl. 1 a)


def open_case_with_parties(session: Session, team_id: uuid.UUID, data: CaseInput,
                           parties: Sequence[NewParty], today: date | None = None) -> uuid.UUID:
    """Record a new case and the parties named with it, in one unit of work: a refused party
    leaves no case behind."""
    case_id = open_case(session, team_id, data, today)
    for party in parties:
        person_id = persons.create_person(session, team_id, party.person)
        participants.add_participant(session, case_id, person_id, ParticipantRole.PARTY,
                                     requested_mediation=party.requested_mediation)
    return case_id
