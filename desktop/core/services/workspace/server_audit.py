"""``hoagiai audit verify`` on a book on a server: the same checks as for a file book.

The journal's hash chain link by link, the anchors the book keeps (packages sent, the ward's
acknowledgments), the live rows against the journal's last values, and who signed what
(``authorship_audit.check_authorship``): every entry, role and account key in a person's name
must be signed by that person, or by the leader or administrator who gave it. A server book has
no key file: its accounts' keys are kept wrapped beside their verifiers, and the authority it
recognises is the one that signed its first grant. Read-only: one reading session of a
logged-in person who may read the change journal.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.db import journal, journal_anchors, journal_rows
from desktop.core.db.engine import Actor
from desktop.core.db.models import JournalEntry
from desktop.core.domain.roles import Permission
from desktop.core.policy.access import require
from desktop.core.services.workspace import anchoring
from desktop.core.services.workspace import book as workspace
from desktop.core.services.workspace.authorship_audit import AuthorshipReport, check_authorship
from desktop.core.services.workspace.backups import BrokenLink


@dataclass(frozen=True)
class ServerAudit:
    entries: int
    broken: BrokenLink | None  # the first link that does not check out
    findings: list[str]  # anchors contradicted, rows altered: one line each, in words
    authorship: AuthorshipReport | None = None  # who signed what (None: the chain broke)


def _broken(session: Session) -> BrokenLink | None:
    seq = journal.first_broken_link(session)
    if seq is None:
        return None
    entry = session.get(JournalEntry, seq)
    return BrokenLink(seq, entry.entity if entry else "journal_head",
                      entry.at if entry else None)


def audit_session(session: Session) -> ServerAudit:
    require(session, Permission.READ_AUDIT)
    entries = session.scalar(select(func.count()).select_from(JournalEntry)) or 0
    broken = _broken(session)
    if broken is not None:
        return ServerAudit(entries, broken, [])
    findings = anchoring.AuditFindings(
        journal_anchors.disagreements(session, journal_anchors.own_anchors(session)),
        journal_rows.altered_rows(session))
    return ServerAudit(entries, None, anchoring.describe(findings),
                       check_authorship(session, None))


def audit_server_book(book: workspace.OpenedBook, actor: Actor | None) -> ServerAudit:
    """Everything ``audit verify`` checks, on the open server book, as ``actor`` (the person
    logged in: named by the caller, so the permission is checked for whoever asks)."""
    with book.database.reading(actor) as session:
        return audit_session(session)
