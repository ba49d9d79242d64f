"""A document's data, assembled from the case book: the one place that reads a case (or a team's
period) into the frozen dataclasses of ``desktop.core.documents.data`` that the renderers print.

Issuing (``issued``) builds every document through these functions, so a document is printed,
hashed and later verified from the same data. Journaling a print is ``printing``'s job.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db.models import (
    AgreementTerm,
    Case,
    CaseParticipant,
    Hearing,
    Mediator,
    Person,
    Team,
)
from desktop.core.documents.data import (
    AgreementDocument,
    AssignmentLine,
    CaseFileDocument,
    CaseFileHearing,
    CaseHeading,
    ConflictLine,
    FollowUpTerm,
    GuidanceDocument,
    HearingLine,
    InvitationDocument,
    LogbookDocument,
    LogbookRow,
    MediatorLine,
    MinutesDocument,
    OutcomeLine,
    PersonLine,
    PositionLine,
    RemunerationCase,
    RemunerationDocument,
    TermLine,
    UnsuccessfulDocument,
)
from desktop.core.documents.guidance import court_on, is_current_court_era
from desktop.core.documents.parts import common as common_wording
from desktop.core.domain.deadlines import (
    court_recognition_deadline,
    court_recognition_window_end,
    follow_up_overdue,
)
from desktop.core.domain.enums import CaseStatus, DocumentKind, MediatorRole, ParticipantRole
from desktop.core.domain.holidays import Holidays
from desktop.core.domain.roles import Permission
from desktop.core.domain.text import nfc
from desktop.core.errors import NotFoundError, WorkflowError
from desktop.core.i18n import N_
from desktop.core.policy.access import require
from desktop.core.policy.settings import COURT, get_setting, remuneration_rate
from desktop.core.services.cases import stop_requests
from desktop.core.services.common import fetch, today_or
from desktop.core.services.conventions.citations import cited_articles
from desktop.core.services.documents import claims
from desktop.core.services.documents.codes import content_hash
from desktop.core.services.teams import team_info, team_leader
from desktop.core.statistics.facts import book_holidays
from desktop.core.statistics.rules import load_rules

_ROLE_ORDER = [ParticipantRole.PARTY, ParticipantRole.RELATED, ParticipantRole.REPRESENTATIVE,
               ParticipantRole.INVITED]


# --- the lines every case document shares ----------------------------------------------------


def case_heading(session: Session, case: Case, author: str = "") -> CaseHeading:
    return CaseHeading(team_info(fetch(session, Team, case.team_id)), case.number, case.title,
                       author, case.category.group.value, case.sensitive)


def person_line(person: Person, role: ParticipantRole, represents: str = "",
                requested_mediation: bool = False) -> PersonLine:
    return PersonLine(person.full_name, role, person.sex, person.birth_date, person.birth_year,
                      person.citizen_id, person.address, person.phone, represents,
                      requested_mediation)


def participant_pairs(case: Case) -> list[tuple[CaseParticipant, PersonLine]]:
    """Each participant with its printed line: parties first, then related, representatives,
    invited persons."""
    by_id = {p.id: p for p in case.participants}
    ordered = sorted(case.participants, key=lambda p: (_ROLE_ORDER.index(p.role), p.ordinal))
    return [(p, person_line(p.person, p.role,
                            by_id[p.represents_id].person.full_name if p.represents_id else "",
                            p.requested_mediation))
            for p in ordered]


def participant_lines(case: Case) -> tuple[PersonLine, ...]:
    return tuple(line for _, line in participant_pairs(case))


def mediator_lines(session: Session, case: Case) -> tuple[MediatorLine, ...]:
    """The mediators currently assigned to the case."""
    current = [a for a in case.assignments if a.is_current]
    mediators = [fetch(session, Mediator, a.mediator_id) for a in current]
    return tuple(MediatorLine(m.full_name, m.role, m.sex) for m in mediators)


def hearing_line(hearing: Hearing) -> HearingLine:
    return HearingLine(hearing.held_at, hearing.place, hearing.is_public, hearing.course,
                       hearing.result)


def case_hearing(case: Case, order: int) -> Hearing:
    """The case's hearing number ``order`` (1-based, in time order)."""
    if not 1 <= order <= len(case.hearings):
        raise NotFoundError(N_("Case {number} has no hearing number {order}."),
                            number=case.number, order=order)
    return case.hearings[order - 1]


# --- the case documents ----------------------------------------------------------------------


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
        summary=case.summary, participants=participant_lines(case),
        mediators=mediator_lines(session, case),
        hearings=tuple(hearing_line(h) for h in case.hearings), reached_on=agreement.reached_on,
        terms=tuple(TermLine(t.obliged.person.full_name, t.content, t.deadline)
                    for t in agreement.terms),
        agreement_note=agreement.note, issued_on=issued_on, author=author,
        citations=cited_articles(session, case.id))


def unsuccessful_document(session: Session, case_id: uuid.UUID, author: str = "",
                          issued_on: date | None = None) -> UnsuccessfulDocument:
    """The record of unsuccessful mediation; only a case closed as unsuccessful has one."""
    case = fetch(session, Case, case_id)
    outcome = case.outcome
    if case.status is not CaseStatus.UNSUCCESSFUL or outcome is None:
        raise WorkflowError(N_(
            "A record of unsuccessful mediation can be printed only for a case closed as "
            "unsuccessful."))
    parties = sorted((p for p in case.participants if p.role == ParticipantRole.PARTY),
                     key=lambda p: p.ordinal)
    return UnsuccessfulDocument(
        case=case_heading(session, case, author), grounds=case.grounds, referrer=case.referrer,
        summary=case.summary, participants=participant_lines(case),
        positions=tuple(PositionLine(p.person.full_name, p.position) for p in parties),
        mediators=mediator_lines(session, case),
        hearings=tuple(hearing_line(h) for h in case.hearings), ended_on=outcome.decided_on,
        ended_by=outcome.kind, guidance=outcome.guidance, note=outcome.note,
        issued_on=issued_on, stop_requested_by=stop_requests.names(outcome.stop_requested_by))


def minutes_document(session: Session, case_id: uuid.UUID, order: int,
                     author: str = "") -> MinutesDocument:
    """The minutes of the case's hearing number ``order``, with who attended."""
    case = fetch(session, Case, case_id)
    hearing = case_hearing(case, order)
    present = {a.participant_id for a in hearing.attendees if a.participant_id}
    present_mediators = {a.mediator_id for a in hearing.attendees if a.mediator_id}
    attendees = [line for p, line in participant_pairs(case) if p.id in present]
    mediators = [fetch(session, Mediator, m) for m in present_mediators]
    mediators.sort(key=lambda m: (m.role is not MediatorRole.LEADER, m.full_name))
    return MinutesDocument(
        case=case_heading(session, case, author), hearing_index=order,
        hearing=hearing_line(hearing), attendees=tuple(attendees),
        mediators=tuple(MediatorLine(m.full_name, m.role, m.sex) for m in mediators))


def invitation_document(session: Session, case_id: uuid.UUID, order: int, author: str = "",
                        issued_on: date | None = None) -> InvitationDocument:
    """Invitations to hearing ``order``: for its recorded attendees, or if none were recorded
    (a hearing still to come), for every participant of the case. Dated today, or the hearing's
    day when reprinted after it (an invitation is never dated after its hearing)."""
    case = fetch(session, Case, case_id)
    hearing = case_hearing(case, order)
    present = {a.participant_id for a in hearing.attendees if a.participant_id}
    pairs = participant_pairs(case)
    invitees = [line for p, line in pairs if p.id in present] or [line for _, line in pairs]
    return InvitationDocument(
        case=case_heading(session, case, author), hearing_index=order,
        hearing=hearing_line(hearing), invitees=tuple(invitees),
        leader=team_leader(session, case.team_id, hearing.held_at.date()),
        issued_on=issued_on or min(today_or(None), hearing.held_at.date()))


def guidance_document(session: Session, case_id: uuid.UUID, author: str = "",
                      court: str = "", issued_on: date | None = None) -> GuidanceDocument:
    """The court-recognition guidance of a successful case; the court from ``court``, else the
    setting ``court_name`` (today's court, for a sheet dated in its time), else the court as it
    was called on the sheet's date. The last day is moved off a day off (Art. 148)."""
    case = fetch(session, Case, case_id)
    agreement = case.agreement
    if case.status is not CaseStatus.SUCCESSFUL or agreement is None or not agreement.reached_on:
        raise WorkflowError(N_(
            "The court-recognition guidance can be printed only for a case closed as "
            "successful."))
    issued_on = issued_on or today_or(None)
    parties = [line for p, line in participant_pairs(case) if p.role == ParticipantRole.PARTY]
    return GuidanceDocument(
        case=case_heading(session, case, author), parties=tuple(parties),
        reached_on=agreement.reached_on,
        deadline=court_recognition_window_end(agreement.reached_on, book_holidays(session)),
        court=_court(session, court, issued_on),
        leader=team_leader(session, case.team_id, agreement.reached_on),
        issued_on=issued_on, corresponding_day=court_recognition_deadline(agreement.reached_on))


def _court(session: Session, given: str, on: date) -> str:
    configured = get_setting(session, COURT.key).strip() if is_current_court_era(on) else ""
    return given.strip() or configured or court_on(on)


def casefile_document(session: Session, case_id: uuid.UUID, author: str = "",
                      printed_on: date | None = None) -> CaseFileDocument:
    """Everything recorded about one case, for the archive."""
    case = fetch(session, Case, case_id)
    pairs = participant_pairs(case)
    agreement = case.agreement
    printed_on = printed_on or today_or(None)
    holidays = book_holidays(session)
    return CaseFileDocument(
        case=case_heading(session, case, author), received_on=case.received_on,
        arose_on=case.arose_on, grounds=case.grounds, referrer=case.referrer,
        eligibility=case.eligibility, eligibility_note=case.eligibility_note,
        category=case.category.name_vi, summary=case.summary, status=case.status,
        closed_on=case.closed_on, version=case.version,
        participants=tuple(line for _, line in pairs),
        positions=tuple(PositionLine(line.full_name, p.position) for p, line in pairs),
        assignments=tuple(
            AssignmentLine(a.mediator.full_name, a.method, a.assigned_on, a.ended_on,
                           a.end_reason)
            for a in sorted(case.assignments, key=lambda a: a.assigned_on)),
        conflicts=tuple(ConflictLine(c.mediator.full_name, c.declared_on, c.reason)
                        for c in case.conflicts),
        hearings=tuple(_casefile_hearing(session, h, pairs) for h in case.hearings),
        outcome=_outcome_line(case),
        reached_on=agreement.reached_on if agreement else None,
        agreement_note=agreement.note if agreement else "",
        terms=tuple(_follow_up_term(t, printed_on, holidays)
                    for t in (agreement.terms if agreement else [])),
        printed_on=printed_on)


def _follow_up_term(term: AgreementTerm, on: date, holidays: Holidays) -> FollowUpTerm:
    """A term with its follow-up status computed for the print day, as the ward report counts
    it: past its time and not recorded as kept is "quá hạn", whatever was stored before."""
    kept = term.follow_up_status not in load_rules().follow_up_statuses
    return FollowUpTerm(term.obliged.person.full_name, term.content, term.deadline,
                        term.follow_up_status, term.follow_up_note,
                        follow_up_overdue(term.deadline, kept, on, holidays))


def _casefile_hearing(session: Session, hearing: Hearing,
                      pairs: list[tuple[CaseParticipant, PersonLine]]) -> CaseFileHearing:
    present = {a.participant_id for a in hearing.attendees if a.participant_id}
    names = [line.full_name for p, line in pairs if p.id in present]
    names += sorted(fetch(session, Mediator, a.mediator_id).full_name
                    for a in hearing.attendees if a.mediator_id)
    return CaseFileHearing(hearing_line(hearing), tuple(names))


def _outcome_line(case: Case) -> OutcomeLine | None:
    o = case.outcome
    return OutcomeLine(o.kind, o.decided_on, o.referred_to, o.guidance, o.note) if o else None


# --- the team documents over a period --------------------------------------------------------


def logbook_document(session: Session, team_id: uuid.UUID, start: date, end: date,
                     volume: str = "", author: str = "") -> LogbookDocument:
    """The logbook of the cases received from ``start`` to ``end`` (both included). The cover
    carries the volume's own dates: opened on its first entry, closed only once every case in
    it has ended (on the last end, never a day still to come), else left to write by hand."""
    cases = session.scalars(
        select(Case).where(Case.team_id == team_id, Case.received_on >= start,
                           Case.received_on <= end)
        .order_by(Case.received_on, Case.year, Case.seq)).all()
    return LogbookDocument(
        team=team_info(fetch(session, Team, team_id)), volume=volume,
        opened_on=min((c.received_on for c in cases), default=None),
        closed_on=_volume_closed_on(cases, today_or(None)),
        rows=tuple(_logbook_row(session, case) for case in cases),
        leader=team_leader(session, team_id, end), author=author, period_start=start,
        period_end=end)


def _volume_closed_on(cases: Sequence[Case], today: date) -> date | None:
    if not cases or any(not c.status.is_closed or c.closed_on is None for c in cases):
        return None
    last = max(c.closed_on for c in cases if c.closed_on is not None)
    return last if last <= today else None


def _logbook_row(session: Session, case: Case) -> LogbookRow:
    pairs = participant_pairs(case)
    people = [_name_age_address(line, case.received_on) for p, line in pairs
              if p.role in (ParticipantRole.PARTY, ParticipantRole.RELATED)]
    invited = [line.full_name for p, line in pairs if p.role is ParticipantRole.INVITED]
    referred = case.outcome.referred_to.strip() if case.outcome else ""
    return LogbookRow(
        case_number=case.number, received_on=case.received_on,
        mediators=tuple(m.full_name for m in mediator_lines(session, case)),
        invited=tuple(invited), people=tuple(people), content=case.summary or case.title,
        agreement=_agreement_or_demands(case, pairs), status=case.status,
        category=case.category.name_vi, notes=referred,
        citations=cited_articles(session, case.id), group=case.category.group.value)


def _name_age_address(person: PersonLine, on: date) -> str:
    parts = [person.full_name]
    age = age_on(person, on)
    if age is not None:
        parts.append(f"{age} tuổi")
    if person.address.strip():
        parts.append(person.address.strip())
    if person.requested_mediation:  # column (4) is where the logbook names the parties
        parts.append(common_wording().text("people.requested_mediation"))
    return ", ".join(parts)


def age_on(person: PersonLine, on: date) -> int | None:
    """Age in whole years on ``on``; from the birth year alone when that is all we know."""
    if person.birth_date is not None:
        born = person.birth_date
        return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return on.year - person.birth_year if person.birth_year is not None else None


def _agreement_or_demands(case: Case,
                          pairs: list[tuple[CaseParticipant, PersonLine]]) -> str:
    """Column (6): the terms agreed, or else each party's demands."""
    if case.status is CaseStatus.SUCCESSFUL and case.agreement and case.agreement.terms:
        return "\n".join(f"{t.obliged.person.full_name}: {t.content}"
                         for t in case.agreement.terms)
    return "\n".join(f"{line.full_name}: {p.position}" for p, line in pairs
                     if p.role is ParticipantRole.PARTY and p.position.strip())


def remuneration_document(session: Session, team_id: uuid.UUID, start: date, end: date,
                          mediator_name: str = "", author: str = "",
                          issued_on: date | None = None) -> RemunerationDocument:
    """The request over a period, for one mediator (by name) or for the whole team: the cases
    that ended and are not claimed by another request (once per case per team, ``claims``)."""
    require(session, Permission.APPROVE_REMUNERATION)
    mediator = find_mediator(session, team_id, mediator_name) if mediator_name.strip() else None
    on = issued_on or today_or(None)
    plan = claims.plan_claim(session, team_id, mediator.id if mediator else None, start, end,
                             on, remuneration_rate(session))
    return RemunerationDocument(
        team=team_info(fetch(session, Team, team_id)), start=start, end=end,
        cases=tuple(_remuneration_case(session, c) for c in plan.cases), rate=plan.rate,
        leader=team_leader(session, team_id, end), issued_on=on,
        mediator=mediator.full_name if mediator else "",
        mediator_address=mediator.address if mediator else "", author=author,
        number=claims.claim_number(plan.seq, plan.year), claimed_elsewhere=plan.earlier,
        source=load_rules().remuneration.source.text())


def record_remuneration_claim(session: Session, team_id: uuid.UUID, start: date, end: date,
                              mediator_name: str, on: date, printed_hash: str,
                              code: str) -> None:
    """Record an issued remuneration request with its cases, so none is claimed twice; refused
    when another request was recorded since this one was prepared (its paper is out of date)."""
    require(session, Permission.APPROVE_REMUNERATION)  # a refusal comes before any other answer
    mediator = find_mediator(session, team_id, mediator_name) if mediator_name.strip() else None
    mediator_id = mediator.id if mediator else None
    document = remuneration_document(session, team_id, start, end, mediator_name, issued_on=on)
    if content_hash(DocumentKind.REMUNERATION, document) != printed_hash:
        raise WorkflowError(claims.STALE)
    plan = claims.plan_claim(session, team_id, mediator_id, start, end, on,
                             remuneration_rate(session))
    claims.record_claim(session, plan, team_id, mediator_id, start, end, on, code)


def _remuneration_case(session: Session, case: Case) -> RemunerationCase:
    assert case.closed_on is not None  # a closed case
    return RemunerationCase(case.number, case.title, case.closed_on, case.status,
                            tuple(m.full_name for m in mediator_lines(session, case)))


def find_mediator(session: Session, team_id: uuid.UUID, name: str) -> Mediator:
    """The team's mediator with this full name (case and accents as typed, spaces ignored)."""
    wanted = " ".join(nfc(name).split()).casefold()
    for mediator in session.scalars(select(Mediator).where(Mediator.team_id == team_id)):
        if " ".join(nfc(mediator.full_name).split()).casefold() == wanted:
            return mediator
    raise NotFoundError(N_("There is no mediator named {name} in this team."), name=name)
