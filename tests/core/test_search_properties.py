"""Property tests of folding and the one search: any string searches without error, a name
with diacritics is found by its unaccented form and not by a different name, and the marked
words are the words that matched."""

from __future__ import annotations

import uuid

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.core.domain.text import fold, nfc, search_tokens
from desktop.core.services.search.highlight import excerpt, matched_spans, word_matches, words
from desktop.core.services.search.query import search
from tests.core.helpers import open_case

SYLLABLES = ["Đặng", "Văn", "Ưng", "Nguyễn", "Thị", "Hồng", "Lê", "Phạm", "Quốc", "Bảo",
             "Hòa", "Giải", "Trần", "Ngọc", "Ánh", "Đức", "Hương", "Tuấn", "Lý", "Mười"]
names = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=4).map(" ".join)
ANY_TEXT = st.text(max_size=300)
DB = settings(max_examples=30, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])


@given(ANY_TEXT)
def test_folding_is_idempotent_and_leaves_no_diacritics(value):
    folded = fold(value)
    assert fold(folded) == folded
    assert "đ" not in folded and not any(0x300 <= ord(c) <= 0x36F for c in folded)


@given(ANY_TEXT)
def test_the_marked_words_are_words_of_the_text(value):
    tokens = search_tokens(value)[:3]
    shown = excerpt(value, tokens or ["x"])
    for start, end in shown.spans:
        assert 0 <= start < end <= len(shown.text)
    assert all(word for _s, _e, word in words(value))


WORDY = st.text(alphabet=st.sampled_from(list("aăâdđeêhoôơuưgiAĐẶƯ0129 _-/'\u0301\u0323")),
                max_size=80)


@given(value=st.one_of(WORDY, ANY_TEXT), query=st.one_of(WORDY, ANY_TEXT))
@example(value="Vụ việc số 05/2026", query="5/2026")  # a number by its value
@example(value="0", query="00")
@example(value="Hòa giải hoa HOÀ", query="hoa")
def test_the_quick_marking_marks_exactly_the_words_the_rule_matches(value, query):
    # matched_spans finds candidates in the folded text and checks each by word_matches; it
    # must mark the same words as walking every word of the text.
    value, tokens = nfc(value), search_tokens(query)[:4] or ["a"]
    by_every_word = [(start, end) for start, end, word in words(value)
                     if word_matches(word, tokens)]
    assert matched_spans(value, tokens) == by_every_word


@DB
@given(query=ANY_TEXT)
def test_any_string_searches_without_error(book, actor, team_id, query):
    with book.database.reading(actor) as s:
        page = search(s, query)
    assert page.hits == () or all(hit.matches for hit in page.hits)


@DB
@given(name=names, other=names)
def test_a_name_is_found_unaccented_and_a_different_name_is_not(book, actor, team_id, name,
                                                               other):
    title = f"Việc {uuid.uuid4().hex[:6]}"
    with book.database.transaction(actor) as s:
        case_id = open_case(s, team_id, f"{title} của {name}")
    with book.database.reading(actor) as s:
        found = {hit.case_id for hit in search(s, f"{title} {fold(name)}", limit=50).hits}
        by_other = {hit.case_id for hit in search(s, f"{title} {fold(other)}", limit=50).hits}
    assert case_id in found
    other_words, name_words = fold(other).split(), set(fold(name).split())
    differs = any(w not in name_words for w in other_words[:-1]) or not any(
        w.startswith(other_words[-1]) for w in name_words)
    if differs:
        assert case_id not in by_other
