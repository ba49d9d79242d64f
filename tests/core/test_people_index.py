"""The people index: the same person already on record is offered with why and their cases;
earlier disputes between the same households are counted; merging two records of one person
is the leader's, journaled on both, and undoable until it has been sent to the ward."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.core.db.engine import Actor
from desktop.core.db.models_exchange import ExchangePackage
from desktop.core.domain.enums import ParticipantRole, Sex
from desktop.core.domain.roles import Role
from desktop.core.errors import WorkflowError
from desktop.core.exchange.export import TEAM_DATA
from desktop.core.policy.access import PermissionDenied
from desktop.core.services.cases import participants
from desktop.core.services.people import index, merges
from desktop.core.services.people import persons as people
from desktop.core.services.search.query import search
from tests.core.helpers import journal, journal_head, open_case

pytestmark = pytest.mark.both_backends

HOME_A = "Số 5, ngõ 3, Tổ dân phố số 7"
HOME_B = "Số 7, ngõ 3, Tổ dân phố số 7"


def person(s, team_id, name, **fields):
    return people.create_person(s, team_id, people.PersonInput(name, Sex.MALE, **fields))


def take_part(s, case_id, person_id, role=ParticipantRole.PARTY):
    return participants.add_participant(s, case_id, person_id, role)


@pytest.mark.parametrize(("typed", "reason"), [
    (people.PersonInput("Ai đó", citizen_id="001089012345"), index.SAME_CITIZEN_ID),
    (people.PersonInput("Ai đó", phone="0912 345 678"), index.SAME_PHONE),
    (people.PersonInput("dang van ung", birth_year=1970), index.SAME_NAME_AND_YEAR),
    (people.PersonInput("DANG VAN UNG", address="so 5 ngo 3 to dan pho so 7"),
     index.SAME_NAME_AND_ADDRESS),
])
def test_the_same_person_on_record_is_offered_with_why(book, actor, team_id, typed, reason,
                                                       english):
    with book.database.transaction(actor) as s:
        known = person(s, team_id, "Đặng Văn Ưng", birth_year=1970, address=HOME_A,
                       citizen_id="001089012345", phone="0912345678")
        case_id = open_case(s, team_id)
        take_part(s, case_id, known)
        found = index.same_person(s, team_id, typed)
    assert [m.person.id for m in found] == [known]
    assert reason in found[0].reasons
    assert [c.case_id for c in found[0].cases] == [case_id]


def test_a_different_person_of_the_same_name_is_not_offered(book, actor, team_id):
    with book.database.transaction(actor) as s:
        person(s, team_id, "Đặng Văn Ưng", birth_year=1970, address=HOME_A)
        assert index.same_person(s, team_id, people.PersonInput(
            "Đặng Văn Ưng", birth_year=1985, address=HOME_B)) == []
        assert index.same_person(s, team_id, people.PersonInput(
            "Đặng Văn Ánh", birth_year=1970, address=HOME_A)) == []


def test_a_persons_page_lists_every_case_in_any_role(book, actor, team_id):
    with book.database.transaction(actor) as s:
        someone = person(s, team_id, "Lý Thị Mười")
        first = open_case(s, team_id, "Việc một", received_on=date(2026, 1, 5))
        second = open_case(s, team_id, "Việc hai", received_on=date(2026, 2, 5))
        take_part(s, second, someone, ParticipantRole.INVITED)
        take_part(s, first, someone)
        cases = index.person_cases(s, someone)
    assert [(c.case_id, c.role) for c in cases] == [
        (first, ParticipantRole.PARTY), (second, ParticipantRole.INVITED)]


def test_earlier_disputes_between_the_same_households_are_counted(book, actor, team_id,
                                                                 english):
    with book.database.transaction(actor) as s:
        days = (date(2024, 5, 1), date(2025, 6, 1), date(2026, 2, 1))
        cases = [open_case(s, team_id, f"Lần {n}", received_on=day)
                 for n, day in enumerate(days)]
        for n, case_id in enumerate(cases):  # other members of the same two households
            take_part(s, case_id, person(s, team_id, f"Chủ hộ A{n}", address=HOME_A))
            take_part(s, case_id, person(s, team_id, f"Chủ hộ B{n}", address=HOME_B))
        lone = open_case(s, team_id, "Chỉ một hộ")
        take_part(s, lone, person(s, team_id, "Người A", address=HOME_A))
        history = index.household_history(s, cases[2])
    assert [c.case_id for c in history.earlier] == cases[:2]
    assert history.sentence() == (
        "This is dispute number 3 between these households since 2024.")


def test_merging_moves_the_case_roles_journals_both_and_can_be_undone(book, actor, team_id):
    with book.database.transaction(actor) as s:
        kept = person(s, team_id, "Đặng Văn Ưng", birth_year=1970)
        twin = person(s, team_id, "Dang Van Ung")
        first, second = open_case(s, team_id, "Việc một"), open_case(s, team_id, "Việc hai")
        take_part(s, first, kept)
        take_part(s, second, twin)
    with book.database.transaction(actor) as s:
        merge_id = merges.merge_persons(s, kept, twin, "Cùng một người, nhập trùng")
        assert [c.case_id for c in index.person_cases(s, kept)] == [first, second]
        assert index.same_person(s, team_id, people.PersonInput("Dang Van Ung",
                                                                birth_year=1970))[0].person.id \
            == kept
        events = {(e.op, e.entity_id) for e in journal(s) if e.entity == "persons"}
        assert {("merge", str(kept)), ("merge", str(twin))} <= events
    with book.database.reading(actor) as s:
        names = [m.text for h in search(s, "dang van ung").hits for m in h.matches]
    assert names == ["Đặng Văn Ưng", "Đặng Văn Ưng"]
    with book.database.transaction(actor) as s:
        merges.undo_merge(s, merge_id)
        assert [c.case_id for c in index.person_cases(s, twin)] == [second]
        assert ("unmerge", str(twin)) in {(e.op, e.entity_id) for e in journal(s)}
        with pytest.raises(WorkflowError):
            merges.undo_merge(s, merge_id)


def test_two_people_of_one_case_cannot_be_merged(book, actor, team_id):
    with book.database.transaction(actor) as s:
        a, b = person(s, team_id, "Đặng Văn Ưng"), person(s, team_id, "Dang Van Ung")
        case_id = open_case(s, team_id)
        take_part(s, case_id, a)
        take_part(s, case_id, b)
        with pytest.raises(WorkflowError):
            merges.merge_persons(s, a, b, "trùng")


def test_only_the_team_leader_merges(book, actor, team_id):
    with book.database.transaction(actor) as s:
        a, b = person(s, team_id, "Đặng Văn Ưng"), person(s, team_id, "Dang Van Ung")
    mediator = Actor("hgv", role=Role.MEDIATOR)
    with book.database.transaction(mediator) as s, pytest.raises(PermissionDenied):
        merges.merge_persons(s, a, b, "trùng")


def test_a_merge_sent_to_the_ward_is_final(book, actor, team_id):
    with book.database.transaction(actor) as s:
        a, b = person(s, team_id, "Đặng Văn Ưng"), person(s, team_id, "Dang Van Ung")
        merge_id = merges.merge_persons(s, a, b, "trùng")
        assert not merges.merge_sent(s, merge_id)
    with book.database.transaction(actor) as s:  # what sending a package records
        now = datetime(2026, 3, 10, 9, 0)
        s.add(ExchangePackage(direction="sent", kind=TEAM_DATA, peer_id=str(team_id),
                              sequence=1, file_sha256="0" * 64, journal_from=0,
                              journal_to=journal_head(s)[0], created_at=now,
                              processed_at=now))
    with book.database.transaction(actor) as s, pytest.raises(WorkflowError) as refused:
        merges.undo_merge(s, merge_id)
    assert refused.value.message_id.startswith("This merge was sent to the ward office")
