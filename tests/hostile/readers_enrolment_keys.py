"""Two more readers of files someone brings: a team's enrolment file read by the ward
(``hoagiai ward enrol FILE``), and a book's key file (``*.sqlite.keys``, read at every login).

The enrolment cases turn the book under attack into a ward book first (the registry checks that
book byte for byte), then feed a genuine enrolment file of a team, damaged or forged. The key
file cases put the hostile file beside the book as its key file for one login, then take it
away (a key file is the book's, never left behind by a refused login).
"""

from __future__ import annotations

import json
import os
import shutil
import struct
from collections.abc import Callable
from pathlib import Path

from desktop.core.exchange import keys, service, team_import, ward
from desktop.core.security import keyfile, recovery
from desktop.core.services.workspace import book as workspace
from tests.durability import harness
from tests.hostile.corpus import generic_cases
from tests.hostile.readers_exchange import ACTOR, _ward_template
from tests.hostile.registry import Case, reader

PASSWORD = "mat-khau-thu-dai-du"
Bytes = Callable[[Path, Path], bytes]


# --- the ward reads a team's enrolment file ----------------------------------------------------

def _genuine_enrolment(book_path: Path) -> bytes:
    database = harness.open_database(book_path)
    try:
        with database.transaction(ACTOR) as session:
            return team_import.enrolment_file(session)
    finally:
        database.dispose()


def _become_ward(book_path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        book_path.with_name(book_path.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(_ward_template(), book_path)


def _on_the_ward(build: Callable[[Path, Path], Path]) -> Callable[[Path, Path], Path]:
    """``build`` fed the team's genuine file, then the book turned into the ward's."""
    def wrapped(folder: Path, book_path: Path) -> Path:
        path = build(folder, book_path)
        _become_ward(book_path)
        return path
    return wrapped


def sample_enrolment(_folder: Path, book_path: Path) -> bytes:
    return _genuine_enrolment(book_path)


def _split(data: bytes) -> tuple[bytes, bytes, bytes]:
    head = len(keys.ENROLMENT_MAGIC) + 4
    (length,) = struct.unpack_from(">I", data, len(keys.ENROLMENT_MAGIC))
    return data[:head], data[head:head + length], data[head + length:]


def _with_document(change: Callable[[dict], object]) -> Bytes:
    """The genuine file with its signed document changed (the old signature kept)."""
    def make(_folder: Path, book_path: Path) -> bytes:
        _head, document, signature = _split(_genuine_enrolment(book_path))
        body = json.loads(document)
        change(body)
        new = json.dumps(body, ensure_ascii=False).encode()
        return keys.ENROLMENT_MAGIC + struct.pack(">I", len(new)) + new + signature
    return make


def _bytes_changed(change: Callable[[bytes], bytes]) -> Bytes:
    return lambda _folder, book_path: change(_genuine_enrolment(book_path))


def _set(key: str, value: object) -> Callable[[dict], object]:
    return lambda body: body.__setitem__(key, value)


def _flip(at: int) -> Callable[[bytes], bytes]:
    return lambda data: data[:at] + bytes([data[at] ^ 0x40]) + data[at + 1:]


ENROLMENT_FORGERIES: dict[str, Bytes] = {
    "signature flipped": _bytes_changed(_flip(-1)),
    "document byte flipped": _bytes_changed(lambda d: _flip(len(keys.ENROLMENT_MAGIC) + 10)(d)),
    "signature cut off": _bytes_changed(lambda d: d[:-64]),
    "garbage appended": _bytes_changed(lambda d: d + b"\x00" * 17),
    "declared length too long": _bytes_changed(
        lambda d: d[:len(keys.ENROLMENT_MAGIC)] + struct.pack(">I", 2**31)
        + d[len(keys.ENROLMENT_MAGIC) + 4:]),
    "declared length zero": _bytes_changed(
        lambda d: d[:len(keys.ENROLMENT_MAGIC)] + struct.pack(">I", 0)
        + d[len(keys.ENROLMENT_MAGIC) + 4:]),
    "magic only": lambda _f, _b: keys.ENROLMENT_MAGIC,
    "team renamed with a right-to-left override": _with_document(
        _set("team_name", "Tổ hòa giải \u202eĐông")),
    "another kind": _with_document(_set("kind", "ward-settings")),
    "document not an object": lambda _f, b: (keys.ENROLMENT_MAGIC + struct.pack(">I", 2) + b"[]"
                                             + bytes(64)),
    "document not UTF-8": lambda _f, b: (keys.ENROLMENT_MAGIC + struct.pack(">I", 4)
                                         + b"\xff\xfe\xfd\xfc" + bytes(64)),
    "a huge name": _with_document(_set("team_name", "Tổ " * 100_000)),
    "team renamed with a zero-width space": _with_document(
        _set("team_name", "Tổ hòa giải\u200b Đông")),
    "another team's id": _with_document(_set("team_id", "00000000-0000-0000-0000-000000000000")),
    "signature all zeros": _bytes_changed(lambda d: d[:-64] + bytes(64)),
    "two files one after the other": _bytes_changed(lambda d: d + d),
    "declared length cut": _bytes_changed(lambda d: d[:len(keys.ENROLMENT_MAGIC) + 2]),
    "magic with Windows line end": _bytes_changed(
        lambda d: d.replace(keys.ENROLMENT_MAGIC, keys.ENROLMENT_MAGIC[:-1] + b"\r\n", 1)),
}


def _write_enrolment(name: str, make: Bytes) -> Callable[[Path, Path], Path]:
    def build(folder: Path, book_path: Path) -> Path:
        path = folder / name
        path.write_bytes(make(folder, book_path))
        return path
    return build


ENROLMENT_CASES = [
    *(Case(c.name, _on_the_ward(c.build), c.expect)
      for c in generic_cases(".hgenrol", sample_enrolment)),
    *(Case(f"enrolment: {name}", _on_the_ward(_write_enrolment(f"forged-{n}.hgenrol", make)))
      for n, (name, make) in enumerate(sorted(ENROLMENT_FORGERIES.items()))),
]


@reader("team enrolment (ward book)", ENROLMENT_CASES)
def enrol(path: Path, book_path: Path, _work: Path) -> object:
    database = harness.open_database(book_path)
    try:
        with database.transaction(ACTOR) as session:
            return ward.enrol(session, service.read_file(path))  # as `hoagiai ward enrol`
    finally:
        database.dispose()


# --- a login reads the book's key file ---------------------------------------------------------

def sample_key_file(folder: Path, _book: Path) -> bytes:
    path = folder / "sample.keys"
    key = os.urandom(32)
    made = keyfile.KeyFile.create(path, key, recovery.new_recovery_key())
    made.set_password("tester", PASSWORD, key)
    made.save(path)
    return path.read_bytes()


def _key_json(change: Callable[[dict], object]) -> Bytes:
    def make(folder: Path, book_path: Path) -> bytes:
        body = json.loads(sample_key_file(folder, book_path))
        change(body)
        return json.dumps(body).encode()
    return make


def _every_slot(change: Callable[[dict], object]) -> Callable[[dict], object]:
    def apply(body: dict) -> None:
        for slot in (body.get("slots") or {}).values():
            if isinstance(slot, dict):
                change(slot)
    return apply


KEY_FORGERIES: dict[str, Bytes] = {
    "not JSON": lambda _f, _b: b"{not json",
    "a JSON list": lambda _f, _b: b"[]",
    "no slots": _key_json(lambda body: body.pop("slots", None)),
    "slots a list": _key_json(_set("slots", [])),
    "slot without its wrapped key": _key_json(_every_slot(lambda s: s.clear())),
    "a slot's salt not base64": _key_json(_every_slot(lambda s: s.__setitem__("salt", "%%%"))),
    "a slot's numbers as text": _key_json(_every_slot(
        lambda s: s.update({k: "many" for k in list(s) if isinstance(s[k], int)}))),
    "every value null": _key_json(lambda body: body.update({k: None for k in list(body)})),
    "a 5 MB key file": lambda _f, _b: b'{"x": "' + b"a" * 5_000_000 + b'"}',
    "deeply nested": lambda _f, _b: b"[" * 100_000 + b"]" * 100_000,
    "UTF-16": lambda f, b: sample_key_file(f, b).decode().encode("utf-16"),
    "another program's format": _key_json(_set("format", "keepass")),
    "a newer version": _key_json(_set("version", 99)),
    "book id a number": _key_json(_set("book_id", 7)),
    "logins a list": _key_json(_set("logins", [])),
    "recovery a string": _key_json(_set("recovery", "none")),
    "a slot that is a number": _key_json(lambda body: body["slots"].update({"x": 1})),
}


def _write_key(name: str, make: Bytes) -> Callable[[Path, Path], Path]:
    def build(folder: Path, book_path: Path) -> Path:
        path = folder / name
        path.write_bytes(make(folder, book_path))
        return path
    return build


KEY_CASES = [
    *generic_cases(".keys", sample_key_file),
    *(Case(f"key file: {name}", _write_key(f"forged-{n}.keys", make))
      for n, (name, make) in enumerate(sorted(KEY_FORGERIES.items()))),
]


@reader("key file (login)", KEY_CASES)
def log_in_with(path: Path, book_path: Path, _work: Path) -> object:
    beside = keyfile.path_for(book_path)
    try:
        if path.is_dir():
            beside.mkdir()
        else:
            shutil.copyfile(path, beside)
        return workspace.unlock(book_path, workspace.Credentials("tester", PASSWORD))
    finally:
        if beside.is_dir():
            shutil.rmtree(beside)
        beside.unlink(missing_ok=True)
        for lock in book_path.parent.glob(f"{book_path.name}.keys*"):
            lock.unlink()
