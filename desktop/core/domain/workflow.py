"""The rules of a case's life (Law 35/2013 Arts. 18, 20-24), as pure functions over plain facts.

Services gather ``CaseFacts`` from the database and ask these functions what is wrong; each
problem is a translated message that says what to do. Nothing here touches storage.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.core.domain.enums import CaseStatus, Eligibility, OutcomeKind
from desktop.core.errors import HoagiaiError, WorkflowError
from desktop.core.i18n import N_


@dataclass(frozen=True)
class CaseFacts:
    status: CaseStatus
    received_on: date
    eligibility: Eligibility
    party_count: int
    mediator_count: int  # mediators currently assigned
    hearing_count: int  # hearings already held
    agreement_reached_on: date | None
    term_count: int


def _problem(message_id: str, **params: object) -> HoagiaiError:
    return WorkflowError(message_id, **params)


def _date_problems(facts: CaseFacts, decided_on: date, today: date) -> list[HoagiaiError]:
    problems = []
    if decided_on < facts.received_on:
        problems.append(_problem(N_(
            "The closing date cannot be earlier than the date the case was received.")))
    if decided_on > today:
        problems.append(_problem(N_("The closing date cannot be in the future.")))
    return problems


def _mediation_problems(facts: CaseFacts, need_hearing: bool) -> list[HoagiaiError]:
    problems = []
    if not facts.eligibility.is_eligible:
        problems.append(_problem(N_(
            "The Eligibility field says this matter may not be mediated. Close it as "
            "'not eligible' and record where it was referred, or correct that field.")))
    if facts.mediator_count == 0:
        problems.append(_problem(N_(
            "No mediator is assigned to this case. Assign at least one mediator first.")))
    if need_hearing and facts.hearing_count == 0:
        problems.append(_problem(N_(
            "No hearing has been recorded. Record the hearing(s) first.")))
    return problems


def _agreement_problems(facts: CaseFacts, decided_on: date) -> list[HoagiaiError]:
    problems = []
    if facts.party_count < 2:
        problems.append(_problem(N_(
            "A successful mediation needs at least two parties. Add the parties on the "
            "Participants tab.")))
    if facts.agreement_reached_on is None:
        problems.append(_problem(N_(
            "Enter the date on which the parties reached the agreement.")))
    elif facts.agreement_reached_on > decided_on:
        problems.append(_problem(N_(
            "The agreement cannot be reached after the case is closed: check both dates.")))
    elif facts.agreement_reached_on < facts.received_on:
        problems.append(_problem(N_(
            "The agreement date cannot be earlier than the date the case was received.")))
    if facts.term_count == 0:
        problems.append(_problem(N_(
            "Add at least one term of the agreement: who must do what, and by when.")))
    return problems


def closing_problems(
    facts: CaseFacts,
    kind: OutcomeKind,
    decided_on: date,
    today: date,
    *,
    referred_to: str = "",
    guidance: str = "",
) -> list[HoagiaiError]:
    """Everything that stops the case from closing with ``kind`` now (empty: it may close)."""
    problems = _date_problems(facts, decided_on, today)
    if kind is OutcomeKind.SUCCESSFUL:
        problems += _mediation_problems(facts, need_hearing=True)
        problems += _agreement_problems(facts, decided_on)
    elif kind in (OutcomeKind.PARTY_ASKED_TO_STOP, OutcomeKind.MEDIATOR_ENDED):
        problems += _mediation_problems(facts, kind is OutcomeKind.MEDIATOR_ENDED)
        if not guidance.strip():
            problems.append(_problem(N_(
                "Write where the parties were guided to go next (for example the commune "
                "People's Committee or the court).")))
    elif not referred_to.strip():
        problems.append(_problem(N_(
            "Write to whom the matter was referred (for example the commune police or the "
            "commune People's Committee).")))
    return problems


def editing_problem(status: CaseStatus, reason: str) -> HoagiaiError | None:
    """A closed case is amended with a reason, never silently edited."""
    if status.is_closed and not reason.strip():
        return _problem(N_(
            "This case is closed. To change it, choose 'Amend' and write the reason for the "
            "amendment."))
    return None
