"""Vietnamese text: folding for search, search words, alphabetical order, names by given name."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.core.domain.text import clean, fold, name_sort_key, search_tokens, sort_key

# Time limits per example only measure the machine's load, not the code.
NO_DEADLINE = settings(deadline=None)

VIETNAMESE_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@st.composite
def vietnamese_syllables(draw: st.DrawFn) -> str:
    letters = draw(st.lists(st.sampled_from(VIETNAMESE_LETTERS), min_size=1, max_size=6))
    word = "".join(letters)
    vowel_at = next((i for i, ch in enumerate(word) if ch in "aăâeêioôơuưy"), None)
    if vowel_at is not None:
        word = word[:vowel_at + 1] + draw(st.sampled_from(TONES)) + word[vowel_at + 1:]
    if draw(st.booleans()):
        word = word.upper()
    form = draw(st.sampled_from(["NFC", "NFD"]))
    return unicodedata.normalize(form, word)


vietnamese_text = st.lists(vietnamese_syllables(), min_size=1, max_size=5).map(" ".join)


def has_combining_mark(text: str) -> bool:
    return any(unicodedata.combining(ch) for ch in text)


# --- fold ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, folded", [
    ("Đặng", "dang"),
    ("đặng", "dang"),
    ("Nguyễn Văn An", "nguyen van an"),
    ("Trần Thị Thu Hà", "tran thi thu ha"),
    ("Lê Thị Ngọc Ánh", "le thi ngoc anh"),
    ("Ưng Hoàng Phúc", "ung hoang phuc"),
    ("Ỷ Lan Ơn", "y lan on"),
    ("Tranh chấp lối đi chung 03/2026", "tranh chap loi di chung 03/2026"),
    ("", ""),
])
def test_fold_drops_tones_modifiers_and_case(text, folded):
    assert fold(text) == folded


def test_decomposed_input_folds_like_composed():
    assert fold(nfd("Đặng Quốc Bảo")) == fold("Đặng Quốc Bảo") == "dang quoc bao"


@NO_DEADLINE
@given(vietnamese_text)
def test_fold_of_vietnamese_is_plain_lower_ascii(text):
    folded = fold(text)
    assert folded.isascii()
    assert folded == folded.lower()
    assert fold(folded) == folded
    assert fold(nfd(text)) == fold(unicodedata.normalize("NFC", text)) == folded


@NO_DEADLINE
@given(st.text())
def test_fold_never_leaves_d_with_stroke(text):
    assert "đ" not in fold(text)
    assert "Đ" not in fold(text)


@NO_DEADLINE
@given(st.text())
@example("ạ\u0300")  # ạ + combining grave: no precomposed letter for it
@example("x\u0301")
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


LATIN_WITH_MARKS = st.text(alphabet=st.one_of(
    st.characters(min_codepoint=0x41, max_codepoint=0x7A),
    st.characters(min_codepoint=0xC0, max_codepoint=0x24F),  # Latin-1, Latin Extended A and B
    st.characters(min_codepoint=0x1E00, max_codepoint=0x1EFF),  # Latin Extended Additional
    st.characters(min_codepoint=0x300, max_codepoint=0x36F),  # combining diacritical marks
    st.sampled_from(" đĐ"),
))


@NO_DEADLINE
@given(LATIN_WITH_MARKS)
@example("ạ\u0300")
@example("Đ\u0323\u0300")
def test_fold_leaves_no_diacritical_mark_on_latin_text(text):
    folded = fold(text)
    assert not has_combining_mark(folded)
    assert "đ" not in folded


# --- search words --------------------------------------------------------------------------------

@pytest.mark.parametrize("query, tokens", [
    ("Đặng", ["dang"]),
    ("  Nguyễn   Văn ", ["nguyen", "van"]),
    ("12/HG", ["12", "hg"]),
    ('"Đặng" OR NOT*', ["dang", "or", "not"]),
    ("(lối-đi)", ["loi", "di"]),
    ("'; DROP TABLE cases; --", ["drop", "table", "cases"]),
    ("", []),
    ('"*()', []),
])
def test_search_tokens_are_folded_words_without_punctuation(query, tokens):
    assert search_tokens(query) == tokens


@NO_DEADLINE
@given(st.text())
def test_search_tokens_are_alphanumeric_folded_words(query):
    for token in search_tokens(query):
        assert token
        assert all(ch.isalnum() for ch in token)


# --- Vietnamese alphabetical order ---------------------------------------------------------------

def test_alphabet_order_of_single_letters():
    letters = list(VIETNAMESE_LETTERS)
    shuffled = sorted(letters, key=lambda ch: ord(ch))  # code-point order is wrong
    assert sorted(shuffled, key=sort_key) == letters


@pytest.mark.parametrize("earlier, later", [
    ("a", "ă"), ("ă", "â"), ("â", "b"), ("d", "đ"), ("đ", "e"), ("e", "ê"), ("ê", "g"),
    ("o", "ô"), ("ô", "ơ"), ("ơ", "p"), ("u", "ư"), ("ư", "v"),
    ("Anh", "Ăn"), ("Dung", "Đào"), ("Đức", "Em"), ("Ước", "Vân"),
    ("an", "anh"),  # a prefix comes first
])
def test_vietnamese_letter_order(earlier, later):
    assert sort_key(earlier) < sort_key(later)
    assert sort_key(earlier.upper()) < sort_key(later)


def test_a_tone_does_not_outweigh_a_later_letter():
    # "Ạn" has the heaviest tone but its letters come first: letters decide, tones only tie.
    assert sort_key("ạn") < sort_key("ăn")
    assert sort_key("Ánh") < sort_key("Bá")
    assert sort_key("dữ") < sort_key("đa")


def test_tones_only_break_ties_with_unmarked_first_and_dot_below_last():
    words = ["mạ", "mà", "ma", "má", "mả", "mã"]
    ordered = sorted(words, key=sort_key)
    assert ordered[0] == "ma"
    assert ordered[1] == "mà"
    assert ordered[-1] == "mạ"
    # the dictionary order (CLDR vi): ngang, huyền, hỏi, ngã, sắc, nặng
    assert ordered == ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert sort_key("mạ")[0] == sort_key("ma")[0]  # same letters: equal primary key


def test_hoi_tone_sorts_before_nga_tone():
    assert sort_key("mả") < sort_key("mã")


def test_case_and_normal_form_do_not_change_order():
    assert sort_key("ĐẶNG") == sort_key("đặng") == sort_key(nfd("Đặng"))


def test_foreign_letters_sort_in_latin_order():
    assert sort_key("fa") < sort_key("ga")
    assert sort_key("vân") < sort_key("wơn") < sort_key("xa")
    assert sort_key("ia") < sort_key("ja") < sort_key("ka")


def test_spaces_and_digits_sort_before_letters():
    assert sort_key("anh 2") < sort_key("anhb")
    assert sort_key("2") < sort_key("a")


# --- names by given name -------------------------------------------------------------------------

def test_names_sort_by_given_name_first():
    names = ["Trần Thị Thu Hà", "Nguyễn Văn Đức", "Lê Thị Ngọc Ánh", "Đặng Quốc Bảo",
             "Phạm Văn An", "Võ Thị Ấn"]
    assert sorted(names, key=name_sort_key) == [
        "Phạm Văn An", "Lê Thị Ngọc Ánh", "Võ Thị Ấn", "Đặng Quốc Bảo", "Nguyễn Văn Đức",
        "Trần Thị Thu Hà"]


def test_same_given_name_sorts_by_whole_name():
    names = ["Trần Văn An", "Đỗ Văn An", "Bùi Thị An"]
    assert sorted(names, key=name_sort_key) == ["Bùi Thị An", "Đỗ Văn An", "Trần Văn An"]


def test_name_sort_key_ignores_extra_spaces_and_empty_names():
    assert name_sort_key("  Nguyễn   Văn  An ") == name_sort_key("Nguyễn Văn An")
    assert name_sort_key("") == name_sort_key("   ")
    assert sorted(["Văn An", ""], key=name_sort_key)[0] == ""


def test_clean_composes_and_collapses():
    assert clean(" Nguye\u0302\u0303n \n Văn  ") == "Nguyễn Văn"
    assert clean(None) == ""
