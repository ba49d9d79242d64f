"""This book's exchange keys, the other side's public keys, enrolment files, recovery codes.

One random 32-byte seed makes both keys: the Ed25519 signing key is the seed itself, the X25519
receiving key is HKDF-derived from it. So the recovery sheet carries one code: the seed in
Crockford base32 with a 3-byte SHA-256 checksum (56 characters, 14 groups of 4).
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db.journal import record_event, utcnow
from desktop.core.db.models_exchange import ExchangeKey, ExchangePeer
from desktop.core.domain.hygiene import strip_tree
from desktop.core.errors import ValidationError
from desktop.core.exchange import errors
from desktop.core.exchange.envelope import Recipient, canonical_json, key_id, raw_public
from desktop.core.exchange.errors import PackageRefused
from desktop.core.i18n import N_

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
ENROLMENT_MAGIC = b"HOAGIAI-ENROL\n"
MAX_ENROLMENT_BYTES = 64 * 1024

BAD_RECOVERY_CODE = N_(
    "This recovery code is not right: {problem}. Type it again exactly as printed on the "
    "recovery sheet (the dashes and spaces do not matter; O may be typed as 0 and I or L as 1).")


@dataclass(frozen=True)
class KeyPair:
    seed: bytes

    @property
    def signing(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.seed)

    @property
    def receiving(self) -> X25519PrivateKey:
        derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"hoagiai-x25519",
                       info=b"receiving key").derive(self.seed)
        return X25519PrivateKey.from_private_bytes(derived)

    @property
    def sign_public(self) -> bytes:
        return raw_public(self.signing.public_key())

    @property
    def box_public(self) -> bytes:
        return raw_public(self.receiving.public_key())

    @property
    def key_id(self) -> str:
        return key_id(self.sign_public, self.box_public)

    def public(self) -> dict[str, str]:
        return {"sign": self.sign_public.hex(), "box": self.box_public.hex(),
                "key_id": self.key_id}


KEY_CHANGE_CONTEXT = b"hoagiai key change v1:"


def announcement(session: Session, pair: KeyPair, previous_id: str) -> dict[str, Any]:
    """``key_change`` for a manifest: the new public keys, endorsed by the previous key (its
    signature over the new key id), so the other side accepts the new key from the old."""
    for candidate in all_own_keys(session):
        if candidate.key_id == previous_id and previous_id != pair.key_id:
            endorsement = candidate.signing.sign(KEY_CHANGE_CONTEXT + pair.key_id.encode())
            return {"key_change": {**pair.public(), "endorsed_by": previous_id,
                                   "endorsement": endorsement.hex()}}
    return {}


def fingerprint(identifier: str) -> str:
    """A key id as people compare it aloud: 8 groups of 4."""
    return " ".join(identifier[i:i + 4].upper() for i in range(0, len(identifier), 4))


# --- this book's own key ---------------------------------------------------------------------

def own_key(session: Session) -> KeyPair | None:
    row = session.scalars(select(ExchangeKey).where(ExchangeKey.retired_at.is_(None))
                          .order_by(ExchangeKey.id.desc())).first()
    return KeyPair(bytes.fromhex(row.seed_hex)) if row else None


def require_own_key(session: Session) -> KeyPair:
    pair = own_key(session)
    if pair is None:
        raise PackageRefused(errors.NO_KEYS)
    return pair


def all_own_keys(session: Session) -> list[KeyPair]:
    """Current key first, then retired ones (packages sealed to an older key still open)."""
    rows = session.scalars(select(ExchangeKey).order_by(ExchangeKey.retired_at.is_not(None),
                                                        ExchangeKey.id.desc()))
    return [KeyPair(bytes.fromhex(row.seed_hex)) for row in rows]


def _store(session: Session, pair: KeyPair, event: str) -> KeyPair:
    now = utcnow()
    for row in session.scalars(select(ExchangeKey).where(ExchangeKey.retired_at.is_(None))):
        if row.key_id != pair.key_id:
            row.retired_at = now
    found = session.scalars(select(ExchangeKey).where(ExchangeKey.key_id == pair.key_id))
    existing = found.first()
    if existing is None:
        session.add(ExchangeKey(key_id=pair.key_id, seed_hex=pair.seed.hex(), created_at=now))
    else:
        existing.retired_at = None
    session.flush()
    record_event(session, event, "exchange_keys", pair.key_id, None, {"key_id": pair.key_id})
    return pair


def create_key(session: Session) -> KeyPair:
    """A new key pair for this book (the previous one, if any, is retired but kept)."""
    return _store(session, KeyPair(os.urandom(32)), "key_created")


def ensure_key(session: Session) -> KeyPair:
    return own_key(session) or create_key(session)


# --- recovery code ---------------------------------------------------------------------------

def recovery_code(pair: KeyPair) -> str:
    data = pair.seed + hashlib.sha256(pair.seed).digest()[:3]
    number = int.from_bytes(data, "big")
    symbols = "".join(CROCKFORD[(number >> (5 * i)) & 31] for i in reversed(range(56)))
    return "-".join(symbols[i:i + 4] for i in range(0, 56, 4))


def parse_recovery_code(code: str) -> KeyPair:
    cleaned = code.upper().replace("O", "0").replace("I", "1").replace("L", "1")
    cleaned = "".join(ch for ch in cleaned if ch not in " -\t\n")
    if len(cleaned) != 56:
        raise ValidationError(BAD_RECOVERY_CODE, field="code",
                              problem=N_("it must have 56 letters and digits"))
    if any(ch not in CROCKFORD for ch in cleaned):
        raise ValidationError(BAD_RECOVERY_CODE, field="code",
                              problem=N_("it holds a character that is not on the sheet"))
    number = 0
    for ch in cleaned:
        number = (number << 5) | CROCKFORD.index(ch)
    data = number.to_bytes(35, "big")
    seed, check = data[:32], data[32:]
    if hashlib.sha256(seed).digest()[:3] != check:
        raise ValidationError(BAD_RECOVERY_CODE, field="code",
                              problem=N_("its check digits do not match"))
    return KeyPair(seed)


def restore_key(session: Session, code: str) -> KeyPair:
    """Make the key on a recovery sheet this book's current key again."""
    return _store(session, parse_recovery_code(code), "key_restored")


# --- the other side's keys -------------------------------------------------------------------

def peer(session: Session, peer_id: str) -> ExchangePeer | None:
    return session.scalars(select(ExchangePeer).where(
        ExchangePeer.peer_id == peer_id, ExchangePeer.retired_at.is_(None))).first()


def peers(session: Session, kind: str) -> list[ExchangePeer]:
    return list(session.scalars(select(ExchangePeer).where(
        ExchangePeer.kind == kind, ExchangePeer.retired_at.is_(None)).order_by(ExchangePeer.name)))


def recipient(row: ExchangePeer) -> Recipient:
    return Recipient(row.key_id, bytes.fromhex(row.box_public))


def set_peer(session: Session, peer_id: str, kind: str, name: str, public: dict[str, str],
             details: dict[str, Any] | None = None) -> ExchangePeer:
    """Record (or replace) the public keys of a peer; a replaced key is kept, retired."""
    current = peer(session, peer_id)
    if current is not None and current.key_id == public["key_id"]:
        current.name, current.details = name, details or current.details
        return current
    now = utcnow()
    if current is not None:
        current.retired_at = now
    row = ExchangePeer(peer_id=peer_id, kind=kind, name=name, sign_public=public["sign"],
                       box_public=public["box"], key_id=public["key_id"],
                       details=details or {}, enrolled_at=now)
    session.add(row)
    session.flush()
    return row


def checked_public(value: Any) -> dict[str, str]:
    """Public keys read from a file: two 32-byte hex keys and the key id they make."""
    if not isinstance(value, dict):
        raise PackageRefused(errors.BAD_CONTENTS, detail="keys")
    try:
        sign, box = bytes.fromhex(str(value["sign"])), bytes.fromhex(str(value["box"]))
        Ed25519PublicKey.from_public_bytes(sign)
    except (KeyError, ValueError) as error:
        raise PackageRefused(errors.BAD_CONTENTS, detail="keys") from error
    if len(box) != 32 or value.get("key_id") != key_id(sign, box):
        raise PackageRefused(errors.BAD_CONTENTS, detail="keys")
    return {"sign": sign.hex(), "box": box.hex(), "key_id": key_id(sign, box)}


# --- enrolment file (team -> ward): public, self-signed --------------------------------------

def write_enrolment(pair: KeyPair, body: dict[str, Any]) -> bytes:
    document = canonical_json({**body, "format": 1, "kind": "enrolment", "keys": pair.public(),
                               "created_at": utcnow().isoformat()})
    return (ENROLMENT_MAGIC + struct.pack(">I", len(document)) + document
            + pair.signing.sign(document))


def read_enrolment(data: bytes) -> dict[str, Any]:
    """The enrolment document, after checking its form and that its own key signed it."""
    head = len(ENROLMENT_MAGIC) + 4
    if len(data) > MAX_ENROLMENT_BYTES or not data.startswith(ENROLMENT_MAGIC) or len(
            data) < head:
        raise PackageRefused(errors.NOT_A_PACKAGE)
    (length,) = struct.unpack_from(">I", data, len(ENROLMENT_MAGIC))
    if head + length + 64 != len(data):
        raise PackageRefused(errors.NOT_A_PACKAGE)
    document, signature = data[head:head + length], data[head + length:]
    try:
        body = strip_tree(json.loads(document.decode("utf-8")))  # no invisible characters
    except (UnicodeDecodeError, ValueError) as error:
        raise PackageRefused(errors.BAD_CONTENTS, detail="enrolment") from error
    if not isinstance(body, dict) or body.get("kind") != "enrolment":
        raise PackageRefused(errors.BAD_CONTENTS, detail="enrolment")
    public = checked_public(body.get("keys"))
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public["sign"])).verify(signature,
                                                                                 document)
    except InvalidSignature as error:
        raise PackageRefused(errors.DAMAGED) from error
    body["keys"] = public
    return body


def now() -> datetime:
    return utcnow()
