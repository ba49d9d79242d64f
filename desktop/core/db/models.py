"""The SQLAlchemy 2 typed models of a team's case book.

Every record that travels to the ward office derives from ``Tracked``: a UUID key, the owning
team, a version (SQLAlchemy's optimistic ``version_id_col``: a stale write raises instead of
overwriting) and who/when of the last change. The change journal is written for them by
``desktop.core.db.journal`` in the same flush. Wall-clock times of hearings are local; audit
stamps are UTC.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Enum,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from desktop.core.domain.enums import (
    ArticleChange,
    AssignmentMethod,
    CaseStatus,
    ConventionStatus,
    Eligibility,
    FollowUpStatus,
    Grounds,
    MatterGroup,
    MediatorRole,
    OutcomeKind,
    ParticipantRole,
    Sex,
)
from desktop.core.domain.numbering import format_case_number

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def enum_column(enum_class: type[Any]) -> Enum:
    """Enums stored as their string values (portable, readable in exports)."""
    return Enum(
        enum_class,
        native_enum=False,
        length=40,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {uuid.UUID: Uuid(), dict[str, Any]: JSON()}


class Tracked:
    """A record that travels: UUID, version, last change. The journal covers it."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    version: Mapped[int] = mapped_column(nullable=False)
    changed_by: Mapped[str] = mapped_column(String(80), default="")
    changed_at: Mapped[datetime | None] = mapped_column(default=None)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]

    @property
    def owning_team_id(self) -> uuid.UUID:
        return self.team_id  # type: ignore[attr-defined, no-any-return]


class TeamOwned(Tracked):
    @declared_attr
    def team_id(cls) -> Mapped[uuid.UUID]:
        return mapped_column(ForeignKey("teams.id"), index=True)


class Team(Tracked, Base):
    __tablename__ = "teams"

    name: Mapped[str] = mapped_column(String(200))
    village: Mapped[str] = mapped_column(String(200))  # thôn / tổ dân phố
    commune: Mapped[str] = mapped_column(String(200))  # xã / phường / đặc khu
    province: Mapped[str] = mapped_column(String(200))
    district_legacy: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")

    @property
    def owning_team_id(self) -> uuid.UUID:
        return self.id


class Mediator(TeamOwned, Base):
    __tablename__ = "mediators"

    full_name: Mapped[str] = mapped_column(String(120))
    sex: Mapped[Sex] = mapped_column(enum_column(Sex))
    birth_year: Mapped[int | None] = mapped_column(default=None)
    ethnicity: Mapped[str] = mapped_column(String(60), default="")
    role: Mapped[MediatorRole] = mapped_column(enum_column(MediatorRole))
    recognition_decision_no: Mapped[str] = mapped_column(String(60), default="")
    recognition_decision_date: Mapped[date | None] = mapped_column(default=None)
    start_date: Mapped[date | None] = mapped_column(default=None)
    end_date: Mapped[date | None] = mapped_column(default=None)
    phone: Mapped[str] = mapped_column(String(30), default="")
    address: Mapped[str] = mapped_column(String(300), default="")

    def is_active_on(self, day: date) -> bool:
        started = self.start_date is None or self.start_date <= day
        return started and (self.end_date is None or day <= self.end_date)


class Person(TeamOwned, Base):
    __tablename__ = "persons"

    full_name: Mapped[str] = mapped_column(String(120))
    sex: Mapped[Sex | None] = mapped_column(enum_column(Sex), default=None)
    birth_date: Mapped[date | None] = mapped_column(default=None)
    birth_year: Mapped[int | None] = mapped_column(default=None)
    citizen_id: Mapped[str | None] = mapped_column(String(12), default=None)
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")


class MatterCategory(Base):
    """A fine category of matter, rolling up to one of the three statistical groups.

    Reference data: seeded from ``resources/reference/categories.toml`` and later sent down by
    the ward. Codes are never reused; a category that is no longer offered is ``retired``.
    """

    __tablename__ = "matter_categories"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    group: Mapped[MatterGroup] = mapped_column(enum_column(MatterGroup))
    name_vi: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(default=0)
    retired: Mapped[bool] = mapped_column(default=False)


class Case(TeamOwned, Base):
    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("team_id", "year", "seq", name="uq_cases_team_year_seq"),
        # The case list's orders, each ending in the number (migration 0021): a page of 100
        # read along an index in either direction, no sort of the whole book. Title and
        # parties: desktop.core.db.sort_keys.
        Index("ix_cases_team_status_number", "team_id", "status", "year", "seq"),
        Index("ix_cases_team_received_number", "team_id", "received_on", "year", "seq"),
        Index("ix_cases_team_status_received_number",
              "team_id", "status", "received_on", "year", "seq"),
        # The statistics' (migration 0022): the book's cases in the order they came in, those
        # ended on a day, and the open ones (few of a province's million) in that order.
        Index("ix_cases_received_number", "received_on", "year", "seq"),
        Index("ix_cases_closed_on", "closed_on"),
        Index("ix_cases_open_received_number", "received_on", "year", "seq",
              postgresql_where=text("status = 'in_progress'"),
              sqlite_where=text("status = 'in_progress'"), postgresql_include=["team_id"]),
    )

    year: Mapped[int]
    seq: Mapped[int]
    received_on: Mapped[date]
    arose_on: Mapped[date | None] = mapped_column(default=None)
    title: Mapped[str] = mapped_column(String(200))
    grounds: Mapped[Grounds] = mapped_column(enum_column(Grounds))
    referrer: Mapped[str] = mapped_column(String(200), default="")
    eligibility: Mapped[Eligibility] = mapped_column(enum_column(Eligibility))
    eligibility_note: Mapped[str] = mapped_column(Text, default="")
    category_code: Mapped[str] = mapped_column(ForeignKey("matter_categories.code"))
    summary: Mapped[str] = mapped_column(Text, default="")
    sensitive: Mapped[bool] = mapped_column(default=False)
    status: Mapped[CaseStatus] = mapped_column(
        enum_column(CaseStatus), default=CaseStatus.IN_PROGRESS
    )
    closed_on: Mapped[date | None] = mapped_column(default=None)

    category: Mapped[MatterCategory] = relationship(lazy="joined")
    participants: Mapped[list[CaseParticipant]] = relationship(
        back_populates="case", order_by="CaseParticipant.ordinal"
    )
    assignments: Mapped[list[MediatorAssignment]] = relationship(back_populates="case")
    conflicts: Mapped[list[ConflictDeclaration]] = relationship(back_populates="case")
    hearings: Mapped[list[Hearing]] = relationship(
        back_populates="case", order_by="Hearing.held_at"
    )
    outcome: Mapped[Outcome | None] = relationship(back_populates="case")
    agreement: Mapped[Agreement | None] = relationship(back_populates="case")

    @property
    def number(self) -> str:
        return format_case_number(self.seq, self.year)


class CaseParticipant(TeamOwned, Base):
    __tablename__ = "case_participants"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    role: Mapped[ParticipantRole] = mapped_column(enum_column(ParticipantRole))
    ordinal: Mapped[int] = mapped_column(default=0)
    represents_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("case_participants.id"), default=None
    )
    position: Mapped[str] = mapped_column(Text, default="")  # the side's demands or position
    # This party asked the team to mediate (Art. 16 cl. 1 a); False also for older records.
    requested_mediation: Mapped[bool] = mapped_column(default=False)

    case: Mapped[Case] = relationship(back_populates="participants")
    person: Mapped[Person] = relationship(lazy="joined")


class ConflictDeclaration(TeamOwned, Base):
    """A mediator's declaration of an interest in a case (Art. 18): they may not be assigned."""

    __tablename__ = "conflict_declarations"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    mediator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("mediators.id"))
    declared_on: Mapped[date]
    reason: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="conflicts")
    mediator: Mapped[Mediator] = relationship(lazy="joined")


class MediatorAssignment(TeamOwned, Base):
    __tablename__ = "mediator_assignments"
    __table_args__ = (
        # The current ones by case, with the mediator and the day (migration 0023): the
        # mediators' tally and the late starts read them from the index alone.
        Index("ix_mediator_assignments_current", "case_id",
              postgresql_where=text("ended_on IS NULL"), sqlite_where=text("ended_on IS NULL"),
              postgresql_include=["mediator_id", "assigned_on"]),
    )

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    mediator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("mediators.id"), index=True)
    method: Mapped[AssignmentMethod] = mapped_column(enum_column(AssignmentMethod))
    assigned_on: Mapped[date]
    no_conflict_confirmed: Mapped[bool] = mapped_column(default=False)
    ended_on: Mapped[date | None] = mapped_column(default=None)
    end_reason: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="assignments")
    mediator: Mapped[Mediator] = relationship(lazy="joined")

    @property
    def is_current(self) -> bool:
        return self.ended_on is None


class Hearing(TeamOwned, Base):
    """A mediation session (buổi hòa giải); never called ``Session``."""

    __tablename__ = "hearings"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    held_at: Mapped[datetime]
    place: Mapped[str] = mapped_column(String(300))
    is_public: Mapped[bool] = mapped_column(default=False)
    course: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    # Planned: invitees and time set, not yet recorded as held (course and result come later).
    planned: Mapped[bool] = mapped_column(default=False)
    duration_minutes: Mapped[int] = mapped_column(default=60)
    # Mediated on the spot (Art. 20): the 3-day start does not apply to the case.
    on_the_spot: Mapped[bool] = mapped_column(default=False)

    case: Mapped[Case] = relationship(back_populates="hearings")
    attendees: Mapped[list[HearingAttendee]] = relationship(back_populates="hearing")


class HearingAttendee(TeamOwned, Base):
    """One person present at a hearing: a case participant or a mediator."""

    __tablename__ = "hearing_attendees"
    __table_args__ = (
        CheckConstraint(
            "(participant_id IS NULL) <> (mediator_id IS NULL)", name="one_kind_of_attendee"
        ),
    )

    hearing_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hearings.id"), index=True)
    participant_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("case_participants.id"), default=None
    )
    mediator_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("mediators.id"), default=None
    )

    hearing: Mapped[Hearing] = relationship(back_populates="attendees")


class Outcome(TeamOwned, Base):
    __tablename__ = "outcomes"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), unique=True)
    kind: Mapped[OutcomeKind] = mapped_column(enum_column(OutcomeKind))
    decided_on: Mapped[date]
    referred_to: Mapped[str] = mapped_column(String(300), default="")  # not eligible
    guidance: Mapped[str] = mapped_column(Text, default="")  # unsuccessful: where to go next
    # unsuccessful: who asked to stop the mediation (Art. 23 cl. 2-3), in words
    stop_requested_by: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="outcome")


class Agreement(TeamOwned, Base):
    __tablename__ = "agreements"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), unique=True)
    reached_on: Mapped[date | None] = mapped_column(default=None)
    note: Mapped[str] = mapped_column(Text, default="")  # how it will be carried out

    case: Mapped[Case] = relationship(back_populates="agreement")
    terms: Mapped[list[AgreementTerm]] = relationship(
        back_populates="agreement", order_by="AgreementTerm.ordinal"
    )


class AgreementTerm(TeamOwned, Base):
    __tablename__ = "agreement_terms"
    __table_args__ = (
        # the terms still to perform by a day, their agreement read from the index (0022)
        Index("ix_agreement_terms_follow_up", "follow_up_status", "deadline",
              postgresql_include=["agreement_id"]),
    )

    agreement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agreements.id"), index=True)
    ordinal: Mapped[int]
    obliged_participant_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("case_participants.id")
    )
    content: Mapped[str] = mapped_column(Text)
    deadline: Mapped[date | None] = mapped_column(default=None)
    follow_up_status: Mapped[FollowUpStatus] = mapped_column(
        enum_column(FollowUpStatus), default=FollowUpStatus.PENDING
    )
    follow_up_note: Mapped[str] = mapped_column(Text, default="")
    followed_up_on: Mapped[date | None] = mapped_column(default=None)

    agreement: Mapped[Agreement] = relationship(back_populates="terms")
    obliged: Mapped[CaseParticipant] = relationship(lazy="joined")


class JournalEntry(Base):
    """One link of the append-only, hash-chained change journal (database triggers forbid
    UPDATE and DELETE). ``hash`` covers every other column and the previous entry's hash."""

    __tablename__ = "change_journal"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    author: Mapped[str] = mapped_column(String(80))
    device: Mapped[str] = mapped_column(String(80))
    op: Mapped[str] = mapped_column(String(20))  # insert, update, delete, or an event name
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    team_id: Mapped[str | None] = mapped_column(String(36))
    version: Mapped[int | None]
    changes: Mapped[dict[str, Any]]
    reason: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class JournalHead(Base):
    """The single row that points at the journal's last link; locking it serialises writers."""

    __tablename__ = "journal_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_seq: Mapped[int]
    last_hash: Mapped[str] = mapped_column(String(64))


class AppSetting(Base):
    """Settings of this database: its own team, its device id, the remuneration rate..."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CaseSearchText(Base):
    """Folded words of a case (number, title, summary, names) for diacritic-blind search."""

    __tablename__ = "case_search_text"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    folded: Mapped[str] = mapped_column(Text)


TRACKED_MODELS: tuple[type[Tracked], ...] = (
    Team, Mediator, Person, Case, CaseParticipant, ConflictDeclaration, MediatorAssignment,
    Hearing, HearingAttendee, Outcome, Agreement, AgreementTerm,
)


# --- village conventions (hương ước, quy ước; DOMAIN.md §5) -----------------------------------

class Convention(TeamOwned, Base):
    """A community's convention; its text lives in versions, one per recognition decision."""

    __tablename__ = "conventions"

    title: Mapped[str] = mapped_column(String(300))
    village: Mapped[str] = mapped_column(String(200), default="")

    versions: Mapped[list[ConventionVersion]] = relationship(
        back_populates="convention", order_by="ConventionVersion.ordinal")


class ConventionVersion(TeamOwned, Base):
    """One recognised text: it takes effect on the decision's date unless told otherwise."""

    __tablename__ = "convention_versions"
    __table_args__ = (UniqueConstraint("convention_id", "ordinal",
                                       name="uq_convention_versions_convention_ordinal"),)

    convention_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conventions.id"), index=True)
    ordinal: Mapped[int]  # 1 for the first recognised text, 2 for its first amendment...
    decision_no: Mapped[str] = mapped_column(String(60), default="")
    decision_date: Mapped[date | None] = mapped_column(default=None)
    effective_on: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[ConventionStatus] = mapped_column(
        enum_column(ConventionStatus), default=ConventionStatus.IN_FORCE)
    status_since: Mapped[date | None] = mapped_column(default=None)
    # the decision that set the status (suspension, abolition, restoration): migration 0008
    status_decision_no: Mapped[str] = mapped_column(String(60), default="", server_default="")
    status_decision_date: Mapped[date | None] = mapped_column(default=None)
    previous_version_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("convention_versions.id"), default=None)
    preamble: Mapped[str] = mapped_column(Text, default="")
    closing: Mapped[str] = mapped_column(Text, default="")  # the signature block
    source_name: Mapped[str] = mapped_column(String(300), default="")

    convention: Mapped[Convention] = relationship(back_populates="versions")
    articles: Mapped[list[ConventionArticle]] = relationship(
        back_populates="convention_version", order_by="ConventionArticle.ordinal")


class ConventionArticle(TeamOwned, Base):
    """An article as one version has it; ``lineage_id`` is shared by the same article in every
    version, so each article keeps its history and old citations keep their old text."""

    __tablename__ = "convention_articles"

    convention_version_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("convention_versions.id"), index=True)
    lineage_id: Mapped[uuid.UUID] = mapped_column(index=True)
    change: Mapped[ArticleChange] = mapped_column(enum_column(ArticleChange))
    ordinal: Mapped[int]
    chapter_number: Mapped[int] = mapped_column(default=0)
    chapter_label: Mapped[str] = mapped_column(String(20), default="")
    chapter_title: Mapped[str] = mapped_column(String(300), default="")
    number: Mapped[int]
    title: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text, default="")  # the whole body, clauses included
    folded: Mapped[str] = mapped_column(Text, default="")  # title and text, for search
    flagged: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)

    convention_version: Mapped[ConventionVersion] = relationship(back_populates="articles")
    clauses: Mapped[list[ConventionClause]] = relationship(
        back_populates="article", order_by="ConventionClause.number")


class ConventionClause(TeamOwned, Base):
    """A numbered clause (khoản) of an article; its points (điểm) stay in its text."""

    __tablename__ = "convention_clauses"

    article_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("convention_articles.id"),
                                                  index=True)
    number: Mapped[int]
    text: Mapped[str] = mapped_column(Text, default="")

    article: Mapped[ConventionArticle] = relationship(back_populates="clauses")


class CaseCitation(TeamOwned, Base):
    """A case cites an article (or one clause of it) of the version in force when the matter
    arose; the row points at that version's article, so amendments never change it."""

    __tablename__ = "case_citations"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    article_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("convention_articles.id"),
                                                  index=True)
    clause_number: Mapped[int | None] = mapped_column(default=None)
    note: Mapped[str] = mapped_column(Text, default="")  # how it applies to this case

    article: Mapped[ConventionArticle] = relationship(lazy="joined")


# The village conventions' records (journaled like the case records in TRACKED_MODELS; kept apart
# because a case's own tests build and check those, tests/conventions these).
CONVENTION_MODELS: tuple[type[Tracked], ...] = (
    Convention, ConventionVersion, ConventionArticle, ConventionClause, CaseCitation,
)
