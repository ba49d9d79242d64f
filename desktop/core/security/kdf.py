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

    @classmethod
    def from_dict(cls, raw: Any, error: HoagiaiError) -> KdfParams:
        """The parameters read from a file, within sane bounds (a tampered file must not make
        the program allocate gigabytes or loop for hours)."""
        try:
            params = cls(int(raw["memory_cost"]), int(raw["iterations"]), int(raw["lanes"]))
            ok = (raw["name"] == "argon2id" and 8 <= params.lanes * 8 <= params.memory_cost
                  <= 4 * 1024 * 1024 and 1 <= params.iterations <= 64 and params.lanes <= 64)
        except (KeyError, TypeError, ValueError) as problem:
            raise error from problem
        if not ok:
            raise error
        return params


DEFAULT = KdfParams(memory_cost=64 * 1024, iterations=3, lanes=4)
CHEAP_FOR_TESTS = KdfParams(memory_cost=64, iterations=1, lanes=1)
_current = DEFAULT


def use_cheap_parameters_for_tests() -> None:
    """Make new password slots cheap to derive: for the test suite only."""
    global _current
    _current = CHEAP_FOR_TESTS


def current() -> KdfParams:
    return _current


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
        expected = unb64(digest)
        actual = derive(password, unb64(salt), params)
    except (ValueError, KeyError):
        return False
    return name == "argon2id" and hmac.compare_digest(expected, actual)
