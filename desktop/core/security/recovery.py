"""Recovery keys: 120 random bits written as 24 Crockford base32 characters in groups of four,
plus a fifth-and-last group of four checksum characters, e.g.
``7K2M-9QXD-...-C0FE``. The checksum catches a mistyped character before any slow work; Crockford's
alphabet has no I, L, O or U, and reading I/L as 1 and O as 0 forgives the usual confusions.
"""

from __future__ import annotations

import hashlib
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.core.errors import ValidationError
from desktop.core.i18n import N_

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DATA_CHARS = 24
CHECK_CHARS = 4
BAD_RECOVERY_KEY = N_(
    "This recovery key is not right: it has 28 letters and digits in groups of four, as printed "
    "on the recovery sheet. Check each group and type it again.")
_FORGIVEN = str.maketrans({"I": "1", "L": "1", "O": "0"})


def _encode(value: int, length: int) -> str:
    return "".join(ALPHABET[(value >> (5 * (length - 1 - i))) & 31] for i in range(length))


def _checksum(data: str) -> str:
    digest = int.from_bytes(hashlib.sha256(data.encode("ascii")).digest()[:3], "big")
    return _encode(digest >> 4, CHECK_CHARS)


def new_recovery_key() -> str:
    data = _encode(int.from_bytes(os.urandom(15), "big"), DATA_CHARS)
    return grouped(data + _checksum(data))


def grouped(chars: str) -> str:
    return "-".join(chars[i:i + 4] for i in range(0, len(chars), 4))


def normalise(typed: str) -> str:
    """The key's 24 data characters, checked; ``ValidationError`` for a mistyped key."""
    chars = "".join(c for c in typed.upper() if c.isalnum()).translate(_FORGIVEN)
    if len(chars) != DATA_CHARS + CHECK_CHARS or any(c not in ALPHABET for c in chars):
        raise ValidationError(BAD_RECOVERY_KEY, field="recovery_key")
    data, check = chars[:DATA_CHARS], chars[DATA_CHARS:]
    if _checksum(data) != check:
        raise ValidationError(BAD_RECOVERY_KEY, field="recovery_key")
    return data


def wrapping_key(typed: str, salt: bytes) -> bytes:
    """The key that wraps the recovery slot (HKDF: the recovery key already has 120 random
    bits, so no slow derivation is needed)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                info=b"hoagiai recovery slot").derive(normalise(typed).encode("ascii"))
