"""The key file of an encrypted book (``<book>.keys``, JSON, next to the book).

The book is encrypted by SQLCipher with a random 32-byte key. That key is stored here only
wrapped (AES-GCM): once per account, by a key derived from the account's password with Argon2id
(salt and parameters kept with the slot), and once in the **recovery slot**, by a key derived
from the recovery key the team leader prints at set-up. A password change re-wraps only that
account's slot. The slots must be readable before the database opens, hence a separate file;
each slot's associated data binds it to this book and this user, so a slot copied from another
book or renamed does not open.

Failed logins are counted here too (``failures``/``locked_until`` per user) and written at once.
The counter only slows down someone at the login screen: whoever copies the key file can guess
offline, and is bounded by the cost of Argon2id per guess, not by this counter.

Writes are atomic (a temporary file, fsynced, renamed over the old one, the folder fsynced), so a
power cut leaves the old file or the new one, never half of one; the file is its owner's only
(0600 on POSIX).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_
from desktop.core.security import authorship, kdf, login_record, recovery
from desktop.core.security.private_files import changing as changing  # re-exported
from desktop.core.security.private_files import write_atomically as write_atomically

FORMAT = "hoagiai-keys"
FORMAT_VERSION = 1
SUFFIX = ".keys"
MAX_SIZE = 1024 * 1024


@dataclass(frozen=True)
class LockoutPolicy:
    """After ``attempts`` wrong passwords in a row, wait ``first``; after each further
    ``attempts``, wait ``later``."""

    attempts: int = 5
    first: timedelta = timedelta(minutes=5)
    later: timedelta = timedelta(minutes=15)


POLICY = LockoutPolicy()

KEY_FILE_DAMAGED = N_(
    "The key file {path} is damaged or was changed, so it cannot open the book. Put back the "
    "key file kept with a backup, or open the book with the recovery key (hoagiai accounts "
    "recover --db PATH).")
KEY_FILE_MISSING = N_(
    "The book {path} is encrypted, but its key file ({keys}) is missing. Put the key file back "
    "next to the book (a copy is kept with every backup).")
WRONG_LOGIN = N_(
    "The user name or the password is wrong. Check Caps Lock and the typing mode (Vietnamese "
    "typing changes letters), then try again.")
LOCKED_OUT = N_(
    "Too many wrong passwords for {user}: logging in is locked until {until}. Try again then, "
    "or ask the team leader (the ward administrator for ward accounts) to reset the password. "
    "A team leader or ward administrator locked out can unlock at once with the recovery key "
    "of the recovery sheet: hoagiai accounts recover {user} --db PATH")
WEAK_SLOT = N_(
    "The password slot of {user} in the key file {path} uses a key derivation weaker than this "
    "program allows, so it was not used: someone may have changed the file. Log in with the "
    "recovery key (hoagiai accounts recover --db PATH) to set a new password for {user}.")
WRONG_RECOVERY_KEY = N_(
    "This recovery key does not open this book. Check that the recovery sheet is the one of "
    "this book, and type the key again.")


class LoginRefused(HoagiaiError):
    """Wrong user name or password, a locked account, an inactive account."""


class KeyFileError(HoagiaiError):
    """The key file is missing, damaged or does not belong to this book."""


def path_for(book: Path) -> Path:
    return book.with_name(book.name + SUFFIX)


def _aad(book_id: str, kind: str, name: str) -> bytes:
    return f"hoagiai:{book_id}:{kind}:{name}".encode()


def _key_check(db_key: bytes) -> str:
    return kdf.b64(hmac.new(db_key, b"hoagiai key check", hashlib.sha256).digest())


def username_key(username: str) -> str:
    return username.strip().casefold()


@dataclass(frozen=True)
class OpenedSlot:
    """A slot unwrapped with its password: the book's key, the account's own signing key (None
    for a slot made before signing) and the key derivation the slot used."""

    db_key: bytes = field(repr=False)
    signing: bytes | None = field(repr=False)
    params: kdf.KdfParams


class KeyFile:
    def __init__(self, path: Path, data: dict[str, Any]) -> None:
        self.path = path
        self.data = data

    # -- reading and writing -----------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, db_key: bytes, recovery_key: str) -> KeyFile:
        book_id = str(uuid.uuid4())
        authority = authorship.authority_key(recovery_key, book_id)
        made = cls(path, {"format": FORMAT, "version": FORMAT_VERSION,
                          "book_id": book_id, "key_check": _key_check(db_key),
                          "authority": authorship.public_text(authority),
                          "slots": {}, "recovery": {}, "logins": {}})
        made._wrap_recovery(db_key, recovery_key)
        return made

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        damaged = KeyFileError(KEY_FILE_DAMAGED, path=path)
        try:
            if path.stat().st_size > MAX_SIZE:
                raise damaged
            data = json.loads(path.read_bytes().decode("utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as problem:
            raise damaged from problem
        if not (isinstance(data, dict) and data.get("format") == FORMAT
                and data.get("version") == FORMAT_VERSION
                and isinstance(data.get("slots"), dict) and isinstance(data.get("recovery"), dict)
                and isinstance(data.get("logins"), dict) and isinstance(data.get("book_id"), str)):
            raise damaged
        return cls(path, data)

    def save(self, path: Path | None = None) -> None:
        text = json.dumps(self.data, indent=1, sort_keys=True, ensure_ascii=False)
        write_atomically(path or self.path, text.encode("utf-8"))

    @property
    def damaged(self) -> KeyFileError:
        return KeyFileError(KEY_FILE_DAMAGED, path=self.path)

    # -- slots ---------------------------------------------------------------------------------

    def usernames(self) -> list[str]:
        return sorted(slot.get("username", "") for slot in self.data["slots"].values())

    def has_slot(self, username: str) -> bool:
        return username_key(username) in self.data["slots"]

    def set_password(self, username: str, password: str, db_key: bytes,
                     signing: bytes | None = None) -> None:
        """Wrap the book's key for ``username`` with ``password`` (a new or re-wrapped slot),
        and the account's own signing key (``signing``, raw Ed25519) with the same password."""
        self._check_key(db_key)
        params, salt, nonce = kdf.current(), kdf.new_salt(), os.urandom(12)
        name = username_key(username)
        wrapping = AESGCM(kdf.derive(password, salt, params))
        wrapped = wrapping.encrypt(nonce, db_key, _aad(self.data["book_id"], "password", name))
        slot: dict[str, Any] = {"username": username.strip(), "kdf": params.as_dict(),
                                "salt": kdf.b64(salt), "nonce": kdf.b64(nonce),
                                "wrapped": kdf.b64(wrapped)}
        if signing is not None:
            slot["signing"] = self._wrap_signing(wrapping, name, signing)
        self.data["slots"][name] = slot

    def _wrap_signing(self, wrapping: AESGCM, name: str, signing: bytes) -> dict[str, str]:
        nonce = os.urandom(12)
        wrapped = wrapping.encrypt(nonce, signing, _aad(self.data["book_id"], "signing", name))
        public = authorship.public_text(authorship.private_key(signing))
        return {"nonce": kdf.b64(nonce), "wrapped": kdf.b64(wrapped), "public": public}

    def slot_public_key(self, username: str) -> str | None:
        """The public signing key the slot of ``username`` says it holds (None: none)."""
        slot = self.data["slots"].get(username_key(username))
        signing = slot.get("signing") if isinstance(slot, dict) else None
        return str(signing.get("public")) if isinstance(signing, dict) else None

    @property
    def book_id(self) -> str:
        return str(self.data["book_id"])

    def authority_signer(self, recovery_key: str) -> Signer:
        """The book's authority key, from the recovery key (checked against the recorded one;
        recorded now in a key file made before signing)."""
        key = authorship.authority_key(recovery_key, self.book_id)
        public = authorship.public_text(key)
        if self.authority is None:
            self.data["authority"] = public
        elif self.authority != public:
            raise LoginRefused(WRONG_RECOVERY_KEY)
        return Signer(authorship.AUTHORITY, key)

    @property
    def authority(self) -> str | None:
        """The public half of the book's authority key (books made before signing: None)."""
        value = self.data.get("authority")
        return value if isinstance(value, str) else None

    def remove(self, username: str) -> None:
        self.data["slots"].pop(username_key(username), None)
        self.data["logins"].pop(username_key(username), None)

    def unwrap(self, username: str, password: str) -> bytes | None:
        """The book's key, or None when the user has no slot or the password is wrong."""
        opened = self.open_slot(username, password)
        return opened.db_key if opened is not None else None

    def open_slot(self, username: str, password: str) -> OpenedSlot | None:
        """What the slot of ``username`` holds, or None when there is no slot or the password
        is wrong. Parameters below the floor or above the caps are refused before deriving."""
        name = username_key(username)
        slot = self.data["slots"].get(name)
        if not isinstance(slot, dict):
            return None
        params = self._slot_params(slot, username)
        try:
            wrapping = AESGCM(kdf.derive(password, kdf.unb64(slot["salt"]), params))
            db_key = wrapping.decrypt(kdf.unb64(slot["nonce"]), kdf.unb64(slot["wrapped"]),
                                      _aad(self.data["book_id"], "password", name))
            signing = self._unwrap_signing(wrapping, name, slot.get("signing"))
        except InvalidTag:
            return None
        except (KeyError, TypeError, ValueError) as problem:
            raise self.damaged from problem
        self._check_key(db_key)
        return OpenedSlot(db_key, signing, params)

    def _slot_params(self, slot: dict[str, Any], username: str) -> kdf.KdfParams:
        params = kdf.KdfParams.from_dict(slot.get("kdf"), self.damaged)
        if not params.at_least(kdf.floor()):
            raise KeyFileError(WEAK_SLOT, path=self.path, user=username.strip())
        return params

    def _unwrap_signing(self, wrapping: AESGCM, name: str, raw: Any) -> bytes | None:
        if raw is None:
            return None  # a slot made before accounts had signing keys
        signing = wrapping.decrypt(kdf.unb64(raw["nonce"]), kdf.unb64(raw["wrapped"]),
                                   _aad(self.data["book_id"], "signing", name))
        if authorship.public_text(authorship.private_key(signing)) != raw.get("public"):
            raise self.damaged
        return signing

    def _wrap_recovery(self, db_key: bytes, recovery_key: str) -> None:
        salt, nonce = kdf.new_salt(), os.urandom(12)
        wrapped = AESGCM(recovery.wrapping_key(recovery_key, salt)).encrypt(
            nonce, db_key, _aad(self.data["book_id"], "recovery", ""))
        self.data["recovery"] = {"salt": kdf.b64(salt), "nonce": kdf.b64(nonce),
                                 "wrapped": kdf.b64(wrapped)}

    def unwrap_recovery(self, recovery_key: str) -> bytes:
        slot = self.data["recovery"]
        try:
            key = recovery.wrapping_key(recovery_key, kdf.unb64(slot["salt"]))
            db_key = AESGCM(key).decrypt(kdf.unb64(slot["nonce"]), kdf.unb64(slot["wrapped"]),
                                         _aad(self.data["book_id"], "recovery", ""))
        except InvalidTag as problem:
            raise LoginRefused(WRONG_RECOVERY_KEY) from problem
        except (KeyError, TypeError, ValueError) as problem:
            raise self.damaged from problem
        self._check_key(db_key)
        return db_key

    def _check_key(self, db_key: bytes) -> None:
        if not hmac.compare_digest(_key_check(db_key), str(self.data.get("key_check"))):
            raise self.damaged

    # -- failed logins -------------------------------------------------------------------------

    def _login(self, username: str) -> dict[str, Any]:
        entry = self.data["logins"].setdefault(username_key(username), {})
        if not isinstance(entry, dict):
            raise self.damaged
        return entry

    def locked_until(self, username: str, now: datetime) -> datetime | None:
        """Until when logging in is locked: by this file's record or by the one kept away from
        the book (``login_record``), whichever is later (editing this file lifts nothing)."""
        raw = self._login(username).get("locked_until")
        try:
            until = datetime.fromisoformat(raw) if raw else None
        except (TypeError, ValueError) as problem:
            raise self.damaged from problem
        elsewhere = login_record.locked_until(self.book_id, username)
        if elsewhere is not None and (until is None or elsewhere > until):
            until = elsewhere
        return until if until and until > now else None

    def record_failure(self, username: str, now: datetime,
                       policy: LockoutPolicy = POLICY) -> datetime | None:
        """Count a wrong password (saved at once, here and away from the book); the time
        logging in is locked until."""
        with changing(self.path):
            self.data = KeyFile.load(self.path).data  # the counter as it is now
            counted = login_record.add(self.book_id, username)
            until = self._count_failure(username, now, policy, counted)
        if until is not None:
            login_record.lock(self.book_id, username, until)
        return until

    def _count_failure(self, username: str, now: datetime, policy: LockoutPolicy,
                       counted: int = 0) -> datetime | None:
        entry = self._login(username)
        failures = max(int(entry.get("failures", 0)) + 1, counted)
        entry["failures"] = failures
        entry["unreported"] = max(int(entry.get("unreported", 0)) + 1, counted)
        until = None
        if failures % policy.attempts == 0:
            until = now + (policy.first if failures == policy.attempts else policy.later)
            entry["locked_until"] = until.isoformat(timespec="seconds")
        self.save()
        return until

    def record_success(self, username: str) -> int:
        """Reset the counter; the number of failures not yet written to the journal."""
        with changing(self.path):
            self.data = KeyFile.load(self.path).data
            return self._reset(username)

    def _reset(self, username: str) -> int:
        entry = self._login(username)
        unreported = int(entry.get("unreported", 0))
        self.data["logins"].pop(username_key(username), None)
        self.save()
        return unreported


@dataclass(frozen=True)
class Signer:
    """Who signs grants made in this session: a logged-in account (its id) or the book's
    authority key (``authorship.AUTHORITY``, from the recovery key)."""

    signer_id: str
    key: Ed25519PrivateKey = field(repr=False)


@dataclass(frozen=True)
class KeyRing:
    """An opened encrypted book's key with its key file: what the account services need to
    add, re-wrap or remove a password slot, and the signing key of whoever opened it (to grant
    keys to the accounts they make or reset). Lives only in memory."""

    path: Path
    key: bytes = field(repr=False)
    signer: Signer | None = None

    def set_password(self, username: str, password: str, signing: bytes | None = None) -> None:
        with changing(self.path):
            keys = KeyFile.load(self.path)
            keys.set_password(username, password, self.key, signing)
            keys.save()

    def remove(self, username: str) -> None:
        with changing(self.path):
            keys = KeyFile.load(self.path)
            keys.remove(username)
            keys.save()

    def open_slot(self, username: str, password: str) -> OpenedSlot | None:
        return KeyFile.load(self.path).open_slot(username, password)

    def check_password(self, username: str, password: str) -> bool:
        return self.open_slot(username, password) is not None
