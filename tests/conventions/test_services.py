"""Conventions in the case book: import, amendments, the version in force, search, citations
that survive amendments, and the annual review's counts."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import select

from desktop.core.conventions.parser import parse
from desktop.core.conventions.reading import read_convention
from desktop.core.db.models import CONVENTION_MODELS, JournalEntry
from desktop.core.domain.enums import ArticleChange, CaseStatus, ConventionStatus, OutcomeKind
from desktop.core.errors import HoagiaiError, ValidationError, WorkflowError
from desktop.core.services.cases import outcomes
from desktop.core.services.conventions import citations, views
from desktop.core.services.conventions import versions as conventions
from tests.conventions.test_parser import SAMPLE
from tests.core.helpers import AGREED, TODAY, build_case, close_successfully, open_case

FIRST = conventions.Recognition("125/QĐ-UBND", date(2024, 12, 2))
AMENDMENT = conventions.Recognition("88/QĐ-UBND", date(2025, 11, 20), date(2025, 12, 1))
AMENDED_5 = """Điều 5. Giữ gìn trật tự và giờ nghỉ ngơi
1. Không gây tiếng ồn lớn trong giờ nghỉ trưa từ 12 giờ 00 đến 13 giờ 30
và ban đêm từ 22 giờ 30 đến 6 giờ 00 sáng hôm sau.
2. Không hát karaoke ngoài trời sau 21 giờ 00.
"""


def import_sample(session, team_id) -> conventions.ImportResult:
    parsed = parse(read_convention(SAMPLE))
    return conventions.import_convention(session, team_id, parsed, "Hương ước tổ dân phố số 5",
                                         recognition=FIRST, source_name=SAMPLE.name)


@pytest.fixture
def convention_id(book, actor, team_id) -> uuid.UUID:
    with book.database.transaction(actor) as s:
        return import_sample(s, team_id).convention_id


def amend(book, actor, convention_id, text=AMENDED_5, **options) -> conventions.ImportResult:
    with book.database.transaction(actor) as s:
        return conventions.import_amendment(s, convention_id, parse(text), AMENDMENT, **options)


def test_import_saves_chapters_articles_and_clauses(book, convention_id):
    with book.database.reading() as s:
        view = views.show_convention(s, convention_id)
    assert view.village == "Tổ dân phố số 7"  # the team's, when none is given
    assert view.title == "Hương ước tổ dân phố số 5"
    assert len(view.articles) == 24
    assert len({a.chapter_label for a in view.articles}) == 7
    assert view.articles[4].clauses[2][1].splitlines()[1].startswith("a) Thông báo")
    assert all(a.change is ArticleChange.NEW for a in view.articles)
    assert view.shown_version.decision_no == "125/QĐ-UBND"
    assert view.shown_version.effective_on == date(2024, 12, 2)  # the decision's date
    assert view.reminder == conventions.NOT_LAW_REMINDER


def test_import_refuses_text_without_articles_and_a_missing_title(book, actor, team_id):
    with book.database.transaction(actor) as s:
        with pytest.raises(ValidationError) as caught:
            conventions.import_convention(s, team_id, parse("Chỉ có lời nói đầu."), "Hương ước")
        assert caught.value.message_id == conventions.NO_ARTICLES
        with pytest.raises(ValidationError) as caught:
            conventions.import_convention(s, team_id, parse("Điều 1. A\nB."), "  ")
        assert caught.value.message_id == conventions.NO_TITLE


def test_an_amendment_carries_unchanged_articles_and_keeps_lineage(book, actor, convention_id):
    result = amend(book, actor, convention_id)
    assert (result.new, result.amended, result.unchanged) == (0, 1, 23)
    with book.database.reading() as s:
        old = views.show_convention(s, convention_id, date(2025, 6, 1))
        new = views.show_convention(s, convention_id, date(2026, 1, 1))
        history = views.article_history(s, new.articles[4].lineage_id)
    assert [v.status for v in new.versions] == [ConventionStatus.REPLACED,
                                                ConventionStatus.IN_FORCE]
    assert [a.lineage_id for a in old.articles] == [a.lineage_id for a in new.articles]
    assert new.articles[4].change is ArticleChange.AMENDED
    assert new.articles[4].chapter_title == old.articles[4].chapter_title  # kept from before
    assert new.articles[3].text == old.articles[3].text
    assert new.articles[3].id != old.articles[3].id
    assert [(ordinal, "22 giờ 30" in a.text) for ordinal, a in history] == [(1, False),
                                                                           (2, True)]


def test_a_full_text_amendment_drops_articles_it_lacks(book, actor, convention_id):
    text = "Điều 1. Phạm vi\nMới.\nĐiều 25. Điều mới\nNội dung mới."
    result = amend(book, actor, convention_id, text, full_text=True)
    assert (result.new, result.amended, result.unchanged) == (1, 1, 0)
    with book.database.reading() as s:
        assert [a.number for a in views.show_convention(s, convention_id).articles] \
            == [1, 25]


def test_an_amendment_needs_its_own_decision_taking_effect_later(book, actor, convention_id):
    with book.database.transaction(actor) as s:
        with pytest.raises(ValidationError) as caught:
            conventions.import_amendment(s, convention_id, parse(AMENDED_5),
                                         conventions.Recognition())
        assert caught.value.message_id == conventions.AMENDMENT_NEEDS_DECISION
        with pytest.raises(ValidationError) as caught:
            conventions.import_amendment(s, convention_id, parse(AMENDED_5),
                                         conventions.Recognition("1/QĐ", date(2024, 1, 1)))
        assert caught.value.message_id == conventions.AMENDMENT_TOO_EARLY


@pytest.mark.parametrize(("day", "ordinal"), [
    (date(2024, 12, 2), 1), (date(2025, 11, 30), 1), (date(2025, 12, 1), 2),
    (date(2027, 1, 1), 2)])
def test_the_version_in_force_on_a_date(book, actor, convention_id, day, ordinal):
    amend(book, actor, convention_id)
    with book.database.reading() as s:
        assert conventions.version_in_force(s, convention_id, day).ordinal == ordinal


def message_of(call) -> str:
    with pytest.raises(HoagiaiError) as caught:
        call()
    return caught.value.message_id


def test_no_version_in_force_before_the_first_or_when_suspended(book, actor, convention_id):
    with book.database.transaction(actor) as s:
        assert message_of(lambda: conventions.version_in_force(
            s, convention_id, date(2024, 12, 1))) == conventions.NONE_IN_FORCE
        version = conventions.version_in_force(s, convention_id, date(2025, 1, 1))
        conventions.set_status(s, version.id, ConventionStatus.SUSPENDED, date(2025, 3, 1))
        assert conventions.version_in_force(s, convention_id, date(2025, 2, 28)) is version
        assert message_of(lambda: conventions.version_in_force(
            s, convention_id, date(2025, 3, 1))) == conventions.SUSPENDED_ON
        conventions.set_status(s, version.id, ConventionStatus.ABOLISHED, date(2025, 4, 1))
        assert message_of(lambda: conventions.version_in_force(
            s, convention_id, date(2025, 5, 1))) == conventions.ABOLISHED_ON
        conventions.set_status(s, version.id, ConventionStatus.PARTLY_SUSPENDED,
                               date(2025, 4, 1))
        assert conventions.version_in_force(s, convention_id, date(2025, 5, 1)) is version


@pytest.mark.parametrize(("query", "number"), [
    ("tieng on", 5), ("TIẾNG ỒN", 5), ("ve sinh moi truong", 7), ("karaoke", 5),
    ("đốt vàng mã", 7), ("bao luc gia dinh", 11)])
def test_search_ignores_diacritics_and_case(book, convention_id, query, number):
    with book.database.reading() as s:
        found = views.search_articles(s, convention_id, query)
    assert number in [a.number for a in found]


def test_find_a_convention_by_id_or_folded_title(book, convention_id):
    with book.database.reading() as s:
        assert views.find_convention(s, str(convention_id)) == convention_id
        assert views.find_convention(s, "huong uoc to dan pho") == convention_id
        assert message_of(lambda: views.find_convention(s, "quy ước thôn")) \
            == views.NO_SUCH_CONVENTION


# --- citations ---------------------------------------------------------------------------------

def new_case(book, actor, team_id, arose_on=None, received_on=date(2026, 3, 2)) -> uuid.UUID:
    with book.database.transaction(actor) as s:
        return open_case(s, team_id, "Tiếng ồn karaoke ban đêm", received_on=received_on,
                         today=max(received_on, TODAY), arose_on=arose_on)


def test_a_citation_survives_an_amendment(book, actor, team_id, convention_id):
    case_id = new_case(book, actor, team_id, arose_on=date(2025, 6, 1))
    with book.database.transaction(actor) as s:
        citations.cite_by_number(s, case_id, convention_id, 5, 1,
                                 "Hát karaoke đến 23 giờ, ảnh hưởng hàng xóm")
    amend(book, actor, convention_id)
    with book.database.reading() as s:
        (view,) = citations.case_citations(s, case_id)
    assert view.decision_no == "125/QĐ-UBND"
    assert "22 giờ 00" in view.cited_text and "22 giờ 30" not in view.cited_text
    assert view.clause_number == 1 and view.note.startswith("Hát karaoke")
    assert view.reminder == conventions.NOT_LAW_REMINDER


def test_a_new_matter_cites_the_amended_text(book, actor, team_id, convention_id):
    amend(book, actor, convention_id)
    case_id = new_case(book, actor, team_id)  # arose unknown: received 02/03/2026
    with book.database.transaction(actor) as s:
        citations.cite_by_number(s, case_id, convention_id, 5)
        (view,) = citations.case_citations(s, case_id)
    assert view.decision_no == "88/QĐ-UBND" and "22 giờ 30" in view.cited_text


def test_citing_a_version_not_in_force_when_the_matter_arose_is_refused(book, actor, team_id,
                                                                         convention_id):
    with book.database.reading() as s:
        old_article = views.show_convention(s, convention_id).articles[4].id
    amend(book, actor, convention_id)
    with book.database.reading() as s:
        new_article = views.show_convention(s, convention_id).articles[4].id
    recent = new_case(book, actor, team_id, arose_on=date(2026, 2, 1))
    older = new_case(book, actor, team_id, arose_on=date(2025, 1, 15))
    before_any = new_case(book, actor, team_id, arose_on=date(2024, 6, 1))
    with book.database.transaction(actor) as s:
        assert message_of(lambda: citations.cite(s, recent, old_article)) \
            == citations.NOT_THE_VERSION_IN_FORCE
        assert message_of(lambda: citations.cite(s, older, new_article)) \
            == citations.NOT_THE_VERSION_IN_FORCE
        assert message_of(lambda: citations.cite(s, before_any, old_article)) \
            == conventions.NONE_IN_FORCE
        citations.cite(s, older, old_article)
        citations.cite(s, recent, new_article)


def test_citation_rules(book, actor, team_id, convention_id):
    case_id = new_case(book, actor, team_id)
    with book.database.transaction(actor) as s:
        assert message_of(lambda: citations.cite_by_number(s, case_id, convention_id, 5, 9)) \
            == citations.NO_SUCH_CLAUSE
        assert message_of(lambda: citations.cite_by_number(s, case_id, convention_id, 99)) \
            == citations.NO_SUCH_ARTICLE
        citations.cite_by_number(s, case_id, convention_id, 5)
        citations.cite_by_number(s, case_id, convention_id, 5, 2)
        assert message_of(lambda: citations.cite_by_number(s, case_id, convention_id, 5)) \
            == citations.ALREADY_CITED
        assert len(citations.case_citations(s, case_id)) == 2


def test_a_closed_case_cannot_gain_or_lose_citations(book, actor, team_id, convention_id):
    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id)
        citation = citations.cite_by_number(s, parts.case_id, convention_id, 8)
        close_successfully(s, parts.case_id)
    with book.database.transaction(actor) as s:
        with pytest.raises(WorkflowError):
            citations.cite_by_number(s, parts.case_id, convention_id, 9)
        with pytest.raises(WorkflowError):
            citations.remove_citation(s, citation)
    with book.database.transaction(actor, reason="Bổ sung căn cứ hương ước") as s:
        citations.cite_by_number(s, parts.case_id, convention_id, 9)
        assert len(citations.case_citations(s, parts.case_id)) == 2


def test_convention_records_are_journaled(book, actor, team_id, convention_id):
    case_id = new_case(book, actor, team_id)
    with book.database.transaction(actor) as s:
        citations.cite_by_number(s, case_id, convention_id, 5)
    amend(book, actor, convention_id)
    with book.database.reading() as s:
        entities = set(s.scalars(select(JournalEntry.entity)).all())
    assert {model.__tablename__ for model in CONVENTION_MODELS} <= entities


# --- the annual review -------------------------------------------------------------------------

def test_annual_review_counts_match_an_independent_count(book, actor, team_id, convention_id):
    chance = random.Random(18_11)
    cited: dict[uuid.UUID, set[int]] = {}
    status: dict[uuid.UUID, CaseStatus] = {}
    with book.database.transaction(actor) as s:
        for index in range(12):
            parts = build_case(s, team_id, title=f"Vụ việc {index}")
            numbers = set(chance.sample([5, 7, 8, 9, 11, 20], chance.randint(0, 3)))
            for number in sorted(numbers):
                clause = chance.choice([None, 1])
                citations.cite_by_number(s, parts.case_id, convention_id, number, clause)
            cited[parts.case_id] = numbers
            status[parts.case_id] = _finish(s, parts.case_id, chance.randint(0, 2))
    expected = Counter(n for case_id, numbers in cited.items() for n in numbers)
    expected_status = Counter((n, status[c]) for c, numbers in cited.items() for n in numbers)
    with book.database.reading() as s:
        review = citations.annual_review(s, convention_id, date(2026, 1, 1), date(2026, 12, 31))
        earlier = citations.annual_review(s, convention_id, date(2025, 1, 1), date(2025, 12, 31))
    assert [row.number for row in review.rows] == list(range(1, 25))
    assert {row.number: row.cases for row in review.rows if row.cases} == dict(expected)
    assert {(row.number, st): n for row in review.rows for st, n in row.by_status} \
        == dict(expected_status)
    assert {row.number for row in review.never_cited} == set(range(1, 25)) - set(expected)
    assert all(row.cases == 0 for row in earlier.rows)
    assert review.reminder == conventions.NOT_LAW_REMINDER


def _finish(session, case_id: uuid.UUID, how: int) -> CaseStatus:
    if how == 1:
        close_successfully(session, case_id)
        return CaseStatus.SUCCESSFUL
    if how == 2:
        outcomes.close_case(session, case_id, OutcomeKind.PARTY_ASKED_TO_STOP, AGREED,
                            guidance="Hướng dẫn các bên gửi đơn đến Tòa án nhân dân khu vực.",
                            today=TODAY)
        return CaseStatus.UNSUCCESSFUL
    return CaseStatus.IN_PROGRESS


def test_annual_review_counts_an_article_once_per_case_across_versions(book, actor, team_id,
                                                                        convention_id):
    old_case = new_case(book, actor, team_id, arose_on=date(2025, 11, 1))
    amend(book, actor, convention_id)
    new = new_case(book, actor, team_id, arose_on=date(2026, 2, 1))
    with book.database.transaction(actor) as s:
        citations.cite_by_number(s, old_case, convention_id, 5, 1)
        citations.cite_by_number(s, old_case, convention_id, 5, 2)
        citations.cite_by_number(s, new, convention_id, 5)
        review = citations.annual_review(s, convention_id, date(2026, 1, 1), date(2026, 12, 31))
    row = next(r for r in review.rows if r.number == 5)
    assert row.cases == 2 and row.by_status == ((CaseStatus.IN_PROGRESS, 2),)
