"""A case that reached the ward in a package is found by the case list's filter there, as by
the search: the import writes its records in bulk, past the services that wrote the filter's
row, and the row is now rebuilt with the search entries from the records themselves."""

from __future__ import annotations

from datetime import date

from desktop.core.domain.enums import Grounds
from desktop.core.services.cases import listing as case_list
from desktop.core.services.cases import records as cases
from desktop.core.services.people.persons import PersonInput
from tests.exchange import sides


def _filtered(side: sides.Side, text: str) -> list:
    with side.db.reading() as s:
        return case_list.case_ids(s, case_list.CaseFilter(None, None, None, text))


def test_a_case_imported_at_the_ward_is_found_by_the_list_filter(team, ward_side):
    with team.tx() as s:
        cases.open_case_with_parties(
            s, team.team_id,
            cases.CaseInput("Tranh chấp ranh giới vườn", date(2026, 3, 2),
                            Grounds.PARTY_REQUEST, "shared_path_utilities"),
            [cases.NewParty(PersonInput("Trương Thị Huệ")),
             cases.NewParty(PersonInput("Lò Văn Khải"))], today=date(2026, 3, 10))
    assert _filtered(ward_side, "ranh gioi") == []
    sides.receive(ward_side, sides.export(team))
    assert len(_filtered(ward_side, "ranh gioi")) == 1  # the title, without its diacritics
    assert len(_filtered(ward_side, "khai")) == 1  # a party's name
    assert _filtered(ward_side, "khong co dau") == []
