"""What a key holder can do to a book behind the program's back: rewrite or cut its journal and
recompute the whole chain and ``journal_head``, or change a row directly. The chain then checks
out on its own; only the anchors outside the book can tell."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, delete, select, text
from sqlalchemy.orm import Session

from desktop.core.db import journal
from desktop.core.db.models import JournalEntry, JournalHead


def _engine(path: Path, key: bytes | None):
    if key is None:
        return create_engine(f"sqlite:///{path}")
    import sqlcipher3  # type: ignore[import-untyped]

    from desktop.core.db.engine import connect_file

    return create_engine("sqlite://", creator=lambda: connect_file(path, key),
                         module=sqlcipher3)


def rewrite_journal(path: Path, seq: int, key: bytes | None = None,
                    cut_after: int | None = None) -> None:
    """Change entry ``seq``'s reason (or, ``cut_after``, delete every entry after it) and
    recompute every hash from there, and the head: a chain that verifies."""
    engine = _engine(path, key)
    try:
        with engine.begin() as connection:  # the append-only triggers go, to come back after
            triggers = connection.execute(text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
                "('change_journal', 'journal_head')")).all()
            for name, _sql in triggers:
                connection.execute(text(f'DROP TRIGGER "{name}"'))
        with Session(engine) as session, session.begin(), session.no_autoflush:
            if cut_after is not None:
                session.execute(delete(JournalEntry).where(JournalEntry.seq > cut_after))
                session.flush()
            entries = list(session.scalars(select(JournalEntry).order_by(JournalEntry.seq)))
            previous = journal.GENESIS_HASH
            for entry in entries:
                if entry.seq == seq and cut_after is None:
                    entry.reason = (entry.reason or "") + " (rewritten)"
                entry.prev_hash = previous
                entry.hash = previous = journal.entry_hash(journal._hashed_fields(entry))
            head = session.get(JournalHead, 1)
            assert head is not None
            head.last_seq, head.last_hash = entries[-1].seq, previous
        with engine.begin() as connection:
            for _name, sql in triggers:
                connection.execute(text(sql))
    finally:
        engine.dispose()


def alter_row(path: Path, sql: str, key: bytes | None = None, **params: object) -> None:
    """One direct statement on the book (as ``sqlite3`` with the key would run it)."""
    engine = _engine(path, key)
    try:
        with engine.begin() as connection:
            connection.execute(text(sql), params)
    finally:
        engine.dispose()
