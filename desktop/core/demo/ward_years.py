"""A ward's ten years of team packages, for the import benchmark (tests/perf/bench_import.py).

Each team has its own encrypted book, made as a team makes it (``create_book``: the leader's
account, the recovery key's authority), set up through the services, enrolled with the ward
office the way a real team is (enrolment file in, the ward's settings package back), with its
mediators, a village convention of twelve articles, and a second account, a mediator's, granted
by the leader. Each year's cases (parties and their persons, one or two assignments, hearings,
an outcome, an agreement with its terms, a citation for some) are written as records in one
unit of work per team and year by one of the two logged-in accounts in turn, so the team's
change journal holds every one of them, sealed as any book's journal is and signed by the
account that wrote it, and the search index and sort keys are kept as the services keep them.
At the end of each year the leader exports the team's package through the real export, which
carries the grants, accounts and signed runs the ward checks (``ward_authorship``), as it does
for a real team. Deterministic from a seed (the ids and contents; the packages' bytes, keys and
signatures differ, as they are random).

The ward book is kept as it is once every team is enrolled and before any package arrives: a
benchmark copies it and imports the packages into the copy.
"""

from __future__ import annotations

import random
import shutil
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db.models import (
    Agreement,
    AgreementTerm,
    Case,
    CaseCitation,
    CaseParticipant,
    Convention,
    ConventionArticle,
    ConventionVersion,
    Hearing,
    MatterCategory,
    Mediator,
    MediatorAssignment,
    Outcome,
    Person,
)
from desktop.core.domain.enums import (
    ArticleChange,
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
from desktop.core.domain.roles import ROLE_PERMISSIONS, Role
from desktop.core.exchange import export, service, team_import, ward
from desktop.core.services.workspace import accounts, teams
from desktop.core.services.workspace import book as workspace

WARD_NAME = "UBND phường Yên Hòa"
COMMUNE, PROVINCE = "Phường Yên Hòa", "Thành phố Hà Nội"
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô")
MIDDLE = ("Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Xuân")
GIVEN = ("An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hoa", "Lan", "Mai", "Nam",
         "Sơn", "Tâm", "Thảo", "Tuấn", "Vân")
TITLES = ("Tranh chấp ranh giới đất giữa hai hộ", "Mâu thuẫn về lối đi chung",
          "Tranh chấp tiền vay mượn", "Mâu thuẫn giữa vợ và chồng",
          "Mâu thuẫn do gia súc phá hoại hoa màu", "Tranh chấp chia thừa kế quyền sử dụng đất",
          "Mâu thuẫn do tiếng ồn kéo dài", "Tranh chấp nước tưới ruộng")
COURSES = ("Hòa giải viên giải thích quy định của pháp luật và hương ước; hai bên trình bày.",
           "Các bên nghe ý kiến của người có uy tín trong dòng họ và đồng ý gặp lại.")
ARTICLES = 12
CITED = 0.15
LEADER, MEMBER = "totruong", "hoagiaivien"  # each team book's two accounts
PASSWORD = "mat-khau-so-hoa-giai"  # a generated book's, for benchmarks only


@dataclass(frozen=True)
class WardYearsSpec:
    teams: int = 40
    years: int = 10
    cases_per_year: int = 10  # a team handles about 5-10 cases a year (DOMAIN.md §1)
    last_year: int = 2026
    seed: int = 2026
    layout: int = 2  # bumped when the books change shape (2: encrypted team books, accounts)

    @property
    def cases(self) -> int:
        return self.teams * self.years * self.cases_per_year

    @property
    def name(self) -> str:
        return (f"ward-years-{self.teams}x{self.years}x{self.cases_per_year}-{self.seed}"
                f"-v{self.layout}")


@dataclass(frozen=True)
class WardPackages:
    """The enrolled ward book (no team data yet) and each team's packages in the order sent."""

    ward_book: Path
    packages: list[list[Path]]  # by team, then by year (sequence order)

    def first_teams(self, count: int) -> list[Path]:
        """The packages of the first ``count`` teams, as they arrive: year by year."""
        chosen = self.packages[:count]
        return [team[year] for year in range(len(chosen[0])) for team in chosen]


def ward_officer(book: workspace.OpenedBook) -> Any:
    return workspace.actor_for(book, "tuphap", ROLE_PERMISSIONS[Role.WARD_ADMIN])


def make_ward_packages(folder: Path, spec: WardYearsSpec) -> WardPackages:
    """Made once in ``folder`` (a file ``done`` marks a complete set), then reused."""
    folder = folder.resolve()
    found = _found(folder, spec)
    if found is not None:
        return found
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    template = folder / "template.sqlite"
    workspace.open_book(template).database.dispose()
    ward_book = _new_book(template, folder / "ward-enrolled.sqlite")
    packages: list[list[Path]] = []
    try:
        with ward_book.database.transaction(ward_officer(ward_book)) as session:
            ward.init_ward(session, WARD_NAME, COMMUNE, PROVINCE)
        for number in range(1, spec.teams + 1):
            packages.append(_TeamYears(folder, ward_book, spec, number).write())
    finally:
        ward_book.database.dispose()
    (folder / "done").write_text(f"{spec}\n", encoding="utf-8")
    return WardPackages(folder / "ward-enrolled.sqlite", packages)


def _found(folder: Path, spec: WardYearsSpec) -> WardPackages | None:
    if not (folder / "done").exists():
        return None
    packages = [[_package_path(folder, team, year) for year in range(1, spec.years + 1)]
                for team in range(1, spec.teams + 1)]
    if not all(path.exists() for team in packages for path in team):
        return None
    return WardPackages(folder / "ward-enrolled.sqlite", packages)


def _package_path(folder: Path, team: int, year: int) -> Path:
    return folder / "packages" / f"team-{team:02d}-{year:02d}.hgp"


def _new_book(template: Path, path: Path) -> workspace.OpenedBook:
    shutil.copyfile(template, path)
    return workspace.open_book(path)


class _TeamYears:
    """One team's book, enrolled with the ward, and its years of cases and packages."""

    def __init__(self, folder: Path, ward_book: workspace.OpenedBook,
                 spec: WardYearsSpec, number: int) -> None:
        self.folder, self.ward_book, self.spec, self.number = folder, ward_book, spec, number
        (folder / "teams").mkdir(exist_ok=True)
        self.path = folder / "teams" / f"team-{number:02d}.sqlite"
        self.rng = random.Random(spec.seed * 1000 + number)
        self.ids = random.Random(spec.seed * 1000 + number + 500)
        self.team_id = uuid.UUID(int=0)
        self.mediators: list[uuid.UUID] = []
        self.articles: list[uuid.UUID] = []
        self.member: workspace.OpenedBook | None = None
        self.book = self._leader_book()

    def _leader_book(self) -> workspace.OpenedBook:
        """The team's new encrypted book, its leader logged in (as ``create_book`` leaves it)."""
        for stale in self.path.parent.glob(self.path.name + "*"):
            stale.unlink()
        book, _recovery_key = workspace.create_book(self.path, accounts.AccountInput(
            LEADER, self.name(), Role.TEAM_LEADER), PASSWORD)
        return book

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self.ids.getrandbits(128), version=4)

    def name(self) -> str:
        r = self.rng
        return f"{r.choice(SURNAMES)} {r.choice(MIDDLE)} {r.choice(GIVEN)}"

    def tx(self, reason: str = "", book: workspace.OpenedBook | None = None) -> Any:
        """A unit of work of the account logged in to ``book`` (the leader's by default):
        its journal entries are signed with that account's key at commit."""
        book = book or self.book
        assert book.actor is not None
        return book.database.transaction(book.actor, reason=reason)

    def author_of(self, year: int) -> workspace.OpenedBook:
        """Who writes a year's cases: the leader and the mediator's account in turn."""
        assert self.member is not None
        return self.book if year % 2 == 0 else self.member

    def write(self) -> list[Path]:
        try:
            self._set_up()
            self._enrol()
            sent = []
            first = self.spec.last_year - self.spec.years + 1
            for index, year in enumerate(range(first, self.spec.last_year + 1), start=1):
                with self.tx(book=self.author_of(year)) as session:
                    self._year(session, year)
                with self.tx("exchange export") as session:
                    data = export.export_package(session, datetime(year, 12, 20, 9)).data
                path = _package_path(self.folder, self.number, index)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                sent.append(path)
            return sent
        finally:
            if self.member is not None:
                self.member.database.dispose()
            self.book.database.dispose()

    def _set_up(self) -> None:
        mediators = [teams.MediatorInput(self.name(), self.rng.choice((Sex.MALE, Sex.FEMALE)),
                                         MediatorRole.LEADER if i == 0 else MediatorRole.MEMBER,
                                         self.rng.randint(1950, 1990)) for i in range(5)]
        with self.tx() as session:
            self.team_id = teams.set_up_team(session, teams.TeamInput(
                name=f"Tổ hòa giải thôn {self.number}", village=f"Thôn {self.number}",
                commune=COMMUNE, province=PROVINCE), mediators)
            self.mediators = list(session.scalars(select(Mediator.id).order_by(Mediator.id)))
            self._convention(session)
        self._accounts()

    def _accounts(self) -> None:
        """The leader's account linked to the team and its first mediator; a mediator's
        account granted by the leader (journaled, signed), then logged in as a team member
        logs in."""
        assert self.book.keyring is not None
        with self.tx() as session:
            accounts.link_to_team(session, self.team_id)
            accounts.get_account(session, LEADER).mediator_id = self.mediators[0]
            accounts.create_account(session, accounts.AccountInput(
                MEMBER, self.name(), Role.MEDIATOR, self.team_id, self.mediators[1]),
                PASSWORD, self.book.keyring)
        self.member = workspace.login(self.path, workspace.Credentials(MEMBER, PASSWORD))

    def _convention(self, session: Session) -> None:
        first = date(self.spec.last_year - self.spec.years, 11, 18)
        convention = Convention(id=self.new_id(), team_id=self.team_id,
                                title=f"Hương ước thôn {self.number}")
        version = ConventionVersion(id=self.new_id(), team_id=self.team_id,
                                    convention_id=convention.id, ordinal=1,
                                    status=ConventionStatus.IN_FORCE, effective_on=first,
                                    decision_no=f"{self.number}/QĐ-UBND", decision_date=first)
        session.add_all([convention, version])
        for number in range(1, ARTICLES + 1):
            article = ConventionArticle(
                id=self.new_id(), team_id=self.team_id, convention_version_id=version.id,
                lineage_id=self.new_id(), change=ArticleChange.NEW, ordinal=number,
                number=number, title=f"Điều {number}. Giữ gìn tình làng nghĩa xóm",
                text="Các hộ gia đình có trách nhiệm giữ gìn đoàn kết trong thôn.")
            session.add(article)
            self.articles.append(article.id)

    def _enrol(self) -> None:
        with self.tx() as session:
            enrolment = team_import.enrolment_file(session)
        officer = ward_officer(self.ward_book)
        with self.ward_book.database.transaction(officer) as session:
            ward.enrol(session, enrolment)
        with self.ward_book.database.transaction(officer) as session:
            written = ward.write_ward_settings(session, str(self.team_id))
        assert self.book.actor is not None
        service.receive(self.book.database, self.book.actor, written.data)

    def _year(self, session: Session, year: int) -> None:
        categories = sorted(session.scalars(select(MatterCategory.code).where(
            MatterCategory.retired.is_(False))))
        days = sorted(self.rng.randint(0, 330) for _ in range(self.spec.cases_per_year))
        for seq, offset in enumerate(days, start=1):
            self._case(session, year, seq, date(year, 1, 1) + timedelta(days=offset),
                       categories)

    def _case(self, session: Session, year: int, seq: int, received: date,
              categories: list[str]) -> None:
        rng = self.rng
        status = rng.choices((CaseStatus.SUCCESSFUL, CaseStatus.UNSUCCESSFUL,
                              CaseStatus.NOT_ELIGIBLE, CaseStatus.IN_PROGRESS),
                             (78, 14, 5, 3))[0]
        closed = received + timedelta(days=rng.randint(3, 30)) if status.is_closed else None
        eligible = status is not CaseStatus.NOT_ELIGIBLE
        case = Case(id=self.new_id(), team_id=self.team_id, year=year, seq=seq,
                    received_on=received, title=rng.choice(TITLES),
                    summary="Hai hộ liền kề có mâu thuẫn, đề nghị tổ hòa giải giúp đỡ.",
                    grounds=Grounds.PARTY_REQUEST,
                    eligibility=Eligibility.ELIGIBLE if eligible
                    else Eligibility.MUST_BE_SANCTIONED,
                    category_code=rng.choice(categories), status=status, closed_on=closed)
        session.add(case)
        parties = self._parties(session, case)
        if eligible:
            self._assign(session, case)
            self._hearings(session, case, closed)
        if closed is not None:
            self._ending(session, case, status, closed, parties)
        if rng.random() < CITED:
            session.add(CaseCitation(id=self.new_id(), team_id=self.team_id, case_id=case.id,
                                     article_id=rng.choice(self.articles),
                                     note="Áp dụng để thuyết phục các bên."))

    def _parties(self, session: Session, case: Case) -> list[uuid.UUID]:
        found = []
        for ordinal in range(2):
            person = Person(id=self.new_id(), team_id=self.team_id, full_name=self.name(),
                            sex=self.rng.choice((Sex.MALE, Sex.FEMALE)),
                            birth_year=self.rng.randint(1940, 2000),
                            address=f"Số {self.rng.randint(1, 99)}, thôn {self.number}")
            participant = CaseParticipant(
                id=self.new_id(), team_id=self.team_id, case_id=case.id, person_id=person.id,
                role=ParticipantRole.PARTY, ordinal=ordinal,
                position="Đề nghị bên kia chấm dứt hành vi gây mâu thuẫn.")
            session.add_all([person, participant])
            found.append(participant.id)
        return found

    def _assign(self, session: Session, case: Case) -> None:
        for mediator in self.rng.sample(self.mediators, 1 if self.rng.random() < 0.7 else 2):
            session.add(MediatorAssignment(
                id=self.new_id(), team_id=self.team_id, case_id=case.id, mediator_id=mediator,
                method=AssignmentMethod.ASSIGNED_BY_LEADER, assigned_on=case.received_on,
                no_conflict_confirmed=True))

    def _hearings(self, session: Session, case: Case, closed: date | None) -> None:
        day = case.received_on + timedelta(days=self.rng.randint(1, 3))
        for _ in range(self.rng.choice((1, 1, 2, 3)) if closed else 1):
            if closed is not None and day > closed:
                day = closed
            session.add(Hearing(id=self.new_id(), team_id=self.team_id, case_id=case.id,
                                held_at=datetime.combine(day, datetime.min.time()).replace(
                                    hour=8), place="Nhà văn hóa thôn",
                                course=self.rng.choice(COURSES), result=""))
            day += timedelta(days=self.rng.randint(3, 10))

    def _ending(self, session: Session, case: Case, status: CaseStatus, closed: date,
                parties: list[uuid.UUID]) -> None:
        kind = {CaseStatus.SUCCESSFUL: OutcomeKind.SUCCESSFUL,
                CaseStatus.NOT_ELIGIBLE: OutcomeKind.NOT_ELIGIBLE}.get(
            status, OutcomeKind.MEDIATOR_ENDED)
        session.add(Outcome(id=self.new_id(), team_id=self.team_id, case_id=case.id,
                            kind=kind, decided_on=closed,
                            guidance="" if kind is OutcomeKind.SUCCESSFUL
                            else "Hướng dẫn các bên đến UBND phường."))
        if status is not CaseStatus.SUCCESSFUL:
            return
        agreement = Agreement(id=self.new_id(), team_id=self.team_id, case_id=case.id,
                              reached_on=closed, note="Các bên tự nguyện thực hiện.")
        session.add(agreement)
        for ordinal in range(1, self.rng.choice((1, 1, 2)) + 1):
            session.add(AgreementTerm(
                id=self.new_id(), team_id=self.team_id, agreement_id=agreement.id,
                ordinal=ordinal, obliged_participant_id=self.rng.choice(parties),
                content="Thực hiện đúng nội dung đã thỏa thuận",
                deadline=closed + timedelta(days=self.rng.randint(30, 180)),
                follow_up_status=FollowUpStatus.PENDING))
