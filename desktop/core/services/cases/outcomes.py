"""How a case ends (Art. 23) and the written agreement's content (Art. 24)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session

from desktop.core.db.models import Agreement, AgreementTerm, Case, Outcome
from desktop.core.domain import workflow
from desktop.core.domain.enums import (
    CaseStatus,
    Eligibility,
    FollowUpStatus,
    OutcomeKind,
    ParticipantRole,
)
from desktop.core.domain.labels import label
from desktop.core.domain.roles import EDIT_CASE
from desktop.core.errors import HoagiaiError, ValidationError, WorkflowError, raise_if_any
from desktop.core.i18n import N_
from desktop.core.policy.access import require
from desktop.core.services.cases.stale_edits import (
    FOLLOWED_UP_BY_SOMEONE_ELSE,
    require_row_version,
)
from desktop.core.services.cases.stop_requests import stop_requesters
from desktop.core.services.common import assign, editable_case, fetch, today_or

_MAY_BE_OBLIGED = (ParticipantRole.PARTY, ParticipantRole.RELATED)


@dataclass(frozen=True)
class TermInput:
    obliged_participant_id: uuid.UUID
    content: str
    deadline: date | None = None


@dataclass(frozen=True)
class AgreementInput:
    reached_on: date | None
    note: str = ""
    terms: tuple[TermInput, ...] = field(default_factory=tuple)


def _term_problems(case: Case, data: AgreementInput) -> list[HoagiaiError]:
    obligable = {p.id for p in case.participants if p.role in _MAY_BE_OBLIGED}
    problems: list[HoagiaiError] = []
    for number, term in enumerate(data.terms, start=1):
        if not term.content.strip():
            problems.append(ValidationError(
                N_("Term {number}: write what has to be done."), number=number))
        if term.obliged_participant_id not in obligable:
            problems.append(ValidationError(N_(
                "Term {number}: choose the party (or related person) who must carry it out."),
                number=number))
        if term.deadline and data.reached_on and term.deadline < data.reached_on:
            problems.append(ValidationError(N_(
                "Term {number}: the deadline cannot be before the date of the agreement."),
                number=number))
    return problems


def save_agreement(session: Session, case_id: uuid.UUID, data: AgreementInput) -> uuid.UUID:
    """Write the agreement and its terms (replacing earlier terms) before or after closing."""
    require(session, EDIT_CASE, case=case_id)
    case = editable_case(session, case_id)
    raise_if_any(_term_problems(case, data))
    agreement = case.agreement or Agreement(team_id=case.team_id, case_id=case.id)
    session.add(agreement)
    assign(agreement, {"reached_on": data.reached_on, "note": data.note.strip()})
    session.flush()
    _replace_terms(session, agreement, data.terms)
    return agreement.id


def _replace_terms(session: Session, agreement: Agreement, terms: tuple[TermInput, ...]) -> None:
    existing = list(agreement.terms)
    for ordinal, term in enumerate(terms, start=1):
        values = {"ordinal": ordinal, "obliged_participant_id": term.obliged_participant_id,
                  "content": term.content.strip(), "deadline": term.deadline}
        if existing:
            assign(existing.pop(0), values)
        else:
            session.add(AgreementTerm(team_id=agreement.team_id, agreement_id=agreement.id,
                                      **values))
    for leftover in existing:
        session.delete(leftover)
    session.flush()
    session.refresh(agreement, ["terms"])


def _facts(case: Case, now: datetime) -> workflow.CaseFacts:
    agreement = case.agreement
    return workflow.CaseFacts(
        status=case.status, received_on=case.received_on, eligibility=case.eligibility,
        party_count=sum(p.role is ParticipantRole.PARTY for p in case.participants),
        mediator_count=sum(a.is_current for a in case.assignments),
        hearing_count=sum(h.held_at <= now and not h.planned for h in case.hearings),
        agreement_reached_on=agreement.reached_on if agreement else None,
        term_count=len(agreement.terms) if agreement else 0,
    )


def close_case(session: Session, case_id: uuid.UUID, kind: OutcomeKind, decided_on: date,
               *, guidance: str = "", referred_to: str = "", note: str = "",
               not_eligible_because: Eligibility | None = None,
               stop_requested_by: tuple[uuid.UUID, ...] | None = None,
               today: date | None = None, now: datetime | None = None) -> None:
    """End the case with an outcome; every rule that is not met is reported at once.

    ``stop_requested_by``: the parties (participant ids) who asked to stop (Art. 23(2)); None
    when the caller does not say (the record then leaves a line to write it by hand)."""
    require(session, EDIT_CASE, case=case_id)
    case = editable_case(session, case_id)
    if kind is OutcomeKind.NOT_ELIGIBLE:
        _mark_not_eligible(case, not_eligible_because)
    problems = workflow.closing_problems(
        _facts(case, now or datetime.now()), kind, decided_on, today_or(today),
        referred_to=referred_to, guidance=guidance)
    requesters, requester_problems = stop_requesters(case, kind, stop_requested_by)
    raise_if_any([*problems, *requester_problems])
    outcome = case.outcome or Outcome(team_id=case.team_id, case_id=case.id, kind=kind,
                                      decided_on=decided_on)
    session.add(outcome)
    assign(outcome, {"kind": kind, "decided_on": decided_on, "guidance": guidance.strip(),
                     "referred_to": referred_to.strip(), "note": note.strip(),
                     "stop_requested_by": requesters})
    assign(case, {"status": kind.status, "closed_on": decided_on})


def _mark_not_eligible(case: Case, because: Eligibility | None) -> None:
    if because is None and case.eligibility.is_eligible:
        raise ValidationError(N_("Choose why the matter may not be mediated."),
                              field="eligibility")
    if because is not None:
        if because.is_eligible:
            raise ValidationError(N_("Choose why the matter may not be mediated."),
                                  field="eligibility")
        case.eligibility = because


def reopen_case(session: Session, case_id: uuid.UUID) -> None:
    """Undo a closing by amendment (the unit of work must carry a reason)."""
    require(session, EDIT_CASE, case=case_id)
    case = editable_case(session, case_id)
    if not case.status.is_closed:
        raise WorkflowError(N_("This case is still in progress."))
    if case.outcome is not None:
        session.delete(case.outcome)
    assign(case, {"status": CaseStatus.IN_PROGRESS, "closed_on": None})


def record_follow_up(session: Session, term_id: uuid.UUID, status: FollowUpStatus,
                     note: str = "", today: date | None = None, *,
                     seen_version: int | None = None) -> None:
    """Art. 25: the mediator checked whether one term was carried out (kept, partly, not).

    Allowed after the case was closed: following up the agreement is what comes after it.
    The journal keeps every follow-up (old and new status, note and date). ``seen_version``:
    the term's version when it was shown (the Today page, the case window); if another
    officer saved the term since, the answer is refused with who answered what."""
    term = fetch(session, AgreementTerm, term_id)
    case_id = term.agreement.case_id
    require(session, EDIT_CASE, case=case_id)
    if seen_version is not None:
        require_row_version(session, AgreementTerm, term_id, seen_version,
                            FOLLOWED_UP_BY_SOMEONE_ELSE, answer=label(status))
    if status is FollowUpStatus.PENDING:
        raise ValidationError(N_("Choose whether the term was carried out, partly or not."),
                              field="follow_up")
    on = today_or(today)
    if term.agreement.reached_on and on < term.agreement.reached_on:
        raise ValidationError(N_("A follow-up cannot come before the agreement."),
                              field="follow_up")
    assign(term, {"follow_up_status": status, "follow_up_note": note.strip(),
                  "followed_up_on": on})
