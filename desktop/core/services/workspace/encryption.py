"""Encrypting an old plain book on request, and recovering access with the recovery key.

``encrypt_book``: the plain book is brought to the current schema, copied into a new encrypted
file with ``sqlcipher_export`` (under a temporary name), the copy is checked (integrity, the
same number of rows in every table), its first account and key file are made, and the copy
replaces the book in one atomic rename. The plain file's bytes are then overwritten with zeros
through a handle kept open across the rename, and synced, so its content does not stay readable
on the disk (on SSDs and copy-on-write file systems the drive may still keep old blocks: say so
to whoever asks about a stolen disk). Plain copies made earlier (migration copies
``*.before-*``, old backups) are listed for the person to delete.

``recover``: the recovery key unwraps the book's key from the recovery slot, and sets a new
password for an account (only its slot in the key file is re-wrapped) with a new signing key,
granted by the book's authority key (derived from the recovery key, see
``security.authorship``). It also clears the account's failed-login lock: the way out for a
team leader locked out by someone typing wrong passwords. A deactivated account stays
deactivated: recovery is for a forgotten password, not a way around the team leader.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from desktop.core.db.engine import connect_file, key_pragma, sqlcipher_url
from desktop.core.db.journal import record_event
from desktop.core.errors import HoagiaiError, NotFoundError
from desktop.core.i18n import N_
from desktop.core.policy import system_actors
from desktop.core.security import keyfile, login_record, private_files, recovery
from desktop.core.security.keyfile import KeyFile, KeyRing
from desktop.core.services.workspace import accounts
from desktop.core.services.workspace import book as workspace

ALREADY_ENCRYPTED = N_("The case book {path} is already encrypted.")
COPY_DIFFERS = N_(
    "The encrypted copy of {path} does not hold the same data as the book, so the book was "
    "left as it was (plain). Check the disk space and try again.")


def _tables(connection: object) -> dict[str, int]:
    names = [row[0] for row in connection.execute(  # type: ignore[attr-defined]
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {name: connection.execute(  # type: ignore[attr-defined]
        f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _export(path: Path, target: Path, key: bytes) -> dict[str, int]:
    """Copy the plain book into ``target`` encrypted; the plain book's row counts."""
    import sqlcipher3  # type: ignore[import-untyped]

    with contextlib.closing(sqlcipher3.connect(str(path))) as plain:
        plain.isolation_level = None
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = _tables(plain)
        plain.execute(f'ATTACH DATABASE ? AS encrypted KEY "{key_pragma(key)}"', (str(target),))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute("DETACH DATABASE encrypted")
    return counts


def _verify(path: Path, target: Path, key: bytes, counts: dict[str, int]) -> None:
    with contextlib.closing(connect_file(target, key)) as copy:
        sound = copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if not sound or _tables(copy) != counts:
            raise HoagiaiError(COPY_DIFFERS, path=path)
        copy.execute("PRAGMA journal_mode=WAL")


def _wipe_and_replace(path: Path, target: Path) -> None:
    """Swap the encrypted copy in, then overwrite the old plain bytes (still reachable through
    the open handle) with zeros."""
    with open(path, "r+b") as old:
        size = os.fstat(old.fileno()).st_size
        os.replace(target, path)
        folder = os.open(path.parent, os.O_RDONLY) if os.name == "posix" else None
        if folder is not None:
            os.fsync(folder)
            os.close(folder)
        chunk = b"\0" * (1 << 20)
        for _ in range(0, size, len(chunk)):
            old.write(chunk)
        old.flush()
        os.fsync(old.fileno())
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)


def plain_copies(path: Path) -> list[Path]:
    """Plain copies of the book left by older versions (migration copies, backups)."""
    found = list(path.parent.glob(f"{path.stem}.before-*{path.suffix}"))
    backups = path.with_name(path.name + ".backups")
    if backups.is_dir():
        found += [p for p in backups.iterdir() if p.is_file() and workspace.is_plain_book(p)]
    return sorted(p for p in found if workspace.is_plain_book(p))


def encrypt_book(path: Path, first: accounts.AccountInput, password: str) -> str:
    """Encrypt the plain book at ``path`` with ``first`` as its first account; the recovery
    key (to print at once: it is shown only now)."""
    if not path.is_file():
        raise NotFoundError(workspace.NO_BOOK, path=path)
    if not workspace.is_plain_book(path):
        raise HoagiaiError(ALREADY_ENCRYPTED, path=path)
    accounts.check_username(first.username)
    accounts.check_password_strength(password)
    workspace.open_book(path).database.dispose()  # the current schema first (with its copy)
    key, recovery_key = os.urandom(32), recovery.new_recovery_key()
    target = path.with_name(f".{path.name}.encrypting-{os.getpid()}")
    staged_keys = path.with_name(f".{path.name}.keys-{os.getpid()}")
    try:
        private_files.create(target)  # the encrypted copy becomes the book: its owner's only
        _verify(path, target, key, _export(path, target, key))
        keys = KeyFile.create(staged_keys, key, recovery_key)
        keys.save()
        ring = KeyRing(staged_keys, key, keys.authority_signer(recovery_key))
        book = workspace.open_url(sqlcipher_url(target, key), None, key)
        try:
            with book.database.transaction(system_actors.FIRST_ACCOUNT) as session:
                accounts.create_account(session, first, password, ring)
        finally:
            book.database.dispose()
        os.replace(staged_keys, keyfile.path_for(path))
        _wipe_and_replace(path, target)
    finally:
        target.unlink(missing_ok=True)
        staged_keys.unlink(missing_ok=True)
        for side in ("-wal", "-shm"):
            target.with_name(target.name + side).unlink(missing_ok=True)
    return recovery_key


def recover(path: Path, recovery_key: str, username: str, new_password: str) -> None:
    """Set a new password for ``username`` with the recovery key (a forgotten password)."""
    keys = workspace.key_file(path)
    key = keys.unwrap_recovery(recovery_key)
    book = workspace.open_book(path, key)
    try:
        with book.database.transaction(system_actors.RECOVERY) as session:
            account = accounts.get_account(session, username)
            accounts.check_password_strength(new_password)
            with keyfile.changing(keys.path):
                keys = KeyFile.load(keys.path)
                ring = KeyRing(keys.path, key, keys.authority_signer(recovery_key))
                signing = accounts.grant_new_key(session, account, ring)  # signed: recovery key
                keys.set_password(account.username, new_password, key, signing)
                keys.data["logins"].pop(keyfile.username_key(account.username), None)
                keys.save()
            failures = login_record.take(keys.book_id, account.username)
            record_event(session, "password_recovered", "account", str(account.id),
                         str(account.team_id) if account.team_id else None,
                         {"username": account.username, "failures": failures})
    finally:
        book.database.dispose()
