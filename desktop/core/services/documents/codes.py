"""The verification code of an issued document, and the canonical data it is derived from.

A document's code comes from the SHA-256 of its **canonical data** (the frozen dataclass a
service assembles, as sorted JSON, without who printed it) and the team's id, never from the PDF
bytes, which embed a creation time. So the same data printed twice gives the same code and one
:class:`IssuedDocument` row; a changed case gives a new code.

The code is 10 Crockford base-32 characters (50 bits of the hash) and a Luhn mod 32 check
character, printed ``XXXX-XXXX-XXX``: short enough to type from paper, and a single mistyped
character or two swapped neighbours are caught before any look-up. The QR on the page holds
``HOAGIAI-VERIFY:<code>`` and nothing personal.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import uuid
from typing import Any

from desktop.core.db import journal
from desktop.core.domain.enums import DocumentKind
from desktop.core.errors import ValidationError
from desktop.core.i18n import N_

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32: no I, L, O, U
CODE_LENGTH = 11  # 10 characters of the hash and a check character
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


# --- the code ---------------------------------------------------------------------------------


def _luhn_sum(values: list[int], double_first: bool) -> int:
    """Luhn mod N over ``values`` read from the right."""
    total, double = 0, double_first
    for value in reversed(values):
        addend = value * 2 if double else value
        total += addend // 32 + addend % 32
        double = not double
    return total


def check_character(body: str) -> str:
    values = [ALPHABET.index(ch) for ch in body]
    return ALPHABET[(32 - _luhn_sum(values, double_first=True) % 32) % 32]


def derive_code(team_id: uuid.UUID, content_hash: str) -> str:
    """The code (without separators) of a document of ``team_id`` with this content hash."""
    digest = hashlib.sha256(f"hoagiai-verify\n{team_id}\n{content_hash}".encode()).digest()
    number = int.from_bytes(digest[:8], "big") >> 14  # the first 50 bits
    body = "".join(ALPHABET[(number >> shift) & 31] for shift in range(45, -1, -5))
    return body + check_character(body)


def format_code(code: str) -> str:
    """``ABCD-EFGH-JKM``: groups are easier to read out and type."""
    return f"{code[:4]}-{code[4:8]}-{code[8:]}"


def normalise_code(text: str) -> str:
    """The code as typed, made canonical; raises a clear message for a mistyped one."""
    code = "".join(text.split()).upper().removeprefix("HOAGIAI-VERIFY:")  # a QR scanner's
    code = code.replace("-", "").translate(_LOOKALIKES)
    if len(code) != CODE_LENGTH or any(ch not in ALPHABET for ch in code):
        raise ValidationError(N_(
            "This is not a verification code. A code has 11 letters and digits, printed at the "
            "foot of each page as XXXX-XXXX-XXX. Type it again as printed."))
    values = [ALPHABET.index(ch) for ch in code]
    if _luhn_sum(values, double_first=False) % 32 != 0:
        raise ValidationError(N_(
            "The code {code} has a mistyped character: its last character does not match the "
            "others. Compare it with the paper, character by character, and type it again."),
            code=format_code(code))
    return code


# --- canonical data ---------------------------------------------------------------------------

_NOT_CONTENT = frozenset({"author"})  # who printed it: PDF metadata, not the document


def canonical(value: Any) -> Any:
    """A JSON-safe, order-stable form of a document's data (dataclasses, enums, dates)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: canonical(getattr(value, f.name)) for f in dataclasses.fields(value)
                if f.name not in _NOT_CONTENT}
    if isinstance(value, list | tuple):
        return [canonical(item) for item in value]
    if isinstance(value, dict):
        return {str(k): canonical(v) for k, v in value.items()}
    if isinstance(value, str):
        return value
    return journal.to_plain(value)


def content_hash(kind: DocumentKind, data: Any) -> str:
    payload = {"kind": kind.value, "data": canonical(data)}
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
