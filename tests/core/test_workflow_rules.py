"""The rules of a case's life, one by one, through the services (Law 35/2013 Arts. 18-24).

Each test checks which rule fired by the error's class and its English message id (the text
shown to people is translated), and that a refused action saved nothing.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from desktop.core.db.models import Case, MediatorAssignment
from desktop.core.domain.enums import (
    AssignmentMethod,
    CaseStatus,
    Eligibility,
    Grounds,
    MediatorRole,
    OutcomeKind,
    ParticipantRole,
    Sex,
)
from desktop.core.errors import (
    HoagiaiError,
    RuleViolations,
    ValidationError,
    WorkflowError,
)
from desktop.core.services.cases import assignments, hearings, outcomes, participants
from desktop.core.services.cases import detail as case_detail
from desktop.core.services.cases import records as cases
from desktop.core.services.people import persons as people
from desktop.core.services.workspace import teams
from tests.core.helpers import (
    AGREED,
    HEARD_AT,
    RECEIVED,
    TODAY,
    BookCache,
    Built,
    CaseParts,
    add_person,
    assign,
    case_input,
    close_successfully,
    journal,
    journal_head,
    mediator_ids,
    open_case,
    rendered_in_every_language,
)

# Fragments of the English message ids: enough to tell which rule fired.
DECLARED_INTEREST = "has declared an interest in this case"
ALREADY_ASSIGNED = "is already assigned to this case"
NOT_RECOGNISED = "is not a recognised mediator of the team on"
CONFIRM_NO_CONFLICT = "confirm that {name} has no interest"
NO_MEDIATOR = "No mediator is assigned to this case"
NO_HEARING = "No hearing has been recorded"
TWO_PARTIES = "needs at least two parties"
AGREEMENT_DATE = "Enter the date on which the parties reached the agreement"
AGREEMENT_AFTER_CLOSING = "agreement cannot be reached after the case is closed"
AGREEMENT_BEFORE_RECEIVED = "agreement date cannot be earlier than the date the case was"
NO_TERMS = "Add at least one term of the agreement"
CLOSED_BEFORE_RECEIVED = "closing date cannot be earlier than the date the case was"
CLOSED_IN_FUTURE = "closing date cannot be in the future"
NEEDS_GUIDANCE = "Write where the parties were guided to go next"
NEEDS_REFERRAL = "Write to whom the matter was referred"
INTAKE_NOT_ELIGIBLE = "Eligibility field says this matter may not be mediated"
CHOOSE_NOT_ELIGIBLE_REASON = "Choose why the matter may not be mediated"
CASE_IS_CLOSED = "This case is closed"
STILL_IN_PROGRESS = "This case is still in progress"
TERM_WHO = "choose the party (or related person) who must carry it out"
TERM_WHAT = "write what has to be done"
TERM_DEADLINE = "the deadline cannot be before the date of the agreement"
CANNOT_REMOVE = "cannot be removed from the case"
ONLY_CASE_ATTENDEES = "Only participants and mediators of this case can attend"
TICK_ATTENDEES = "Tick who attended the hearing"
HEARING_BEFORE_RECEIVED = "A hearing cannot take place before the case was received"
HEARING_PLACE = "Write where the hearing takes place"


def rules_fired(error: HoagiaiError) -> list[str]:
    if isinstance(error, RuleViolations):
        return [e.message_id for e in error.errors]
    return [error.message_id]


def assert_fired(error: HoagiaiError, *fragments: str) -> None:
    """Exactly these rules fired, each once, in any order."""
    fired = rules_fired(error)
    assert len(fired) == len(fragments), fired
    for fragment in fragments:
        assert sum(fragment in message_id for message_id in fired) == 1, (fragment, fired)


def detail(book, case_id: uuid.UUID) -> case_detail.CaseDetail:
    with book.database.reading() as s:
        return case_detail.get_case(s, case_id)


def attempt(book, actor, action, reason: str = "") -> HoagiaiError:
    """Run ``action(session)`` in its own unit of work; it must fail. Returns the error."""
    with pytest.raises(HoagiaiError) as caught, \
            book.database.transaction(actor, reason=reason) as s:
        action(s)
    return caught.value


@pytest.fixture(scope="module")
def book_cache(tmp_path_factory, migrated_template) -> BookCache:
    return BookCache(migrated_template, tmp_path_factory.mktemp("recipes"))


@pytest.fixture
def built(book_cache, tmp_path):
    """``built(**recipe)``: a private book with a case built as ``build_case(**recipe)`` says
    (``closed=True`` closes it as successful, ``other=True`` adds a second case)."""
    opened: list[Built] = []

    def build(**recipe: object) -> Built:
        world = book_cache.open(tmp_path / f"book-{len(opened)}.sqlite", **recipe)
        opened.append(world)
        return world

    yield build
    for world in opened:
        world.book.database.dispose()


@pytest.fixture
def case_id(book, actor, team_id) -> uuid.UUID:
    with book.database.transaction(actor) as s:
        return open_case(s, team_id)


@pytest.fixture
def mediators(book, team_id) -> list[uuid.UUID]:
    with book.database.reading() as s:
        return mediator_ids(s, team_id)


@pytest.fixture
def names(book, team_id) -> dict[uuid.UUID, str]:
    with book.database.reading() as s:
        return {m.id: m.full_name for m in teams.list_mediators(s, team_id)}


# --- assignment (Art. 18) ----------------------------------------------------------------------

def test_a_mediator_who_declared_a_conflict_cannot_be_assigned(book, actor, case_id, mediators,
                                                              names):
    with book.database.transaction(actor) as s:
        assignments.declare_conflict(s, case_id, mediators[1], "Là anh ruột của một bên",
                                     today=RECEIVED)
    error = attempt(book, actor, lambda s: assign(s, case_id, mediators[1]))
    assert type(error) is WorkflowError
    assert_fired(error, DECLARED_INTEREST)
    assert names[mediators[1]] in str(error)
    assert detail(book, case_id).assignments == ()


def test_declaring_a_conflict_ends_a_current_assignment(book, actor, case_id, mediators):
    with book.database.transaction(actor) as s:
        assign(s, case_id, mediators[1])
    with book.database.transaction(actor) as s:
        assignments.declare_conflict(s, case_id, mediators[1], " Có quyền lợi liên quan ",
                                     today=date(2026, 3, 3))
    found = detail(book, case_id)
    assert [(a.mediator_id, a.ended_on, a.end_reason) for a in found.assignments] == [
        (mediators[1], date(2026, 3, 3), "Có quyền lợi liên quan")]
    assert found.current_assignments == ()
    assert [(c.mediator_id, c.reason) for c in found.conflicts] == [
        (mediators[1], "Có quyền lợi liên quan")]


def test_a_conflict_needs_a_reason(book, actor, case_id, mediators):
    error = attempt(book, actor, lambda s: assignments.declare_conflict(
        s, case_id, mediators[1], "   "))
    assert isinstance(error, ValidationError)
    assert error.field == "reason"
    assert detail(book, case_id).conflicts == ()


def test_assignment_needs_the_no_conflict_confirmation(book, actor, case_id, mediators, names):
    error = attempt(book, actor, lambda s: assignments.assign_mediator(
        s, case_id, mediators[2], AssignmentMethod.CHOSEN_BY_PARTIES, False, RECEIVED))
    assert isinstance(error, ValidationError)
    assert error.field == "no_conflict"
    assert_fired(error, CONFIRM_NO_CONFLICT)
    assert names[mediators[2]] in str(error)
    assert detail(book, case_id).assignments == ()


def test_a_confirmed_assignment_is_recorded_as_confirmed(book, actor, case_id, mediators):
    with book.database.transaction(actor) as s:
        assignment_id = assignments.assign_mediator(
            s, case_id, mediators[2], AssignmentMethod.CHOSEN_BY_PARTIES, True, RECEIVED)
    with book.database.reading() as s:
        saved = s.get(MediatorAssignment, assignment_id)
        assert (saved.method, saved.assigned_on, saved.no_conflict_confirmed) == (
            AssignmentMethod.CHOSEN_BY_PARTIES, RECEIVED, True)


@pytest.mark.parametrize("start, end", [
    (None, date(2026, 3, 1)),  # term ended the day before
    (date(2026, 3, 3), None),  # recognised only from the day after
    (date(2021, 1, 1), date(2025, 12, 31)),
])
def test_a_mediator_outside_their_term_cannot_be_assigned(book, actor, team_id, case_id,
                                                          start, end):
    with book.database.transaction(actor) as s:
        outsider = teams.add_mediator(s, team_id, teams.MediatorInput(
            "Phạm Thị Hoa", Sex.FEMALE, MediatorRole.MEMBER, 1970, start_date=start,
            end_date=end))
    error = attempt(book, actor, lambda s: assign(s, case_id, outsider, on=RECEIVED))
    assert type(error) is WorkflowError
    assert_fired(error, NOT_RECOGNISED)
    assert error.params == {"name": "Phạm Thị Hoa", "day": RECEIVED}
    assert "02/03/2026" in str(error)
    assert detail(book, case_id).assignments == ()


@pytest.mark.parametrize("start, end", [(RECEIVED, None), (None, RECEIVED),
                                        (RECEIVED, RECEIVED)])
def test_the_first_and_last_day_of_a_term_count(book, actor, team_id, case_id, start, end):
    with book.database.transaction(actor) as s:
        mediator = teams.add_mediator(s, team_id, teams.MediatorInput(
            "Phạm Thị Hoa", Sex.FEMALE, start_date=start, end_date=end))
        assign(s, case_id, mediator, on=RECEIVED)
    assert len(detail(book, case_id).current_assignments) == 1


def test_a_mediator_already_assigned_cannot_be_assigned_again(book, actor, case_id, mediators,
                                                              names):
    with book.database.transaction(actor) as s:
        assign(s, case_id, mediators[0])
    error = attempt(book, actor, lambda s: assign(s, case_id, mediators[0]))
    assert type(error) is WorkflowError
    assert_fired(error, ALREADY_ASSIGNED)
    assert names[mediators[0]] == "Trần Thị Thu Hà"  # the leader comes first
    assert names[mediators[0]] in str(error)
    assert len(detail(book, case_id).assignments) == 1


def test_a_replaced_mediator_may_be_assigned_again(book, actor, case_id, mediators):
    with book.database.transaction(actor) as s:
        first = assign(s, case_id, mediators[0])
    with book.database.transaction(actor) as s:
        assignments.end_assignment(s, first, "Đi công tác dài ngày", date(2026, 3, 3))
    with book.database.transaction(actor) as s:
        assign(s, case_id, mediators[0], on=date(2026, 3, 5))
    found = detail(book, case_id)
    assert len(found.assignments) == 2
    assert [a.assigned_on for a in found.current_assignments] == [date(2026, 3, 5)]


def test_ending_an_assignment_needs_a_reason(book, actor, case_id, mediators):
    with book.database.transaction(actor) as s:
        first = assign(s, case_id, mediators[0])
    error = attempt(book, actor, lambda s: assignments.end_assignment(s, first, ""))
    assert isinstance(error, ValidationError)
    assert error.field == "reason"
    assert len(detail(book, case_id).current_assignments) == 1


# --- closing as successful (Arts. 23-24) -------------------------------------------------------

def close_attempt(w: Built, kind=OutcomeKind.SUCCESSFUL, decided_on=AGREED, today=TODAY,
                  case_id: uuid.UUID | None = None, **options) -> HoagiaiError:
    case_id = case_id or w.case_id
    error = attempt(w.book, w.actor, lambda s: outcomes.close_case(
        s, case_id, kind, decided_on, today=today, **options))
    found = detail(w.book, case_id)
    assert (found.status, found.outcome) == (CaseStatus.IN_PROGRESS, None)  # nothing saved
    return error


def test_a_complete_case_closes_as_successful(built):
    w = built()
    with w.book.database.transaction(w.actor) as s:
        close_successfully(s, w.case_id)
    found = detail(w.book, w.case_id)
    assert found.status is CaseStatus.SUCCESSFUL
    assert found.closed_on == AGREED
    assert (found.outcome.kind, found.outcome.decided_on) == (OutcomeKind.SUCCESSFUL, AGREED)


def test_closing_successful_needs_an_agreement_date(built):
    w = built(agreement=False)
    with w.book.database.transaction(w.actor) as s:
        outcomes.save_agreement(s, w.case_id, outcomes.AgreementInput(None, terms=(
            outcomes.TermInput(w.parts.parties[0], "Trả lại lối đi"),)))
    error = close_attempt(w)
    assert type(error) is WorkflowError
    assert_fired(error, AGREEMENT_DATE)


def test_closing_successful_without_any_agreement(built):
    assert_fired(close_attempt(built(agreement=False)), AGREEMENT_DATE, NO_TERMS)


def test_closing_successful_needs_terms(built):
    assert_fired(close_attempt(built(terms=False)), NO_TERMS)


def test_closing_successful_needs_two_parties(built):
    assert_fired(close_attempt(built(parties=1)), TWO_PARTIES)


def test_related_and_invited_persons_do_not_count_as_parties(built):
    w = built(parties=1)
    with w.book.database.transaction(w.actor) as s:
        add_person(s, w.case_id, w.team_id, "Bùi Văn Liên", ParticipantRole.RELATED)
        add_person(s, w.case_id, w.team_id, "Hoàng Văn Mời", ParticipantRole.INVITED)
    assert_fired(close_attempt(w), TWO_PARTIES)


def test_closing_successful_needs_a_hearing_held(built):
    assert_fired(close_attempt(built(hearing=False)), NO_HEARING)


def test_a_hearing_still_to_come_does_not_count_as_held(built):
    w = built(hearing=False)
    with w.book.database.transaction(w.actor) as s:
        hearings.add_hearing(s, w.case_id, hearings.HearingInput(
            datetime(2099, 1, 5, 8, 0), "Nhà văn hóa"))
    assert_fired(close_attempt(w), NO_HEARING)


def test_a_hearing_counts_as_held_once_its_time_has_come(built):
    w = built(hearing=False)
    with w.book.database.transaction(w.actor) as s:
        hearings.add_hearing(s, w.case_id, hearings.HearingInput(
            datetime(2026, 3, 8, 8, 0), "Nhà văn hóa",
            participant_ids=frozenset(w.parts.parties),
            mediator_ids=frozenset({w.parts.mediator_id})), now=datetime(2026, 3, 10))
    assert_fired(close_attempt(w, decided_on=date(2026, 3, 8), today=date(2026, 3, 8),
                               now=datetime(2026, 3, 8, 7, 59)), NO_HEARING)
    with w.book.database.transaction(w.actor) as s:
        outcomes.close_case(s, w.case_id, OutcomeKind.SUCCESSFUL, date(2026, 3, 8),
                            today=date(2026, 3, 8), now=datetime(2026, 3, 8, 8, 0))
    assert detail(w.book, w.case_id).status is CaseStatus.SUCCESSFUL


def test_closing_successful_needs_a_current_mediator(built):
    w = built()
    with w.book.database.transaction(w.actor) as s:
        only = case_detail.get_case(s, w.case_id).assignments[0].id
        assignments.end_assignment(s, only, "Chuyển nơi ở", AGREED)
    assert_fired(close_attempt(w), NO_MEDIATOR)


def test_every_missing_piece_is_reported_at_once(book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id)
    error = attempt(book, actor, lambda s: outcomes.close_case(
        s, case_id, OutcomeKind.SUCCESSFUL, date(2026, 3, 1), today=TODAY))
    assert isinstance(error, RuleViolations)
    assert isinstance(error, WorkflowError)
    assert_fired(error, CLOSED_BEFORE_RECEIVED, NO_MEDIATOR, NO_HEARING, TWO_PARTIES,
                 AGREEMENT_DATE, NO_TERMS)
    lines = str(error).splitlines()
    assert len(lines) == 6
    assert all(line.startswith("• ") and len(line) > 10 for line in lines)
    assert detail(book, case_id).status is CaseStatus.IN_PROGRESS


@pytest.mark.parametrize("decided_on, fragments", [
    (date(2026, 3, 1), (CLOSED_BEFORE_RECEIVED, AGREEMENT_AFTER_CLOSING)),
    (date(2026, 3, 11), (CLOSED_IN_FUTURE,)),
])
def test_closing_date_between_receiving_and_today(built, decided_on, fragments):
    assert_fired(close_attempt(built(), decided_on=decided_on), *fragments)


@pytest.mark.parametrize("decided_on", [RECEIVED, TODAY])
def test_closing_on_the_day_received_or_today_is_allowed(built, decided_on):
    w = built(hearing=False)
    with w.book.database.transaction(w.actor) as s:
        outcomes.close_case(s, w.case_id, OutcomeKind.PARTY_ASKED_TO_STOP, decided_on,
                            guidance="UBND phường", today=TODAY)
    assert detail(w.book, w.case_id).closed_on == decided_on


@pytest.mark.parametrize("reached_on, fragment", [
    (date(2026, 3, 5), AGREEMENT_AFTER_CLOSING),
    (date(2026, 3, 1), AGREEMENT_BEFORE_RECEIVED),
], ids=["after-closing", "before-received"])
def test_agreement_date_must_lie_within_the_case(built, reached_on, fragment):
    w = built(agreement=False)
    with w.book.database.transaction(w.actor) as s:
        outcomes.save_agreement(s, w.case_id, outcomes.AgreementInput(reached_on, terms=(
            outcomes.TermInput(w.parts.parties[0], "Dỡ hàng rào"),)))
    assert_fired(close_attempt(w, decided_on=AGREED), fragment)


def test_a_matter_found_not_eligible_cannot_close_as_successful(built):
    w = built()
    with w.book.database.transaction(w.actor) as s:
        cases.update_case(s, w.case_id, case_input(eligibility=Eligibility.MUST_BE_SANCTIONED),
                          today=TODAY)
    assert_fired(close_attempt(w), INTAKE_NOT_ELIGIBLE)


# --- closing as unsuccessful or not eligible ---------------------------------------------------

@pytest.mark.parametrize("kind", [OutcomeKind.PARTY_ASKED_TO_STOP, OutcomeKind.MEDIATOR_ENDED])
def test_unsuccessful_requires_guidance(built, kind):
    w = built(agreement=False)
    error = close_attempt(w, kind=kind, guidance="  \n ")
    assert type(error) is WorkflowError
    assert_fired(error, NEEDS_GUIDANCE)
    with w.book.database.transaction(w.actor) as s:
        outcomes.close_case(s, w.case_id, kind, AGREED, today=TODAY,
                            guidance=" Tòa án nhân dân khu vực ")
    found = detail(w.book, w.case_id)
    assert found.status is CaseStatus.UNSUCCESSFUL
    assert (found.outcome.kind, found.outcome.guidance) == (kind, "Tòa án nhân dân khu vực")


def test_a_party_may_stop_before_any_hearing_but_a_mediator_may_not(built):
    w = built(hearing=False, agreement=False)
    assert_fired(close_attempt(w, kind=OutcomeKind.MEDIATOR_ENDED, guidance="UBND phường"),
                 NO_HEARING)
    with w.book.database.transaction(w.actor) as s:
        outcomes.close_case(s, w.case_id, OutcomeKind.PARTY_ASKED_TO_STOP, AGREED,
                            guidance="UBND phường", today=TODAY)
    assert detail(w.book, w.case_id).status is CaseStatus.UNSUCCESSFUL


def test_unsuccessful_still_needs_a_mediator(built):
    w = built(mediator=False, hearing=False, agreement=False)
    assert_fired(close_attempt(w, kind=OutcomeKind.PARTY_ASKED_TO_STOP, guidance="UBND phường"),
                 NO_MEDIATOR)


@pytest.fixture
def bare(book, actor, case_id) -> Built:
    """A case just received, nothing else (cheap to build: no cache needed)."""
    return Built(book, actor, uuid.UUID(int=0), CaseParts(case_id, (), None), None)


def test_not_eligible_requires_a_reason_when_intake_said_eligible(bare):
    error = close_attempt(bare, kind=OutcomeKind.NOT_ELIGIBLE, referred_to="Công an phường")
    assert isinstance(error, ValidationError)
    assert error.field == "eligibility"
    assert_fired(error, CHOOSE_NOT_ELIGIBLE_REASON)


def test_not_eligible_refuses_eligible_as_its_reason(bare):
    error = close_attempt(bare, kind=OutcomeKind.NOT_ELIGIBLE, referred_to="Công an phường",
                          not_eligible_because=Eligibility.ELIGIBLE)
    assert isinstance(error, ValidationError)
    assert error.field == "eligibility"


def test_not_eligible_requires_where_it_was_referred(bare):
    error = close_attempt(bare, kind=OutcomeKind.NOT_ELIGIBLE,
                          not_eligible_because=Eligibility.MUST_BE_SANCTIONED)
    assert type(error) is WorkflowError
    assert_fired(error, NEEDS_REFERRAL)
    assert detail(bare.book, bare.case_id).eligibility is Eligibility.ELIGIBLE  # rolled back


def test_not_eligible_closes_without_mediation(bare):
    with bare.book.database.transaction(bare.actor) as s:
        outcomes.close_case(s, bare.case_id, OutcomeKind.NOT_ELIGIBLE, RECEIVED, today=TODAY,
                            referred_to=" Công an phường ",
                            not_eligible_because=Eligibility.MUST_BE_SANCTIONED)
    found = detail(bare.book, bare.case_id)
    assert found.status is CaseStatus.NOT_ELIGIBLE
    assert found.eligibility is Eligibility.MUST_BE_SANCTIONED
    assert found.outcome.referred_to == "Công an phường"


def test_intake_already_not_eligible_needs_no_second_reason(book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id, eligibility=Eligibility.AGAINST_PUBLIC_INTEREST)
        outcomes.close_case(s, case_id, OutcomeKind.NOT_ELIGIBLE, RECEIVED, today=TODAY,
                            referred_to="UBND phường")
    found = detail(book, case_id)
    assert (found.status, found.eligibility) == (CaseStatus.NOT_ELIGIBLE,
                                                 Eligibility.AGAINST_PUBLIC_INTEREST)


# --- a closed case is amended with a reason, never silently edited -----------------------------

@pytest.fixture
def closed(built) -> Built:
    return built(closed=True, other=True)


def _update(w: Built):
    return lambda s: cases.update_case(s, w.case_id, case_input(
        "Tranh chấp lối đi chung (sửa)"), today=TODAY)


def _add_participant(w: Built):
    return lambda s: participants.add_participant(s, w.case_id, people.create_person(
        s, w.team_id, people.PersonInput("Vũ Thị Lan", Sex.FEMALE)), ParticipantRole.INVITED)


def _add_hearing(w: Built):
    return lambda s: hearings.add_hearing(s, w.case_id, hearings.HearingInput(
        datetime(2026, 3, 4, 14, 0), "Nhà văn hóa", participant_ids=frozenset(w.parts.parties),
        mediator_ids=frozenset({w.parts.mediator_id})))


def _save_agreement(w: Built):
    return lambda s: outcomes.save_agreement(s, w.case_id, outcomes.AgreementInput(
        AGREED, "Thực hiện ngay", terms=(outcomes.TermInput(w.parts.parties[1], "Xin lỗi"),)))


def _declare_conflict(w: Built):
    return lambda s: assignments.declare_conflict(s, w.case_id, w.parts.mediator_id,
                                                  "Họ hàng", today=TODAY)


AMENDMENTS = [_update, _add_participant, _add_hearing, _save_agreement, _declare_conflict]


def test_a_closed_case_refuses_every_change_without_a_reason(closed):
    with closed.book.database.reading() as s:
        before = journal_head(s)
    for change in AMENDMENTS:
        for reason in ("", "   "):
            error = attempt(closed.book, closed.actor, change(closed), reason=reason)
            assert type(error) is WorkflowError, change.__name__
            assert_fired(error, CASE_IS_CLOSED)
    with closed.book.database.reading() as s:
        assert journal_head(s) == before


@pytest.mark.parametrize("change", AMENDMENTS, ids=lambda f: f.__name__.strip("_"))
def test_a_closed_case_accepts_an_amendment_with_its_reason(closed, change):
    reason = "Sửa theo đề nghị của các bên ngày 12/03/2026"
    with closed.book.database.reading() as s:
        last_seq = journal_head(s)[0]
    with closed.book.database.transaction(closed.actor, reason=reason) as s:
        change(closed)(s)
    with closed.book.database.reading() as s:
        entries = journal(s, after_seq=last_seq)
    assert entries, "an amendment must be journaled"
    assert {entry.reason for entry in entries} == {reason}
    assert detail(closed.book, closed.case_id).status is CaseStatus.SUCCESSFUL


def test_the_other_case_of_the_team_stays_editable(closed):
    with closed.book.database.transaction(closed.actor) as s:
        cases.update_case(s, closed.other.case_id, case_input("Việc khác (sửa)"), today=TODAY)
    assert detail(closed.book, closed.other.case_id).title == "Việc khác (sửa)"


def test_reopening_needs_a_reason_and_removes_the_outcome(closed):
    w = closed
    error = attempt(w.book, w.actor, lambda s: outcomes.reopen_case(s, w.case_id))
    assert_fired(error, CASE_IS_CLOSED)
    with w.book.database.transaction(w.actor, reason="Kết luận nhầm") as s:
        outcomes.reopen_case(s, w.case_id)
    found = detail(w.book, w.case_id)
    assert (found.status, found.closed_on, found.outcome) == (CaseStatus.IN_PROGRESS, None,
                                                              None)
    assert found.agreement is not None  # the agreement's content stays
    with w.book.database.reading() as s:
        reopened = journal(s)[-2:]
    assert {(e.entity, e.op, e.reason) for e in reopened} == {
        ("outcomes", "delete", "Kết luận nhầm"), ("cases", "update", "Kết luận nhầm")}
    with w.book.database.transaction(w.actor) as s:  # open again: no reason needed, may close
        hearings.add_hearing(s, w.case_id, hearings.HearingInput(
            datetime(2026, 3, 6, 9, 0), "Nhà văn hóa",
            participant_ids=frozenset(w.parts.parties),
            mediator_ids=frozenset({w.parts.mediator_id})))
        outcomes.close_case(s, w.case_id, OutcomeKind.MEDIATOR_ENDED, date(2026, 3, 6),
                            guidance="Tòa án", today=TODAY)
    assert detail(w.book, w.case_id).status is CaseStatus.UNSUCCESSFUL


def test_correcting_a_person_of_a_closed_case_is_an_amendment(closed):
    w = closed
    with w.book.database.reading() as s:
        person_id = case_detail.get_case(s, w.case_id).participant(w.parts.parties[1]).person.id
    corrected = people.PersonInput("Đặng Thị Bính", Sex.FEMALE, citizen_id="001189012345")
    error = attempt(w.book, w.actor, lambda s: people.update_person(s, person_id, corrected))
    assert type(error) is WorkflowError
    assert_fired(error, CASE_IS_CLOSED)
    with w.book.database.reading() as s:
        last_seq = journal_head(s)[0]
    with w.book.database.transaction(w.actor, reason="Sai chính tả tên trên CCCD") as s:
        people.update_person(s, person_id, corrected)
    with w.book.database.reading() as s:
        entries = journal(s, after_seq=last_seq)
    assert [(e.entity, e.op, e.reason) for e in entries if e.entity == "persons"] == [
        ("persons", "update", "Sai chính tả tên trên CCCD")]
    names = [p.person.full_name for p in detail(w.book, w.case_id).participants]
    assert names == ["Nguyễn Văn An", "Đặng Thị Bính"]


def test_a_person_only_in_open_cases_is_corrected_without_a_reason(closed):
    w = closed
    with w.book.database.reading() as s:
        person_id = case_detail.get_case(s, w.other.case_id).participant(
            w.other.parties[0]).person.id
    with w.book.database.transaction(w.actor) as s:
        people.update_person(s, person_id, people.PersonInput("Nguyễn Văn Ân"))
    assert detail(w.book, w.other.case_id).participants[0].person.full_name == "Nguyễn Văn Ân"


def test_a_case_in_progress_cannot_be_reopened(book, actor, case_id):
    error = attempt(book, actor, lambda s: outcomes.reopen_case(s, case_id), reason="thử")
    assert type(error) is WorkflowError
    assert_fired(error, STILL_IN_PROGRESS)


# --- agreement terms ---------------------------------------------------------------------------

def save_terms(w: Built, *terms: outcomes.TermInput, reached_on=AGREED):
    return lambda s: outcomes.save_agreement(s, w.case_id,
                                             outcomes.AgreementInput(reached_on, terms=terms))


def test_a_term_binds_a_party_or_related_person_of_the_same_case(built):
    w = built(agreement=False)
    with w.book.database.transaction(w.actor) as s:
        related = add_person(s, w.case_id, w.team_id, "Bùi Văn Liên", ParticipantRole.RELATED)
        save_terms(w, outcomes.TermInput(w.parts.parties[1], "Xin lỗi"),
                   outcomes.TermInput(related, "Trả tiền sửa tường", date(2026, 4, 1)))(s)
    terms = detail(w.book, w.case_id).agreement.terms
    assert [(t.ordinal, t.obliged_name) for t in terms] == [(1, "Đặng Thị Bình"),
                                                            (2, "Bùi Văn Liên")]


def test_a_term_cannot_bind_someone_of_another_case(built):
    w = built(agreement=False, other=True)
    error = attempt(w.book, w.actor, save_terms(
        w, outcomes.TermInput(w.other.parties[0], "Dỡ hàng rào")))
    assert isinstance(error, ValidationError)
    assert_fired(error, TERM_WHO)
    assert error.params == {"number": 1}
    assert detail(w.book, w.case_id).agreement is None


def test_a_term_cannot_bind_an_invited_person(built):
    w = built(agreement=False)
    with w.book.database.transaction(w.actor) as s:
        invited = add_person(s, w.case_id, w.team_id, "Hoàng Văn Mời", ParticipantRole.INVITED)
    error = attempt(w.book, w.actor, save_terms(
        w, outcomes.TermInput(w.parts.parties[0], "Dỡ hàng rào"),
        outcomes.TermInput(invited, "Làm chứng")))
    assert_fired(error, TERM_WHO)
    assert error.params == {"number": 2}


def test_every_bad_term_is_reported_at_once(built):
    w = built(agreement=False)
    error = attempt(w.book, w.actor, save_terms(
        w, outcomes.TermInput(w.parts.parties[0], "  "),
        outcomes.TermInput(uuid.uuid4(), "Trả tiền", date(2026, 3, 3))))
    assert isinstance(error, RuleViolations)
    assert_fired(error, TERM_WHAT, TERM_WHO, TERM_DEADLINE)
    assert [e.params["number"] for e in error.errors] == [1, 2, 2]


def test_saving_terms_again_replaces_them(built):
    w = built()
    parties = w.parts.parties
    with w.book.database.transaction(w.actor) as s:
        save_terms(w, outcomes.TermInput(parties[1], "Xin lỗi"),
                   outcomes.TermInput(parties[0], "Dỡ hàng rào"))(s)
    with w.book.database.transaction(w.actor) as s:
        save_terms(w, outcomes.TermInput(parties[0], "Dỡ hàng rào trước 20/3"))(s)
    terms = detail(w.book, w.case_id).agreement.terms
    assert [(t.ordinal, t.content) for t in terms] == [(1, "Dỡ hàng rào trước 20/3")]


# --- participants ------------------------------------------------------------------------------

def test_a_participant_who_attended_a_hearing_cannot_be_removed(built):
    w = built(agreement=False)
    error = attempt(w.book, w.actor,
                    lambda s: participants.remove_participant(s, w.parts.parties[1]))
    assert type(error) is WorkflowError
    assert_fired(error, CANNOT_REMOVE)
    assert "Đặng Thị Bình" in str(error)
    assert len(detail(w.book, w.case_id).participants) == 2


def test_a_participant_bound_by_a_term_cannot_be_removed(built):
    w = built(hearing=False)  # parties[0] is bound by the term, nobody attended anything
    error = attempt(w.book, w.actor,
                    lambda s: participants.remove_participant(s, w.parts.parties[0]))
    assert_fired(error, CANNOT_REMOVE)
    assert "Nguyễn Văn An" in str(error)


def test_a_participant_added_by_mistake_can_be_removed(built):
    w = built(hearing=False)
    with w.book.database.transaction(w.actor) as s:
        mistake = add_person(s, w.case_id, w.team_id, "Người nhập nhầm",
                             ParticipantRole.INVITED)
    with w.book.database.transaction(w.actor) as s:
        participants.remove_participant(s, w.parts.parties[1])  # not bound, never attended
        participants.remove_participant(s, mistake)
    assert [p.id for p in detail(w.book, w.case_id).participants] == [w.parts.parties[0]]


def test_the_same_person_cannot_take_part_twice(book, actor, team_id, case_id):
    with book.database.transaction(actor) as s:
        person = people.create_person(s, team_id, people.PersonInput("Vũ Thị Lan"))
        participants.add_participant(s, case_id, person, ParticipantRole.PARTY)
    error = attempt(book, actor, lambda s: participants.add_participant(
        s, case_id, person, ParticipantRole.RELATED))
    assert isinstance(error, ValidationError)
    assert "Vũ Thị Lan" in str(error)


def test_a_representative_must_represent_someone_of_the_case(built):
    w = built(hearing=False, agreement=False, other=True)
    with w.book.database.transaction(w.actor) as s:
        lawyer = people.create_person(s, w.team_id, people.PersonInput("Luật sư Tâm"))
    for represents in (None, w.other.parties[0]):
        error = attempt(w.book, w.actor, lambda s, r=represents: participants.add_participant(
            s, w.case_id, lawyer, ParticipantRole.REPRESENTATIVE, represents_id=r))
        assert isinstance(error, ValidationError)
        assert error.field == "represents"
    with w.book.database.transaction(w.actor) as s:
        participants.add_participant(s, w.case_id, lawyer, ParticipantRole.REPRESENTATIVE,
                                     represents_id=w.parts.parties[0])
    assert detail(w.book, w.case_id).participants[-1].represents_id == w.parts.parties[0]


# --- hearings ----------------------------------------------------------------------------------

def hearing_attempt(w: Built, now=datetime(2026, 3, 10, 12, 0), **fields) -> HoagiaiError:
    values = {"held_at": HEARD_AT, "place": "Nhà văn hóa"}
    values.update(fields)
    error = attempt(w.book, w.actor, lambda s: hearings.add_hearing(
        s, w.case_id, hearings.HearingInput(**values), now=now))
    assert detail(w.book, w.case_id).hearings == ()
    return error


def test_hearing_attendees_must_be_participants_of_the_case(built):
    w = built(hearing=False, agreement=False, other=True)
    error = hearing_attempt(w, participant_ids=frozenset({w.parts.parties[0],
                                                          w.other.parties[0]}),
                            mediator_ids=frozenset({w.parts.mediator_id}))
    assert isinstance(error, ValidationError)
    assert_fired(error, ONLY_CASE_ATTENDEES)


def test_hearing_mediators_must_be_assigned_to_the_case(built):
    w = built(hearing=False, agreement=False)
    with w.book.database.reading() as s:
        unassigned = mediator_ids(s, w.team_id)[3]
    error = hearing_attempt(w, participant_ids=frozenset(w.parts.parties),
                            mediator_ids=frozenset({unassigned}))
    assert_fired(error, ONLY_CASE_ATTENDEES)


def test_a_hearing_held_needs_attendees(built):
    error = hearing_attempt(built(hearing=False, agreement=False),
                            participant_ids=frozenset())
    assert isinstance(error, ValidationError)
    assert error.field == "attendees"
    assert_fired(error, TICK_ATTENDEES)


def test_a_hearing_held_needs_a_mediator_among_its_attendees(built):
    w = built(hearing=False, agreement=False)
    error = hearing_attempt(w, participant_ids=frozenset(w.parts.parties))
    assert_fired(error, TICK_ATTENDEES)


def test_a_future_hearing_may_have_no_attendees_yet(built):
    w = built(hearing=False, agreement=False)
    with w.book.database.transaction(w.actor) as s:
        hearing_id = hearings.add_hearing(s, w.case_id, hearings.HearingInput(
            datetime(2026, 3, 12, 8, 0), "Nhà văn hóa"), now=datetime(2026, 3, 10, 12, 0))
    assert [(h.id, h.participant_ids, h.mediator_ids)
            for h in detail(w.book, w.case_id).hearings] == [
        (hearing_id, frozenset(), frozenset())]


def test_hearing_place_and_date_are_checked_together(built):
    error = hearing_attempt(built(hearing=False, agreement=False), place="  ",
                            held_at=datetime(2026, 3, 1, 8, 0))
    assert isinstance(error, RuleViolations)
    assert_fired(error, HEARING_PLACE, HEARING_BEFORE_RECEIVED, TICK_ATTENDEES)
    assert [getattr(e, "field", None) for e in error.errors] == ["place", "held_at",
                                                                 "attendees"]


def test_updating_a_hearing_replaces_its_attendees(built):
    w = built(agreement=False)
    with w.book.database.reading() as s:
        hearing_id = case_detail.get_case(s, w.case_id).hearings[0].id
    with w.book.database.transaction(w.actor) as s:
        hearings.update_hearing(s, hearing_id, hearings.HearingInput(
            HEARD_AT, "Nhà ông An", participant_ids=frozenset({w.parts.parties[0]}),
            mediator_ids=frozenset({w.parts.mediator_id})))
    (hearing,) = detail(w.book, w.case_id).hearings
    assert (hearing.place, hearing.participant_ids) == ("Nhà ông An",
                                                        frozenset({w.parts.parties[0]}))


# --- the case's own details --------------------------------------------------------------------

def test_case_intake_reports_every_problem_at_once(book, actor, team_id):
    error = attempt(book, actor, lambda s: cases.open_case(s, team_id, cases.CaseInput(
        "  ", date(2026, 3, 11), Grounds.PROPOSED_BY_OTHER, "no_such_category",
        arose_on=date(2026, 3, 12)), today=TODAY))
    assert isinstance(error, RuleViolations)
    assert [e.field for e in error.errors] == ["title", "received_on", "arose_on", "referrer",
                                               "category"]
    with book.database.reading() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 0


@pytest.mark.parametrize("recipe, reason", [({}, ""), ({"closed": True}, "Sửa ngày nhận")],
                         ids=["in-progress", "closed"])
def test_the_received_date_cannot_move_after_what_followed_it(built, recipe, reason):
    w = built(**recipe)
    error = attempt(w.book, w.actor, lambda s: cases.update_case(
        s, w.case_id, case_input(received_on=date(2026, 3, 9)), today=TODAY), reason=reason)
    assert getattr(error, "field", None) == "received_on"
    assert detail(w.book, w.case_id).received_on == RECEIVED


# --- every message can be shown, in Vietnamese and in English ----------------------------------

def collected_errors(w: Built) -> list[HoagiaiError]:
    with w.book.database.transaction(w.actor) as s:
        outsider = teams.add_mediator(s, w.team_id, teams.MediatorInput(
            "Phạm Thị Hoa", Sex.FEMALE, end_date=date(2025, 1, 1)))
        unconfirmed = mediator_ids(s, w.team_id)[2]
    case_id, team_id = w.case_id, w.team_id
    actions = [
        lambda s: assign(s, case_id, w.parts.mediator_id),
        lambda s: assign(s, case_id, outsider),
        lambda s: assignments.assign_mediator(s, case_id, unconfirmed,
                                              AssignmentMethod.ASSIGNED_BY_LEADER, False),
        lambda s: participants.remove_participant(s, w.parts.parties[0]),
        lambda s: outcomes.close_case(s, case_id, OutcomeKind.SUCCESSFUL, date(2026, 3, 1),
                                      today=TODAY),
        lambda s: outcomes.close_case(s, case_id, OutcomeKind.NOT_ELIGIBLE, AGREED,
                                      today=TODAY),
        save_terms(w, outcomes.TermInput(uuid.uuid4(), " ", date(2026, 3, 1))),
        lambda s: cases.open_case(s, team_id, cases.CaseInput(
            "", date(2099, 1, 1), Grounds.PROPOSED_BY_OTHER, "x"), today=TODAY),
        lambda s: people.create_person(s, team_id, people.PersonInput("An", birth_year=1800)),
        lambda s: people.create_person(s, team_id, people.PersonInput("An", citizen_id="123")),
        lambda s: people.create_person(s, team_id, people.PersonInput("An", phone="abc")),
        lambda s: people.create_person(s, team_id, people.PersonInput(" ")),
    ]
    return [attempt(w.book, w.actor, action) for action in actions]


def test_every_rule_message_renders_in_vietnamese_and_english(built):
    errors = collected_errors(built(agreement=False))
    flat = [e for error in errors for e in (error.errors if isinstance(error, RuleViolations)
                                            else [error])]
    assert len(flat) == 19
    for error in errors + flat:
        for language, text in rendered_in_every_language(error).items():
            assert text.strip(), (language, error.message_id)
            assert "{" not in text and "}" not in text, (language, text)
            for value in error.params.values():
                if isinstance(value, str) and value:
                    assert value in text or repr(value) in text, (language, text)
