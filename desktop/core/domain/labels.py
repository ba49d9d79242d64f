"""Display names of the domain's vocabularies, in the terms of DOMAIN.md §7 (translated)."""

from __future__ import annotations

from enum import Enum

from desktop.core.domain.enums import (
    AssignmentMethod,
    CaseStatus,
    ConventionStatus,
    DocumentKind,
    Eligibility,
    FollowUpStatus,
    Grounds,
    MediatorRole,
    OutcomeKind,
    ParticipantRole,
    Sex,
)
from desktop.core.i18n import N_, _

_LABELS: tuple[tuple[Enum, str], ...] = (
    (Sex.MALE, N_("Male")),
    (Sex.FEMALE, N_("Female")),
    (MediatorRole.LEADER, N_("Team leader")),
    (MediatorRole.MEMBER, N_("Mediator")),
    (Grounds.PARTY_REQUEST, N_("A party asked for mediation")),
    (Grounds.MEDIATOR_WITNESSED, N_("A mediator witnessed or learned of it")),
    (Grounds.LEADER_ASSIGNED, N_("The team leader assigned it")),
    (Grounds.PROPOSED_BY_OTHER, N_("Proposed by an agency, organisation or person")),
    (Eligibility.ELIGIBLE, N_("May be mediated")),
    (Eligibility.AGAINST_PUBLIC_INTEREST, N_("Not eligible: against the interests of the State "
                                            "or the public")),
    (Eligibility.MUST_BE_SANCTIONED, N_("Not eligible: a violation that must be prosecuted or "
                                       "sanctioned")),
    (Eligibility.FORBIDDEN_BY_CIVIL_PROCEDURE, N_("Not eligible: civil-procedure law forbids "
                                                 "mediating it")),
    (CaseStatus.IN_PROGRESS, N_("In progress")),
    (CaseStatus.SUCCESSFUL, N_("Successful")),
    (CaseStatus.UNSUCCESSFUL, N_("Unsuccessful")),
    (CaseStatus.NOT_ELIGIBLE, N_("Not eligible")),
    (OutcomeKind.SUCCESSFUL, N_("Successful: the parties agreed")),
    (OutcomeKind.PARTY_ASKED_TO_STOP, N_("Unsuccessful: a party asked to stop")),
    (OutcomeKind.MEDIATOR_ENDED, N_("Unsuccessful: the mediator ended it, agreement impossible")),
    (OutcomeKind.NOT_ELIGIBLE, N_("Not eligible: referred elsewhere")),
    (ParticipantRole.PARTY, N_("Party")),
    (ParticipantRole.RELATED, N_("Related person")),
    (ParticipantRole.INVITED, N_("Invited person")),
    (ParticipantRole.REPRESENTATIVE, N_("Representative")),
    (AssignmentMethod.CHOSEN_BY_PARTIES, N_("Chosen by the parties")),
    (AssignmentMethod.ASSIGNED_BY_LEADER, N_("Assigned by the team leader")),
    (FollowUpStatus.PENDING, N_("Not yet due / being followed")),
    (FollowUpStatus.IMPLEMENTED, N_("Implemented")),
    (FollowUpStatus.PARTLY_IMPLEMENTED, N_("Partly implemented")),
    (FollowUpStatus.NOT_IMPLEMENTED, N_("Not implemented")),
    (ConventionStatus.IN_FORCE, N_("In force")),
    (ConventionStatus.PARTLY_SUSPENDED, N_("Partly suspended")),
    (ConventionStatus.SUSPENDED, N_("Suspended")),
    (ConventionStatus.ABOLISHED, N_("Abolished")),
    (ConventionStatus.REPLACED, N_("Replaced")),
    (DocumentKind.AGREEMENT, N_("Written agreement")),
    (DocumentKind.UNSUCCESSFUL, N_("Record of unsuccessful mediation")),
    (DocumentKind.MINUTES, N_("Hearing minutes")),
    (DocumentKind.INVITATION, N_("Invitation")),
    (DocumentKind.CASEFILE, N_("Case file summary")),
    (DocumentKind.LOGBOOK, N_("Logbook")),
    (DocumentKind.REMUNERATION, N_("Remuneration request")),
    (DocumentKind.GUIDANCE, N_("Court-recognition guidance sheet")),
)


# StrEnum members of different enums with the same value compare equal (CaseStatus.SUCCESSFUL ==
# OutcomeKind.SUCCESSFUL), so the lookup is keyed by (enum class, value), never by the member.
_BY_KIND = {(type(member), member.value): text for member, text in _LABELS}


def label(member: Enum) -> str:
    """The translated display name of any member of the domain's enums."""
    return _(_BY_KIND[(type(member), member.value)])


def status_label(status: CaseStatus) -> str:
    return label(status)
