"""The demo case book: complete, realistic, written through the services, reproducible, fast."""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.cli import main as cli
from desktop.core.db.journal import first_broken_link
from desktop.core.db.models import (
    Case,
    CaseCitation,
    ConflictDeclaration,
    Convention,
    Hearing,
    JournalEntry,
    MatterCategory,
    Person,
)
from desktop.core.demo import book as demo
from desktop.core.demo import data as demo_data
from desktop.core.domain.enums import (
    CaseStatus,
    MediatorRole,
    OutcomeKind,
    ParticipantRole,
    Sex,
)
from desktop.core.errors import HoagiaiError
from desktop.core.policy import settings
from desktop.core.services.cases import detail as case_detail
from desktop.core.services.cases import listing as case_list
from desktop.core.services.conventions import citations as convention_citations
from desktop.core.services.conventions import versions as conventions
from desktop.core.services.workspace import book as workspace
from desktop.core.services.workspace import teams
from tests.conftest import DEMO


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, demo.DemoSummary, float]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    started = time.perf_counter()
    summary = demo.create_demo_book(path)
    return path, summary, time.perf_counter() - started


@pytest.fixture(scope="module")
def session(built: tuple[Path, demo.DemoSummary, float]) -> Iterator[Session]:
    book = workspace.login(built[0], DEMO)
    with book.database.reading() as reading:
        yield reading
    book.database.dispose()


@pytest.fixture(scope="module")
def details(session: Session) -> list[case_detail.CaseDetail]:
    ids = case_list.case_ids(session, case_list.CaseFilter(settings.own_team_id(session)),
                             descending=False)
    return [case_detail.get_case(session, case_id) for case_id in ids]


def _with(details: list[case_detail.CaseDetail],
          status: CaseStatus) -> list[case_detail.CaseDetail]:
    return [d for d in details if d.status is status]


def test_the_summary_counts_what_was_written(built, details):
    summary = built[1]
    assert summary.cases == len(details) >= 30
    assert summary.mediators == 6
    assert sum(summary.statuses.values()) == summary.cases
    assert summary.citations >= 10


def test_cases_spread_over_the_two_years_before_the_reference_date(details):
    received = sorted(d.received_on for d in details)
    assert received[0] >= demo.TODAY - timedelta(days=730)
    assert received[-1] <= demo.TODAY
    assert (received[-1] - received[0]).days > 600
    assert {d.received_on.year for d in details} == {2024, 2025, 2026}


def test_case_numbers_follow_the_order_cases_came_in(details):
    for year in {d.received_on.year for d in details}:
        ordered = sorted((d for d in details if d.received_on.year == year),
                         key=lambda d: d.received_on)
        assert [d.number for d in ordered] == [f"{n:02d}/{year}"
                                              for n in range(1, len(ordered) + 1)]


def test_every_status_and_both_kinds_of_unsuccessful_end_appear(details):
    assert {d.status for d in details} == set(CaseStatus)
    kinds = {d.outcome.kind for d in _with(details, CaseStatus.UNSUCCESSFUL) if d.outcome}
    assert kinds == {OutcomeKind.PARTY_ASKED_TO_STOP, OutcomeKind.MEDIATOR_ENDED}
    successful = len(_with(details, CaseStatus.SUCCESSFUL))
    assert 0.7 <= successful / len(details) <= 0.9


def test_every_category_is_used(session, details):
    offered = set(session.scalars(select(MatterCategory.code)
                                  .where(MatterCategory.retired.is_(False))))
    assert {d.category_code for d in details} == offered


def test_the_team_meets_the_law_and_has_a_former_mediator(session):
    team_id = settings.own_team_id(session)
    assert team_id is not None
    mediators = teams.list_mediators(session, team_id)
    current = teams.list_mediators(session, team_id, active_on=demo.TODAY)
    assert len(mediators) >= 5
    assert sum(m.role is MediatorRole.LEADER for m in current) == 1
    assert sum(m.sex is Sex.FEMALE for m in current) >= 2
    assert any(m.ethnicity not in ("", "Kinh") for m in current)
    assert all(m.recognition_decision_no and m.recognition_decision_date for m in mediators)
    assert any(m.end_date and m.end_date < demo.TODAY for m in mediators)
    assert teams.composition_warnings(list(current)) == []


def test_successful_cases_have_a_dated_agreement_with_terms(details):
    for detail in _with(details, CaseStatus.SUCCESSFUL):
        assert detail.agreement is not None and detail.agreement.reached_on is not None
        assert 1 <= len(detail.agreement.terms) <= 3
        assert detail.hearings and detail.current_assignments


def test_closed_cases_say_where_the_parties_go_next(details):
    for detail in _with(details, CaseStatus.UNSUCCESSFUL):
        assert detail.outcome is not None and "Hướng dẫn" in detail.outcome.guidance
    for detail in _with(details, CaseStatus.NOT_ELIGIBLE):
        assert detail.outcome is not None and detail.outcome.referred_to
        assert not detail.eligibility.is_eligible and not detail.assignments


def test_cases_in_progress_are_at_different_stages(details):
    open_cases = _with(details, CaseStatus.IN_PROGRESS)
    assert any(d.hearings for d in open_cases)
    assert any(not d.hearings for d in open_cases)
    assert all(d.received_on > demo.TODAY - timedelta(days=30) for d in open_cases)


def test_a_mediator_with_an_interest_is_replaced(session, details):
    assert session.scalars(select(ConflictDeclaration)).all()
    for detail in details:
        conflicted = {c.mediator_id for c in detail.conflicts}
        if conflicted:
            current = {a.mediator_id for a in detail.current_assignments}
            assert current and not current & conflicted


def _parties(detail: case_detail.CaseDetail) -> list[str]:
    return [p.person.full_name for p in detail.participants
            if p.role is ParticipantRole.PARTY]


def test_cases_have_parties_and_some_have_more_people(details):
    assert all(len(_parties(d)) >= 2 for d in details)
    assert any(len(_parties(d)) == 3 for d in details)
    roles = {p.role for d in details for p in d.participants}
    assert roles >= {ParticipantRole.INVITED, ParticipantRole.REPRESENTATIVE}
    assert sum(d.sensitive for d in details) >= 2


def test_hearings_start_within_three_days_of_assignment(details):
    for detail in details:
        if detail.hearings:
            assigned = max(a.assigned_on for a in detail.current_assignments)
            assert 0 <= (detail.hearings[0].held_at.date() - assigned).days <= 3


def test_citizen_ids_agree_with_sex_and_year_of_birth(session):
    persons = session.scalars(select(Person)).all()
    with_id = [p for p in persons if p.citizen_id]
    assert 0.3 <= len(with_id) / len(persons) <= 0.7
    for person in with_id:
        assert person.citizen_id is not None and person.birth_year is not None
        century = 0 if person.birth_year < 2000 else 2
        assert person.citizen_id[:3] == "001"
        assert int(person.citizen_id[3]) == century + (person.sex is Sex.FEMALE)
        assert person.citizen_id[4:6] == f"{person.birth_year % 100:02d}"


def test_text_is_complete_nfc_vietnamese(session, details):
    texts = [t for d in details for t in (d.title, d.summary, d.eligibility_note)]
    texts += [p.position for d in details for p in d.participants]
    texts += [h.course + h.result for h in session.scalars(select(Hearing))]
    texts += [t.content for d in details if d.agreement for t in d.agreement.terms]
    texts += [p.full_name + p.address for p in session.scalars(select(Person))]
    for text in texts:
        assert unicodedata.is_normalized("NFC", text)
        assert "{" not in text and "}" not in text, text
    assert all(d.summary.count(".") >= 2 for d in details)


def test_the_team_imported_its_village_convention_with_its_recognition(session):
    convention = session.scalars(select(Convention)).one()
    assert convention.team_id == settings.own_team_id(session)
    version = convention.versions[0]
    assert len(convention.versions) == 1 and len(version.articles) >= 20
    assert version.decision_no == "45/QĐ-UBND" and version.effective_on is not None
    assert version.source_name == "huong-uoc-to-dan-pho-5.txt"


def _citations(session: Session,
               details: list[case_detail.CaseDetail]) -> list[tuple[str, int, int | None]]:
    return [(d.number, c.article.number, c.clause_number) for d in details
            for c in convention_citations.case_citations(session, d.id)]


def test_cases_cite_articles_of_the_version_in_force_when_their_matter_arose(
        session, details, built):
    convention = session.scalars(select(Convention)).one()
    rows = session.scalars(select(CaseCitation)).all()
    assert len(rows) == built[1].citations >= 10
    for row in rows:
        case = session.get(Case, row.case_id)
        assert case is not None and case.status is not CaseStatus.NOT_ELIGIBLE
        in_force = conventions.version_in_force(session, convention.id,
                                                convention_citations.matter_date(case))
        assert row.article.convention_version_id == in_force.id
        assert row.note and unicodedata.is_normalized("NFC", row.note)
        assert "{" not in row.note and f"Điều {row.article.number}" in row.note
    cited = {number for _case, number, _clause in _citations(session, details)}
    assert len(cited) >= 4
    review = convention_citations.annual_review(session, convention.id, demo.TODAY.replace(
        year=demo.TODAY.year - 2), demo.TODAY)
    assert sum(r.cases for r in review.rows) == len({r.case_id for r in rows})


def test_the_journal_records_it_all_and_its_chain_holds(session):
    assert first_broken_link(session) is None
    authors = set(session.scalars(select(JournalEntry.author)))
    assert demo.DEMO_USER in authors
    cases_journalled = session.scalars(
        select(JournalEntry.entity_id).where(JournalEntry.entity == "cases",
                                             JournalEntry.op == "insert")).all()
    assert len(cases_journalled) == len(session.scalars(select(Case.id)).all())


def test_an_existing_book_is_not_overwritten_without_replace(tmp_path):
    path = tmp_path / "mine.sqlite"
    path.write_bytes(b"precious")
    with pytest.raises(HoagiaiError) as raised:
        demo.create_demo_book(path)
    assert "--force" in raised.value.message
    assert path.read_bytes() == b"precious"


def test_a_left_over_wal_file_also_counts_as_existing(tmp_path):
    path = tmp_path / "mine.sqlite"
    path.with_name("mine.sqlite-wal").write_bytes(b"left over")
    with pytest.raises(HoagiaiError):
        demo.create_demo_book(path)


def test_the_content_file_uses_only_known_slots():
    text = Path(demo_data.__file__).resolve().parents[3] / "resources" / "samples" / "demo.toml"
    assert demo_data.parse(text.read_text(encoding="utf-8")).scenarios
    with pytest.raises(ValueError, match="unknown slots"):
        demo_data.parse(text.read_text(encoding="utf-8").replace("{B.cap}", "{Bee.cap}"))


def test_the_command_line_writes_the_same_book_and_replaces_only_with_force(
        tmp_path, capsys, session, details):
    path = tmp_path / "cli.sqlite"
    path.write_bytes(b"old")
    path.with_name("cli.sqlite-wal").write_bytes(b"old wal")
    assert cli.main(["demo", "--db", str(path)]) == 1
    assert "--force" in capsys.readouterr().err
    assert cli.main(["demo", "--db", str(path), "--force"]) == 0
    assert f"{len(details)} " in capsys.readouterr().out
    book = workspace.login(path, DEMO)
    with book.database.reading() as reading:
        ids = case_list.case_ids(reading, case_list.CaseFilter(), descending=False)
        rows = [(r.number, r.title, r.parties, r.status)
                for r in case_list.case_rows(reading, ids)]
        cited = _citations(reading, [case_detail.get_case(reading, i) for i in ids])
    book.database.dispose()
    assert rows == [(d.number, d.title, ", ".join(_parties(d)), d.status) for d in details]
    assert cited == _citations(session, details)
