"""The package file (docs/exchange-format.md, format 1): sign, then encrypt to the recipient.

Outer envelope, big-endian, all of it bound to the ciphertext as AEAD associated data::

    magic "HOAGIAI-PKG\\n" (12) | format u16 | recipient key id (16) | ephemeral X25519 (32)
    | nonce (12) | ciphertext length u64 | ciphertext (AES-256-GCM, tag included)

The AES key is HKDF-SHA256 of the X25519 shared secret (salt: ephemeral and recipient public
keys). The ephemeral private key is thrown away at once, so only the recipient can open the
file: a lost USB stick reveals nothing, and the sender cannot read its own package back.

Inner archive (the plaintext), length-prefixed, no compression (so no zip bomb)::

    magic "HGI1" | member count u32 | per member: name length u16, name (UTF-8),
    data length u64, data

Members: ``manifest.json``, ``signature`` (Ed25519 over the manifest bytes) and the members
the manifest lists with their size and SHA-256. Names are checked before any use.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.core.exchange import errors
from desktop.core.exchange.errors import PackageRefused

FORMAT_VERSION = 1
MAGIC = b"HOAGIAI-PKG\n"
INNER_MAGIC = b"HGI1"
HKDF_INFO = b"hoagiai exchange package v1"
_HEADER = struct.Struct(">12sH16s32s12sQ")
HEADER_SIZE = _HEADER.size

MAX_PACKAGE_BYTES = 256 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_NAME_BYTES = 120
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,40}(\.[a-z0-9]{1,8})?"
                   r"(/[a-z0-9][a-z0-9_-]{0,60}(\.[a-z0-9]{1,8})?)?$")
MANIFEST = "manifest.json"
SIGNATURE = "signature"


def raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def key_id(sign_public: bytes, box_public: bytes) -> str:
    """A short, printable name of a key pair (32 hex digits)."""
    return hashlib.sha256(b"hoagiai-key" + sign_public + box_public).hexdigest()[:32]


@dataclass(frozen=True)
class Recipient:
    key_id: str
    box_public: bytes


@dataclass(frozen=True)
class Opened:
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: bytes
    members: dict[str, bytes]


def _aes_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient,
                info=HKDF_INFO).derive(shared)


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


# --- writing ---------------------------------------------------------------------------------

def seal(manifest: dict[str, Any], members: dict[str, bytes], signer: Ed25519PrivateKey,
         recipient: Recipient) -> bytes:
    """The package file: the manifest (listing every member's size and hash) signed, the
    archive encrypted to ``recipient``."""
    for name in members:
        _check_name(name)
    listed = {name: {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
              for name, data in sorted(members.items())}
    manifest_bytes = canonical_json({**manifest, "format": FORMAT_VERSION, "members": listed})
    archive = _archive({MANIFEST: manifest_bytes, SIGNATURE: signer.sign(manifest_bytes),
                        **members})
    return _encrypt(archive, recipient)


def _archive(members: dict[str, bytes]) -> bytes:
    parts = [INNER_MAGIC, struct.pack(">I", len(members))]
    for name, data in members.items():
        encoded = name.encode()
        parts += [struct.pack(">H", len(encoded)), encoded, struct.pack(">Q", len(data)), data]
    return b"".join(parts)


def _encrypt(plaintext: bytes, recipient: Recipient) -> bytes:
    import os

    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.box_public))
    nonce = os.urandom(12)
    header = _HEADER.pack(MAGIC, FORMAT_VERSION, bytes.fromhex(recipient.key_id)[:16],
                          ephemeral_public, nonce, len(plaintext) + 16)
    key = _aes_key(shared, ephemeral_public, recipient.box_public)
    return header + AESGCM(key).encrypt(nonce, plaintext, header)


# --- reading ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Header:
    version: int
    recipient_key_id: str
    ephemeral: bytes
    nonce: bytes
    length: int


def read_header(data: bytes) -> Header:
    if len(data) > MAX_PACKAGE_BYTES:
        raise PackageRefused(errors.TOO_LARGE, limit=_megabytes(MAX_PACKAGE_BYTES))
    if len(data) < HEADER_SIZE or not data.startswith(MAGIC):
        raise PackageRefused(errors.NOT_A_PACKAGE)
    _magic, version, recipient, ephemeral, nonce, length = _HEADER.unpack_from(data)
    if version > FORMAT_VERSION:
        raise PackageRefused(errors.NEWER_FORMAT, version=version)
    if version != FORMAT_VERSION:
        raise PackageRefused(errors.NOT_A_PACKAGE)
    if length > MAX_PACKAGE_BYTES:
        raise PackageRefused(errors.TOO_LARGE, limit=_megabytes(MAX_PACKAGE_BYTES))
    if length != len(data) - HEADER_SIZE:
        raise PackageRefused(errors.NOT_A_PACKAGE)
    return Header(version, recipient.hex(), ephemeral, nonce, length)


def open_package(data: bytes, own_key_id: str, own_box: X25519PrivateKey) -> Opened:
    """Decrypt and parse a package meant for ``own_key_id``; the signature is checked later by
    :func:`verify` (the signer is named inside)."""
    header = read_header(data)
    if header.recipient_key_id != own_key_id[:32]:
        raise PackageRefused(errors.NOT_FOR_US)
    own_public = raw_public(own_box.public_key())
    try:
        shared = own_box.exchange(X25519PublicKey.from_public_bytes(header.ephemeral))
        key = _aes_key(shared, header.ephemeral, own_public)
        plaintext = AESGCM(key).decrypt(header.nonce, data[HEADER_SIZE:], data[:HEADER_SIZE])
    except (InvalidTag, ValueError) as error:
        raise PackageRefused(errors.DAMAGED) from error
    return parse_archive(plaintext)


def parse_archive(plaintext: bytes) -> Opened:
    members = _members(plaintext)
    manifest_bytes = members.pop(MANIFEST, None)
    signature = members.pop(SIGNATURE, None)
    if manifest_bytes is None or signature is None or len(signature) != 64:
        raise PackageRefused(errors.BAD_CONTENTS, detail="manifest")
    manifest = _manifest(manifest_bytes)
    _check_listed(manifest, members)
    return Opened(manifest, manifest_bytes, signature, members)


def _members(plaintext: bytes) -> dict[str, bytes]:
    if not plaintext.startswith(INNER_MAGIC) or len(plaintext) < 8:
        raise PackageRefused(errors.BAD_CONTENTS, detail="archive")
    (count,) = struct.unpack_from(">I", plaintext, 4)
    if count > MAX_MEMBERS:
        raise PackageRefused(errors.BAD_CONTENTS, detail="member count")
    offset, members = 8, {}
    for _ in range(count):
        name, data, offset = _member(plaintext, offset)
        if name in members:
            raise PackageRefused(errors.BAD_CONTENTS, detail="duplicate member")
        members[name] = data
    if offset != len(plaintext):
        raise PackageRefused(errors.BAD_CONTENTS, detail="trailing data")
    return members


def _member(buffer: bytes, offset: int) -> tuple[str, bytes, int]:
    if offset + 2 > len(buffer):
        raise PackageRefused(errors.BAD_CONTENTS, detail="truncated archive")
    (name_length,) = struct.unpack_from(">H", buffer, offset)
    if name_length > MAX_NAME_BYTES or offset + 2 + name_length + 8 > len(buffer):
        raise PackageRefused(errors.BAD_CONTENTS, detail="member name")
    raw_name = buffer[offset + 2:offset + 2 + name_length]
    offset += 2 + name_length
    (size,) = struct.unpack_from(">Q", buffer, offset)
    offset += 8
    if size > len(buffer) - offset:  # a declared size larger than what is there
        raise PackageRefused(errors.BAD_CONTENTS, detail="member size")
    try:
        name = raw_name.decode("utf-8")
    except UnicodeDecodeError as error:
        raise PackageRefused(errors.BAD_CONTENTS, detail="member name") from error
    if name not in (MANIFEST, SIGNATURE):
        _check_name(name)
    return name, buffer[offset:offset + size], offset + size


def _check_name(name: str) -> None:
    """Member names are plain relative names: no traversal, no absolute paths, no oddities."""
    if not _NAME.match(name) or ".." in name or name in (MANIFEST, SIGNATURE):
        raise PackageRefused(errors.BAD_CONTENTS, detail="member name")


def _manifest(manifest_bytes: bytes) -> dict[str, Any]:
    if len(manifest_bytes) > MAX_MANIFEST_BYTES:
        raise PackageRefused(errors.BAD_CONTENTS, detail="manifest size")
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise PackageRefused(errors.BAD_CONTENTS, detail="manifest") from error
    if not isinstance(manifest, dict) or not isinstance(manifest.get("members"), dict):
        raise PackageRefused(errors.BAD_CONTENTS, detail="manifest")
    if manifest.get("format") != FORMAT_VERSION:
        raise PackageRefused(errors.NEWER_FORMAT, version=str(manifest.get("format"))[:10])
    return manifest


def _check_listed(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
    listed = manifest["members"]
    if set(listed) != set(members):
        raise PackageRefused(errors.DAMAGED)
    for name, data in members.items():
        entry = listed[name]
        if not isinstance(entry, dict) or entry.get("size") != len(data) or entry.get(
                "sha256") != hashlib.sha256(data).hexdigest():
            raise PackageRefused(errors.DAMAGED)


def verify(opened: Opened, sign_public: bytes) -> None:
    """Refuse a package whose manifest is not signed by ``sign_public``."""
    try:
        Ed25519PublicKey.from_public_bytes(sign_public).verify(opened.signature,
                                                               opened.manifest_bytes)
    except (InvalidSignature, ValueError) as error:
        raise PackageRefused(errors.BAD_SIGNATURE) from error


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _megabytes(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"
