"""Assembling documents from the case book, and recording that they were printed."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.orm import Session

from desktop.core.db import journal
from desktop.core.db.models import Case, Mediator, Person, Team
from desktop.core.documents.data import (
    AgreementDocument,
    HearingLine,
    MediatorLine,
    PersonLine,
    TeamInfo,
    TermLine,
)
from desktop.core.domain.enums import CaseStatus, DocumentKind, ParticipantRole
from desktop.core.domain.roles import Permission
from desktop.core.errors import WorkflowError
from desktop.core.i18n import N_
from desktop.core.policy.access import require
from desktop.core.services.common import fetch
from desktop.core.services.conventions.citations import cited_articles

_ROLE_ORDER = [ParticipantRole.PARTY, ParticipantRole.RELATED, ParticipantRole.REPRESENTATIVE,
               ParticipantRole.INVITED]


def team_info(team: Team) -> TeamInfo:
    return TeamInfo(team.name, team.village, team.commune, team.province, team.address,
                    team.district_legacy)


def _person_line(person: Person, role: ParticipantRole, represents: str = "") -> PersonLine:
    return PersonLine(person.full_name, role, person.sex, person.birth_date, person.birth_year,
                      person.citizen_id, person.address, person.phone, represents)


def _participant_lines(case: Case) -> tuple[PersonLine, ...]:
    by_id = {p.id: p for p in case.participants}
    ordered = sorted(case.participants, key=lambda p: (_ROLE_ORDER.index(p.role), p.ordinal))
    return tuple(
        _person_line(p.person, p.role,
                     by_id[p.represents_id].person.full_name if p.represents_id else "")
        for p in ordered)


def _mediator_lines(session: Session, case: Case) -> tuple[MediatorLine, ...]:
    current = [a for a in case.assignments if a.is_current]
    mediators = [fetch(session, Mediator, a.mediator_id) for a in current]
    return tuple(MediatorLine(m.full_name, m.role, m.sex) for m in mediators)


def agreement_document(session: Session, case_id: uuid.UUID, author: str = "",
                       issued_on: date | None = None) -> AgreementDocument:
    """The written agreement's data; only a case closed as successful has one."""
    case = fetch(session, Case, case_id)
    agreement = case.agreement
    if case.status is not CaseStatus.SUCCESSFUL or agreement is None or not agreement.reached_on:
        raise WorkflowError(N_(
            "A written agreement can be printed only for a case closed as successful."))
    return AgreementDocument(
        team=team_info(fetch(session, Team, case.team_id)), case_number=case.number,
        case_title=case.title, grounds=case.grounds, referrer=case.referrer,
        summary=case.summary, participants=_participant_lines(case),
        mediators=_mediator_lines(session, case),
        hearings=tuple(HearingLine(h.held_at, h.place, h.is_public, h.course, h.result)
                       for h in case.hearings),
        reached_on=agreement.reached_on,
        terms=tuple(TermLine(t.obliged.person.full_name, t.content, t.deadline)
                    for t in agreement.terms),
        agreement_note=agreement.note, issued_on=issued_on, author=author,
        citations=cited_articles(session, case.id))


def record_print(session: Session, case_id: uuid.UUID, document: DocumentKind,
                 target: str) -> None:
    """Journal who printed or saved which document of which case (the audit trail)."""
    require(session, Permission.PRINT_DOCUMENTS)
    case = fetch(session, Case, case_id)
    details = {"document": document.value, "target": target, "case_version": case.version}
    journal.record_event(session, "print", "cases", str(case.id), str(case.team_id), details)
