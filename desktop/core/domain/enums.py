"""The closed vocabularies of the domain (DOMAIN.md §2, §7).

Values are stored as these strings in the database and in exchange packages, so a value is never
renamed or reused; add new members instead. Display names live in the translation catalogue
(see ``desktop.core.domain.labels``).
"""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


class MediatorRole(StrEnum):
    LEADER = "leader"
    MEMBER = "member"


class Grounds(StrEnum):
    """Why mediation started (Law 35/2013, Art. 16)."""

    PARTY_REQUEST = "party_request"
    MEDIATOR_WITNESSED = "mediator_witnessed"
    LEADER_ASSIGNED = "leader_assigned"
    PROPOSED_BY_OTHER = "proposed_by_other"  # an agency, organisation or person: record who


class Eligibility(StrEnum):
    """The intake answer: may this matter be mediated at the grassroots (DOMAIN.md §2.1)?"""

    ELIGIBLE = "eligible"
    AGAINST_PUBLIC_INTEREST = "against_public_interest"
    MUST_BE_SANCTIONED = "must_be_sanctioned"
    FORBIDDEN_BY_CIVIL_PROCEDURE = "forbidden_by_civil_procedure"

    @property
    def is_eligible(self) -> bool:
        return self is Eligibility.ELIGIBLE


class CaseStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    SUCCESSFUL = "successful"
    UNSUCCESSFUL = "unsuccessful"
    NOT_ELIGIBLE = "not_eligible"

    @property
    def is_closed(self) -> bool:
        return self is not CaseStatus.IN_PROGRESS


class OutcomeKind(StrEnum):
    """How a case ended (Art. 23)."""

    SUCCESSFUL = "successful"
    PARTY_ASKED_TO_STOP = "party_asked_to_stop"
    MEDIATOR_ENDED = "mediator_ended"
    NOT_ELIGIBLE = "not_eligible"

    @property
    def status(self) -> CaseStatus:
        return {
            OutcomeKind.SUCCESSFUL: CaseStatus.SUCCESSFUL,
            OutcomeKind.PARTY_ASKED_TO_STOP: CaseStatus.UNSUCCESSFUL,
            OutcomeKind.MEDIATOR_ENDED: CaseStatus.UNSUCCESSFUL,
            OutcomeKind.NOT_ELIGIBLE: CaseStatus.NOT_ELIGIBLE,
        }[self]


class ParticipantRole(StrEnum):
    PARTY = "party"
    RELATED = "related"  # người có quyền lợi, nghĩa vụ liên quan
    INVITED = "invited"  # người được mời tham gia hòa giải (Art. 19)
    REPRESENTATIVE = "representative"


class AssignmentMethod(StrEnum):
    """Art. 18: the parties choose, otherwise the leader assigns."""

    CHOSEN_BY_PARTIES = "chosen_by_parties"
    ASSIGNED_BY_LEADER = "assigned_by_leader"


class FollowUpStatus(StrEnum):
    """Art. 25 follow-up of one agreement term."""

    PENDING = "pending"
    IMPLEMENTED = "implemented"
    PARTLY_IMPLEMENTED = "partly_implemented"
    NOT_IMPLEMENTED = "not_implemented"


class MatterGroup(StrEnum):
    """The three statistical groups every category rolls up to (DOMAIN.md §4)."""

    CONFLICT = "conflict"  # (1) conflicts between parties
    CIVIL_FAMILY = "civil_family"  # (2) civil and marriage-family disputes
    OTHER = "other"  # (3) other matters within scope


class ConventionStatus(StrEnum):
    """Where a version of a village convention stands (Decree 61/2023, DOMAIN.md §5)."""

    IN_FORCE = "in_force"
    PARTLY_SUSPENDED = "partly_suspended"  # still in force, except the suspended articles
    SUSPENDED = "suspended"
    ABOLISHED = "abolished"
    REPLACED = "replaced"  # by a later version (an amendment or a new convention)

    @property
    def applies(self) -> bool:
        """May a case cite this version (on a date after its status changed)?"""
        return self in (ConventionStatus.IN_FORCE, ConventionStatus.PARTLY_SUSPENDED,
                        ConventionStatus.REPLACED)


class ArticleChange(StrEnum):
    """What a version did to an article, compared with the version before it."""

    NEW = "new"
    AMENDED = "amended"
    UNCHANGED = "unchanged"


class DocumentKind(StrEnum):
    """Names of the documents, as recorded in the journal and used by the CLI."""

    AGREEMENT = "agreement"  # văn bản hòa giải thành
    UNSUCCESSFUL = "unsuccessful"  # biên bản hòa giải không thành
    MINUTES = "minutes"  # biên bản buổi hòa giải
    INVITATION = "invitation"  # giấy mời
    CASEFILE = "casefile"  # tóm tắt hồ sơ vụ, việc
    LOGBOOK = "logbook"  # sổ theo dõi hoạt động hòa giải ở cơ sở
    REMUNERATION = "remuneration"  # giấy đề nghị thanh toán thù lao
    GUIDANCE = "guidance"  # hướng dẫn yêu cầu Tòa án công nhận kết quả hòa giải thành
