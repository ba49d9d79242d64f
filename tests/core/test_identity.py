"""What identifies a person: citizen ID numbers, names, birth dates and years, phones."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.domain.identity import (
    OLDEST_BIRTH_YEAR,
    check_birth,
    normalize_citizen_id,
    normalize_phone,
    require_name,
)
from desktop.core.errors import ValidationError

# Time limits per example only measure the machine's load, not the code.
NO_DEADLINE = settings(deadline=None)

TODAY = date(2026, 3, 10)
ASCII_DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=30)


# --- citizen ID (căn cước công dân) -------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("001089012345", "001089012345"),
    ("001 089 012 345", "001089012345"),
    ("001.089.012.345", "001089012345"),
    ("  001089012345  ", "001089012345"),
    ("001\t089\u00a0012345", "001089012345"),  # a tab, a no-break space
])
def test_citizen_id_of_12_digits_is_kept_without_separators(raw, expected):
    assert normalize_citizen_id(raw) == expected


@pytest.mark.parametrize("raw", [None, "", "   ", " . . "])
def test_empty_citizen_id_means_none_given(raw):
    assert normalize_citizen_id(raw) is None


@pytest.mark.parametrize("raw", [
    "00108901234",  # 11 digits
    "0010890123456",  # 13 digits
    "00108901234A",
    "O01089012345",  # a letter O for a zero
    "001-089-012345",
    "００１０８９０１２３４５",  # full-width digits
    "٠٠١٠٨٩٠١٢٣٤٥",  # Arabic-Indic digits: isdigit() but not what an ID card shows
    "+01089012345",
])
def test_bad_citizen_id_is_rejected_on_its_field(raw):
    with pytest.raises(ValidationError) as caught:
        normalize_citizen_id(raw)
    assert caught.value.field == "citizen_id"
    assert caught.value.params["value"] == raw
    assert repr(raw) in caught.value.message  # the message shows what was typed


@NO_DEADLINE
@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_any_12_ascii_digits_are_a_citizen_id(digits):
    assert normalize_citizen_id(digits) == digits


@NO_DEADLINE
@given(digits=st.text(alphabet="0123456789", min_size=12, max_size=12),
       cuts=st.lists(st.tuples(st.integers(0, 12), st.sampled_from([" ", ".", "  ", ". "])),
                     max_size=5))
def test_spaces_and_dots_anywhere_are_ignored(digits, cuts):
    typed = digits
    for position, separator in sorted(cuts, reverse=True):
        typed = typed[:position] + separator + typed[position:]
    assert normalize_citizen_id(typed) == digits


@NO_DEADLINE
@given(ASCII_DIGITS.filter(lambda d: len(d) != 12))
def test_any_other_number_of_digits_is_rejected(digits):
    with pytest.raises(ValidationError) as caught:
        normalize_citizen_id(digits)
    assert caught.value.field == "citizen_id"


# --- names -------------------------------------------------------------------------------------

def test_name_is_trimmed_collapsed_and_composed():
    decomposed = "  Nguye\u0302\u0303n   Va\u0306n\tAn "
    assert require_name(decomposed) == "Nguyễn Văn An"


@pytest.mark.parametrize("raw", [None, "", "   ", "\t\n"])
def test_empty_name_is_rejected(raw):
    with pytest.raises(ValidationError) as caught:
        require_name(raw)
    assert caught.value.field == "full_name"


def test_name_error_names_the_field_it_was_asked_for():
    with pytest.raises(ValidationError) as caught:
        require_name("", field="leader_name")
    assert caught.value.field == "leader_name"


def test_name_length_limit_is_120_characters_after_cleaning():
    assert require_name("Đ" * 120 + "   ") == "Đ" * 120
    with pytest.raises(ValidationError) as caught:
        require_name("Đ" * 121)
    assert caught.value.field == "full_name"


# --- birth dates and years ---------------------------------------------------------------------

def test_birth_date_gives_its_year():
    assert check_birth(date(1962, 5, 17), None, TODAY) == 1962


def test_birth_date_wins_over_a_typed_year():
    assert check_birth(date(1962, 5, 17), 1970, TODAY) == 1962


def test_no_birth_information_is_allowed():
    assert check_birth(None, None, TODAY) is None


@pytest.mark.parametrize("year", [OLDEST_BIRTH_YEAR, 1985, TODAY.year])
def test_plausible_birth_years_are_kept(year):
    assert check_birth(None, year, TODAY) == year


def test_birth_date_today_is_accepted():
    assert check_birth(TODAY, None, TODAY) == TODAY.year


def test_birth_date_in_the_future_is_rejected():
    with pytest.raises(ValidationError) as caught:
        check_birth(date(2026, 3, 11), None, TODAY)
    assert caught.value.field == "birth_date"


@pytest.mark.parametrize("year", [OLDEST_BIRTH_YEAR - 1, TODAY.year + 1, 0, 62])
def test_impossible_birth_year_is_rejected_with_the_range(year):
    with pytest.raises(ValidationError) as caught:
        check_birth(None, year, TODAY)
    assert caught.value.field == "birth_year"
    assert caught.value.params == {"first": OLDEST_BIRTH_YEAR, "last": TODAY.year}
    assert str(OLDEST_BIRTH_YEAR) in caught.value.message
    assert str(TODAY.year) in caught.value.message


def test_birth_date_before_1900_is_rejected_as_a_year():
    with pytest.raises(ValidationError) as caught:
        check_birth(date(1899, 12, 31), None, TODAY)
    assert caught.value.field == "birth_year"


# --- phones ------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("0912345678", "0912345678"),
    ("0912 345 678", "0912 345 678"),
    ("+84 912 345 678", "+84 912 345 678"),
    ("024.3756.1234", "024.3756.1234"),
    ("0912-345-678", "0912-345-678"),
    ("  0912345678 ", "0912345678"),
    ("", ""),
    (None, ""),
])
def test_acceptable_phones_are_kept_as_typed(raw, expected):
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize("raw", [
    "0912abc678",
    "1234567",  # too short
    "0912345678901234567",  # too long
    "84+912345678",  # + only at the start
    "０９１２３４５６７８",  # full-width digits
    "(024) 3756 1234",
])
def test_bad_phones_are_rejected_on_their_field(raw):
    with pytest.raises(ValidationError) as caught:
        normalize_phone(raw)
    assert caught.value.field == "phone"


@pytest.mark.parametrize("raw", ["--------", "........", "+ - - - - -"])
def test_phone_without_any_digit_is_rejected(raw):
    with pytest.raises(ValidationError):
        normalize_phone(raw)
