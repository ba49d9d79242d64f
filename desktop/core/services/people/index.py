"""The people index: the same person already on record, and the cases each person was in.

When a participant is added, the team's earlier records are compared with the new details:
the same citizen ID or phone is the same person; the same name (diacritics ignored) with the
same year of birth or the same address probably is. Records merged into another
(``merges``) are not offered again. A team records a few dozen persons a year, so the
comparison runs in Python over the team's persons, exact and instant.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db.models import Case, CaseParticipant, Person
from desktop.core.db.models_people import PersonMerge
from desktop.core.domain.enums import CaseStatus, ParticipantRole
from desktop.core.domain.identity import normalize_citizen_id, normalize_phone
from desktop.core.domain.roles import Permission
from desktop.core.domain.text import clean, fold
from desktop.core.errors import ValidationError
from desktop.core.i18n import N_, _
from desktop.core.policy.access import require
from desktop.core.services.people.persons import PersonInput, PersonView, view

# Why a record is taken for the same person, strongest first.
SAME_CITIZEN_ID = N_("same citizen ID number")
SAME_PHONE = N_("same phone number")
SAME_NAME_AND_YEAR = N_("same name and year of birth")
SAME_NAME_AND_ADDRESS = N_("same name and address")


@dataclass(frozen=True)
class PersonMatch:
    person: PersonView
    reasons: tuple[str, ...]  # translated
    cases: tuple[PersonCase, ...]


@dataclass(frozen=True)
class PersonCase:
    case_id: uuid.UUID
    number: str
    title: str
    received_on: date
    status: CaseStatus
    role: ParticipantRole


def merged_away(session: Session, team_id: uuid.UUID) -> set[uuid.UUID]:
    """Persons whose records were merged into another (and not undone)."""
    return set(session.scalars(select(PersonMerge.merged_id).where(
        PersonMerge.team_id == team_id, PersonMerge.undone_on.is_(None))))


def household(address: str) -> str:
    """The key of a household: its address, folded, punctuation and spacing ignored."""
    return " ".join("".join(c if c.isalnum() else " " for c in fold(clean(address))).split())


def digits(phone: str) -> str:
    """A phone number's digits: "0912 345 678" is "0912345678"."""
    return "".join(c for c in phone if c.isdigit())


def _reasons(person: Person, data: PersonInput, citizen_id: str | None, phone: str) -> list[str]:
    found = []
    if citizen_id and person.citizen_id == citizen_id:
        found.append(SAME_CITIZEN_ID)
    if phone and digits(person.phone) == phone:
        found.append(SAME_PHONE)
    if fold(clean(person.full_name)) == fold(clean(data.full_name)):
        year = data.birth_date.year if data.birth_date else data.birth_year
        if year and person.birth_year == year:
            found.append(SAME_NAME_AND_YEAR)
        if household(data.address) and household(person.address) == household(data.address):
            found.append(SAME_NAME_AND_ADDRESS)
    return found


def same_person(session: Session, team_id: uuid.UUID, data: PersonInput,
                exclude: uuid.UUID | None = None) -> list[PersonMatch]:
    """Persons on record who look like the one described, each with why and their cases."""
    require(session, Permission.READ_TEAM_DATA)
    try:
        citizen_id = normalize_citizen_id(data.citizen_id)
        phone = digits(normalize_phone(data.phone))
    except ValidationError:
        citizen_id, phone = None, ""  # the form reports a malformed number when saved
    hidden = merged_away(session, team_id) | ({exclude} if exclude else set())
    matches = []
    for person in session.scalars(select(Person).where(Person.team_id == team_id)):
        reasons = _reasons(person, data, citizen_id, phone)
        if reasons and person.id not in hidden:
            matches.append(PersonMatch(view(person), tuple(_(r) for r in reasons),
                                       tuple(person_cases(session, person.id))))
    return sorted(matches, key=lambda m: -len(m.reasons))


def person_cases(session: Session, person_id: uuid.UUID) -> list[PersonCase]:
    """Every case the person was in, in any role, oldest first."""
    rows = session.execute(
        select(Case, CaseParticipant.role).join(CaseParticipant,
                                                CaseParticipant.case_id == Case.id)
        .where(CaseParticipant.person_id == person_id)
        .order_by(Case.received_on, Case.year, Case.seq))
    return [PersonCase(case.id, case.number, case.title, case.received_on, case.status, role)
            for case, role in rows]


@dataclass(frozen=True)
class HouseholdHistory:
    """Earlier cases between the households of this case's parties."""

    earlier: tuple[PersonCase, ...]
    since_year: int | None

    @property
    def ordinal(self) -> int:
        return len(self.earlier) + 1

    def sentence(self) -> str:
        if not self.earlier or self.since_year is None:
            return ""
        return _("This is dispute number {n} between these households since {year}.").format(
            n=self.ordinal, year=self.since_year)


def _households(session: Session, case_id: uuid.UUID) -> dict[uuid.UUID, set[str]]:
    """Each case's parties' households (the address, or the person when it is unknown)."""
    rows = session.execute(
        select(CaseParticipant.case_id, Person.id, Person.address)
        .join(Person, Person.id == CaseParticipant.person_id)
        .where(CaseParticipant.role == ParticipantRole.PARTY,
               CaseParticipant.case_id.in_(_related_cases(session, case_id))))
    found: dict[uuid.UUID, set[str]] = {}
    for owner, person_id, address in rows:
        found.setdefault(owner, set()).add(household(address) or str(person_id))
    return found


def _related_cases(session: Session, case_id: uuid.UUID) -> set[uuid.UUID]:
    """Cases sharing a party, or a party's address, with this one."""
    parties = session.execute(
        select(Person.id, Person.address, Person.team_id)
        .join(CaseParticipant, CaseParticipant.person_id == Person.id)
        .where(CaseParticipant.case_id == case_id,
               CaseParticipant.role == ParticipantRole.PARTY)).all()
    if not parties:
        return {case_id}
    homes = {household(address) for _id, address, _team in parties} - {""}
    people = {person_id for person_id, _address, _team in parties}
    team = parties[0][2]
    for person in session.scalars(select(Person).where(Person.team_id == team)):
        if homes and household(person.address) in homes:
            people.add(person.id)
    return set(session.scalars(select(CaseParticipant.case_id).where(
        CaseParticipant.person_id.in_(people)))) | {case_id}


def household_history(session: Session, case_id: uuid.UUID) -> HouseholdHistory:
    """Earlier cases whose parties came from two or more of this case's parties' households:
    "this is the third dispute between these households since 2024"."""
    require(session, Permission.READ_TEAM_DATA)
    homes = _households(session, case_id)
    mine = homes.get(case_id, set())
    this = session.get(Case, case_id)
    if len(mine) < 2 or this is None:
        return HouseholdHistory((), None)
    earlier = []
    for other in session.scalars(select(Case).where(Case.id.in_(set(homes) - {case_id}))
                                 .order_by(Case.received_on)):
        if len(homes[other.id] & mine) >= 2 and other.received_on <= this.received_on:
            earlier.append(PersonCase(other.id, other.number, other.title, other.received_on,
                                      other.status, ParticipantRole.PARTY))
    since = earlier[0].received_on.year if earlier else None
    return HouseholdHistory(tuple(earlier), since)



@dataclass(frozen=True)
class MergeView:
    id: uuid.UUID
    merged_name: str
    merged_on: date
    reason: str
    undone: bool


@dataclass(frozen=True)
class PersonPage:
    """A person's page: their record, every case in any role, merges into them, and records
    that look like duplicates of them (for the leader to merge)."""

    person: PersonView
    cases: tuple[PersonCase, ...]
    merges: tuple[MergeView, ...]
    duplicates: tuple[PersonMatch, ...]


def person_page(session: Session, person_id: uuid.UUID) -> PersonPage:
    require(session, Permission.READ_TEAM_DATA)
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError(N_("This person's record no longer exists."))
    merges = []
    for merge in session.scalars(select(PersonMerge).where(PersonMerge.kept_id == person_id)
                                 .order_by(PersonMerge.merged_on)):
        merged = session.get(Person, merge.merged_id)
        merges.append(MergeView(merge.id, merged.full_name if merged else "", merge.merged_on,
                                merge.reason, merge.undone_on is not None))
    duplicates = [m for m in same_person(session, person.team_id, view(person),
                                         exclude=person_id)]
    return PersonPage(view(person), tuple(person_cases(session, person_id)), tuple(merges),
                      tuple(duplicates))
