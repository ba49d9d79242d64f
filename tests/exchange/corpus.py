"""The bad-package corpus: every class of package an importer must refuse, built from a real
package (so each differs from a genuine one in one way only).

Each builder takes a ``Forge`` (a genuine package's parts, the sender's key, the recipient) and
returns file bytes. The exchange tests feed them to a ward book; ``tests/hostile`` feeds the
ward-to-team versions to a team book through the same builders.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.core.exchange import envelope
from desktop.core.exchange.envelope import MANIFEST, SIGNATURE, Recipient, canonical_json
from desktop.core.exchange.keys import KeyPair


@dataclass
class Forge:
    genuine: bytes  # a real package, as written
    manifest: dict  # its manifest (decrypted by the test with the recipient's key)
    members: dict[str, bytes]  # its members besides manifest and signature
    signer: KeyPair  # the sender's key
    recipient: Recipient
    other_signer: KeyPair  # an enrolled key of someone else
    other_recipient: Recipient  # a recipient that is not the book under test
    earlier: list[bytes] = field(default_factory=list)  # packages the book already has

    def seal_raw(self, manifest_bytes: bytes, members: dict[str, bytes],
                 signer: KeyPair | None = None, recipient: Recipient | None = None) -> bytes:
        """A package from raw parts, skipping every check the writer makes."""
        signature = (signer or self.signer).signing.sign(manifest_bytes)
        archive = envelope._archive({MANIFEST: manifest_bytes, SIGNATURE: signature, **members})
        return envelope._encrypt(archive, recipient or self.recipient)

    def reseal(self, manifest: dict | None = None, members: dict[str, bytes] | None = None,
               **options: object) -> bytes:
        """A properly listed package (sizes and hashes right) from changed parts."""
        members = dict(self.members if members is None else members)
        listed = {name: {"size": len(data), "sha256": envelope.file_sha256(data)}
                  for name, data in members.items()}
        body = {**(manifest or self.manifest), "members": listed}
        return self.seal_raw(canonical_json(body), members, **options)  # type: ignore[arg-type]


Builder = Callable[[Forge], bytes]


def _flip(data: bytes, offset: int) -> bytes:
    changed = bytearray(data)
    changed[offset] ^= 0x01
    return bytes(changed)


def _huge_outer_length(forge: Forge) -> bytes:
    header = bytearray(forge.genuine[:envelope.HEADER_SIZE])
    struct.pack_into(">Q", header, envelope.HEADER_SIZE - 8, 2**40)
    return bytes(header) + forge.genuine[envelope.HEADER_SIZE:]


def _huge_member_size(forge: Forge) -> bytes:
    manifest_bytes = canonical_json(forge.manifest)
    archive = bytearray(envelope._archive({MANIFEST: manifest_bytes,
                                           SIGNATURE: forge.signer.signing.sign(manifest_bytes)}))
    archive[4:8] = struct.pack(">I", 3)
    name = b"records.json"
    archive += struct.pack(">H", len(name)) + name + struct.pack(">Q", 2**50) + b"{}"
    return envelope._encrypt(bytes(archive), forge.recipient)


def _many_members(forge: Forge) -> bytes:
    archive = envelope.INNER_MAGIC + struct.pack(">I", 2**31)
    return envelope._encrypt(archive, forge.recipient)


def _traversal(name: str) -> Builder:
    def build(forge: Forge) -> bytes:
        return forge.reseal(members={**forge.members, name: b"owned"})
    return build


def _invalid_utf8_manifest(forge: Forge) -> bytes:
    return forge.seal_raw(canonical_json(forge.manifest)[:-1] + b"\xff\xfe}", forge.members)


def _manifest_field(key: str, value: object) -> Builder:
    def build(forge: Forge) -> bytes:
        return forge.reseal({**forge.manifest, key: value})
    return build


def _long_sender_name(forge: Forge) -> bytes:
    sender = {**forge.manifest["sender"], "name": "Tổ " * 400_000}
    return forge.reseal({**forge.manifest, "sender": sender})


def _unlisted_member(forge: Forge) -> bytes:
    manifest_bytes = canonical_json(forge.manifest)  # lists the genuine members only
    return forge.seal_raw(manifest_bytes, {**forge.members, "extra.json": b"{}"})


def _changed_member(forge: Forge) -> bytes:
    manifest_bytes = canonical_json(forge.manifest)
    first = sorted(forge.members)[0]
    return forge.seal_raw(manifest_bytes, {**forge.members, first: forge.members[first] + b" "})


def _not_json_records(forge: Forge) -> bytes:
    name = "records.json" if "records.json" in forge.members else "payload.json"
    return forge.reseal(members={**forge.members, name: b"\x00not json"})


def _newer_format(forge: Forge) -> bytes:
    header = bytearray(forge.genuine)
    struct.pack_into(">H", header, len(envelope.MAGIC), 99)
    return bytes(header)


def _replay(forge: Forge) -> bytes:
    return forge.earlier[0] if forge.earlier else forge.genuine


def _same_number_other_content(forge: Forge) -> bytes:
    if not forge.earlier:
        return forge.genuine
    return forge.reseal({**forge.manifest, "created_at": "2020-01-01T00:00:00",
                         "sequence": 1})


CASES: dict[str, Builder] = {
    "empty file": lambda forge: b"",
    "random bytes": lambda forge: bytes(range(256)) * 64,
    "truncated in the header": lambda forge: forge.genuine[:30],
    "truncated": lambda forge: forge.genuine[: len(forge.genuine) // 2],
    "one byte cut off the end": lambda forge: forge.genuine[:-1],
    "flipped byte in the ciphertext": lambda forge: _flip(forge.genuine, len(forge.genuine) - 40),
    "flipped byte in the nonce": lambda forge: _flip(forge.genuine, envelope.HEADER_SIZE - 12),
    "flipped byte in the recipient": lambda forge: _flip(forge.genuine, 16),
    "wrong recipient": lambda forge: forge.reseal(recipient=forge.other_recipient),
    "wrong signer": lambda forge: forge.reseal(signer=forge.other_signer),
    "replay": _replay,
    "same number, other content": _same_number_other_content,
    "huge declared size (envelope)": _huge_outer_length,
    "huge declared size (member)": _huge_member_size,
    "absurd member count": _many_members,
    "traversal name ../": _traversal("../../etc/passwd"),
    "absolute name": _traversal("/etc/passwd"),
    "backslash name": _traversal("attachments\\..\\x.bin"),
    "invalid UTF-8 manifest": _invalid_utf8_manifest,
    "absurd sender name": _long_sender_name,
    "absurd sequence number": _manifest_field("sequence", 10**30),
    "sequence not a number": _manifest_field("sequence", "7"),
    "unknown kind": _manifest_field("kind", "x" * 5000),
    "member not in the manifest": _unlisted_member,
    "member changed after signing": _changed_member,
    "contents not JSON": _not_json_records,
    "newer format": _newer_format,
}


def read_manifest(members: dict[str, bytes]) -> dict:
    return json.loads(members[MANIFEST])
