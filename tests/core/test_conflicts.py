"""Conflict-of-interest check at assignment (Law 35/2013 Art. 18, 26): each rule warns, the
assignment waits for the leader's decision, and the decision (with its reason and findings) is
journaled and shown on the case."""

from __future__ import annotations

import pytest

from desktop.core.domain.enums import AssignmentMethod, ParticipantRole, Sex
from desktop.core.errors import ValidationError
from desktop.core.services.cases import assignments, participants
from desktop.core.services.cases.conflicts import (
    EARLIER_CASE,
    FAMILY_NAME,
    SAME_PERSON,
    SHARED_ADDRESS,
    ConflictUndecided,
    conflict_findings,
    decide_conflict,
    decisions,
)
from desktop.core.services.people import persons as people
from desktop.core.services.workspace import teams
from tests.core.helpers import journal, open_case

pytestmark = pytest.mark.both_backends

HOME = "Số 5, ngõ 3, Tổ dân phố số 7"


def mediator(s, team_id, name="Hoàng Văn Minh", **fields):
    return teams.add_mediator(s, team_id, teams.MediatorInput(name, Sex.MALE, **fields))


def party(s, case_id, team_id, name, role=ParticipantRole.PARTY, **fields):
    person = people.create_person(s, team_id, people.PersonInput(name, Sex.MALE, **fields))
    participants.add_participant(s, case_id, person, role)
    return person


def rules(s, case_id, mediator_id):
    return {f.rule for f in conflict_findings(s, case_id, mediator_id)}


def assign(s, case_id, mediator_id):
    return assignments.assign_mediator(s, case_id, mediator_id,
                                       AssignmentMethod.ASSIGNED_BY_LEADER, True)


def test_a_mediator_who_takes_part_in_the_case_is_the_same_person(book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id)
        by_phone = mediator(s, team_id, "Hoàng Văn Minh", phone="0912345678")
        by_year = mediator(s, team_id, "Phạm Thị Lan", birth_year=1970)
        party(s, case_id, team_id, "Người khác", role=ParticipantRole.INVITED,
              phone="0912345678")
        party(s, case_id, team_id, "Pham Thi Lan", birth_year=1970)
        unrelated = mediator(s, team_id, "Phạm Thị Lan", birth_year=1980)
        assert rules(s, case_id, by_phone) == {SAME_PERSON}
        assert rules(s, case_id, by_year) == {SAME_PERSON}
        assert rules(s, case_id, unrelated) == set()


def test_a_shared_household_address_warns(book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id)
        neighbour = mediator(s, team_id, address="số 5 ngõ 3 tổ dân phố số 7")
        party(s, case_id, team_id, "Vũ Văn Tài", address=HOME)
        assert rules(s, case_id, neighbour) == {SHARED_ADDRESS}


def test_a_family_name_warns_only_for_a_party_of_the_same_village(book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id)
        lo = mediator(s, team_id, "Lò Văn Minh")
        party(s, case_id, team_id, "Lò Thị Mai", address="Số 9, Tổ dân phố số 7")
        findings = conflict_findings(s, case_id, lo)
        assert [f.rule for f in findings] == [FAMILY_NAME]
        assert "Lò" in findings[0].text and "ít gia đình" in findings[0].text
        other = open_case(s, team_id, "Việc khác")
        party(s, other, team_id, "Lò Thị Nga", address="Thôn Đông, xã khác")
        party(s, other, team_id, "Lò Văn Hùng", role=ParticipantRole.INVITED,
              address="Tổ dân phố số 7")
        assert rules(s, other, lo) == set()


def test_a_common_family_name_alone_does_not_warn(book, actor, team_id):
    """Nguyễn, Trần, Lê... are shared by much of any village: no sign of a family link, even
    with the generic middle names Văn and Thị (conflicts.toml)."""
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id)
        nguyen = mediator(s, team_id, "Nguyễn Văn Minh")
        party(s, case_id, team_id, "Nguyễn Văn Hải", address="Số 9, Tổ dân phố số 7")
        party(s, case_id, team_id, "Nguyen Thi Mai", address="Số 2, Tổ dân phố số 7")
        party(s, case_id, team_id, "Nguyễn Minh", address="Số 4, Tổ dân phố số 7")
        assert rules(s, case_id, nguyen) == set()


def test_a_common_family_name_with_the_same_middle_name_warns_as_a_family_line(
        book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id)
        nguyen = mediator(s, team_id, "Nguyễn Đình Minh")
        party(s, case_id, team_id, "Nguyễn Đình Hải", address="Số 9, Tổ dân phố số 7")
        findings = conflict_findings(s, case_id, nguyen)
        assert [f.rule for f in findings] == [FAMILY_NAME]
        assert "Nguyễn Đình" in findings[0].text and "dòng họ" in findings[0].text
        elsewhere = open_case(s, team_id, "Việc khác")
        party(s, elsewhere, team_id, "Nguyễn Đình Hùng", address="Thôn Đông, xã khác")
        party(s, elsewhere, team_id, "Trần Đình Lực", address="Số 1, Tổ dân phố số 7")
        assert rules(s, elsewhere, nguyen) == set()


def test_the_kinship_lists_come_from_the_reference_file_and_fail_closed():
    from desktop.core.services.cases.conflict_rules import (
        parse_rules,
        shared_lineage,
        shipped_rules,
    )

    shipped = shipped_rules()
    assert {"nguyen", "tran", "le"} <= shipped.common_family_names
    assert {"van", "thi"} <= shipped.generic_middle_names
    assert shared_lineage("Đặng Văn Ưng", "Dang Thi Hoa", shipped) is None
    assert shared_lineage("Quàng Văn Ưng", "Quang Thi Hoa", shipped) == ("quang",)
    assert shared_lineage("Lê Bá Ưng", "Lê Thị Bá Hoa", shipped) == ("le", "ba")
    assert shared_lineage("", "", shipped) is None
    for damaged in ({}, {"family_name": {"common": "Nguyễn"}, "middle_name": {"generic": []}},
                    {"family_name": {"common": []}}):
        with pytest.raises(ValidationError):
            parse_rules(damaged)


def test_an_earlier_case_with_one_of_the_parties_warns(book, actor, team_id):
    with book.database.transaction(actor) as s:
        earlier = open_case(s, team_id, "Tranh chấp cũ")
        mediator_id = mediator(s, team_id, "Hoàng Văn Minh", birth_year=1960)
        party(s, earlier, team_id, "Hoàng Văn Minh", birth_year=1960)
        neighbour = party(s, earlier, team_id, "Trịnh Văn Bốn")
        case_id = open_case(s, team_id, "Tranh chấp mới")
        participants.add_participant(s, case_id, neighbour, ParticipantRole.PARTY)
        findings = conflict_findings(s, case_id, mediator_id)
        assert [f.rule for f in findings] == [EARLIER_CASE]
        assert "01/2026" in findings[0].text


def test_assignment_waits_for_the_leaders_decision_which_is_journaled_and_shown(
        book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id)
        neighbour = mediator(s, team_id, address=HOME)
        party(s, case_id, team_id, "Vũ Văn Tài", address=HOME)
    with book.database.transaction(actor) as s, pytest.raises(ConflictUndecided) as refused:
        assign(s, case_id, neighbour)
    assert "Vũ Văn Tài" in str(refused.value)
    with book.database.transaction(actor) as s:
        with pytest.raises(ValidationError) as unexplained:
            decide_conflict(s, case_id, neighbour, True, "  ")
        assert unexplained.value.field == "reason"
        decide_conflict(s, case_id, neighbour, True, "Hai bên đều đồng ý chọn ông Minh")
        assign(s, case_id, neighbour)
        entries = [e for e in journal(s) if e.entity == "conflict_decisions"]
        shown = decisions(s, case_id)
    assert len(entries) == 1 and entries[0].op == "insert"
    assert shown[0].assigned and shown[0].reason == "Hai bên đều đồng ý chọn ông Minh"
    assert "Vũ Văn Tài" in shown[0].findings[0]


def test_a_decision_not_to_assign_keeps_the_refusal(book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id)
        neighbour = mediator(s, team_id, address=HOME)
        party(s, case_id, team_id, "Vũ Văn Tài", address=HOME)
        decide_conflict(s, case_id, neighbour, False, "Là hàng xóm sát nhà")
        with pytest.raises(ConflictUndecided):
            assign(s, case_id, neighbour)


def test_a_new_finding_after_the_decision_needs_a_new_decision(book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id)
        hoang = mediator(s, team_id, "Hoàng Đình Minh", address=HOME)
        party(s, case_id, team_id, "Vũ Văn Tài", address=HOME)
        decide_conflict(s, case_id, hoang, True, "Các bên đồng ý")
        party(s, case_id, team_id, "Hoàng Đình Mai", address="Số 9, Tổ dân phố số 7")
        with pytest.raises(ConflictUndecided):
            assign(s, case_id, hoang)
