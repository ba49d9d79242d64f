"""Who takes part in a case: parties, related persons, invited persons, representatives."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.db.models import AgreementTerm, CaseParticipant, HearingAttendee, Person
from desktop.core.db.search_index import refresh_case_search
from desktop.core.domain.enums import Grounds, ParticipantRole
from desktop.core.domain.roles import EDIT_CASE
from desktop.core.errors import ValidationError, WorkflowError
from desktop.core.i18n import N_
from desktop.core.policy.access import require
from desktop.core.services.common import editable_case, fetch


def add_participant(session: Session, case_id: uuid.UUID, person_id: uuid.UUID,
                    role: ParticipantRole, position: str = "",
                    represents_id: uuid.UUID | None = None,
                    requested_mediation: bool = False) -> uuid.UUID:
    """``requested_mediation``: this party asked the team to mediate (Art. 16 cl. 1 a); when
    both parties asked, each is marked."""
    require(session, EDIT_CASE, case=case_id)
    case = editable_case(session, case_id)
    person = fetch(session, Person, person_id)
    if any(p.person_id == person.id for p in case.participants):
        raise ValidationError(
            N_("{name} already takes part in this case. Change their role instead."),
            name=person.full_name)
    _check_representation(session, case_id, role, represents_id)
    _check_requester(role, requested_mediation)
    highest = session.scalar(
        select(func.max(CaseParticipant.ordinal)).where(CaseParticipant.case_id == case_id))
    participant = CaseParticipant(
        team_id=case.team_id, case_id=case_id, person_id=person.id, role=role,
        position=position.strip(), represents_id=represents_id, ordinal=(highest or 0) + 1,
        requested_mediation=requested_mediation)
    session.add(participant)
    refresh_case_search(session, case_id)
    return participant.id


def _check_representation(session: Session, case_id: uuid.UUID, role: ParticipantRole,
                          represents_id: uuid.UUID | None) -> None:
    if role is not ParticipantRole.REPRESENTATIVE:
        return
    represented = session.get(CaseParticipant, represents_id) if represents_id else None
    if represented is None or represented.case_id != case_id:
        raise ValidationError(N_("Choose the party this person represents."),
                              field="represents")


def _check_requester(role: ParticipantRole, requested_mediation: bool) -> None:
    """Only a party asks for mediation (Art. 16 cl. 1 a); a representative asking on a party's
    behalf marks the party, so the printed grounds name the party."""
    if requested_mediation and role is not ParticipantRole.PARTY:
        raise ValidationError(
            N_("Only a party can be the one who asked for mediation. Tick it on the party's "
               "own line instead."), field="requested_mediation")


def update_participant(session: Session, participant_id: uuid.UUID, role: ParticipantRole,
                       position: str, represents_id: uuid.UUID | None = None,
                       requested_mediation: bool | None = None) -> None:
    """``requested_mediation`` None keeps the mark as it is, unless the person is no longer a
    party: only a party can have asked."""
    require(session, EDIT_CASE, case=fetch(session, CaseParticipant, participant_id).case_id)
    participant = fetch(session, CaseParticipant, participant_id)
    editable_case(session, participant.case_id)
    _check_representation(session, participant.case_id, role, represents_id)
    if requested_mediation is None:
        requested_mediation = participant.requested_mediation and role is ParticipantRole.PARTY
    _check_requester(role, requested_mediation)
    participant.role = role
    participant.position = position.strip()
    participant.represents_id = represents_id
    participant.requested_mediation = requested_mediation


class RequesterLine(Protocol):
    """What the warning below needs of one participant (a ParticipantView fits)."""

    @property
    def role(self) -> ParticipantRole: ...

    @property
    def requested_mediation(self) -> bool: ...


def requester_warning(grounds: Grounds,
                      people: Iterable[RequesterLine]) -> WorkflowError | None:
    """When mediation started at a party's request but no party is marked as the one who
    asked: a warning to show, not a refusal (older cases never said who asked)."""
    parties = [p for p in people if p.role is ParticipantRole.PARTY]
    if grounds is not Grounds.PARTY_REQUEST or not parties:
        return None
    if any(p.requested_mediation for p in parties):
        return None
    return WorkflowError(N_(
        "The grounds say a party asked for mediation, but no party is marked as the one who "
        "asked. Tick \"Requester of mediation\" for that party (for both, if both asked)."))


def remove_participant(session: Session, participant_id: uuid.UUID) -> None:
    """Remove someone added by mistake; not once a hearing or a term refers to them."""
    require(session, EDIT_CASE, case=fetch(session, CaseParticipant, participant_id).case_id)
    participant = fetch(session, CaseParticipant, participant_id)
    editable_case(session, participant.case_id)
    referenced = session.scalar(
        select(func.count()).select_from(AgreementTerm)
        .where(AgreementTerm.obliged_participant_id == participant_id)
    ) or session.scalar(
        select(func.count()).select_from(HearingAttendee)
        .where(HearingAttendee.participant_id == participant_id)
    )
    if referenced:
        raise WorkflowError(N_(
            "{name} attended a hearing or is bound by a term of the agreement, so they cannot "
            "be removed from the case."), name=participant.person.full_name)
    case_id = participant.case_id
    session.delete(participant)
    refresh_case_search(session, case_id)
