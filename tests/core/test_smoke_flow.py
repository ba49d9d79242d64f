"""The whole case workflow through the services, end to end (fine-grained rules live in
their own test modules)."""

from __future__ import annotations

from datetime import date, datetime

from desktop.core.db.journal import first_broken_link
from desktop.core.domain.enums import (
    AssignmentMethod,
    CaseStatus,
    Grounds,
    OutcomeKind,
    ParticipantRole,
    Sex,
)
from desktop.core.services.cases import assignments, hearings, outcomes, participants
from desktop.core.services.cases import detail as case_detail
from desktop.core.services.cases import records as cases
from desktop.core.services.people import persons as people
from desktop.core.services.workspace import teams


def test_case_from_intake_to_successful_close(book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = cases.open_case(s, team_id, cases.CaseInput(
            "Tranh chấp lối đi chung", date(2026, 3, 2), Grounds.PARTY_REQUEST,
            "shared_path_utilities"), today=date(2026, 3, 10))
        an = people.create_person(s, team_id, people.PersonInput(
            "Nguyễn Văn An", Sex.MALE, citizen_id="001089012345"))
        binh = people.create_person(s, team_id, people.PersonInput("Đặng Thị Bình", Sex.FEMALE))
        p_an = participants.add_participant(s, case_id, an, ParticipantRole.PARTY)
        p_binh = participants.add_participant(s, case_id, binh, ParticipantRole.PARTY)
        leader = teams.list_mediators(s, team_id)[0]
        assignments.assign_mediator(s, case_id, leader.id, AssignmentMethod.ASSIGNED_BY_LEADER,
                                    True, date(2026, 3, 2))
        hearings.add_hearing(s, case_id, hearings.HearingInput(
            datetime(2026, 3, 4, 8, 30), "Nhà văn hóa", participant_ids=frozenset({p_an, p_binh}),
            mediator_ids=frozenset({leader.id})))
        outcomes.save_agreement(s, case_id, outcomes.AgreementInput(
            date(2026, 3, 4), terms=(outcomes.TermInput(p_an, "Dỡ hàng rào", date(2026, 3, 20)),)))
        outcomes.close_case(s, case_id, OutcomeKind.SUCCESSFUL, date(2026, 3, 4),
                            today=date(2026, 3, 10))
    with book.database.reading() as s:
        detail = case_detail.get_case(s, case_id)
        assert detail.number == "01/2026"
        assert detail.status is CaseStatus.SUCCESSFUL
        assert [t.obliged_name for t in detail.agreement.terms] == ["Nguyễn Văn An"]
        assert first_broken_link(s) is None
