"""A server account's own signing key, wrapped by its password (``account_secrets.signing_key``).

A book on a server has no key file, so an account's Ed25519 signing key is kept in the
database, wrapped exactly as in a key file's slot: AES-GCM under a key derived from the
account's password with Argon2id (salt and parameters stored with it). The associated data
binds the wrapping to the account's id and to the public key stored beside it, so a slot
copied onto another account, or a public key edited next to it, no longer opens. Only the
account's password unwraps it; anyone who may write the table can still put a key of their own
there, which is why the public key is compared with the key a leader granted the account (at
login and by ``audit verify``).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_
from desktop.core.security import authorship, kdf

DAMAGED = N_(
    "The signing key kept on the server for {username} is damaged or was changed outside the "
    "program, so logging in is refused. Ask the ward administrator to reset the password of "
    "{username}, and to check the book with: hoagiai audit verify")
WEAK = N_(
    "The signing key kept on the server for {username} uses a key derivation weaker than this "
    "program allows, so it was not used: someone may have changed it. Ask the ward "
    "administrator to reset the password of {username}.")


class SlotError(HoagiaiError):
    """A wrapped signing key that is damaged, edited, or derived too cheaply to trust."""


@dataclass(frozen=True)
class Wrapped:
    """What ``account_secrets`` keeps: the wrapped key (JSON text) and its public half."""

    text: str
    public: str


@dataclass(frozen=True)
class Unwrapped:
    """A slot opened with its password: the raw Ed25519 key and the derivation it used."""

    signing: bytes = field(repr=False)
    params: kdf.KdfParams


def _aad(account_id: str, public: str) -> bytes:
    return f"hoagiai:server:{account_id}:signing:{public}".encode()


def wrap(account_id: str, password: str, signing: bytes) -> Wrapped:
    """``signing`` (raw Ed25519) wrapped by ``password`` for the account ``account_id``."""
    public = authorship.public_text(authorship.private_key(signing))
    params, salt, nonce = kdf.current(), kdf.new_salt(), os.urandom(12)
    wrapped = AESGCM(kdf.derive(password, salt, params)).encrypt(
        nonce, signing, _aad(account_id, public))
    text = json.dumps({"kdf": params.as_dict(), "salt": kdf.b64(salt), "nonce": kdf.b64(nonce),
                       "wrapped": kdf.b64(wrapped)}, sort_keys=True)
    return Wrapped(text, public)


def unwrap(account_id: str, username: str, password: str, text: str,
           public: str) -> Unwrapped | None:
    """The key in the slot, or None when ``password`` does not open it. A slot that cannot be
    read, whose parameters are beyond the caps or below the floor (refused before deriving),
    or whose key is not the public key beside it, raises ``SlotError`` naming the account."""
    damaged = SlotError(DAMAGED, username=username)
    try:
        raw = json.loads(text)
        params = kdf.KdfParams.from_dict(raw.get("kdf"), damaged)
        if not params.at_least(kdf.floor()):
            raise SlotError(WEAK, username=username)
        key = kdf.derive(password, kdf.unb64(raw["salt"]), params)
        signing = AESGCM(key).decrypt(kdf.unb64(raw["nonce"]), kdf.unb64(raw["wrapped"]),
                                      _aad(account_id, public))
    except InvalidTag:
        return None
    except (AttributeError, KeyError, TypeError, ValueError) as problem:
        raise damaged from problem
    try:
        matches = authorship.public_text(authorship.private_key(signing)) == public
    except ValueError as problem:
        raise damaged from problem
    if not matches:
        raise damaged
    return Unwrapped(signing, params)
