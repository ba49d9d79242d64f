"""Mediated on the spot (Law 35/2013 Art. 20's exception to the 3-day start): recorded on the
hearing, refused on a hearing only planned, and never reminded as "should have started"."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime

import pytest

from desktop.core.domain.enums import AssignmentMethod
from desktop.core.errors import HoagiaiError
from desktop.core.services import reminders
from desktop.core.services.cases import assignments, hearings
from desktop.core.services.cases import detail as case_detail
from desktop.core.services.reminders.due import Kind
from tests.core.helpers import add_person, mediator_ids, open_case

RECEIVED = date(2026, 3, 2)
ASSIGNED = date(2026, 3, 3)  # the leader recorded the assignment the day after
ON_THE_SPOT = datetime(2026, 3, 2, 9, 0)  # the mediator saw the quarrel and mediated at once
LATER = datetime(2026, 3, 16, 8, 0)  # well past the 3 days after the assignment


@pytest.fixture
def case(book, actor, team_id) -> tuple[uuid.UUID, hearings.HearingInput]:
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id, received_on=RECEIVED, today=RECEIVED)
        party = add_person(s, case_id, team_id, "Nguyễn Văn An")
        mediator = mediator_ids(s, team_id)[1]
        assignments.assign_mediator(s, case_id, mediator, AssignmentMethod.ASSIGNED_BY_LEADER,
                                    True, ASSIGNED)
    held = hearings.HearingInput(ON_THE_SPOT, "Ngõ 42 phố Hòa Bình",
                                 participant_ids=frozenset({party}),
                                 mediator_ids=frozenset({mediator}), planned=False)
    return case_id, held


def _starts(book, actor, team_id) -> list[reminders.Reminder]:
    with book.database.reading(actor) as s:
        found = reminders.todays_reminders(s, team_id, LATER)
    return [r for r in found if r.kind is Kind.START_HEARING]


def test_a_hearing_before_the_assignment_is_no_start_unless_on_the_spot(book, actor, team_id,
                                                                         case) -> None:
    case_id, held = case
    with book.database.transaction(actor) as s:
        hearing_id = hearings.add_hearing(s, case_id, held, now=LATER)
    (late,) = _starts(book, actor, team_id)  # an earlier hearing starts no one's 3 days
    assert late.overdue and late.case_id == case_id
    with book.database.transaction(actor) as s:
        hearings.update_hearing(s, hearing_id, replace(held, on_the_spot=True), now=LATER)
    with book.database.reading() as s:
        (shown,) = case_detail.get_case(s, case_id).hearings
    assert shown.on_the_spot
    assert _starts(book, actor, team_id) == []


def test_a_planned_hearing_cannot_be_on_the_spot(book, actor, case) -> None:
    case_id, held = case
    planned = replace(held, held_at=datetime(2026, 3, 20, 8, 0), planned=True, on_the_spot=True)
    with pytest.raises(HoagiaiError) as caught, book.database.transaction(actor) as s:
        hearings.add_hearing(s, case_id, planned, now=LATER)
    assert caught.value.message_id == hearings.ON_THE_SPOT_PLANNED
    assert "ngay tại chỗ" in str(caught.value)  # translated
    with book.database.reading() as s:
        assert case_detail.get_case(s, case_id).hearings == ()  # nothing saved
