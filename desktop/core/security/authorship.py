"""Authorship keys: who wrote a journal entry, and who gave an account its role.

Every slot of the key file wraps the same book key, so knowing one password opens the whole
book: the book key alone cannot tell people apart. What tells them apart is a second secret per
account, an Ed25519 **signing key**, wrapped in that account's slot by that account's own
password (nobody else can unwrap it). Its public half is **granted** to the account by a
signature: of the team leader (or ward administrator) who made or reset the account, or of the
book's **authority key** for the first account and for a recovery. The authority key is derived
from the recovery key (HKDF), so only whoever holds the recovery sheet can sign with it.

A person's journal entries are signed with their key (``journal_message``), so an entry written
in someone else's name, a role changed behind the program's back, or a slot made for someone
else shows up as not signed by the account it names (the journal signs runs of entries:
``db.journal.signed_message``). All primitives come from ``cryptography``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.core.domain.roles import Role, may_manage
from desktop.core.security import kdf, recovery

AUTHORITY = "authority"  # a grant signed by the book's authority key (set-up, recovery)
SELF = "self"  # a key an account made for itself at its first login after the upgrade
GRANTED = "key_granted"  # the journal event that records a grant


def new_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def public_text(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return kdf.b64(public.public_bytes(Encoding.Raw, PublicFormat.Raw))


def private_bytes(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def private_key(raw: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(raw)


def authority_key(recovery_key: str, book_id: str) -> Ed25519PrivateKey:
    """The book's authority key, the same every time for the same recovery key and book."""
    seed = HKDF(algorithm=hashes.SHA256(), length=32, salt=book_id.encode("utf-8"),
                info=b"hoagiai book authority").derive(
        recovery.normalise(recovery_key).encode("ascii"))
    return Ed25519PrivateKey.from_private_bytes(seed)


def verify(public: str, message: bytes, signature: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(kdf.unb64(public)).verify(
            kdf.unb64(signature), message)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def sign(key: Ed25519PrivateKey, message: bytes) -> str:
    return kdf.b64(key.sign(message))


@dataclass(frozen=True)
class Grant:
    """An account's public key with the role and name it was given, signed by ``signer``."""

    account_id: str
    username_key: str
    role: str
    public_key: str
    signer: str  # AUTHORITY, SELF, or the id of the granting account
    signer_key: str
    granted_at: str
    signature: str = ""

    def statement(self) -> bytes:
        fields = {k: v for k, v in asdict(self).items() if k != "signature"}
        text = json.dumps({"kind": "hoagiai account key", **fields}, sort_keys=True,
                          separators=(",", ":"), ensure_ascii=True)
        return text.encode("ascii")

    def signed_with(self, key: Ed25519PrivateKey) -> Grant:
        unsigned = replace(self, signer_key=public_text(key), signature="")
        return replace(unsigned, signature=sign(key, unsigned.statement()))

    def as_dict(self) -> dict[str, str]:
        return asdict(self)

    @classmethod
    def from_dict(cls, raw: object) -> Grant | None:
        if not isinstance(raw, dict):
            return None
        try:
            return cls(**{name: str(raw[name]) for name in cls.__dataclass_fields__})
        except KeyError:
            return None


@dataclass
class GrantCheck:
    """The grants that hold (per account id, oldest first) and those that do not, with why."""

    valid: dict[str, list[Grant]] = field(default_factory=dict)
    refused: list[tuple[Grant, str]] = field(default_factory=list)
    self_made: list[Grant] = field(default_factory=list)

    def current(self, account_id: str) -> Grant | None:
        found = self.valid.get(account_id)
        return found[-1] if found else None

    def keys_of(self, account_id: str) -> set[str]:
        return {grant.public_key for grant in self.valid.get(account_id, [])}


BAD_SIGNATURE = "bad signature"
FOREIGN_AUTHORITY = "not the book's authority key"
SIGNER_NOT_MANAGER = "signer may not grant this role"
SELF_AFTER_GRANT = "self-made key for an account that already had one"


def check_grants(grants: Iterable[Grant], authority: str | None) -> GrantCheck:
    """Read ``grants`` in the order they were written: each must be signed by the authority
    key, by the latest key of an account that may manage the role granted, or (old books only)
    by the account itself when it had no key yet. ``authority`` is the authority's public key
    when known (the key file's); else the first authority-signed grant names it."""
    check = GrantCheck()
    for grant in grants:
        problem = _problem(grant, check, authority)
        if problem is not None:
            check.refused.append((grant, problem))
            continue
        if grant.signer == AUTHORITY and authority is None:
            authority = grant.signer_key
        if grant.signer == SELF:
            check.self_made.append(grant)
        check.valid.setdefault(grant.account_id, []).append(grant)
    return check


def _problem(grant: Grant, check: GrantCheck, authority: str | None) -> str | None:
    if not verify(grant.signer_key, grant.statement(), grant.signature):
        return BAD_SIGNATURE
    if grant.signer == AUTHORITY:
        return None if authority in (None, grant.signer_key) else FOREIGN_AUTHORITY
    if grant.signer == SELF:
        ok = grant.signer_key == grant.public_key and not check.valid.get(grant.account_id)
        return None if ok else SELF_AFTER_GRANT
    signer = check.current(grant.signer)
    if signer is None or signer.public_key != grant.signer_key or not _may_grant(
            signer.role, grant.role):
        return SIGNER_NOT_MANAGER
    return None


def _may_grant(signer_role: str, role: str) -> bool:
    try:
        return may_manage(Role(signer_role), Role(role))
    except ValueError:
        return False
