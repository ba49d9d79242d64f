"""Case numbers: a running number per team and calendar year, written like ``03/2026``."""

from __future__ import annotations

import re

from desktop.core.errors import ValidationError
from desktop.core.i18n import N_

# ASCII digits only; up to six: a ward or province book may pass 9,999 cases a team in a year.
_CASE_NUMBER = re.compile(r"^\s*([0-9]{1,6})\s*/\s*([0-9]{4})\s*$")


def format_case_number(seq: int, year: int) -> str:
    return f"{seq:02d}/{year}"


def parse_case_number(text: str) -> tuple[int, int]:
    """``"3/2026"`` or ``"03/2026"`` → ``(3, 2026)``."""
    match = _CASE_NUMBER.match(text)
    if not match or int(match.group(1)) == 0:
        raise ValidationError(
            N_("{value!r} is not a case number. Case numbers look like 03/2026 "
               "(number/year)."),
            field="case_number",
            value=text,
        )
    return int(match.group(1)), int(match.group(2))
