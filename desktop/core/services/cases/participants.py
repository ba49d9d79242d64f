"""Who takes part in a case: parties, related persons, invited persons, representatives."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.db.models import AgreementTerm, CaseParticipant, HearingAttendee, Person
from desktop.core.db.search_index import refresh_case_search
from desktop.core.domain.enums import ParticipantRole
from desktop.core.domain.roles import EDIT_CASE
from desktop.core.errors import ValidationError, WorkflowError
from desktop.core.i18n import N_
from desktop.core.policy.access import require
from desktop.core.services.common import editable_case, fetch


def add_participant(session: Session, case_id: uuid.UUID, person_id: uuid.UUID,
                    role: ParticipantRole, position: str = "",
                    represents_id: uuid.UUID | None = None) -> uuid.UUID:
    require(session, EDIT_CASE, case=case_id)
    case = editable_case(session, case_id)
    person = fetch(session, Person, person_id)
    if any(p.person_id == person.id for p in case.participants):
        raise ValidationError(
            N_("{name} already takes part in this case. Change their role instead."),
            name=person.full_name)
    _check_representation(session, case_id, role, represents_id)
    highest = session.scalar(
        select(func.max(CaseParticipant.ordinal)).where(CaseParticipant.case_id == case_id))
    participant = CaseParticipant(
        team_id=case.team_id, case_id=case_id, person_id=person.id, role=role,
        position=position.strip(), represents_id=represents_id, ordinal=(highest or 0) + 1)
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


def update_participant(session: Session, participant_id: uuid.UUID, role: ParticipantRole,
                       position: str, represents_id: uuid.UUID | None = None) -> None:
    require(session, EDIT_CASE, case=fetch(session, CaseParticipant, participant_id).case_id)
    participant = fetch(session, CaseParticipant, participant_id)
    editable_case(session, participant.case_id)
    _check_representation(session, participant.case_id, role, represents_id)
    participant.role = role
    participant.position = position.strip()
    participant.represents_id = represents_id


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
