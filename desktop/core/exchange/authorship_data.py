"""Team side: what a package carries so the ward can check who wrote what (``authorship.json``).

Every key-file slot wraps the same book key, so whoever holds one password can write rows in
the team's book and a slot in its key file. What they cannot make is another account's
signature. The package therefore carries, besides the team's own signature over the whole file:

- ``grants``: every account key grant (who got which key and role, signed by a team leader, or
  by the book's authority key derived from the recovery key), in journal order;
- ``accounts``: each account's name, role, where it was journaled as made, and the public
  key its key-file slot holds;
- ``entries``: the author of each journal entry the package lists;
- ``signatures``: the signed runs of those entries (first and last position, author, key,
  signature, and the hash of the run's last entry, which the signature covers);
- ``began``: where signing began in this book (entries before it are from an older version).

No password, private key or narrative travels: only public keys, names and roles.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.db.models import JournalEntry
from desktop.core.db.models_accounts import Account, JournalSignature
from desktop.core.security import authorship, keyfile

MEMBER = "authorship.json"


def authorship_member(session: Session, entries: list[dict[str, Any]]) -> dict[str, Any]:
    """The ``authorship.json`` member for a package listing ``entries`` (journal.json's)."""
    seqs = [int(entry["seq"]) for entry in entries]
    return {"grants": _grants(session), "accounts": _accounts(session),
            "entries": _authors(session, seqs), "signatures": _signatures(session, seqs),
            "began": session.scalar(select(func.min(JournalEntry.seq)).where(
                JournalEntry.op == authorship.GRANTED))}


def _grants(session: Session) -> list[dict[str, Any]]:
    rows = session.execute(select(JournalEntry.seq, JournalEntry.changes).where(
        JournalEntry.op == authorship.GRANTED).order_by(JournalEntry.seq))
    return [{"seq": seq, "grant": changes} for seq, changes in rows]


def _accounts(session: Session) -> list[dict[str, Any]]:
    keys = _key_file(session)
    made = {entity_id: seq for entity_id, seq in session.execute(  # when each was journaled
        select(JournalEntry.entity_id, func.min(JournalEntry.seq)).where(
            JournalEntry.entity == "accounts", JournalEntry.op == "insert")
        .group_by(JournalEntry.entity_id))}
    return [{"id": str(account.id), "username_key": account.username_key,
             "role": account.role.value, "active": account.active,
             "made": made.get(str(account.id)),
             "slot_key": keys.slot_public_key(account.username) if keys is not None else None}
            for account in session.scalars(select(Account).order_by(Account.username_key))]


def _key_file(session: Session) -> keyfile.KeyFile | None:
    """The book's key file, when the book is a file that has one (a server book has none)."""
    url = session.get_bind().engine.url
    if not url.get_backend_name().startswith("sqlite") or not url.database:
        return None
    path = keyfile.path_for(Path(url.database))
    with contextlib.suppress(OSError, keyfile.KeyFileError, ValueError):
        return keyfile.KeyFile.load(path) if path.exists() else None
    return None


def _authors(session: Session, seqs: list[int]) -> list[list[Any]]:
    if not seqs:
        return []
    rows = session.execute(select(JournalEntry.seq, JournalEntry.author).where(
        JournalEntry.seq >= min(seqs), JournalEntry.seq <= max(seqs)))
    wanted = set(seqs)
    return sorted([seq, author] for seq, author in rows if seq in wanted)


def _signatures(session: Session, seqs: list[int]) -> list[dict[str, Any]]:
    """The signed runs that reach into the listed entries, each with its last entry's hash."""
    if not seqs:
        return []
    runs = list(session.scalars(select(JournalSignature).where(
        JournalSignature.last_seq >= min(seqs), JournalSignature.first_seq <= max(seqs))))
    hashes = {seq: digest for seq, digest in session.execute(
        select(JournalEntry.seq, JournalEntry.hash).where(
            JournalEntry.seq.in_([run.last_seq for run in runs])))} if runs else {}
    return [{"first": run.first_seq, "last": run.last_seq, "author": run.author,
             "public_key": run.public_key, "signature": run.signature,
             "last_hash": hashes.get(run.last_seq, "")} for run in runs]
