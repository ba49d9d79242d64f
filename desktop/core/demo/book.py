"""A demo case book: one team, its mediators and two years of realistic cases.

Everything is written through the program's own services, one unit of work per action a team
member would take (importing the village convention; per case intake, assignment, each hearing,
the articles it relies on, the agreement, the closing), so numbering, the search index and the
change journal are exactly what real use produces. The Vietnamese content lives in
``resources/samples/demo.toml`` (see ``demo_data``); this module decides who, when and how each
case ends. A fixed seed and reference date make the book the same every time.

The demo book is encrypted like any new book, with one account per role, all with the password
``hoagiai-demo`` (``DEMO_ACCOUNTS``, listed in the README): ``totruong`` (team leader),
``hoagiaivien`` (a mediator, linked to the team's second mediator), ``canbo`` (ward officer)
and ``quantri`` (ward administrator). Its recovery key is returned in the summary; the CLI
prints it and writes the recovery sheet beside the book (a demo only: a real recovery sheet
is printed and kept away from the computer).
"""

from __future__ import annotations

import dataclasses
import random
import uuid
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.conventions.parser import parse
from desktop.core.conventions.reading import read_convention
from desktop.core.db.engine import Actor
from desktop.core.db.models import Case, CaseCitation, Hearing, Mediator, Person
from desktop.core.demo.calendar import follow_up_demo_terms, plan_demo_hearings
from desktop.core.demo.cast import (
    NO_ID,
    CaseStory,
    CastMember,
    Inventor,
    Ref,
    honorifics,
    names_list,
)
from desktop.core.demo.data import DemoContent, Scenario, load
from desktop.core.domain.enums import (
    AssignmentMethod,
    CaseStatus,
    Grounds,
    OutcomeKind,
    ParticipantRole,
    Sex,
)
from desktop.core.domain.roles import Role
from desktop.core.errors import ValidationError
from desktop.core.i18n import N_
from desktop.core.policy import system_actors
from desktop.core.resources import resource_path
from desktop.core.services.cases import assignments, conflicts, hearings, outcomes, participants
from desktop.core.services.cases import records as cases
from desktop.core.services.conventions import citations as convention_citations
from desktop.core.services.conventions import versions as conventions
from desktop.core.services.people import persons as people
from desktop.core.services.workspace import accounts, teams
from desktop.core.services.workspace import book as workspace
from desktop.core.services.workspace.teams import MediatorInput

TODAY = date(2026, 11, 20)  # the demo book's "today": every date in it is on or before it
SEED = 20261120
REQUESTER = "a"  # the party marked as the one who asked, when the grounds say a party did
SPAN_DAYS = 730  # cases were received over the two years before TODAY
CLOSED_BEFORE_DAYS = 45  # closed cases were received at least this long before TODAY
DEMO_USER = "demo"
DEMO_PASSWORD = "hoagiai-demo"
# (user name, role, index of the linked mediator in the team's list or None)
DEMO_ACCOUNTS: tuple[tuple[str, Role, int | None], ...] = (
    ("totruong", Role.TEAM_LEADER, 0),
    ("hoagiaivien", Role.MEDIATOR, 1),
    ("canbo", Role.WARD_OFFICER, None),
    ("quantri", Role.WARD_ADMIN, None),
)

# What the demo's leader writes when a conflict warning is only a shared family name or
# address and the parties agreed (stored data: Vietnamese, like the demo's texts).
DEMO_CONFLICT_DECISION = "Các bên đồng ý chọn hòa giải viên; không có quyền lợi liên quan."


class Ending(StrEnum):
    """Where a demo case's story stops."""

    SUCCESSFUL = "successful"
    PARTY_STOPPED = "party_stopped"
    MEDIATOR_ENDED = "mediator_ended"
    NOT_ELIGIBLE = "not_eligible"
    HEARD = "heard"  # in progress, hearings held
    ASSIGNED = "assigned"  # in progress, mediators assigned, no hearing yet
    RECEIVED = "received"  # in progress, just received


CLOSED_CASES = {Ending.SUCCESSFUL: 28, Ending.PARTY_STOPPED: 2, Ending.MEDIATOR_ENDED: 2,
                Ending.NOT_ELIGIBLE: 2}
OPEN_CASES = ((Ending.HEARD, 19), (Ending.HEARD, 11), (Ending.ASSIGNED, 3),
              (Ending.RECEIVED, 1))  # and how many days before TODAY each was received
FAILURE_KINDS = {Ending.PARTY_STOPPED: OutcomeKind.PARTY_ASKED_TO_STOP,
                 Ending.MEDIATOR_ENDED: OutcomeKind.MEDIATOR_ENDED}
HEARING_HOURS = (time(8, 0), time(8, 30), time(9, 0), time(14, 0), time(15, 0), time(19, 0),
                 time(19, 30), time(20, 0))
COURT_NOTE_FROM = 10_000_000  # agreements about this much money mention court recognition


@dataclass(frozen=True)
class DemoSummary:
    path: Path
    cases: int
    mediators: int
    persons: int
    hearings: int
    statuses: dict[CaseStatus, int]
    citations: int
    recovery_key: str = ""


def create_demo_book(path: Path, replace: bool = False, encrypt: bool = True) -> DemoSummary:
    """Write a new demo case book at ``path`` (refusing to overwrite unless ``replace``):
    encrypted, with the demo accounts (``encrypt=False``: a plain book without accounts, for
    the program's own tests of plain books)."""
    _make_room(path, replace)
    if not encrypt:
        book = workspace.open_book(path)
        recovery_key = ""
    else:
        book, recovery_key = encrypted_demo_book(path, load().mediators[0].full_name)
    try:
        writer = _DemoWriter(book, load(), random.Random(SEED))
        writer.write()
        if encrypt:
            writer.add_accounts()
        return replace_summary(team_summary(book, path), recovery_key)
    finally:
        book.database.dispose()


def encrypted_demo_book(path: Path, leader: str) -> tuple[workspace.OpenedBook, str]:
    """The new encrypted book with the leader's account (named ``leader``), opened by the
    program itself (the seeding is the program's work, journaled as ``demo``), and its
    recovery key."""
    made, recovery_key = workspace.create_book(path, accounts.AccountInput(
        DEMO_ACCOUNTS[0][0], leader, Role.TEAM_LEADER), DEMO_PASSWORD)
    made.database.dispose()
    assert made.keyring is not None
    book = workspace.open_book(path, made.keyring.key)
    # The demo's ward accounts in a team book are beyond a team leader's grant: the book's
    # authority key (from the recovery key) vouches for the accounts the demo makes.
    keyring = dataclasses.replace(made.keyring, signer=workspace.key_file(path).authority_signer(
        recovery_key))
    return workspace.OpenedBook(book.database, book.device, book.upgrade, None,
                                keyring), recovery_key


def replace_summary(summary: DemoSummary, recovery_key: str) -> DemoSummary:
    return dataclasses.replace(summary, recovery_key=recovery_key)


def _database_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
            path.with_name(path.name + ".keys")]


def _make_room(path: Path, replace: bool) -> None:
    existing = [p for p in _database_files(path) if p.exists()]
    if existing and not replace:
        raise ValidationError(N_("{path} already exists; use --force to replace it."),
                              field="path", path=path)
    for file in existing:
        file.unlink()


def team_summary(book: workspace.OpenedBook, path: Path) -> DemoSummary:
    with book.database.reading(system_actors.demo_actor(book.device)) as session:
        rows = session.execute(select(Case.status, func.count()).group_by(Case.status))
        statuses = {status: count for status, count in rows}
        persons = session.scalar(select(func.count()).select_from(Person)) or 0
        held = session.scalar(select(func.count()).select_from(Hearing)) or 0
        cited = session.scalar(select(func.count()).select_from(CaseCitation)) or 0
        mediators = session.scalar(select(func.count()).select_from(Mediator)) or 0
    return DemoSummary(path, sum(statuses.values()), mediators, persons, held, statuses, cited)


@dataclass(frozen=True)
class TeamMediator:
    id: uuid.UUID
    data: MediatorInput

    def active_on(self, day: date) -> bool:
        start, end = self.data.start_date, self.data.end_date
        return (start is None or start <= day) and (end is None or day <= end)


_WARD_NAMES = {Role.WARD_OFFICER: "Phạm Thị Lan", Role.WARD_ADMIN: "Hoàng Văn Minh"}


class _DemoWriter:
    """Writes the book the way a team would have, action by action, through the services."""

    PERMISSIONS = system_actors.DEMO_TEAM_PERMISSIONS

    def __init__(self, book: workspace.OpenedBook, content: DemoContent,
                 rng: random.Random) -> None:
        self.book = book
        self.content = content
        self.rng = rng
        self.actor: Actor = system_actors.demo_actor(book.device, self.PERMISSIONS)
        self.team_id = NO_ID
        self.convention_id = NO_ID
        self.mediators: list[TeamMediator] = []
        self.community_ids: dict[str, uuid.UUID] = {}
        self.inventor = Inventor(content, rng)

    # --- the book -------------------------------------------------------------------------

    def write(self) -> None:
        self._set_up_team()
        self._import_convention()
        plan = self._plan()
        conflicts = self._conflict_cases(plan)
        for number, (received_on, ending, scenario) in enumerate(plan):
            self._write_case(received_on, ending, scenario, conflicts.get(number, ""))
        plan_demo_hearings(self.book.database, self.actor, self.team_id)  # the calendar's week
        follow_up_demo_terms(self.book.database, self.actor, self.team_id)

    def add_accounts(self) -> None:
        """The demo accounts other than the leader's (made with the book)."""
        with self.book.database.transaction(self.actor) as session:
            accounts.link_to_team(session, self.team_id)
            for username, role, mediator in DEMO_ACCOUNTS[1:]:
                linked = self.mediators[mediator] if mediator is not None else None
                name = linked.data.full_name if linked else _WARD_NAMES[role]
                accounts.create_account(session, accounts.AccountInput(
                    username, name, role, None if role.is_ward else self.team_id,
                    linked.id if linked else None), DEMO_PASSWORD, self.book.keyring)
            leader = accounts.get_account(session, DEMO_ACCOUNTS[0][0])
            leader.mediator_id = self.mediators[0].id

    def _set_up_team(self) -> None:
        with self.book.database.transaction(self.actor) as session:
            self.team_id = teams.set_up_team(session, self.content.team,
                                             list(self.content.mediators))
            views = teams.list_mediators(session, self.team_id)
        by_name = {v.full_name: v.id for v in views}
        self.mediators = [TeamMediator(by_name[m.full_name], m) for m in self.content.mediators]

    def _import_convention(self) -> None:
        """The team's village convention, imported as an officer would from the sample file."""
        spec = self.content.convention
        parsed = parse(read_convention(resource_path("samples", spec.file)))
        recognition = conventions.Recognition(spec.decision_no, spec.decision_date,
                                              spec.effective_on)
        with self.book.database.transaction(self.actor) as session:
            result = conventions.import_convention(session, self.team_id, parsed, spec.title,
                                                   recognition=recognition,
                                                   source_name=spec.file)
        self.convention_id = result.convention_id

    def _plan(self) -> list[tuple[date, Ending, Scenario]]:
        """Received date, ending and scenario of every case, in the order they came in."""
        closed = [ending for ending, count in CLOSED_CASES.items() for _ in range(count)]
        self.rng.shuffle(closed)
        first = TODAY - timedelta(days=SPAN_DAYS - 1)
        offsets = sorted(self.rng.sample(range(SPAN_DAYS - CLOSED_BEFORE_DAYS), len(closed)))
        dated = [(first + timedelta(days=o), e) for o, e in zip(offsets, closed, strict=True)]
        dated += [(TODAY - timedelta(days=days), ending) for ending, days in OPEN_CASES]
        chosen = self._scenarios([ending for _day, ending in dated])
        return [(day, ending, scenario)
                for (day, ending), scenario in zip(dated, chosen, strict=True)]

    def _scenarios(self, endings: list[Ending]) -> list[Scenario]:
        """Every scenario at least once; failures and referrals from the scenarios that fit."""
        ineligible = list(self.content.ineligible)
        failing = {e: [s for s in self.content.scenarios
                       if s.failure and s.failure.kind is FAILURE_KINDS[e]]
                   for e in FAILURE_KINDS}
        deck: list[Scenario] = []
        chosen = []
        for ending in endings:
            if ending is Ending.NOT_ELIGIBLE:
                chosen.append(ineligible.pop(0))
            elif ending in failing:
                chosen.append(failing[ending].pop(0))
            else:
                if not deck:
                    deck = self.rng.sample(self.content.scenarios, len(self.content.scenarios))
                chosen.append(deck.pop())
        return chosen

    def _conflict_cases(self, plan: list[tuple[date, Ending, Scenario]]) -> dict[int, str]:
        """Two successful cases where a mediator declares an interest: at intake, and later."""
        candidates = [i for i, (_d, ending, _s) in enumerate(plan)
                      if ending is Ending.SUCCESSFUL]
        before, during = self.rng.sample(candidates, 2)
        return {before: "before", during: "during"}

    # --- a case, step by step ---------------------------------------------------------------

    def _write_case(self, received_on: date, ending: Ending, scenario: Scenario,
                    conflict: str) -> None:
        story = self.inventor.story(scenario, received_on)
        self._intake(story)
        if ending is Ending.NOT_ELIGIBLE:
            self._refer(story)
            return
        if ending is Ending.RECEIVED:
            return
        self._assign(story, conflict)
        if ending is Ending.ASSIGNED:
            return
        held = self._hold_hearings(story, ending)
        self._cite(story)
        if ending is Ending.SUCCESSFUL:
            self._agree_and_close(story, held[-1].date())
        elif ending in FAILURE_KINDS:
            self._close_unsuccessful(story, ending, held[-1].date())

    def _transaction(self) -> AbstractContextManager[Session]:
        return self.book.database.transaction(self.actor)

    def _intake(self, story: CaseStory) -> None:
        scenario = story.scenario
        data = self._case_input(story)
        # Why party "a": in every scenario it is the one who brings the matter (its position is
        # the demand); when the grounds say a party asked, the documents then name who did.
        asked = data.grounds is Grounds.PARTY_REQUEST
        with self._transaction() as session:
            story.case_id = cases.open_case(session, self.team_id, data,
                                            today=story.received_on)
            for key, member in story.cast.items():
                person_id = people.create_person(session, self.team_id, member.person)
                represents = story.parts.get(member.spec.represents)
                story.parts[key] = participants.add_participant(
                    session, story.case_id, person_id, member.spec.role,
                    self._position(story, member), represents_id=represents,
                    requested_mediation=asked and key == REQUESTER
                    and member.spec.role is ParticipantRole.PARTY)
                if member.spec.role is ParticipantRole.INVITED:
                    story.invited.append(member.mention)
            for key in scenario.invite:
                if self.rng.random() < 0.7:
                    self._invite(session, story, key)

    def _case_input(self, story: CaseStory) -> cases.CaseInput:
        scenario = story.scenario
        grounds = self.rng.choice(scenario.grounds)
        referrer = scenario.referrer or self.rng.choice(self.content.places.referrers)
        return cases.CaseInput(
            title=self.rng.choice(scenario.titles), received_on=story.received_on,
            grounds=grounds, category_code=scenario.category,
            eligibility=scenario.eligibility, referrer=referrer,
            eligibility_note=story.render(scenario.eligibility_note),
            summary=story.render(scenario.summary), sensitive=scenario.sensitive,
            arose_on=story.arose_on)

    def _position(self, story: CaseStory, member: CastMember) -> str:
        return Ref(story.render(member.spec.position)).cap

    def _invite(self, session: Session, story: CaseStory, key: str) -> None:
        community = self.content.community[key]
        if key not in self.community_ids:
            self.community_ids[key] = people.create_person(
                session, self.team_id, community.person)
        story.parts[key] = participants.add_participant(
            session, story.case_id, self.community_ids[key],
            ParticipantRole.INVITED, community.position)
        person = community.person
        age = story.received_on.year - (person.birth_year or story.received_on.year)
        story.invited.append(f"{honorifics(person.sex or Sex.MALE, age)[1]} {person.full_name}")

    def _refer(self, story: CaseStory) -> None:
        scenario = story.scenario
        decided_on = story.received_on + timedelta(days=self.rng.randint(0, 1))
        with self._transaction() as session:
            outcomes.close_case(
                session, story.case_id, OutcomeKind.NOT_ELIGIBLE, decided_on,
                referred_to=scenario.referred_to, note=story.render(scenario.note),
                not_eligible_because=scenario.eligibility, today=decided_on)

    # --- assignment -------------------------------------------------------------------------

    def _pick(self, day: date, count: int, exclude: set[uuid.UUID]) -> list[TeamMediator]:
        active = [m for m in self.mediators if m.active_on(day) and m.id not in exclude]
        return self.rng.sample(active, min(count, len(active)))

    def _assign(self, story: CaseStory, conflict: str) -> None:
        day = story.received_on + timedelta(days=self.rng.choice((0, 0, 1, 2)))
        count = self.rng.choices((1, 2, 3), weights=(30, 55, 15))[0]
        excluded: set[uuid.UUID] = set()
        if conflict == "before":
            excluded.add(self._declare_at_intake(story))
        chosen = self._pick(day, count, excluded)
        method = (AssignmentMethod.CHOSEN_BY_PARTIES if self.rng.random() < 0.2
                  else AssignmentMethod.ASSIGNED_BY_LEADER)
        with self._transaction() as session:
            for mediator in chosen:
                if conflicts.conflict_findings(session, story.case_id, mediator.id):
                    conflicts.decide_conflict(session, story.case_id, mediator.id, True,
                                              DEMO_CONFLICT_DECISION, day)
                assignments.assign_mediator(session, story.case_id, mediator.id, method, True,
                                            assigned_on=day)
        story.mediators = [m.id for m in chosen]
        story.ready_on = day
        if conflict == "during":
            self._replace_conflicted(story, chosen[0], day + timedelta(days=1))
        self._name_mediators(story)

    def _declare_at_intake(self, story: CaseStory) -> uuid.UUID:
        mediator = self._pick(story.received_on, 1, set())[0]
        reason = story.render(self.content.texts.conflict_reasons[1])
        with self._transaction() as session:
            assignments.declare_conflict(session, story.case_id, mediator.id, reason,
                                         today=story.received_on)
        return mediator.id

    def _replace_conflicted(self, story: CaseStory, mediator: TeamMediator, day: date) -> None:
        reason = story.render(self.content.texts.conflict_reasons[0])
        replacement = self._pick(day, 1, {mediator.id, *story.mediators})[0]
        with self._transaction() as session:
            assignments.declare_conflict(session, story.case_id, mediator.id, reason, today=day)
            assignments.assign_mediator(session, story.case_id, replacement.id,
                                        AssignmentMethod.ASSIGNED_BY_LEADER, True,
                                        assigned_on=day)
        story.mediators = [m for m in story.mediators if m != mediator.id] + [replacement.id]
        story.ready_on = day

    def _name_mediators(self, story: CaseStory) -> None:
        names = {m.id: m.data.full_name for m in self.mediators}
        current = [names[m] for m in story.mediators]
        story.slots.update(m=current[0], mediators=names_list(current))

    # --- hearings ---------------------------------------------------------------------------

    def _hearing_count(self, story: CaseStory, ending: Ending) -> int:
        wanted = story.scenario.hearings
        if ending is Ending.MEDIATOR_ENDED:
            return self.rng.randint(2, 3)
        if ending is Ending.PARTY_STOPPED:
            return self.rng.randint(1, 2)
        if ending is Ending.HEARD:
            return 2
        if wanted:
            return self.rng.randint(*wanted)
        return self.rng.choices((1, 2, 3), weights=(50, 35, 15))[0]

    def _hearing_times(self, story: CaseStory, count: int) -> list[datetime]:
        day = story.ready_on + timedelta(days=self.rng.randint(0, 3))  # Art. 20: within 3 days
        times = []
        for _ in range(count):
            times.append(datetime.combine(day, self.rng.choice(HEARING_HOURS)))
            day += timedelta(days=self.rng.randint(5, 12))
        return [t for t in times if t.date() < TODAY]

    def _hold_hearings(self, story: CaseStory, ending: Ending) -> list[datetime]:
        times = self._hearing_times(story, self._hearing_count(story, ending))
        for number, held_at in enumerate(times):
            last = number == len(times) - 1
            data = hearings.HearingInput(
                held_at=held_at, place=self._place(story),
                is_public=self._is_public(story.scenario),
                course=self._course(story, number), result=self._result(story, number, last,
                                                                         ending),
                participant_ids=frozenset(story.parts.values()),
                mediator_ids=frozenset(story.mediators))
            with self._transaction() as session:
                hearings.add_hearing(session, story.case_id, data,
                                     now=held_at + timedelta(hours=2))
        return times

    def _place(self, story: CaseStory) -> str:
        place = story.scenario.place
        if place == "hall" or (place == "any" and self.rng.random() < 0.7):
            return self.content.places.hall
        host = story.cast["a"]
        return f"Nhà {host.mention}, {host.home.short()}"

    def _is_public(self, scenario: Scenario) -> bool:
        return scenario.public if scenario.public is not None else self.rng.random() < 0.5

    def _course(self, story: CaseStory, number: int) -> str:
        texts = self.content.texts
        if number == 0:
            stances = [f"{story.cast[k].ref.cap} {story.render(story.cast[k].spec.position)}"
                       for k in story.cast if story.cast[k].spec.role is ParticipantRole.PARTY]
            parts = [texts.first_course, *stances, story.scenario.explained]
        else:
            parts = [texts.later_course]
        if story.invited:
            story.slots["invited"] = Ref(names_list(story.invited)).cap
            parts.append(texts.invited_course if number == 0 else texts.invited_later)
        return " ".join(story.render(p) for p in parts)

    def _result(self, story: CaseStory, number: int, last: bool, ending: Ending) -> str:
        scenario = story.scenario
        if last and ending is Ending.SUCCESSFUL:
            return story.render(scenario.agreed)
        if last and ending in FAILURE_KINDS and scenario.failure:
            return story.render(scenario.failure.result)
        return story.render(scenario.progress if number == 0
                            else self.content.texts.second_progress)

    # --- the village convention -----------------------------------------------------------

    def _cite(self, story: CaseStory) -> None:
        """While the case is open: the articles its kind of matter relies on, of the version in
        force when the matter arose (none when it arose before the convention took effect)."""
        cites = story.scenario.cites
        if not cites or story.arose_on < self.content.convention.effective_on:
            return
        with self._transaction() as session:
            for cite in cites:
                convention_citations.cite_by_number(
                    session, story.case_id, self.convention_id, cite.article, cite.clause,
                    story.render(cite.note))

    # --- endings ----------------------------------------------------------------------------

    def _terms(self, story: CaseStory, reached_on: date) -> tuple[outcomes.TermInput, ...]:
        rendered = [(spec, story.render(spec.text)) for spec in story.scenario.terms]
        kept = [(spec, text) for spec, text in rendered
                if not spec.optional or self.rng.random() < 0.5]
        return tuple(
            outcomes.TermInput(story.parts[spec.by], text,
                               None if spec.days is None
                               else reached_on + timedelta(days=spec.days))
            for spec, text in kept[:3])

    def _agree_and_close(self, story: CaseStory, reached_on: date) -> None:
        texts = self.content.texts
        note = story.render(texts.agreement_note)
        if story.amount >= COURT_NOTE_FROM:
            note += " " + texts.court_note
        agreement = outcomes.AgreementInput(reached_on, note, self._terms(story, reached_on))
        with self._transaction() as session:
            outcomes.save_agreement(session, story.case_id, agreement)
        decided_on = min(reached_on + timedelta(days=self.rng.choice((0, 0, 0, 1, 2))), TODAY)
        with self._transaction() as session:
            outcomes.close_case(session, story.case_id, OutcomeKind.SUCCESSFUL, decided_on,
                                today=decided_on)

    def _close_unsuccessful(self, story: CaseStory, ending: Ending, last_heard: date) -> None:
        failure = story.scenario.failure
        assert failure is not None
        texts = self.content.texts
        if ending is Ending.PARTY_STOPPED:
            decided_on = last_heard + timedelta(days=self.rng.randint(1, 5))
            note = texts.stop_note
        else:
            decided_on, note = last_heard, texts.ended_note
        story.slots.update(stop_date=f"{decided_on:%d/%m/%Y}",
                           court=self.content.places.court(decided_on))
        with self._transaction() as session:
            # the stop note says party {A} (cast key a) asked, so the record names them (Art. 23(2))
            asked = ((story.parts["a"],) if ending is Ending.PARTY_STOPPED
                     and "a" in story.parts else None)
            outcomes.close_case(session, story.case_id, FAILURE_KINDS[ending], decided_on,
                                guidance=story.render(failure.guidance),
                                note=story.render(note), stop_requested_by=asked,
                                today=decided_on)
