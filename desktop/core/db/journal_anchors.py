"""Anchors of the journal chain outside the book.

The hash chain proves that no entry was changed *by accident*; someone holding the book's key
can rewrite or cut the journal and recompute every hash and ``journal_head``. What they cannot
rewrite are the heads (sequence number and hash) that already left the book: the head sent in
every package (the ward keeps each team's heads and echoes them in its acknowledgments), and
the head each backup was taken at (written beside the backup, ``<backup>.head``). An anchor
disagrees with a chain when the chain has no entry at the anchor's sequence number (cut) or a
different hash there (rewritten). ``audit verify`` checks the book against every anchor it
knows, ``restore`` refuses a backup that disagrees with one, and printed documents carry the
head (``anchor_text``) so a paper copy is an anchor too.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db.journal import utcnow
from desktop.core.db.models import JournalEntry, JournalHead
from desktop.core.db.models_exchange import JournalAnchor
from desktop.core.i18n import N_, _

HEAD_SUFFIX = ".head"  # beside a backup: the head it was taken at
ANCHOR_TEXT = N_("Journal entry {seq}, hash {short}")
_HASH = re.compile(r"^[0-9a-f]{64}$")

SENT = "package-sent"  # the head this book sent in a package
ACKNOWLEDGED = "acknowledgment"  # a head of this book that the ward acknowledged holding
RECEIVED = "package"  # at a ward: a team's head received in its package
BACKUP = "backup"  # the head a backup was taken at (from its ``.head`` file)


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str
    source: str
    reference: str = ""


@dataclass(frozen=True)
class Disagreement:
    anchor: Anchor
    found: str | None  # the chain's hash at the anchor's sequence number; None: no such entry


def is_head(seq: object, hash_: object) -> bool:
    """A well-formed head: a non-negative sequence number and a 64-hex-digit hash."""
    return (isinstance(seq, int) and not isinstance(seq, bool) and 0 <= seq < 2**53
            and isinstance(hash_, str) and bool(_HASH.match(hash_)))


def current(session: Session) -> tuple[int, str]:
    head = session.get(JournalHead, 1)
    return (head.last_seq, head.last_hash) if head is not None else (0, "0" * 64)


def hash_at(session: Session, seq: int) -> str | None:
    """The chain's hash at ``seq`` (the genesis hash at 0; None when there is no entry)."""
    if seq == 0:
        return "0" * 64
    return session.scalar(select(JournalEntry.hash).where(JournalEntry.seq == seq))


def anchor_text(session: Session) -> str:
    """The head as one line for a printed document (its hash shortened to 16 digits): a paper
    copy then anchors the chain too."""
    seq, hash_ = current(session)
    return _(ANCHOR_TEXT).format(seq=seq, short=hash_[:16])


# --- anchors kept in a book ----------------------------------------------------------------------

def remember(session: Session, seq: int, hash_: str, source: str, reference: str = "",
             team_id: str = "") -> None:
    """Keep an anchor (once: the same head from the same source is not kept twice)."""
    if not is_head(seq, hash_):
        return
    known = session.scalar(select(JournalAnchor.id).where(
        JournalAnchor.team_id == team_id, JournalAnchor.seq == seq,
        JournalAnchor.hash == hash_, JournalAnchor.source == source).limit(1))
    if known is None:
        session.add(JournalAnchor(team_id=team_id, seq=seq, hash=hash_, source=source,
                                  reference=reference[:120], recorded_at=utcnow()))
        session.flush()


def own_anchors(session: Session) -> list[Anchor]:
    """The anchors of this book's own chain that it keeps (not a ward's teams')."""
    rows = session.scalars(select(JournalAnchor).where(JournalAnchor.team_id == "")
                           .order_by(JournalAnchor.seq))
    return [Anchor(r.seq, r.hash, r.source, r.reference) for r in rows]


def team_heads(session: Session, team_id: str) -> list[Anchor]:
    """At a ward: the heads of a team's chain received in its packages, oldest first."""
    rows = session.scalars(select(JournalAnchor).where(JournalAnchor.team_id == team_id)
                           .order_by(JournalAnchor.seq))
    return [Anchor(r.seq, r.hash, r.source, r.reference) for r in rows]


def disagreements(session: Session, anchors: Iterable[Anchor],
                  up_to: int | None = None) -> list[Disagreement]:
    """The anchors this book's chain contradicts (``up_to``: only anchors at or below this
    sequence number, for a backup older than them)."""
    found = []
    for anchor in anchors:
        if up_to is not None and anchor.seq > up_to:
            continue
        chain = hash_at(session, anchor.seq)
        if chain != anchor.hash:
            found.append(Disagreement(anchor, chain))
    return found


# --- anchors beside backups ----------------------------------------------------------------------

def head_file(backup: Path) -> Path:
    return backup.with_name(backup.name + HEAD_SUFFIX)


def write_head_file(backup: Path, seq: int, hash_: str, made_at: str) -> None:
    """The head a backup was taken at, beside it (written whole, then renamed)."""
    target = head_file(backup)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # owner's only
    with open(descriptor, "w", encoding="utf-8") as handle:
        json.dump({"seq": seq, "hash": hash_, "made_at": made_at}, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, target)


def read_head_file(backup: Path) -> Anchor | None:
    """The head recorded beside a backup (None: none, or not a well-formed one)."""
    with contextlib.suppress(OSError, ValueError):
        path = head_file(backup)
        if path.stat().st_size > 4096:
            return None
        loaded = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(loaded, dict) and is_head(loaded.get("seq"), loaded.get("hash")):
            return Anchor(int(loaded["seq"]), str(loaded["hash"]), BACKUP, backup.name)
    return None


def folder_anchors(folder: Path) -> list[Anchor]:
    """The heads recorded beside every backup in a folder."""
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*" + HEAD_SUFFIX)):
        anchor = read_head_file(path.with_name(path.name.removesuffix(HEAD_SUFFIX)))
        if anchor is not None:
            found.append(anchor)
    return found
