"""Fixing mis-splits on the parsed structure: merge an article into the one before it, split an
article at a chosen line; the whole text is read again with the fix. Examples, then properties
over generated conventions rendered in the styles people type."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.conventions.editing import (
    FIRST_IN_CHAPTER,
    NO_PREVIOUS_ARTICLE,
    NOT_IN_ARTICLE,
    NUMBER_OUT_OF_ORDER,
    article_source_lines,
    guess_heading,
    merge_with_previous,
    split_article,
)
from desktop.core.conventions.parser import (
    ARTICLE_OUT_OF_ORDER,
    CHAPTER_OUT_OF_ORDER,
    Corrections,
    parse,
)
from desktop.core.errors import ValidationError
from tests.conventions.test_parser_properties import conventions, render, shape, styles

MIS_SPLIT = """HƯƠNG ƯỚC TỔ DÂN PHỐ SỐ 5
Chương I. QUY ĐỊNH CHUNG
Điều 1. Phạm vi
Hương ước này quy định việc giữ gìn trật tự trong tổ dân phố, theo
Điều 5 Luật Hòa giải ở cơ sở: các bên tự nguyện.
Điều 2. Nguyên tắc
1. Tự nguyện, tự quản.
2. Bình đẳng.
Ðiêu 3 - Giữ gìn vệ sinh
1. Không vứt rác ra ngõ.
2. Quét dọn trước cửa nhà.
Điều 4. Hiệu lực
Hương ước có hiệu lực từ ngày ký.
TM. TỔ DÂN PHỐ
"""
NONE = Corrections()


def test_a_false_heading_is_merged_and_the_articles_after_it_come_back():
    parsed = parse(MIS_SPLIT)
    # "Điều 5 Luật ..." passed for a heading, so "Điều 2" and "Điều 4" seemed out of order
    assert [a.number for a in parsed.articles] == [1, 5]
    assert any(fragment.text == "Điều 2. Nguyên tắc" for _, fragment in parsed.flagged)
    fixed = merge_with_previous(MIS_SPLIT, NONE, 5)
    again = parse(MIS_SPLIT, fixed)
    assert [a.number for a in again.articles] == [1, 2, 4]
    # only the clauses of the missed "Ðiêu 3" are still flagged in Article 2 (split it next)
    assert {number for number, _fragment in again.flagged} == {2}
    assert again.articles[0].intro.endswith("Điều 5 Luật Hòa giải ở cơ sở: các bên tự nguyện.")
    assert again.closing == "TM. TỔ DÂN PHỐ"


def test_a_missed_heading_is_split_off_at_the_chosen_line():
    merged = merge_with_previous(MIS_SPLIT, NONE, 5)
    lines = article_source_lines(MIS_SPLIT, merged, 2)
    assert [line.text for line in lines][:3] == ["1. Tự nguyện, tự quản.", "2. Bình đẳng.",
                                                 "Ðiêu 3 - Giữ gìn vệ sinh"]
    fixed = split_article(MIS_SPLIT, merged, 2, lines[2].number)
    again = parse(MIS_SPLIT, fixed)
    assert [a.number for a in again.articles] == [1, 2, 3, 4]
    new = again.articles[2]
    assert (new.title, [c.number for c in new.clauses]) == ("Giữ gìn vệ sinh", [1, 2])
    assert new.clauses[1].text == "Quét dọn trước cửa nhà."
    assert [c.number for c in again.articles[1].clauses] == [1, 2]
    # merging the new article back undoes the split exactly
    assert parse(MIS_SPLIT, merge_with_previous(MIS_SPLIT, fixed, 3)) == parse(MIS_SPLIT, merged)


def test_guess_heading():
    assert guess_heading("Ðiêu 3 - Giữ gìn vệ sinh") == (3, "Giữ gìn vệ sinh")
    assert guess_heading("Dieu7. Ma chay") == (7, "Ma chay")
    assert guess_heading("Các hộ gia đình thực hiện") is None


def test_refusals_say_what_to_do():
    with pytest.raises(ValidationError) as caught:
        merge_with_previous(MIS_SPLIT, NONE, 1)
    assert caught.value.message_id == NO_PREVIOUS_ARTICLE
    two_chapters = "Chương I. A\nĐiều 1. B\nC.\nChương II. D\nĐiều 2. E\nF."
    with pytest.raises(ValidationError) as caught:
        merge_with_previous(two_chapters, NONE, 2)
    assert caught.value.message_id == FIRST_IN_CHAPTER
    merged = merge_with_previous(MIS_SPLIT, NONE, 5)
    with pytest.raises(ValidationError) as caught:
        split_article(MIS_SPLIT, merged, 2, 3)  # line 3 is Article 1's heading
    assert caught.value.message_id == NOT_IN_ARTICLE
    line = article_source_lines(MIS_SPLIT, merged, 2)[0].number
    with pytest.raises(ValidationError) as caught:
        split_article(MIS_SPLIT, merged, 2, line, new_number=9)  # Article 4 follows
    assert caught.value.message_id == NUMBER_OUT_OF_ORDER


@settings(max_examples=60, deadline=None)
@given(conventions(), styles, st.data())
def test_merging_an_article_makes_it_text_of_the_one_before(convention, style, data):
    inner = [a for c in convention.chapters for a in c.articles[1:]]
    if not inner:
        return
    text = render(convention, style)
    number = data.draw(st.sampled_from(inner)).number
    index = [a.number for a in convention.articles].index(number)
    merged = parse(text, merge_with_previous(text, NONE, number))
    expected = [a.number for a in convention.articles if a.number != number]
    assert [a.number for a in merged.articles] == expected
    previous = merged.articles[index - 1]
    assert previous.body.count("\n") >= convention.articles[index - 1].body.count("\n") + 1
    assert str(number) in previous.body
    bodies = "\n".join(a.body for a in merged.articles)
    assert all(line in bodies for a in convention.articles for line in a.body.splitlines())
    assert all(f.reason not in (ARTICLE_OUT_OF_ORDER, CHAPTER_OUT_OF_ORDER)
               for _, f in merged.flagged)


@settings(max_examples=60, deadline=None)
@given(conventions(), styles, st.data())
def test_split_then_merge_gives_back_the_same_structure(convention, style, data):
    text = render(convention, style)
    original = parse(text)
    articles = original.articles
    candidates = [(i, a) for i, a in enumerate(articles)
                  if article_source_lines(text, NONE, a.number)
                  and (i + 1 == len(articles) or articles[i + 1].number - a.number >= 2)]
    if not candidates:
        return
    index, article = data.draw(st.sampled_from(candidates))
    lines = article_source_lines(text, NONE, article.number)
    chosen = data.draw(st.sampled_from(lines))
    split = split_article(text, NONE, article.number, chosen.number,
                          new_number=article.number + 1, new_title="Điều tách ra")
    parsed = parse(text, split)
    assert [a.number for a in parsed.articles] == sorted(
        [a.number for a in articles] + [article.number + 1])
    assert parsed.articles[index + 1].title == "Điều tách ra"
    back = parse(text, merge_with_previous(text, split, article.number + 1))
    assert shape(back) == shape(original)
    assert back == original
