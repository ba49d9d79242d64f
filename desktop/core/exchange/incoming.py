"""Opening a package addressed to this book: decrypt with our key, check form and signature,
refuse replays. Nothing here writes; the importers do, once everything checked out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db.models_exchange import ExchangePackage, ExchangePeer
from desktop.core.exchange import errors, keys
from desktop.core.exchange.envelope import Opened, file_sha256, open_package, read_header, verify
from desktop.core.exchange.errors import PackageRefused

KINDS = ("team-data", "acknowledgment", "reference", "ward-settings")
MAX_SEQUENCE = 10**9


@dataclass(frozen=True)
class Incoming:
    opened: Opened
    file_sha256: str
    kind: str
    sequence: int
    sender_id: str
    sender_name: str
    created_at: datetime

    @property
    def manifest(self) -> dict[str, Any]:
        return self.opened.manifest


def decrypt(session: Session, data: bytes) -> Opened:
    """Open with whichever of this book's keys (current or retired) the package names."""
    header = read_header(data)
    for pair in keys.all_own_keys(session):
        if pair.key_id[:32] == header.recipient_key_id:
            return open_package(data, pair.key_id, pair.receiving)
    if not keys.all_own_keys(session):
        raise PackageRefused(errors.NO_KEYS)
    raise PackageRefused(errors.NOT_FOR_US)


def _text(value: Any, limit: int = 300) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise PackageRefused(errors.BAD_CONTENTS, detail="manifest")
    return value


def describe(opened: Opened, data: bytes) -> Incoming:
    """The manifest's fields every package has, checked for type and size."""
    manifest = opened.manifest
    kind = manifest.get("kind")
    sender = manifest.get("sender")
    sequence = manifest.get("sequence")
    if kind not in KINDS or not isinstance(sender, dict):
        raise PackageRefused(errors.BAD_CONTENTS, detail="kind")
    if isinstance(sequence, bool) or not isinstance(sequence, int) or not (
            0 < sequence < MAX_SEQUENCE):
        raise PackageRefused(errors.BAD_CONTENTS, detail="sequence")
    try:
        created = datetime.fromisoformat(_text(manifest.get("created_at"), 40))
    except ValueError as error:
        raise PackageRefused(errors.BAD_CONTENTS, detail="created_at") from error
    return Incoming(opened, file_sha256(data), str(kind), sequence,
                    _text(sender.get("id"), 36), _text(sender.get("name", ""), 300), created)


def check_recipient(incoming: Incoming, own_id: str) -> None:
    recipient = incoming.manifest.get("recipient")
    if not isinstance(recipient, dict) or recipient.get("id") != own_id:
        raise PackageRefused(errors.NOT_FOR_US)


def check_signature(incoming: Incoming, sender: ExchangePeer | None) -> dict[str, str] | None:
    """Refuse unless the package is signed by the sender's known key, or by a new key that
    the known key endorsed (``key_change``); returns the new key's public parts then."""
    if sender is None:
        raise PackageRefused(errors.UNKNOWN_SENDER,
                             sender=incoming.sender_name or incoming.sender_id)
    change = incoming.manifest.get("key_change")
    if change is None:
        verify(incoming.opened, bytes.fromhex(sender.sign_public))
        return None
    public = keys.checked_public({k: change.get(k) for k in ("sign", "box", "key_id")}
                                 if isinstance(change, dict) else None)
    if public["key_id"] != sender.key_id:
        _check_endorsement(change, public["key_id"], bytes.fromhex(sender.sign_public))
    verify(incoming.opened, bytes.fromhex(public["sign"]))
    return public if public["key_id"] != sender.key_id else None


def _check_endorsement(change: dict[str, Any], new_key_id: str, known_sign: bytes) -> None:
    try:
        endorsement = bytes.fromhex(str(change.get("endorsement", ""))[:200])
        Ed25519PublicKey.from_public_bytes(known_sign).verify(
            endorsement, keys.KEY_CHANGE_CONTEXT + new_key_id.encode())
    except (InvalidSignature, ValueError) as error:
        raise PackageRefused(errors.BAD_SIGNATURE) from error


def check_replay(session: Session, incoming: Incoming) -> None:
    """The same numbered package twice changes nothing; a different one under a used number
    is refused."""
    earlier = session.scalars(select(ExchangePackage).where(
        ExchangePackage.direction == "received", ExchangePackage.kind == incoming.kind,
        ExchangePackage.peer_id == incoming.sender_id,
        ExchangePackage.sequence == incoming.sequence)).first()
    if earlier is None:
        return
    message = (errors.ALREADY_IMPORTED if earlier.file_sha256 == incoming.file_sha256
               else errors.REPLAY_DIFFERENT)
    raise PackageRefused(message, sequence=incoming.sequence,
                         sender=incoming.sender_name or incoming.sender_id,
                         date=f"{earlier.processed_at:%d/%m/%Y %H:%M}")


def remember(session: Session, incoming: Incoming, counts: dict[str, Any], user: str,
             now: datetime, journal_range: tuple[int | None, int | None] = (None, None)) -> None:
    session.add(ExchangePackage(
        direction="received", kind=incoming.kind, peer_id=incoming.sender_id,
        sequence=incoming.sequence, file_sha256=incoming.file_sha256,
        journal_from=journal_range[0], journal_to=journal_range[1],
        created_at=incoming.created_at, processed_at=now, processed_by=user, counts=counts))
    session.flush()
