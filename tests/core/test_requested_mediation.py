"""Which party asked for mediation (Law 35/2013 Art. 16 cl. 1 a; issue 14): marked per party,
only on a party, "both" as two marks, a warning (never a refusal) when the grounds say a party
asked and nobody is marked, kept in the case history."""

from __future__ import annotations

import pytest

from desktop.core.domain.enums import Grounds, ParticipantRole, Sex
from desktop.core.errors import ValidationError
from desktop.core.services.cases import detail as case_detail
from desktop.core.services.cases import participants
from desktop.core.services.cases import records as cases
from desktop.core.services.history.case_history import case_history
from desktop.core.services.people import persons as people
from tests.core.helpers import TODAY, add_person, case_input, open_case


def _person(session, team_id, name: str = "Phạm Văn Hùng"):
    return people.create_person(session, team_id, people.PersonInput(name, Sex.MALE))


def test_a_party_marked_as_asking_reads_back_and_others_do_not(book, actor, team_id):
    with book.database.transaction(actor) as session:
        case_id = open_case(session, team_id)
        asked = participants.add_participant(session, case_id, _person(session, team_id),
                                             ParticipantRole.PARTY, requested_mediation=True)
        other = add_person(session, case_id, team_id, "Lê Thị Mai")
    with book.database.reading(actor) as session:
        detail = case_detail.get_case(session, case_id)
    assert detail.participant(asked).requested_mediation
    assert not detail.participant(other).requested_mediation
    assert [p.id for p in detail.requesters] == [asked]


@pytest.mark.parametrize("role", [ParticipantRole.REPRESENTATIVE, ParticipantRole.RELATED,
                                  ParticipantRole.INVITED])
def test_only_a_party_can_have_asked(book, actor, team_id, role):
    with book.database.transaction(actor) as session:
        case_id = open_case(session, team_id)
        party = add_person(session, case_id, team_id, "Lê Thị Mai")
    with pytest.raises(ValidationError) as refused, \
            book.database.transaction(actor) as session:
        participants.add_participant(
            session, case_id, _person(session, team_id), role,
            represents_id=party if role is ParticipantRole.REPRESENTATIVE else None,
            requested_mediation=True)
    assert refused.value.field == "requested_mediation"
    assert refused.value.message_id.startswith("Only a party can be the one who asked")
    with book.database.reading(actor) as session:
        assert len(case_detail.get_case(session, case_id).participants) == 1  # nothing saved


def test_both_parties_asked_is_two_marks_and_a_mark_can_be_taken_back(book, actor, team_id):
    with book.database.transaction(actor) as session:
        case_id = open_case(session, team_id)
        first = add_person(session, case_id, team_id, "Lê Thị Mai")
        second = add_person(session, case_id, team_id, "Phạm Văn Hùng")
        for participant in (first, second):
            participants.update_participant(session, participant, ParticipantRole.PARTY, "",
                                            requested_mediation=True)
    with book.database.reading(actor) as session:
        assert len(case_detail.get_case(session, case_id).requesters) == 2
    with book.database.transaction(actor) as session:
        participants.update_participant(session, second, ParticipantRole.PARTY, "",
                                        requested_mediation=False)
    with book.database.reading(actor) as session:
        assert [p.id for p in case_detail.get_case(session, case_id).requesters] == [first]


def test_an_update_that_does_not_say_keeps_the_mark_unless_the_role_changes(book, actor,
                                                                            team_id):
    with book.database.transaction(actor) as session:
        case_id = open_case(session, team_id)
        party = participants.add_participant(session, case_id, _person(session, team_id),
                                             ParticipantRole.PARTY, requested_mediation=True)
        participants.update_participant(session, party, ParticipantRole.PARTY, "Đòi mở lối đi")
    with book.database.reading(actor) as session:
        assert case_detail.get_case(session, case_id).participant(party).requested_mediation
    with book.database.transaction(actor) as session:  # recorded as a party by mistake
        participants.update_participant(session, party, ParticipantRole.RELATED, "")
    with book.database.reading(actor) as session:
        assert not case_detail.get_case(session, case_id).participant(party).requested_mediation
    with pytest.raises(ValidationError), book.database.transaction(actor) as session:
        participants.update_participant(session, party, ParticipantRole.RELATED, "",
                                        requested_mediation=True)


def test_no_party_marked_on_a_party_request_is_a_warning_not_a_refusal(book, actor, team_id):
    with book.database.transaction(actor) as session:
        case_id = open_case(session, team_id, grounds=Grounds.PARTY_REQUEST)
        party = add_person(session, case_id, team_id, "Lê Thị Mai")  # saved all the same
    with book.database.reading(actor) as session:
        detail = case_detail.get_case(session, case_id)
    warning = participants.requester_warning(detail.grounds, detail.participants)
    assert warning is not None and "no party is marked" in warning.message_id
    assert "Đánh dấu" in warning.message or "đánh dấu" in warning.message  # translated
    with book.database.transaction(actor) as session:
        participants.update_participant(session, party, ParticipantRole.PARTY, "",
                                        requested_mediation=True)
    with book.database.reading(actor) as session:
        detail = case_detail.get_case(session, case_id)
    assert participants.requester_warning(detail.grounds, detail.participants) is None


@pytest.mark.parametrize("grounds", [Grounds.MEDIATOR_WITNESSED, Grounds.LEADER_ASSIGNED])
def test_other_grounds_or_no_party_yet_need_no_mark(book, actor, team_id, grounds):
    with book.database.transaction(actor) as session:
        witnessed = open_case(session, team_id, grounds=grounds)
        add_person(session, witnessed, team_id, "Lê Thị Mai")
        empty = open_case(session, team_id, "Tranh chấp tường rào")
    with book.database.reading(actor) as session:
        for case_id in (witnessed, empty):
            detail = case_detail.get_case(session, case_id)
            assert participants.requester_warning(detail.grounds, detail.participants) is None


def test_a_new_case_with_its_parties_keeps_who_asked(book, actor, team_id):
    parties = [cases.NewParty(people.PersonInput("Nguyễn Văn An"), requested_mediation=True),
               cases.NewParty(people.PersonInput("Đặng Thị Bình", Sex.FEMALE))]
    with book.database.transaction(actor) as session:
        case_id = cases.open_case_with_parties(session, team_id, case_input(), parties,
                                               today=TODAY)
    with book.database.reading(actor) as session:
        detail = case_detail.get_case(session, case_id)
    assert [(p.person.full_name, p.requested_mediation) for p in detail.participants] == [
        ("Nguyễn Văn An", True), ("Đặng Thị Bình", False)]


def test_a_refused_party_leaves_no_new_case_behind(book, actor, team_id):
    parties = [cases.NewParty(people.PersonInput("Nguyễn Văn An")),
               cases.NewParty(people.PersonInput(""), requested_mediation=True)]
    with pytest.raises(ValidationError), book.database.transaction(actor) as session:
        cases.open_case_with_parties(session, team_id, case_input(), parties, today=TODAY)
    with book.database.reading(actor) as session:
        assert not [c for c in _all_cases(session, team_id)]


def _all_cases(session, team_id):
    from sqlalchemy import select

    from desktop.core.db.models import Case

    return session.scalars(select(Case.id).where(Case.team_id == team_id)).all()


def test_the_mark_is_in_the_case_history(book, actor, team_id):
    with book.database.transaction(actor) as session:
        case_id = open_case(session, team_id)
        party = add_person(session, case_id, team_id, "Lê Thị Mai")
    with book.database.transaction(actor) as session:
        participants.update_participant(session, party, ParticipantRole.PARTY, "",
                                        requested_mediation=True)
    with book.database.reading(actor) as session:
        history = case_history(session, case_id)
    changes = [(c.label, c.new) for entry in history for c in entry.changes]
    assert ("Yêu cầu hòa giải", "Có") in changes, changes
