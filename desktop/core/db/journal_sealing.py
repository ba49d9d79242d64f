"""Sealing in the journal: a person's identity and a case's free text journaled encrypted.

Split from the hash chain (``journal``): this module owns the keys, the sealing and opening of
single values, and the reading of an entry's changes with its sealed values opened.
"""

from __future__ import annotations

import base64
import json
import os
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import insert, inspect, select
from sqlalchemy.orm import Session

from desktop.core.db.models import JournalEntry
from desktop.core.db.models_personal import PersonalKey


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)

# --- sealing: a person's identity is journaled encrypted under their own key -----------------
#
# The journal is append-only and hash-chained, so it keeps old values for ever. To make erasure
# real, the identity fields of a person are written to it sealed (AES-GCM) under a key kept in
# ``personal_keys``, a table that is not journaled. Erasing the person deletes the key: the
# sealed values become unreadable, and the chain still verifies (its hashes cover the sealed
# form). See docs/personal-data.md.

SEALED_FIELDS: dict[str, frozenset[str]] = {
    "persons": frozenset({"full_name", "birth_date", "birth_year", "citizen_id", "address",
                          "phone"}),
}
# The free text of a case and of its records names people; it is sealed under the case's own
# key (``personal_keys`` row keyed by the case id), which an erasure deletes once it has
# scrubbed the live text, so the journal's older copies of that text become unreadable too.
NARRATIVE_FIELDS: dict[str, frozenset[str]] = {
    "cases": frozenset({"title", "summary", "eligibility_note", "referrer"}),
    "case_participants": frozenset({"position"}),
    "hearings": frozenset({"place", "course", "result"}),
    "outcomes": frozenset({"referred_to", "guidance", "note"}),
    "agreements": frozenset({"note"}),
    "agreement_terms": frozenset({"content", "follow_up_note"}),
}
SEALED = "sealed"  # a sealed value: {"sealed": base64(nonce + ciphertext), "subject": id}
ERASED = "<erased>"  # what open_changes shows for a value whose key was deleted


def _aad(subject: str, name: str) -> bytes:
    return f"{subject}/{name}".encode()


def seal(key: bytes, subject: str, name: str, value: Any) -> dict[str, str]:
    nonce = os.urandom(12)
    plain = json.dumps(value, ensure_ascii=False).encode("utf-8")
    sealed = AESGCM(key).encrypt(nonce, plain, _aad(subject, name))
    return {SEALED: base64.b64encode(nonce + sealed).decode("ascii"), "subject": subject}


def unseal(key: bytes, subject: str, name: str, value: dict[str, str]) -> Any:
    raw = base64.b64decode(value[SEALED])
    plain = AESGCM(key).decrypt(raw[:12], raw[12:], _aad(subject, name))
    return json.loads(plain.decode("utf-8"))


def is_sealed(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get(SEALED), str) and "subject" in value


def sealing_available(session: Session) -> bool:
    """Books at an older schema (during an upgrade) have no key table: values stay plain."""
    known = session.info.get("_personal_keys_table")
    if known is None:
        known = inspect(session.connection()).has_table(PersonalKey.__tablename__)
        session.info["_personal_keys_table"] = known
    return bool(known)


def subject_key(session: Session, subject: str, create: bool = False) -> bytes | None:
    """The sealing key of ``subject`` (a person's id); a new one when ``create`` and none."""
    connection = session.connection()
    key = connection.execute(
        select(PersonalKey.key).where(PersonalKey.person_id == subject)).scalar()
    if key is None and create:
        key = AESGCM.generate_key(bit_length=256)
        connection.execute(insert(PersonalKey).values(person_id=subject, key=key,
                                                      created_at=utcnow()))
    return key


def open_changes(session: Session, entry: JournalEntry) -> dict[str, Any]:
    """The entry's changes with sealed values opened (``[old, new]`` again); a value whose key
    was deleted by an erasure reads ``[ERASED, ERASED]``. Same keys as ``entry.changes``."""
    changes = entry.changes if isinstance(entry.changes, dict) else {}
    if not any(is_sealed(value) for value in changes.values()):
        return dict(changes)
    opened: dict[str, Any] = {}
    keys: dict[str, bytes | None] = {}
    for name, value in changes.items():
        if not is_sealed(value):
            opened[name] = value
            continue
        subject = str(value["subject"])
        if subject not in keys:
            keys[subject] = subject_key(session, subject)
        key = keys[subject]
        try:
            opened[name] = unseal(key, subject, name, value) if key else [ERASED, ERASED]
        except (InvalidTag, ValueError, KeyError):
            opened[name] = [ERASED, ERASED]
    return opened
