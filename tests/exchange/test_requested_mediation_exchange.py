"""Who asked for mediation travels to the ward; a package from an older program, written before
the field existed, imports with nobody marked (issue 14)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from desktop.core.db.models import CaseParticipant
from desktop.core.domain.enums import Grounds
from desktop.core.exchange import export as exporting
from desktop.core.exchange.records import read_values
from desktop.core.services.cases import records as cases
from desktop.core.services.people.persons import PersonInput
from tests.exchange import sides


def _case_with_requester(team: sides.Side) -> None:
    with team.tx() as s:
        cases.open_case_with_parties(
            s, team.team_id,
            cases.CaseInput("Tranh chấp lối đi chung", date(2026, 3, 2), Grounds.PARTY_REQUEST,
                            "shared_path_utilities"),
            [cases.NewParty(PersonInput("Nguyễn Văn An"), True),
             cases.NewParty(PersonInput("Đặng Thị Bình"))], today=date(2026, 3, 10))


def _marks(side: sides.Side) -> list[bool]:
    with side.db.reading() as s:
        return list(s.scalars(select(CaseParticipant.requested_mediation)
                              .order_by(CaseParticipant.ordinal)))


def test_the_mark_travels_to_the_ward(team, ward_side):
    _case_with_requester(team)
    sides.receive(ward_side, sides.export(team))
    assert _marks(ward_side) == [True, False]


def test_an_older_package_without_the_field_imports_as_nobody_marked(team, ward_side,
                                                                     monkeypatch):
    def as_an_older_program(session, entity, record_id):  # its rows had no such column
        values = read_values(session, entity, record_id)
        if values is not None and entity == "case_participants":
            values.pop("requested_mediation")
        return values

    _case_with_requester(team)
    monkeypatch.setattr(exporting, "read_values", as_an_older_program)
    report = sides.receive(ward_side, sides.export(team))
    assert report is not None
    assert _marks(ward_side) == [False, False]
