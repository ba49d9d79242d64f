"""Out-of-order and repeated packages, conflicts and their review, transfers, withheld fields,
key replacement and reference data."""

from __future__ import annotations

import dataclasses
import types
from datetime import date

import pytest
from sqlalchemy import select

from desktop.core.db.models import Case, JournalEntry, MatterCategory, Mediator, Person
from desktop.core.db.models_exchange import ExchangeTransfer
from desktop.core.errors import HoagiaiError
from desktop.core.exchange import service, ward
from desktop.core.exchange.errors import PackageRefused
from desktop.core.policy import settings
from desktop.core.services.cases import records as cases
from desktop.core.services.people import persons as people
from tests.core.helpers import add_person, case_input, open_case
from tests.exchange import sides


def retitle(team: sides.Side, case_id, title: str) -> None:
    with team.tx() as s:
        current = s.get(Case, case_id)
        data = dataclasses.replace(case_input(current.title), title=title,
                                   summary=current.summary, sensitive=current.sensitive)
        cases.update_case(s, case_id, data)


def ward_case(ward_side: sides.Side, case_id) -> types.SimpleNamespace:
    with ward_side.db.reading() as s:
        case = s.get(Case, case_id)
        return types.SimpleNamespace(title=case.title, summary=case.summary)


def test_packages_out_of_order_end_in_the_newest_state(team, ward_side):
    with team.tx() as s:
        case_id = open_case(s, team.team_id, "Bản 1")
    first = sides.export(team)
    retitle(team, case_id, "Bản 2")
    second = sides.export(team)
    retitle(team, case_id, "Bản 3")
    with team.tx() as s:
        add_person(s, case_id, team.team_id, "Phạm Thị Dung")
    third = sides.export(team)
    report3 = sides.receive(ward_side, third)
    assert report3.gaps == [1, 2]  # flagged, and still applied: it carries what it needs
    assert ward_case(ward_side, case_id).title == "Bản 3"
    report1 = sides.receive(ward_side, first)
    report2 = sides.receive(ward_side, second)
    # older versions change nothing; records only package 1 had (the mediators) are new
    assert (report1.new, report1.updated, report2.new, report2.updated) == (3, 0, 0, 0)
    assert report2.gaps == []
    assert ward_case(ward_side, case_id).title == "Bản 3"
    assert sides.team_records(ward_side, team.team_id, frozenset(
        {"persons.citizen_id", "persons.phone"})) == sides.team_records(
        team, team.team_id, frozenset({"persons.citizen_id", "persons.phone"}))


def test_importing_the_same_package_twice_changes_nothing(team, ward_side):
    with team.tx() as s:
        open_case(s, team.team_id)
    path = sides.export(team)
    sides.receive(ward_side, path)
    before = sides.dump(ward_side)
    with pytest.raises(PackageRefused) as again:
        sides.receive(ward_side, path)
    assert "đã được nhập" in again.value.message
    assert sides.dump(ward_side) == before


def test_same_field_changed_on_both_sides_goes_to_review(team, ward_side):
    with team.tx() as s:
        case_id = open_case(s, team.team_id, "Tranh chấp lối đi", summary="Ban đầu")
    sides.receive(ward_side, sides.export(team))
    with ward_side.tx(reason="Sửa theo biên bản") as s:  # the ward corrects the title
        s.get(Case, case_id).title = "Tranh chấp lối đi chung (xã sửa)"
    with team.tx() as s:
        current = s.get(Case, case_id)
        cases.update_case(s, case_id, dataclasses.replace(
            case_input("Tranh chấp lối đi chung (tổ sửa)"), summary="Tổ bổ sung"))
        del current
    report = sides.receive(ward_side, sides.export(team))
    assert report.conflicting == 1 and report.conflicts == [("cases", str(case_id), "title")]
    on_ward = ward_case(ward_side, case_id)
    assert on_ward.title == "Tranh chấp lối đi chung (xã sửa)"  # never silently overwritten
    assert on_ward.summary == "Tổ bổ sung"  # the other field merged
    with ward_side.db.reading() as s:
        [item] = ward.list_review(s)
    assert (item.base, item.ward, item.team) == (
        "Tranh chấp lối đi", "Tranh chấp lối đi chung (xã sửa)",
        "Tranh chấp lối đi chung (tổ sửa)")
    with pytest.raises(HoagiaiError), ward_side.tx() as s:
        ward.resolve(s, item.number, "team", "   ")
    with ward_side.tx(reason="Theo tổ") as s:
        ward.resolve(s, item.number, "team", "Tổ đã xác minh với các bên")
    assert ward_case(ward_side, case_id).title == "Tranh chấp lối đi chung (tổ sửa)"
    with ward_side.db.reading() as s:
        assert ward.list_review(s) == []
        resolved = s.scalars(select(JournalEntry).where(
            JournalEntry.op == "conflict_resolved")).one()
        assert resolved.changes["chosen"] == "team"
    retitle(team, case_id, "Tiêu đề mới của tổ")  # after the choice, merging goes on
    report = sides.receive(ward_side, sides.export(team))
    assert report.updated == 1 and report.conflicting == 0


def test_a_transfer_is_explicit_and_the_former_team_can_no_longer_change_the_case(
        three_teams, ward_side):
    first, second = three_teams[0], three_teams[1]
    with first.tx() as s:
        case_id = open_case(s, first.team_id, "Việc sẽ chuyển")
    sides.receive(ward_side, sides.export(first))
    with pytest.raises(HoagiaiError), ward_side.tx() as s:  # the ward has no record of it yet
        ward.transfer_case(s, case_id, str(second.team_id), "Chưa có dữ liệu của tổ")
    sides.receive(ward_side, sides.export(second))
    with ward_side.tx(reason="Chuyển tổ") as s:
        moved = ward.transfer_case(s, case_id, str(second.team_id),
                                   "Các bên chuyển đến thôn Tây")
    assert moved >= 1
    with ward_side.db.reading() as s:
        assert s.get(Case, case_id).team_id == second.team_id
        assert s.scalars(select(ExchangeTransfer)).one().to_team_id == str(second.team_id)
    retitle(first, case_id, "Tổ cũ vẫn sửa")
    report = sides.receive(ward_side, sides.export(first))
    assert report.rejected == 1 and "chuyển" in report.rejections[0][2]
    assert ward_case(ward_side, case_id).title == "Việc sẽ chuyển"


def test_sensitive_narrative_and_id_numbers_stay_with_the_team(team, ward_side):
    with team.tx() as s:
        plain = open_case(s, team.team_id, "Lối đi", summary="Hai nhà chung ngõ")
        secret = open_case(s, team.team_id, "Mâu thuẫn gia đình", summary="Bạo lực gia đình",
                           sensitive=True)
        person = people.create_person(s, team.team_id, people.PersonInput(
            "Võ Văn Em", citizen_id="001203004005"))
    sides.receive(ward_side, sides.export(team))
    assert ward_case(ward_side, plain).summary == "Hai nhà chung ngõ"
    assert ward_case(ward_side, secret).summary == ""
    with ward_side.db.reading() as s:
        assert s.get(Person, person).citizen_id is None
        journal_text = str([e.changes for e in s.scalars(select(JournalEntry))])
    assert "Bạo lực" not in journal_text and "001203004005" not in journal_text
    # an entitled ward receives sensitive narrative text (never the ID numbers)
    with ward_side.tx() as s:
        settings.set_setting(s, "exchange.ward_entitled_narrative", "1")
    sides.back(ward_side, team, "ward-settings")
    retitle(team, secret, "Mâu thuẫn gia đình (bổ sung)")
    sides.receive(ward_side, sides.export(team))
    assert ward_case(ward_side, secret).summary == "Bạo lực gia đình"


def test_a_replaced_team_key_is_accepted_only_when_announced_by_the_previous(team, ward_side):
    with team.tx() as s:
        case_id = open_case(s, team.team_id)
    sides.receive(ward_side, sides.export(team))
    with team.tx() as s:
        service.replace_key(s)
    retitle(team, case_id, "Sau khi đổi khóa")
    report = sides.receive(ward_side, sides.export(team))  # signed by the old key, announces
    assert report.key_changed and report.updated == 1
    sides.back(ward_side, team)  # the ack tells the team the ward has the new key
    retitle(team, case_id, "Ký bằng khóa mới")
    assert sides.receive(ward_side, sides.export(team)).updated == 1


def test_an_unannounced_new_key_is_refused(team, ward_side):
    with team.tx() as s:
        case_id = open_case(s, team.team_id)
    sides.receive(ward_side, sides.export(team))
    with team.tx() as s:
        from desktop.core.exchange import keys

        keys.create_key(s)  # a new key without announcement (e.g. a reinstalled computer)
    retitle(team, case_id, "Khóa lạ")
    path = sides.export(team)
    before = sides.dump(ward_side)
    with pytest.raises(PackageRefused) as refused:
        sides.receive(ward_side, path)
    assert "khóa" in refused.value.message
    assert sides.dump(ward_side) == before


def test_reference_data_reaches_the_team(team, ward_side):
    with team.tx() as s:
        leader = s.scalars(select(Mediator).where(Mediator.team_id == team.team_id)).first()
        leader_id = leader.id
    sides.receive(ward_side, sides.export(team))
    with ward_side.tx(reason="Quyết định công nhận") as s:
        settings.set_setting(s, "remuneration_rate_vnd", "300000")
        s.add(MatterCategory(code="environment_noise", group=s.get(
            MatterCategory, "shared_path_utilities").group, name_vi="Ô nhiễm tiếng ồn",
            name_en="Noise pollution", sort_order=99))
        mediator = s.get(Mediator, leader_id)
        mediator.recognition_decision_no = "15/QĐ-UBND"
        mediator.recognition_decision_date = date(2026, 1, 5)
    report = sides.back(ward_side, team, "reference")
    assert (report.categories_added, report.recognitions) == (1, 1)
    with team.db.reading() as s:
        assert settings.get_setting(s, "remuneration_rate_vnd") == "300000"
        assert s.get(MatterCategory, "environment_noise").name_vi == "Ô nhiễm tiếng ồn"
        assert s.get(Mediator, leader_id).recognition_decision_no == "15/QĐ-UBND"


def test_reference_data_reusing_a_code_is_refused(team, ward_side):
    with ward_side.tx() as s:
        category = s.get(MatterCategory, "shared_path_utilities")
        others = [c for c in s.scalars(select(MatterCategory)) if c.group != category.group]
        category.group = others[0].group
    with ward_side.tx() as s:
        written = ward.write_reference(s, str(team.team_id))
    before = sides.dump(team)
    with pytest.raises(PackageRefused) as refused:
        service.receive(team.db, team.actor, written.data)
    assert "không được dùng lại" in refused.value.message
    assert sides.dump(team) == before


def test_a_sensitive_case_with_agreement_terms_arrives_without_their_text(team, ward_side):
    from desktop.core.db.models import AgreementTerm
    from tests.core.helpers import build_case

    with team.tx() as s:
        parts = build_case(s, team.team_id)
        case = s.get(Case, parts.case_id)
        cases.update_case(s, parts.case_id, dataclasses.replace(
            case_input(case.title), sensitive=True))
    report = sides.receive(ward_side, sides.export(team))
    assert report.rejected == 0
    with ward_side.db.reading() as s:
        [term] = s.scalars(select(AgreementTerm)).all()
        assert term.content == ""  # withheld: the team keeps the text


def test_a_replaced_ward_key_reaches_the_team_endorsed_by_the_previous(team, ward_side):
    from desktop.core.exchange import keys

    with ward_side.tx() as s:
        old = keys.own_key(s)
        service.replace_key(s)
        new = keys.own_key(s)
    assert sides.back(ward_side, team, "reference").key_changed
    with team.db.reading() as s:
        assert keys.peer(s, ward_side.ward_id).key_id == new.key_id != old.key_id
    assert not sides.back(ward_side, team).key_changed  # known now: plain acknowledgment
    with team.tx() as s:
        open_case(s, team.team_id)
    assert sides.receive(ward_side, sides.export(team)).new >= 1  # sealed to the new key


def test_a_key_change_without_a_valid_endorsement_is_refused(team, ward_side):
    import os

    from desktop.core.exchange import envelope, keys
    from tests.exchange.corpus import Forge

    with team.tx() as s:
        open_case(s, team.team_id)
    genuine = sides.export(team).read_bytes()
    with ward_side.db.reading() as s:
        ward_pair = keys.own_key(s)
    opened = envelope.open_package(genuine, ward_pair.key_id, ward_pair.receiving)
    intruder = keys.KeyPair(os.urandom(32))
    forged_change = {**intruder.public(), "endorsed_by": "x", "endorsement": "00" * 64}
    forge = Forge(genuine, {**opened.manifest, "key_change": forged_change}, opened.members,
                  intruder, envelope.Recipient(ward_pair.key_id, ward_pair.box_public),
                  intruder, envelope.Recipient(ward_pair.key_id, ward_pair.box_public))
    before = sides.dump(ward_side)
    with pytest.raises(PackageRefused):
        service.receive(ward_side.db, ward_side.actor, forge.reseal())
    assert sides.dump(ward_side) == before


def test_a_case_marked_sensitive_later_leaves_the_ward_without_its_narrative(team, ward_side):
    with team.tx() as s:
        case_id = open_case(s, team.team_id, "Mâu thuẫn gia đình", summary="Chi tiết riêng tư")
    sides.receive(ward_side, sides.export(team))
    assert ward_case(ward_side, case_id).summary == "Chi tiết riêng tư"
    with team.tx() as s:
        cases.update_case(s, case_id, dataclasses.replace(
            case_input("Mâu thuẫn gia đình"), summary="Chi tiết riêng tư", sensitive=True))
    assert sides.receive(ward_side, sides.export(team)).updated == 1
    assert ward_case(ward_side, case_id).summary == ""


def test_a_record_the_database_refuses_is_rejected_alone(team, ward_side):
    """A (forged) package whose participant points at a person it does not carry: the fast
    single-savepoint apply fails, the careful one rejects just that record."""
    import json

    from desktop.core.exchange import envelope, keys
    from tests.exchange.corpus import Forge

    with team.tx() as s:
        case_id = open_case(s, team.team_id)
        add_person(s, case_id, team.team_id, "Hồ Thị Giang")
    genuine = sides.export(team).read_bytes()
    with ward_side.db.reading() as s:
        ward_pair = keys.own_key(s)
    with team.db.reading() as s:
        team_pair = keys.own_key(s)
    opened = envelope.open_package(genuine, ward_pair.key_id, ward_pair.receiving)
    body = json.loads(opened.members["records.json"])
    body["snapshots"] = [r for r in body["snapshots"] if r["entity"] != "persons"]
    members = {**opened.members, "records.json": envelope.canonical_json(body)}
    recipient = envelope.Recipient(ward_pair.key_id, ward_pair.box_public)
    forge = Forge(genuine, opened.manifest, members, team_pair, recipient, team_pair, recipient)
    report = service.receive(ward_side.db, ward_side.actor, forge.reseal())
    assert report.rejected == 1 and report.rejections[0][0] == "case_participants"
    assert ward_case(ward_side, case_id).title  # the rest arrived


def test_records_the_ward_refused_are_sent_again_after_the_acknowledgment(team, ward_side):
    import json

    from desktop.core.db.models import CaseParticipant
    from desktop.core.exchange import envelope, keys
    from tests.exchange.corpus import Forge

    with team.tx() as s:
        case_id = open_case(s, team.team_id)
        participant = add_person(s, case_id, team.team_id, "Hồ Thị Giang")
    genuine = sides.export(team).read_bytes()
    with ward_side.db.reading() as s:
        ward_pair = keys.own_key(s)
    with team.db.reading() as s:
        team_pair = keys.own_key(s)
    opened = envelope.open_package(genuine, ward_pair.key_id, ward_pair.receiving)
    body = json.loads(opened.members["records.json"])  # as if the person had been lost
    body["snapshots"] = [r for r in body["snapshots"] if r["entity"] != "persons"]
    members = {**opened.members, "records.json": envelope.canonical_json(body)}
    recipient = envelope.Recipient(ward_pair.key_id, ward_pair.box_public)
    forge = Forge(genuine, opened.manifest, members, team_pair, recipient, team_pair, recipient)
    assert service.receive(ward_side.db, ward_side.actor, forge.reseal()).rejected == 1
    sides.back(ward_side, team)  # the acknowledgment names the refused participant
    report = sides.receive(ward_side, sides.export(team))  # nothing changed, yet it goes again
    assert report.new == 2 and report.rejected == 0  # the participant, and its person
    with ward_side.db.reading() as s:
        assert s.get(CaseParticipant, participant) is not None
