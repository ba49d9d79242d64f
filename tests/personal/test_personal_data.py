"""Personal-data duties: consent records, the export of everything held about one person
(JSON and PDF), and erasure after the retention period that really erases: the journal's
copies of the person's identity are sealed under a key that erasure deletes, while the hash
chain still verifies."""

from __future__ import annotations

import json
import subprocess
import uuid
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from desktop.core.db import journal
from desktop.core.db.models import Case, CaseParticipant, JournalEntry, Person
from desktop.core.db.models_personal import ConsentDecision, ConsentRecord, PersonalKey
from desktop.core.domain.enums import ParticipantRole
from desktop.core.errors import ValidationError
from desktop.core.services.people import personal_data
from desktop.core.services.people import persons as people
from desktop.core.services.workspace import backups
from tests.core import helpers

NAME = "Nguyễn Văn An"
CITIZEN_ID = "001203004005"
PHONE = "0912345678"
ADDRESS = "Số 9 ngõ 12 đường Hoàng Quốc Việt"
pytestmark = pytest.mark.both_backends  # the journal's sealing runs on SQLite and PostgreSQL
LATER = date(2037, 1, 2)  # more than 10 years after the cases of the helpers closed (2026)
NOTICE = ("Tổ hòa giải lưu họ tên, địa chỉ, số điện thoại và nội dung vụ việc để hòa giải và "
          "báo cáo UBND phường; lưu 10 năm kể từ khi vụ việc kết thúc.")


@pytest.fixture
def closed_case(book, actor, team_id):
    """A successful case whose first party has full identity details and is named in the
    case's summary; closed in 2026."""
    with book.database.transaction(actor) as s:
        parts = helpers.build_case(s, team_id)
        persons = tuple(s.get(CaseParticipant, p).person_id for p in parts.parties)
        person_id = persons[0]
        people.update_person(s, person_id, people.PersonInput(
            NAME, citizen_id=CITIZEN_ID, phone=PHONE, address=ADDRESS,
            birth_date=date(1970, 5, 6)))
        case = s.get(Case, parts.case_id)
        case.summary = (f"Ông {NAME} ({ADDRESS}) dựng hàng rào lấn lối đi chung; ông An "
                        "hứa dỡ trong tuần.")
        helpers.close_successfully(s, parts.case_id)
    return ClosedCase(parts.case_id, persons)


@dataclass(frozen=True)
class ClosedCase:
    case_id: uuid.UUID
    party_ids: tuple[uuid.UUID, ...]  # their person ids


def raw_journal(book, entity: str | None = None) -> str:
    """The journal's stored changes as text (of one entity's entries, or all)."""
    query = select(JournalEntry)
    if entity:
        query = query.where(JournalEntry.entity == entity)
    with book.database.reading() as s:
        return json.dumps([e.changes for e in s.scalars(query)], ensure_ascii=False)


def test_consent_is_recorded_with_its_date_and_history(book, actor, closed_case):
    person_id = closed_case.party_ids[0]
    with book.database.transaction(actor) as s:
        personal_data.record_consent(s, person_id, personal_data.ConsentInput(
            date(2026, 3, 2), NOTICE, ConsentDecision.GIVEN, "Trần Thị Thu Hà"))
        personal_data.record_consent(s, person_id, personal_data.ConsentInput(
            date(2026, 3, 9), NOTICE, ConsentDecision.WITHDRAWN, "Trần Thị Thu Hà",
            "Ông An rút lại đồng ý lưu số điện thoại"))
    with book.database.reading() as s:
        history = personal_data.consent_history(s, person_id)
        assert [h["decision"] for h in history] == ["given", "withdrawn"]
        assert history[1]["decision_label"] == "đã rút lại sự đồng ý"
        assert personal_data.current_consent(s, person_id) is ConsentDecision.WITHDRAWN
        entries = s.scalars(select(JournalEntry).where(JournalEntry.entity == "consent_records"))
        assert len(entries.all()) == 2


@pytest.mark.parametrize(("field", "data"), [
    ("notice", personal_data.ConsentInput(date(2026, 3, 2), "  ", ConsentDecision.GIVEN, "Hà")),
    ("recorded_by", personal_data.ConsentInput(date(2026, 3, 2), NOTICE,
                                               ConsentDecision.GIVEN, "")),
    ("recorded_on", personal_data.ConsentInput(date(2099, 1, 1), NOTICE,
                                               ConsentDecision.GIVEN, "Hà")),
])
def test_bad_consent_input_is_refused_and_nothing_saved(book, actor, closed_case, field, data):
    with pytest.raises(ValidationError) as refused, book.database.transaction(actor) as s:
        personal_data.record_consent(s, closed_case.party_ids[0], data, today=date(2026, 3, 10))
    assert refused.value.field == field and refused.value.message
    with book.database.reading() as s:
        assert s.scalars(select(ConsentRecord)).all() == []


def test_case_free_text_is_journaled_sealed_and_opens_with_the_case_key(book, closed_case):
    assert NAME not in raw_journal(book, "cases")  # sealed, not plain
    with book.database.reading() as s:
        summaries = [journal.open_changes(s, e).get("summary") for e in s.scalars(
            select(JournalEntry).where(JournalEntry.entity == "cases",
                                       JournalEntry.entity_id == str(closed_case.case_id)))]
    assert any(pair and NAME in str(pair[1]) for pair in summaries)


def test_identity_is_journaled_sealed_and_opens_with_its_key(book, actor, closed_case):
    text = raw_journal(book)
    assert CITIZEN_ID not in text and PHONE not in text
    assert ADDRESS not in raw_journal(book, "persons") and NAME not in raw_journal(book, "persons")
    with book.database.reading() as s:
        entry = s.scalars(select(JournalEntry).where(
            JournalEntry.entity == "persons",
            JournalEntry.entity_id == str(closed_case.party_ids[0]),
            JournalEntry.op == "update")).first()
        assert journal.is_sealed(entry.changes["citizen_id"])
        assert journal.open_changes(s, entry)["citizen_id"] == [None, CITIZEN_ID]
        assert set(journal.open_changes(s, entry)) == set(entry.changes)
        assert journal.first_broken_link(s) is None


def test_export_holds_everything_about_the_person(book, actor, closed_case):
    person_id = closed_case.party_ids[0]
    with book.database.transaction(actor) as s:
        personal_data.record_consent(s, person_id, personal_data.ConsentInput(
            date(2026, 3, 2), NOTICE, ConsentDecision.GIVEN, "Trần Thị Thu Hà"))
    with book.database.transaction(actor) as s:
        data = json.loads(personal_data.export_json(s, person_id, "/tmp/an.json"))
    assert data["identity"]["citizen_id"] == CITIZEN_ID
    assert data["identity"]["full_name"] == NAME
    [case] = data["cases"]
    assert case["role"] == "party" and case["status"] == "successful"
    assert case["hearings"][0]["attended"] is True
    assert case["agreement"]["terms"][0]["content"] == "Dỡ hàng rào lấn lối đi"
    assert case["agreement"]["terms"][0]["obliges_this_person"] is True
    assert data["consent"][0]["notice"] == NOTICE
    described = " ".join(e["described"] for e in data["journal"])
    assert CITIZEN_ID in described  # opened from the sealed journal
    with book.database.reading() as s:
        last = s.scalars(select(JournalEntry).order_by(JournalEntry.seq.desc())).first()
        assert (last.op, last.entity_id, last.changes["format"]) == ("export", str(person_id),
                                                                     "json")


def test_the_pdf_export_reads_well(book, actor, closed_case, tmp_path):
    person_id = closed_case.party_ids[0]
    with book.database.transaction(actor) as s:
        personal_data.record_consent(s, person_id, personal_data.ConsentInput(
            date(2026, 3, 2), NOTICE, ConsentDecision.GIVEN, "Trần Thị Thu Hà"))
        pdf = personal_data.export_pdf(s, person_id, today=date(2026, 3, 12))
    path = tmp_path / "an.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    for expected in ("THÔNG TIN CÁ NHÂN ĐANG ĐƯỢC LƯU GIỮ", NAME, CITIZEN_ID, "06/05/1970",
                     "Dỡ hàng rào lấn lối đi", "đã đồng ý", "Nhật ký thay đổi",
                     "Quyền của người có dữ liệu cá nhân", "10 năm"):
        assert expected in " ".join(text.split()) or expected in text, expected


def test_nobody_is_due_before_the_retention_period(book, actor, closed_case):
    with book.database.reading() as s:
        assert personal_data.erasure_due(s, date(2030, 1, 1)) == []
        assert personal_data.retention_years(s) == 10


def test_people_with_an_open_case_are_never_due(book, actor, team_id, closed_case):
    with book.database.transaction(actor) as s:
        open_id = helpers.open_case(s, team_id, "Tranh chấp mới")
        participant = CaseParticipant(team_id=team_id, case_id=open_id,
                                      person_id=closed_case.party_ids[0],
                                      role=ParticipantRole.PARTY, ordinal=9)
        s.add(participant)
    with book.database.reading() as s:
        due = {d.person_id for d in personal_data.erasure_due(s, LATER)}
    assert closed_case.party_ids[0] not in due and closed_case.party_ids[1] in due


def test_erasure_anonymises_and_shreds_the_journal_copies(book, actor, closed_case):
    person_id, other = closed_case.party_ids
    with book.database.transaction(actor) as s:
        dry = personal_data.erase_due(s, LATER, dry_run=True)
    assert {d.person_id for d in dry} == {person_id, other}
    with book.database.reading() as s:
        assert s.get(Person, person_id).full_name == NAME  # the dry run changed nothing
    with book.database.transaction(actor) as s:
        erased = personal_data.erase_due(s, LATER)
    assert len(erased) == 2
    with book.database.reading() as s:
        person = s.get(Person, person_id)
        assert person.full_name.startswith("Người đã được ẩn danh #")
        assert (person.citizen_id, person.phone, person.address, person.birth_date) == (
            None, "", "", None)
        summary = s.get(Case, closed_case.case_id).summary
        assert NAME not in summary and "ông An" not in summary and ADDRESS not in summary
        assert "ông Người đã được ẩn danh #" in summary
        assert s.get(PersonalKey, str(person_id)) is None
        entries = s.scalars(select(JournalEntry).where(
            JournalEntry.entity == "persons", JournalEntry.entity_id == str(person_id))).all()
        opened = [journal.open_changes(s, e) for e in entries if e.op in ("insert", "update")]
        sealed = [value for o in opened for name, value in o.items()
                  if name in journal.SEALED_FIELDS["persons"]]
        assert len(sealed) >= 6 and all(v == [journal.ERASED, journal.ERASED] for v in sealed)
        events = [e for e in entries if e.op == "erase"]
        assert len(events) == 1 and "10" in events[0].reason
        assert journal.first_broken_link(s) is None  # the chain still verifies
        assert personal_data.erasure_due(s, LATER) == []  # once only
    text = raw_journal(book)
    assert CITIZEN_ID not in text and PHONE not in text
    assert ADDRESS not in raw_journal(book, "persons") and NAME not in raw_journal(book, "persons")
    # nor in the earlier copies of the case's free text that named them (sealed under the
    # case's key, deleted by the erasure): nowhere in the journal at all
    assert NAME not in text and ADDRESS not in text and "ông An" not in text
    with book.database.reading() as s:
        assert s.get(PersonalKey, str(closed_case.case_id)) is None
        summaries = [journal.open_changes(s, e).get("summary") for e in s.scalars(
            select(JournalEntry).where(JournalEntry.entity == "cases",
                                       JournalEntry.entity_id == str(closed_case.case_id)))]
        assert [journal.ERASED, journal.ERASED] in summaries
    if book.database.path is not None:  # SQLite: the whole book checks out as a backup would
        assert backups.check_book(book.database.path).broken is None


def test_the_export_after_erasure_says_so(book, actor, closed_case):
    person_id = closed_case.party_ids[0]
    with book.database.transaction(actor) as s:
        personal_data.erase_due(s, LATER)
    with book.database.transaction(actor) as s:
        data = json.loads(personal_data.export_json(s, person_id))
    assert data["erased"]["number"] in (1, 2)
    assert NAME not in json.dumps(data, ensure_ascii=False).replace(
        data["identity"]["full_name"], "")
    assert "đã xóa vĩnh viễn" in " ".join(e["described"] for e in data["journal"])


def test_retention_setting_is_checked(book, actor, closed_case):
    with pytest.raises(ValidationError), book.database.transaction(actor) as s:
        personal_data.set_retention_years(s, 0)
    with book.database.transaction(actor) as s:
        personal_data.set_retention_years(s, 20)
    with book.database.reading() as s:
        assert personal_data.retention_years(s) == 20
        assert personal_data.erasure_due(s, LATER) == []  # 2026 + 20 > 2037
