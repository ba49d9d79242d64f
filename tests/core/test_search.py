"""The one search over everything a team writes, on SQLite and PostgreSQL: every field found by
its unaccented words, whole words only, grouped by case with the field named and the words
marked, paged, sensitive cases only for those who may see them, and any input searched
literally."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.core.db.engine import Actor
from desktop.core.db.models import Case
from desktop.core.domain.roles import Role
from desktop.core.policy.access import PermissionDenied
from desktop.core.services.cases import hearings, outcomes
from desktop.core.services.search.query import search
from tests.core.helpers import AGREED, add_person, assign, build_case, mediator_ids, open_case

pytestmark = pytest.mark.both_backends


def hearing(parts, course: str, place: str = "Nhà ông trưởng thôn"):
    return hearings.HearingInput(datetime(2026, 3, 5, 9, 0), place, course=course,
                                 participant_ids=frozenset(parts.parties),
                                 mediator_ids=frozenset({parts.mediator_id}))


def found(book, actor, query, **kwargs):
    with book.database.reading(actor) as s:
        return search(s, query, **kwargs)


def test_every_kind_of_field_is_found_and_named_with_its_tab(book, actor, team_id):
    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id, title="Tranh chấp ranh giới đất vườn")
        add_person(s, parts.case_id, team_id, "Đặng Văn Ưng")
        hearings.add_hearing(s, parts.case_id, hearing(
            parts, "Hai bên trình bày về cây bưởi sát tường"))
        outcomes.save_agreement(s, parts.case_id, outcomes.AgreementInput(
            AGREED, note="Hai gia đình cùng xây lại bức tường chung", terms=(
                outcomes.TermInput(parts.parties[0], "Dỡ hàng rào lấn lối đi"),)))
    cases = {
        "dang van ung": ("name", "participants"),
        "buoi sat tuong": ("hearing", "hearings"),
        "tuong chung": ("agreement", "outcome"),
        "ranh gioi": ("title", "general"),
        "do hang rao": ("agreement", "outcome"),
    }
    for query, (field, tab) in cases.items():
        page = found(book, actor, query)
        assert [hit.case_id for hit in page.hits] == [parts.case_id], query
        assert (page.hits[0].matches[0].field, page.hits[0].tab) == (field, tab), query


def test_the_matched_words_are_marked_in_the_text_as_written(book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id, "Hòa giải việc Đặng Văn Ưng xây tường")
    match = found(book, actor, "dang van ung").hits[0].matches[0]
    assert [match.text[a:b] for a, b in match.spans] == ["Đặng", "Văn", "Ưng"]
    assert found(book, actor, "hoa giai").hits[0].case_id == case_id


def test_words_match_whole_never_inside_another_word(book, actor, team_id):
    with book.database.transaction(actor) as s:
        open_case(s, team_id, "Thỏa thuận giải quyết")
        hoa = open_case(s, team_id, "Hòa giải xong")
    assert [h.case_id for h in found(book, actor, "hoa giai").hits] == [hoa]
    assert found(book, actor, "oa").hits == ()
    assert found(book, actor, "ang van").hits == ()


def test_the_case_number_is_found_with_or_without_its_leading_zero(book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id, "Lối đi")
    for query in ("01/2026", "1/2026", "2026"):
        assert [h.case_id for h in found(book, actor, query).hits] == [case_id], query


@pytest.mark.parametrize("query", ["/", "-", '"', "'", "*", "NOT", "AND OR NEAR", "(", ")",
                                   "^", ":", "😀", "tu-do", '"hoa', "a" * 10_000,
                                   "hoa " * 2_500, "\x00", "\\", "%", "_", "'; DROP"])
def test_any_input_is_searched_literally_never_an_error(book, actor, team_id, query):
    with book.database.transaction(actor) as s:
        open_case(s, team_id, "Hòa giải tranh chấp")
    page = found(book, actor, query)
    assert all(hit.matches for hit in page.hits)


def test_an_operator_word_is_a_word_like_any_other(book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id, "Việc NOT ai biết")
        open_case(s, team_id, "Việc khác")
    assert [h.case_id for h in found(book, actor, "NOT").hits] == [case_id]


def test_results_come_a_page_at_a_time_each_case_once(book, actor, team_id):
    with book.database.transaction(actor) as s:
        ids = {open_case(s, team_id, f"Hòa giải việc số {n}") for n in range(7)}
    seen, cursor, pages = [], None, 0
    while True:
        page = found(book, actor, "hoa", cursor=cursor, limit=3)
        seen += [hit.case_id for hit in page.hits]
        pages += 1
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert sorted(seen) == sorted(ids) and len(seen) == 7 and pages == 3


def test_a_changed_case_is_found_by_its_new_words_only(book, actor, team_id):
    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id)
        heard = hearings.add_hearing(s, parts.case_id, hearing(parts, "bàn về cây nhãn"))
    with book.database.transaction(actor) as s:
        hearings.update_hearing(s, heard, hearing(parts, "bàn về cây xoài"))
    assert found(book, actor, "cay nhan").hits == ()
    assert [h.case_id for h in found(book, actor, "cay xoai").hits] == [parts.case_id]


def test_sensitive_cases_only_for_the_leader_and_its_mediators(book, actor, team_id):
    with book.database.transaction(actor) as s:
        secret = open_case(s, team_id, "Bạo lực gia đình nhà bà Hạnh", sensitive=True)
        plain = open_case(s, team_id, "Hàng xóm nhà bà Hạnh")
        handling, other = mediator_ids(s, team_id)[1:3]
        assign(s, secret, handling)
    def seen_by(who: Actor):
        return {hit.case_id for hit in found(book, who, "ba hanh").hits}
    assert seen_by(actor) == {secret, plain}
    assert seen_by(Actor("hgv", role=Role.MEDIATOR, mediator_id=handling)) == {secret, plain}
    assert seen_by(Actor("hgv2", role=Role.MEDIATOR, mediator_id=other)) == {plain}


def test_nobody_logged_in_may_not_search(book, actor, team_id):
    with book.database.reading() as s, pytest.raises(PermissionDenied):
        search(s, "hoa")


def test_an_erased_person_is_no_longer_found(book, actor, team_id):
    from desktop.core.services.people import personal_data
    from tests.core.helpers import TODAY

    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id)
        add_person(s, parts.case_id, team_id, "Đặng Văn Ưng")
    assert found(book, actor, "dang van ung").hits
    with book.database.transaction(actor) as s:
        person_id = next(p.person_id for p in s.get(Case, parts.case_id).participants
                         if p.person.full_name == "Đặng Văn Ưng")
        personal_data.erase_person(s, person_id, TODAY, "Người đó yêu cầu xóa")
    assert found(book, actor, "dang van ung").hits == ()
    assert found(book, actor, "ung").hits == ()


def test_an_erased_person_is_no_longer_found_by_the_case_list_filter(book, actor, team_id):
    """The list's own row of folded words (case_search_text) loses the name too."""
    from desktop.core.services.cases.listing import CaseFilter, case_ids
    from desktop.core.services.people import personal_data
    from tests.core.helpers import TODAY

    def listed(text: str) -> list:
        with book.database.reading(actor) as s:
            return case_ids(s, CaseFilter(team_id, None, None, text))

    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id)
        add_person(s, parts.case_id, team_id, "Đặng Văn Ưng")
    assert listed("dang van ung") == [parts.case_id]
    with book.database.transaction(actor) as s:
        person_id = next(p.person_id for p in s.get(Case, parts.case_id).participants
                         if p.person.full_name == "Đặng Văn Ưng")
        personal_data.erase_person(s, person_id, TODAY, "Người đó yêu cầu xóa")
    assert listed("dang van ung") == []
    assert listed("ung") == []


def test_a_word_being_typed_is_found_by_its_beginning_at_any_length(book, actor, team_id):
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id, "Người giải quyết tranh chấp")
        open_case(s, team_id, "Việc khác hẳn")
    for query in ("nguoi g", "nguoi gi", "nguoi giai", "nguoi giai qu", "tranh chap"):
        assert [h.case_id for h in found(book, actor, query).hits] == [case_id], query
    assert found(book, actor, "nguoi giaiq").hits == ()
