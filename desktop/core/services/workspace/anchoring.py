"""A book file checked against what lies outside it: the journal anchors it knows (kept in the
book from packages and acknowledgments, and beside its backups) and its live rows against the
journal's last values (``desktop.core.db.journal_anchors``, ``journal_rows``).

Read-only throughout: ``audit verify`` looks, ``restore`` looks before it swaps anything in.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, inspect
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from desktop.core.db import journal_anchors, journal_rows
from desktop.core.db.engine import DATABASE_ERRORS, connect_file
from desktop.core.db.journal_anchors import Anchor, Disagreement
from desktop.core.i18n import N_, _

ANCHOR_DISAGREES = N_(
    "The change journal disagrees with an anchor kept outside the book ({source}): at entry "
    "{seq} it {what}. The journal was rewritten or cut after that point was recorded.")
HAS_OTHER = N_("holds another entry")
HAS_NONE = N_("has no entry")
ROW_ALTERED = N_(
    "The record {entity} {id} differs from its last saved change ({fields}): it was changed "
    "behind the program's back.")
ROW_UNJOURNALED = N_(
    "The record {entity} {id} exists without its saved changes, or its saved changes say it "
    "exists and it is gone: it was changed behind the program's back.")
SOURCE_NAMES = {
    journal_anchors.SENT: N_("a package sent to the ward"),
    journal_anchors.ACKNOWLEDGED: N_("the ward's acknowledgment"),
    journal_anchors.BACKUP: N_("the record beside a backup"),
}
SUPERSEDED = ".superseded"


@dataclass(frozen=True)
class AuditFindings:
    disagreements: list[Disagreement]
    altered: list[journal_rows.AlteredRow]

    @property
    def clean(self) -> bool:
        return not self.disagreements and not self.altered


@contextmanager
def read_only(path: Path, key: bytes | None) -> Iterator[Session]:
    driver: dict[str, object] = {}
    if key is not None:
        import sqlcipher3  # type: ignore[import-untyped]

        driver["module"] = sqlcipher3
    engine = create_engine("sqlite://", creator=lambda: connect_file(path, key, read_only=True),
                           poolclass=NullPool, **driver)
    try:
        with Session(engine) as session:
            yield session
    finally:
        engine.dispose()


def _has_anchor_table(session: Session) -> bool:
    return bool(inspect(session.connection()).has_table("journal_anchors"))


def book_anchors(path: Path, key: bytes | None) -> list[Anchor]:
    """The anchors a book keeps (none for a book at an older schema, or one that cannot be
    read: a damaged book being replaced tells nothing)."""
    try:
        with read_only(path, key) as session:
            return journal_anchors.own_anchors(session) if _has_anchor_table(session) else []
    except (*DATABASE_ERRORS, SQLAlchemyError, ValueError):  # type: ignore[misc]
        return []


def known_anchors(path: Path, key: bytes | None, backup_dir: Path | None) -> list[Anchor]:
    """Every anchor known for the book at ``path``: its own and those beside its backups."""
    found = book_anchors(path, key) if path.is_file() else []
    return found + (journal_anchors.folder_anchors(backup_dir) if backup_dir else [])


def disagreements(path: Path, key: bytes | None, anchors: list[Anchor],
                  up_to: int | None = None) -> list[Disagreement]:
    with read_only(path, key) as session:
        return journal_anchors.disagreements(session, anchors, up_to)


def audit(path: Path, key: bytes | None, backup_dir: Path | None) -> AuditFindings:
    """The book's chain against every anchor it knows, and its rows against the journal."""
    anchors = known_anchors(path, key, backup_dir)
    with read_only(path, key) as session:
        return AuditFindings(journal_anchors.disagreements(session, anchors),
                             journal_rows.altered_rows(session))


def describe_disagreement(found: Disagreement) -> str:
    source = _(SOURCE_NAMES.get(found.anchor.source, found.anchor.source))
    if found.anchor.reference:
        source = f"{source}: {found.anchor.reference}"
    return _(ANCHOR_DISAGREES).format(source=source, seq=found.anchor.seq,
                                      what=_(HAS_NONE if found.found is None else HAS_OTHER))


def describe(findings: AuditFindings) -> list[str]:
    """One line per problem found, in words."""
    lines = [describe_disagreement(found) for found in findings.disagreements]
    for row in findings.altered:
        if row.fields == ("*",):
            lines.append(_(ROW_UNJOURNALED).format(entity=row.entity, id=row.entity_id))
        else:
            lines.append(_(ROW_ALTERED).format(entity=row.entity, id=row.entity_id,
                                               fields=", ".join(row.fields)))
    return lines


def supersede_newer(backup_dir: Path, restored_seq: int) -> None:
    """After going back to an older backup on purpose, the heads of newer backups belong to
    the abandoned line of work: they are set aside (renamed), no longer anchors."""
    for anchor in journal_anchors.folder_anchors(backup_dir):
        if anchor.seq > restored_seq:
            head = journal_anchors.head_file(backup_dir / anchor.reference)
            head.replace(head.with_name(head.name + SUPERSEDED))
