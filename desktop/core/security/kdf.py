"""Argon2id, the memory-hard key derivation for passwords (from ``cryptography``).

Parameters are stored next to every salt, so a book keeps opening after the defaults change.
``DEFAULT`` takes about 0.3-0.5 s on a modest 2-core PC (measured: 64 MiB, 3 passes, 4 lanes ≈
0.46 s); that cost, not the failed-login counter, is what bounds someone guessing passwords
offline against a stolen key file. Tests switch to cheap parameters with
``use_cheap_parameters_for_tests()``, an explicit call from the test suite's conftest, never an
environment variable that could weaken a real book.
"""

from __future__ import annotations

import base64
import hmac
import os
from dataclasses import asdict, dataclass
from typing import Any

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from desktop.core.errors import HoagiaiError

KEY_LENGTH = 32


@dataclass(frozen=True)
class KdfParams:
    memory_cost: int  # KiB
    iterations: int
    lanes: int

    def as_dict(self) -> dict[str, Any]:
        return {"name": "argon2id", **asdict(self)}

    def at_least(self, other: KdfParams) -> bool:
        """As costly to guess as ``other`` or more (memory and passes; lanes add no cost to
        someone guessing with many cores)."""
        return self.memory_cost >= other.memory_cost and self.iterations >= other.iterations

    def within_caps(self) -> bool:
        """Small enough to derive in seconds: an edited file must not make a login allocate
        gigabytes or loop for minutes."""
        return (1 <= self.lanes <= MAX_LANES and self.lanes * 8 <= self.memory_cost
                <= MAX_MEMORY_KIB and 1 <= self.iterations <= MAX_ITERATIONS)

    @classmethod
    def from_dict(cls, raw: Any, error: HoagiaiError) -> KdfParams:
        """The parameters read from a file, refused (``error``) beyond the caps, before any
        derivation. The floor is checked by the caller, who can name the account."""
        try:
            params = cls(int(raw["memory_cost"]), int(raw["iterations"]), int(raw["lanes"]))
            ok = raw["name"] == "argon2id" and params.within_caps()
        except (KeyError, TypeError, ValueError) as problem:
            raise error from problem
        if not ok:
            raise error
        return params


# Caps: 1 GiB and 10 passes take about 30 s on a modest PC, the longest a login may take.
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 10
MAX_LANES = 16
DEFAULT = KdfParams(memory_cost=64 * 1024, iterations=3, lanes=4)
CHEAP_FOR_TESTS = KdfParams(memory_cost=64, iterations=1, lanes=1)
# The floor: a slot weaker than this is refused before deriving. Nothing the program writes is
# below it (the test suite's cheap slots sit on it; every real slot was DEFAULT), so such a
# slot was edited in. A slot between the floor and DEFAULT (older defaults, a book made by the
# tests' settings) is re-wrapped with DEFAULT at its next login: a weak slot is not kept.
FLOOR = CHEAP_FOR_TESTS
_current = DEFAULT


def use_cheap_parameters_for_tests() -> None:
    """Make new password slots cheap to derive: for the test suite only."""
    global _current
    _current = CHEAP_FOR_TESTS


def current() -> KdfParams:
    return _current


def floor() -> KdfParams:
    return FLOOR


def new_salt() -> bytes:
    return os.urandom(16)


def derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    return Argon2id(salt=salt, length=KEY_LENGTH, iterations=params.iterations,
                    lanes=params.lanes, memory_cost=params.memory_cost,
                    ).derive(password.encode("utf-8"))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any) -> bytes:
    return base64.b64decode(str(text), validate=True)


def make_verifier(password: str) -> str:
    """A password verifier for books on a server (no key file there): parameters, salt and
    the derived hash in one string."""
    params, salt = current(), new_salt()
    digest = derive(password, salt, params)
    return (f"argon2id$m={params.memory_cost},t={params.iterations},p={params.lanes}"
            f"${b64(salt)}${b64(digest)}")


def check_verifier(password: str, verifier: str) -> bool:
    try:
        name, settings, salt, digest = verifier.split("$")
        values = dict(item.split("=") for item in settings.split(","))
        params = KdfParams(int(values["m"]), int(values["t"]), int(values["p"]))
        if not (params.within_caps() and params.at_least(floor())):
            return False  # refused before deriving: an edited verifier must not hang a login
        expected = unb64(digest)
        actual = derive(password, unb64(salt), params)
    except (ValueError, KeyError):
        return False
    return name == "argon2id" and hmac.compare_digest(expected, actual)
