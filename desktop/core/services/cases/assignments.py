"""Which mediators handle a case (Art. 18), and who may not because of a conflict of interest."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.orm import Session

from desktop.core.db.models import ConflictDeclaration, Mediator, MediatorAssignment
from desktop.core.domain.enums import AssignmentMethod
from desktop.core.domain.roles import EDIT_CASE, Permission
from desktop.core.errors import ValidationError, WorkflowError
from desktop.core.i18n import N_
from desktop.core.policy.access import require
from desktop.core.services.cases.conflicts import require_cleared
from desktop.core.services.common import editable_case, fetch, today_or


def declare_conflict(session: Session, case_id: uuid.UUID, mediator_id: uuid.UUID,
                     reason: str, today: date | None = None) -> uuid.UUID:
    """Record that a mediator has an interest in the case; a current assignment ends."""
    require(session, EDIT_CASE, case=case_id)
    case = editable_case(session, case_id)
    mediator = fetch(session, Mediator, mediator_id)
    if not reason.strip():
        raise ValidationError(N_("Write why the mediator cannot be objective in this case."),
                              field="reason")
    declaration = ConflictDeclaration(team_id=case.team_id, case_id=case.id,
                                      mediator_id=mediator.id, declared_on=today_or(today),
                                      reason=reason.strip())
    session.add(declaration)
    for assignment in case.assignments:
        if assignment.mediator_id == mediator.id and assignment.is_current:
            assignment.ended_on = today_or(today)
            assignment.end_reason = reason.strip()
    session.flush()
    return declaration.id


def assign_mediator(session: Session, case_id: uuid.UUID, mediator_id: uuid.UUID,
                    method: AssignmentMethod, no_conflict_confirmed: bool,
                    assigned_on: date | None = None) -> uuid.UUID:
    require(session, Permission.ASSIGN_MEDIATORS)
    case = editable_case(session, case_id)
    mediator = fetch(session, Mediator, mediator_id)
    day = today_or(assigned_on)
    _check_assignable(case.conflicts, case.assignments, mediator, day, no_conflict_confirmed)
    require_cleared(session, case.id, mediator)  # Art. 18: findings need the leader's decision
    assignment = MediatorAssignment(team_id=case.team_id, case_id=case.id,
                                    mediator_id=mediator.id, method=method, assigned_on=day,
                                    no_conflict_confirmed=True)
    session.add(assignment)
    session.flush()
    return assignment.id


def _check_assignable(conflicts: list[ConflictDeclaration],
                      assignments: list[MediatorAssignment], mediator: Mediator, day: date,
                      no_conflict_confirmed: bool) -> None:
    if any(c.mediator_id == mediator.id for c in conflicts):
        raise WorkflowError(N_(
            "{name} has declared an interest in this case and cannot be assigned to it. "
            "Choose another mediator."), name=mediator.full_name)
    if any(a.mediator_id == mediator.id and a.is_current for a in assignments):
        raise WorkflowError(N_("{name} is already assigned to this case."),
                            name=mediator.full_name)
    if not mediator.is_active_on(day):
        raise WorkflowError(N_(
            "{name} is not a recognised mediator of the team on {day:%d/%m/%Y}."),
            name=mediator.full_name, day=day)
    if not no_conflict_confirmed:
        raise ValidationError(N_(
            "Before assigning, confirm that {name} has no interest in the matter and can be "
            "objective."), field="no_conflict", name=mediator.full_name)


def end_assignment(session: Session, assignment_id: uuid.UUID, reason: str,
                   ended_on: date | None = None) -> None:
    """Replace a mediator (Art. 18: e.g. one who breached their duties), with the reason."""
    require(session, Permission.ASSIGN_MEDIATORS)
    assignment = fetch(session, MediatorAssignment, assignment_id)
    editable_case(session, assignment.case_id)
    if not reason.strip():
        raise ValidationError(N_("Write why this mediator no longer handles the case."),
                              field="reason")
    assignment.ended_on = today_or(ended_on)
    assignment.end_reason = reason.strip()
