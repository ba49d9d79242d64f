"""Conflict-of-interest check before a mediator is assigned (Law 35/2013 Art. 18 and 26: a
mediator must not handle a matter they have an interest in, or cannot be objective about).

Four findings warn the leader: the mediator takes part in the case (the same person: same
phone, or same name with the same year of birth or address); the mediator shares a household
address with a party; shares a family name that points to one family with a party living in the
team's village (an uncommon family name, or a common one with the same distinctive middle name:
conflict_rules, from resources/reference/conflicts.toml); or was a party in an earlier case
with one of this case's parties. The leader then records a decision
(assign anyway, or not) with a reason; both are journaled and shown on the case, and an
assignment with findings but no decision to assign is refused.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db.models import Case, CaseParticipant, Mediator, Person, Team
from desktop.core.db.models_people import ConflictDecision
from desktop.core.domain.enums import ParticipantRole
from desktop.core.domain.roles import Permission
from desktop.core.domain.text import clean, fold
from desktop.core.errors import ValidationError, WorkflowError
from desktop.core.i18n import N_, _
from desktop.core.policy.access import require
from desktop.core.services.cases.conflict_rules import shared_lineage, shipped_rules
from desktop.core.services.common import editable_case, fetch, today_or
from desktop.core.services.people.index import digits, household

SAME_PERSON = "same_person"
SHARED_ADDRESS = "shared_address"
FAMILY_NAME = "family_name"
EARLIER_CASE = "earlier_case"
FAMILY_LINE = "family_line"  # a text of FAMILY_NAME's: a common family name, a shared middle

_TEXTS = {
    SAME_PERSON: N_("{mediator} appears to be {person}, who takes part in this case."),
    SHARED_ADDRESS: N_("{mediator} lives at the same address as the party {person} ({address})."),
    FAMILY_NAME: N_("{mediator} and the party {person}, who lives in the same village, share "
                    "the family name {family}, which few families here carry: they may be "
                    "relatives."),
    FAMILY_LINE: N_("{mediator} and the party {person}, who lives in the same village, share "
                    "the family and middle name {lineage}, as members of one family line often "
                    "do: they may be relatives."),
    EARLIER_CASE: N_("{mediator} was a party, with {person}, in the earlier case {number}."),
}


class ConflictUndecided(WorkflowError):
    """An assignment refused until the leader decides on the findings (``findings``)."""

    def __init__(self, mediator: str, findings: list[Finding]) -> None:
        super().__init__(N_("Before assigning {name}, decide on a possible conflict of "
                            "interest:\n{findings}"), name=mediator,
                         findings="\n".join(f"• {f.text}" for f in findings))
        self.findings = findings


@dataclass(frozen=True)
class Finding:
    rule: str
    person_id: uuid.UUID
    text: str  # translated, for the leader

    def as_record(self) -> dict[str, str]:
        return {"rule": self.rule, "person": str(self.person_id), "text": self.text}


def is_same_person(mediator: Mediator, person: Person) -> bool:
    if digits(mediator.phone) and digits(mediator.phone) == digits(person.phone):
        return True
    if fold(clean(mediator.full_name)) != fold(clean(person.full_name)):
        return False
    same_year = bool(mediator.birth_year) and mediator.birth_year == person.birth_year
    same_home = bool(household(mediator.address)) and \
        household(mediator.address) == household(person.address)
    return same_year or same_home


def _in_village(team: Team, address: str) -> bool:
    village = household(team.village)
    return bool(village) and f" {village} " in f" {household(address)} "


def _say(rule: str, mediator: Mediator, person: Person, text: str = "",
         **extra: str) -> Finding:
    return Finding(rule, person.id, _(_TEXTS[text or rule]).format(
        mediator=mediator.full_name, person=person.full_name, **extra))


def _kinship(mediator: Mediator, person: Person) -> Finding | None:
    """A family name that points to one family (conflicts.toml says when), said with why."""
    lineage = shared_lineage(mediator.full_name, person.full_name, shipped_rules())
    if lineage is None:
        return None
    words = clean(person.full_name).split()
    if len(lineage) == 1:
        return _say(FAMILY_NAME, mediator, person, family=words[0])
    shown = [w for w in words[:-1] if fold(w) in lineage]  # as the party's name writes them
    return _say(FAMILY_NAME, mediator, person, FAMILY_LINE, lineage=" ".join(shown))


def _about_participants(case: Case, mediator: Mediator, team: Team) -> list[Finding]:
    found = []
    for participant in case.participants:
        person = participant.person
        if is_same_person(mediator, person):
            found.append(_say(SAME_PERSON, mediator, person))
            continue
        if participant.role is not ParticipantRole.PARTY:
            continue
        home = household(person.address)
        if home and home == household(mediator.address):
            found.append(_say(SHARED_ADDRESS, mediator, person, address=person.address))
        elif _in_village(team, person.address) and (kin := _kinship(mediator, person)):
            found.append(kin)
    return found


def _earlier_cases(session: Session, case: Case, mediator: Mediator) -> list[Finding]:
    """Cases where a record of the mediator as a person was a party with one of ours."""
    selves = [p.id for p in session.scalars(select(Person).where(Person.team_id == case.team_id))
              if is_same_person(mediator, p)]
    ours = {p.person_id: p.person for p in case.participants
            if p.role is ParticipantRole.PARTY}
    if not selves or not ours:
        return []
    own_cases = set(session.scalars(select(CaseParticipant.case_id).where(
        CaseParticipant.person_id.in_(selves), CaseParticipant.role == ParticipantRole.PARTY,
        CaseParticipant.case_id != case.id)))
    found = []
    for other, person_id in session.execute(
            select(Case, CaseParticipant.person_id)
            .join(CaseParticipant, CaseParticipant.case_id == Case.id)
            .where(Case.id.in_(own_cases), CaseParticipant.person_id.in_(set(ours)),
                   CaseParticipant.role == ParticipantRole.PARTY)):
        found.append(_say(EARLIER_CASE, mediator, ours[person_id], number=other.number))
    return found


def conflict_findings(session: Session, case_id: uuid.UUID,
                      mediator_id: uuid.UUID) -> list[Finding]:
    """Why ``mediator_id`` may have an interest in the case; empty when nothing is found."""
    require(session, Permission.READ_TEAM_DATA)
    case = fetch(session, Case, case_id)
    mediator = fetch(session, Mediator, mediator_id)
    team = fetch(session, Team, case.team_id)
    return _about_participants(case, mediator, team) + _earlier_cases(session, case, mediator)


def decide_conflict(session: Session, case_id: uuid.UUID, mediator_id: uuid.UUID,
                    assign: bool, reason: str, today: date | None = None) -> uuid.UUID:
    """The leader's decision on the findings shown: assign anyway or not, and why."""
    require(session, Permission.ASSIGN_MEDIATORS)
    case = editable_case(session, case_id)
    if not reason.strip():
        raise ValidationError(N_("Write the reason for your decision on the conflict of "
                                 "interest."), field="reason")
    findings = conflict_findings(session, case_id, mediator_id)
    decision = ConflictDecision(team_id=case.team_id, case_id=case.id, mediator_id=mediator_id,
                                findings=[f.as_record() for f in findings], assigned=assign,
                                reason=reason.strip(), decided_on=today_or(today))
    session.add(decision)
    session.flush()
    return decision.id


def require_cleared(session: Session, case_id: uuid.UUID, mediator: Mediator) -> None:
    """Refuse (``ConflictUndecided``) unless the mediator may be assigned: nothing found, or
    the leader's latest decision, on no fewer findings than now, was to assign."""
    findings = conflict_findings(session, case_id, mediator.id)
    if findings and not _decided_to_assign(session, case_id, mediator.id, findings):
        raise ConflictUndecided(mediator.full_name, findings)


def _decided_to_assign(session: Session, case_id: uuid.UUID, mediator_id: uuid.UUID,
                       findings: list[Finding]) -> bool:
    latest = session.scalars(select(ConflictDecision).where(
        ConflictDecision.case_id == case_id, ConflictDecision.mediator_id == mediator_id)
        .order_by(ConflictDecision.decided_on.desc(), ConflictDecision.changed_at.desc())
    ).first()
    known = {(f["rule"], f["person"]) for f in latest.findings} if latest else set()
    return bool(latest and latest.assigned) and \
        {(f.rule, str(f.person_id)) for f in findings} <= known


@dataclass(frozen=True)
class DecisionView:
    mediator: str
    assigned: bool
    reason: str
    decided_on: date
    findings: tuple[str, ...]


def decisions(session: Session, case_id: uuid.UUID) -> list[DecisionView]:
    """The conflict decisions recorded on the case, oldest first (shown on its mediators tab)."""
    require(session, Permission.READ_TEAM_DATA)
    rows = session.scalars(select(ConflictDecision).where(ConflictDecision.case_id == case_id)
                           .order_by(ConflictDecision.decided_on))
    return [DecisionView(fetch(session, Mediator, d.mediator_id).full_name, d.assigned, d.reason,
                         d.decided_on, tuple(str(f.get("text", "")) for f in d.findings))
            for d in rows]
