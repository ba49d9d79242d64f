"""Plain data handed from the services to the document modules.

Documents never see ORM objects or widgets: a service assembles one of these frozen dataclasses,
and a document module turns it into PDF bytes. All strings are display text as entered by users
(the document module normalises them to NFC and escapes them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.core.domain.enums import (
    AssignmentMethod,
    CaseStatus,
    ConventionStatus,
    Eligibility,
    FollowUpStatus,
    Grounds,
    MediatorRole,
    OutcomeKind,
    ParticipantRole,
    Sex,
)


@dataclass(frozen=True)
class TeamInfo:
    name: str  # e.g. "Tổ hòa giải tổ dân phố số 7"
    village: str  # thôn / tổ dân phố
    commune: str  # xã / phường / đặc khu
    province: str
    address: str = ""  # where the team meets, printed as its address
    district_legacy: str = ""  # old forms carry a district line: optional


@dataclass(frozen=True)
class PersonLine:
    full_name: str
    role: ParticipantRole
    sex: Sex | None = None
    birth_date: date | None = None
    birth_year: int | None = None
    citizen_id: str | None = None
    address: str = ""
    phone: str = ""
    represents: str = ""  # for a representative: whom they represent
    requested_mediation: bool = False  # a party who asked for mediation (Art. 16 cl. 1 a)


@dataclass(frozen=True)
class MediatorLine:
    full_name: str
    role: MediatorRole
    sex: Sex | None = None


@dataclass(frozen=True)
class HearingLine:
    held_at: datetime
    place: str
    is_public: bool
    course: str
    result: str


@dataclass(frozen=True)
class TermLine:
    obliged: str  # full name(s) of the party obliged by this term
    content: str
    deadline: date | None = None


@dataclass(frozen=True)
class CitedArticle:
    """An article (or one clause) of a village convention a case relies on, in the version that
    was in force when the matter arose (DOMAIN.md §5)."""

    convention_title: str  # "Hương ước tổ dân phố số 5"
    decision_no: str  # of the version cited: "45/QĐ-UBND"; "" when not recorded
    decision_date: date | None
    article_number: int
    clause_number: int | None = None  # None: the whole article
    article_title: str = ""


@dataclass(frozen=True)
class AgreementDocument:
    """Everything the written agreement (văn bản hòa giải thành, Art. 24) prints."""

    team: TeamInfo
    case_number: str  # "03/2026"
    case_title: str  # short name of the matter
    grounds: Grounds
    referrer: str  # who proposed mediation, for Grounds.PROPOSED_BY_OTHER; else ""
    summary: str  # main content of the matter
    participants: tuple[PersonLine, ...]  # parties first, then related, invited, representatives
    mediators: tuple[MediatorLine, ...]
    hearings: tuple[HearingLine, ...]
    reached_on: date  # the date agreement was reached (court deadline counts from it)
    terms: tuple[TermLine, ...]
    agreement_note: str = ""  # free text on how the agreement will be carried out
    issued_on: date | None = None  # date printed in the place-date line; defaults to reached_on
    place_name: str = ""  # place in the place-date line; defaults to the commune
    copies: int = 0  # 0: one per party plus one for the team
    author: str = ""  # who printed it, for the PDF metadata
    citations: tuple[CitedArticle, ...] = ()  # village convention articles relied on


@dataclass(frozen=True)
class CaseHeading:
    """What every case document prints about its case and team."""

    team: TeamInfo
    case_number: str
    case_title: str
    author: str = ""  # who printed it, for the PDF metadata
    group: str = ""  # the matter group (MatterGroup's value): a party "tranh chấp" or "mâu thuẫn"
    sensitive: bool = False  # its title names what invitees need not know (Art. 4)


@dataclass(frozen=True)
class PositionLine:
    """One side's position or demands (CaseParticipant.position)."""

    full_name: str
    position: str


@dataclass(frozen=True)
class UnsuccessfulDocument:
    """The record of unsuccessful mediation (biên bản hòa giải không thành, Art. 23)."""

    case: CaseHeading
    grounds: Grounds
    referrer: str
    summary: str
    participants: tuple[PersonLine, ...]
    positions: tuple[PositionLine, ...]  # of the parties, in party order
    mediators: tuple[MediatorLine, ...]
    hearings: tuple[HearingLine, ...]
    ended_on: date
    ended_by: OutcomeKind  # PARTY_ASKED_TO_STOP or MEDIATOR_ENDED
    guidance: str  # where the parties were guided to (Outcome.guidance)
    note: str = ""
    issued_on: date | None = None  # defaults to ended_on
    # who asked to stop (Art. 23(2)), "Bà Nguyễn Thị Hồng Nhung"; () leaves a line to fill in
    stop_requested_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class MinutesDocument:
    """The minutes of one hearing (biên bản buổi hòa giải)."""

    case: CaseHeading
    hearing_index: int  # 1-based order among the case's hearings
    hearing: HearingLine
    attendees: tuple[PersonLine, ...]  # participants present
    mediators: tuple[MediatorLine, ...]  # mediators present


@dataclass(frozen=True)
class InvitationDocument:
    """Invitations (giấy mời) to a hearing: one page for each invitee, in one PDF."""

    case: CaseHeading
    hearing_index: int
    hearing: HearingLine
    invitees: tuple[PersonLine, ...]  # parties, related, representatives, invited persons
    leader: str  # the team leader who signs; "" leaves the name to be written by hand
    issued_on: date


@dataclass(frozen=True)
class GuidanceDocument:
    """The court-recognition guidance sheet for a successful case (DOMAIN.md §2.9)."""

    case: CaseHeading
    parties: tuple[PersonLine, ...]
    reached_on: date  # the date agreement was reached
    deadline: date  # the last day to file (6 months moved off a day off, domain.deadlines)
    court: str  # the competent court as named on the sheet's date
    leader: str  # the team leader who signs; "" leaves a line
    issued_on: date
    corresponding_day: date | None = None  # six months on, before Art. 148 moved it


@dataclass(frozen=True)
class AssignmentLine:
    mediator: str
    method: AssignmentMethod
    assigned_on: date
    ended_on: date | None = None
    end_reason: str = ""


@dataclass(frozen=True)
class ConflictLine:
    mediator: str
    declared_on: date
    reason: str


@dataclass(frozen=True)
class CaseFileHearing:
    hearing: HearingLine
    attendees: tuple[str, ...]  # names of the participants and mediators present


@dataclass(frozen=True)
class OutcomeLine:
    kind: OutcomeKind
    decided_on: date
    referred_to: str = ""
    guidance: str = ""
    note: str = ""


@dataclass(frozen=True)
class FollowUpTerm:
    obliged: str
    content: str
    deadline: date | None
    status: FollowUpStatus
    note: str = ""
    overdue: bool = False  # past its time (Art. 148) and not recorded as kept, on the print day


@dataclass(frozen=True)
class CaseFileDocument:
    """Everything recorded about one case (tóm tắt hồ sơ vụ, việc), for the archive."""

    case: CaseHeading
    received_on: date
    arose_on: date | None
    grounds: Grounds
    referrer: str
    eligibility: Eligibility
    eligibility_note: str
    category: str  # the Vietnamese name of the kind of matter
    summary: str
    status: CaseStatus
    closed_on: date | None
    version: int
    participants: tuple[PersonLine, ...]
    positions: tuple[PositionLine, ...]
    assignments: tuple[AssignmentLine, ...]
    conflicts: tuple[ConflictLine, ...]
    hearings: tuple[CaseFileHearing, ...]
    outcome: OutcomeLine | None
    reached_on: date | None  # of the agreement, when there is one
    agreement_note: str
    terms: tuple[FollowUpTerm, ...]
    printed_on: date


@dataclass(frozen=True)
class LogbookRow:
    """One case in Part I of the logbook (DOMAIN.md §3.1)."""

    case_number: str
    received_on: date
    mediators: tuple[str, ...]  # current mediators
    invited: tuple[str, ...]  # invited persons
    people: tuple[str, ...]  # "name, age, address" of each party and related person
    content: str  # main content of the matter
    agreement: str  # the agreement reached, or each party's demands
    status: CaseStatus
    category: str  # kind of matter (Vietnamese name), for Part II
    notes: str = ""
    citations: tuple[CitedArticle, ...] = ()  # village convention articles relied on
    group: str = ""  # the matter group (MatterGroup's value): Part II's "phạm vi hòa giải"


@dataclass(frozen=True)
class LogbookDocument:
    """The logbook (sổ theo dõi hoạt động hòa giải ở cơ sở) for a period."""

    team: TeamInfo
    volume: str  # quyển số
    opened_on: date | None  # the volume's first entry; None: nothing entered yet
    closed_on: date | None  # when every case in it has ended; None: still open (by hand)
    rows: tuple[LogbookRow, ...]
    leader: str
    author: str = ""
    period_start: date | None = None  # the period printed (Part II's summary); else the cover's
    period_end: date | None = None


@dataclass(frozen=True)
class RemunerationCase:
    case_number: str
    title: str
    closed_on: date
    status: CaseStatus  # SUCCESSFUL or UNSUCCESSFUL
    mediators: tuple[str, ...]


@dataclass(frozen=True)
class RemunerationDocument:
    """The request for mediators' remuneration over a period (Joint Circular 100/2014: once
    per case per team)."""

    team: TeamInfo
    start: date
    end: date
    cases: tuple[RemunerationCase, ...]  # ended in the period, either outcome, not claimed
    rate: int  # VND per case: the province's (the settings), at most the ceiling
    leader: str
    issued_on: date
    mediator: str = ""  # "" : the request is for the whole team
    mediator_address: str = ""
    author: str = ""
    number: str = ""  # the request's own serial number, "03/2026"
    claimed_elsewhere: tuple[str, ...] = ()  # earlier requests holding other cases of the period
    source: str = ""  # the text that sets the rate and the rule

    @property
    def amount(self) -> int:
        return len(self.cases) * self.rate


@dataclass(frozen=True)
class ReviewVersionLine:
    """One recognised version of the convention in force at some time in the review period."""

    decision_no: str
    decision_date: date | None
    effective_on: date | None
    status: ConventionStatus
    status_since: date | None = None
    status_decision_no: str = ""
    status_decision_date: date | None = None


@dataclass(frozen=True)
class ReviewLine:
    """One article: how many cases received in the period cited it, by their outcome."""

    number: int
    title: str
    cases: int
    successful: int
    unsuccessful: int
    other: int  # still in progress, or not eligible


@dataclass(frozen=True)
class ConventionReviewDocument:
    """The evidence for a convention's annual review (DOMAIN.md §5): which articles the team's
    cases cited in a period, with their outcomes, and which were never cited."""

    team: TeamInfo
    convention_title: str
    village: str
    start: date
    end: date
    versions: tuple[ReviewVersionLine, ...]
    rows: tuple[ReviewLine, ...]  # every article, in order
    total_cases: int  # cases that cited any article (once each)
    leader: str
    issued_on: date
    author: str = ""

    @property
    def cited(self) -> tuple[ReviewLine, ...]:
        return tuple(row for row in self.rows if row.cases)

    @property
    def never_cited(self) -> tuple[ReviewLine, ...]:
        return tuple(row for row in self.rows if not row.cases)
