"""Validation of what identifies a person: citizen ID numbers, names, birth dates, phones."""

from __future__ import annotations

import re
from datetime import date

from desktop.core.domain.hygiene import refuse_invisible
from desktop.core.domain.text import clean
from desktop.core.errors import ValidationError
from desktop.core.i18n import N_

_PHONE = re.compile(r"^\+?[0-9 .\-]{8,15}$")
OLDEST_BIRTH_YEAR = 1900
MIN_PHONE_DIGITS = 8


def normalize_citizen_id(raw: str | None) -> str | None:
    """The 12-digit citizen ID (căn cước công dân), or None when it was left empty.

    ID numbers are optional (DOMAIN.md §6: collect only what is needed); when given, they must be
    exactly 12 digits. Spaces and dots people type as separators are ignored.
    """
    digits = re.sub(r"[\s.]", "", raw or "")
    if not digits:
        return None
    if not (digits.isascii() and digits.isdigit() and len(digits) == 12):
        raise ValidationError(
            N_("The citizen ID number must have exactly 12 digits (you typed {value!r}). "
               "Check it on the ID card, or leave the field empty."),
            field="citizen_id",
            value=raw,
        )
    return digits


def require_name(raw: str | None, field: str = "full_name") -> str:
    refuse_invisible(raw, field, N_("The full name"))  # a disguised name is refused, not stored
    name = clean(raw)
    if not name:
        raise ValidationError(N_("Please enter the full name."), field=field)
    if len(name) > 120:
        raise ValidationError(
            N_("The name is too long (at most 120 characters)."), field=field
        )
    return name


def check_birth(birth_date: date | None, birth_year: int | None, today: date) -> int | None:
    """Return the birth year implied by a date or a year; reject impossible ones."""
    if birth_date is not None:
        if birth_date > today:
            raise ValidationError(
                N_("The date of birth cannot be in the future."), field="birth_date"
            )
        birth_year = birth_date.year
    if birth_year is not None and not OLDEST_BIRTH_YEAR <= birth_year <= today.year:
        raise ValidationError(
            N_("The year of birth must be between {first} and {last}."),
            field="birth_year",
            first=OLDEST_BIRTH_YEAR,
            last=today.year,
        )
    return birth_year


def normalize_phone(raw: str | None) -> str:
    phone = clean(raw)
    digits = sum(ch.isdigit() for ch in phone)
    if phone and (not _PHONE.match(phone) or digits < MIN_PHONE_DIGITS):
        raise ValidationError(
            N_("The phone number needs at least 8 digits and may contain only digits, "
               "spaces, dots, dashes and a leading +."),
            field="phone",
        )
    return phone
