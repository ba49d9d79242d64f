"""Persons: parties, related persons, invited persons and representatives of cases."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db.models import CaseParticipant, Person
from desktop.core.db.models_people import PersonMerge
from desktop.core.db.search_index import refresh_case_search
from desktop.core.domain.enums import Sex
from desktop.core.domain.hygiene import LIMITS, typed
from desktop.core.domain.identity import (
    check_birth,
    normalize_citizen_id,
    normalize_phone,
    require_name,
)
from desktop.core.domain.roles import Permission
from desktop.core.domain.text import clean, fold, name_sort_key
from desktop.core.i18n import N_
from desktop.core.policy.access import require
from desktop.core.services.common import assign, editable_case, fetch, today_or


@dataclass(frozen=True)
class PersonInput:
    full_name: str
    sex: Sex | None = None
    birth_date: date | None = None
    birth_year: int | None = None
    citizen_id: str | None = None
    address: str = ""
    phone: str = ""


@dataclass(frozen=True, kw_only=True)
class PersonView(PersonInput):
    id: uuid.UUID


def _values(data: PersonInput, today: date | None = None) -> dict[str, object]:
    return {
        "full_name": require_name(data.full_name),
        "sex": data.sex,
        "birth_date": data.birth_date,
        "birth_year": check_birth(data.birth_date, data.birth_year, today_or(today)),
        "citizen_id": normalize_citizen_id(data.citizen_id),
        "address": typed(data.address, "address", N_("The address"), LIMITS["address"]),
        "phone": normalize_phone(data.phone),
    }


def create_person(session: Session, team_id: uuid.UUID, data: PersonInput,
                  today: date | None = None) -> uuid.UUID:
    require(session, Permission.INTAKE_CASES)
    person = Person(team_id=team_id, **_values(data, today))
    session.add(person)
    session.flush()
    return person.id


def update_person(session: Session, person_id: uuid.UUID, data: PersonInput,
                  today: date | None = None) -> None:
    """Correct a person's details; every case they take part in is re-indexed for search.

    A closed case prints these details, so correcting someone who takes part in one is an
    amendment of that case and needs a reason, like any other change to it.
    """
    require(session, Permission.INTAKE_CASES)
    person = fetch(session, Person, person_id)
    values = _values(data, today)
    if all(getattr(person, key) == value for key, value in values.items()):
        return  # the record reused as it is: nothing to amend, in any case
    case_ids = set(session.scalars(
        select(CaseParticipant.case_id).where(CaseParticipant.person_id == person_id)))
    for case_id in case_ids:
        editable_case(session, case_id)
    assign(person, values)
    session.flush()
    for case_id in case_ids:
        refresh_case_search(session, case_id)


def view(person: Person) -> PersonView:
    fields = {key: getattr(person, key) for key in PersonInput.__dataclass_fields__}
    return PersonView(id=person.id, **fields)


def find_persons(session: Session, team_id: uuid.UUID, query: str,
                 limit: int = 20) -> list[PersonView]:
    """Persons already known to the team whose name contains the query, diacritics ignored.

    A team records a few dozen persons a year, so folding in Python is instant and exact.
    Records merged into another person are not offered again.
    """
    wanted = fold(clean(query))
    persons = session.scalars(select(Person).where(Person.team_id == team_id))
    merged = set(session.scalars(select(PersonMerge.merged_id).where(
        PersonMerge.team_id == team_id, PersonMerge.undone_on.is_(None))))
    matches = [p for p in persons if wanted in fold(p.full_name) and p.id not in merged]
    return [view(p) for p in sorted(matches, key=lambda p: name_sort_key(p.full_name))[:limit]]
