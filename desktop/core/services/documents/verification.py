"""Checking a verification code: what the book knows about the document issued under it, and
whether today's data would still print the same document.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db import journal
from desktop.core.db.models import Case, Team
from desktop.core.db.models_documents import IssuedDocument, IssuedDocumentFile
from desktop.core.domain.enums import DocumentKind
from desktop.core.domain.roles import Permission
from desktop.core.errors import HoagiaiError, NotFoundError
from desktop.core.i18n import N_
from desktop.core.policy.access import require
from desktop.core.services.common import fetch
from desktop.core.services.documents.codes import content_hash, format_code, normalise_code
from desktop.core.services.documents.issued import IssueRequest, assemble

NO_COPY_KEPT = N_(
    "This book does not keep the copy as issued: a ward's book keeps only the record, and a "
    "team's book removes the copy when a person it named is erased. The details above still "
    "prove the document was issued.")


@dataclass(frozen=True)
class Verification:
    """What the book knows about a code: the document as issued and whether it still holds."""

    code: str
    kind: DocumentKind
    team_name: str
    case_number: str  # "" for a team document
    case_title: str
    case_version: int | None
    params: dict[str, Any]
    issued_at: datetime
    issued_by: str
    device: str
    pdf: bytes = field(repr=False)  # b"" when this book holds only the record (a ward's copy)
    pdf_intact: bool  # the stored PDF still matches its recorded SHA-256 (True when none)
    changed_since: bool  # today's data would print a different document
    current_version: int | None

    @property
    def display_code(self) -> str:
        return format_code(self.code)


def verify(session: Session, typed: str) -> Verification:
    """Look a code up; raises ValidationError for a mistyped code, NotFoundError for a code
    this book never issued."""
    code = normalise_code(typed)
    row = session.scalar(select(IssuedDocument).where(IssuedDocument.code == code))
    if row is None:
        raise NotFoundError(N_(
            "No document with the code {code} was issued from this case book. The paper was not "
            "printed by this team's program, or it was printed from another case book."),
            code=format_code(code))
    stored = session.get(IssuedDocumentFile, row.id)
    pdf = stored.pdf if stored else b""
    case = fetch(session, Case, row.case_id) if row.case_id else None
    team = fetch(session, Team, row.team_id)
    return Verification(
        code=code, kind=row.kind, team_name=team.name, case_number=case.number if case else "",
        case_title=case.title if case else "", case_version=row.case_version,
        params=dict(row.params), issued_at=row.issued_at, issued_by=row.issued_by,
        device=row.device, pdf=pdf,
        pdf_intact=stored is None or hashlib.sha256(pdf).hexdigest() == stored.sha256,
        changed_since=_changed_since(session, row),
        current_version=case.version if case else None)


def check(session: Session, typed: str, output: str = "") -> Verification:
    """:func:`verify`, journaled: who looked at which issued document (DOMAIN.md §6)."""
    found = verify(session, typed)
    journal.record_event(session, "verify", "issued_documents", found.code, None,
                         {"code": found.code, "output": output})
    return found


def record_copy(session: Session, code: str, target: str) -> None:
    """Journal a print or save of the copy as issued, made while checking a code."""
    require(session, Permission.PRINT_DOCUMENTS)
    journal.record_event(session, "print_copy", "issued_documents", code, None,
                         {"code": code, "target": target})


def _changed_since(session: Session, row: IssuedDocument) -> bool:
    """Assemble the same document from today's data (with the same parameters and issue date)
    and compare its content hash with the one issued."""
    request = IssueRequest.from_params(row.kind, row.case_id, row.team_id, row.params)
    try:
        data = assemble(session, request, "")
    except HoagiaiError:
        return True  # e.g. the case was reopened: the document could not be printed today
    return content_hash(row.kind, data) != row.content_hash



def local_time(utc: datetime) -> datetime:
    from datetime import UTC

    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def verification_lines(found: Verification) -> list[tuple[str, str]]:
    """The details to show, as (label, value) lines, translated (CLI and ward screen)."""
    from desktop.core.domain.labels import label
    from desktop.core.i18n import _

    lines = [(_("Verification code"), found.display_code), (_("Document"), label(found.kind)),
             (_("Team"), found.team_name)]
    if found.case_number:
        lines.append((_("Case"), f"{found.case_number} — {found.case_title}"))
        lines.append((_("Case version when issued"), str(found.case_version)))
    start, end = found.params.get("start"), found.params.get("end")
    if start and end:
        lines.append((_("Period"), f"{date.fromisoformat(start):%d/%m/%Y} – "
                                   f"{date.fromisoformat(end):%d/%m/%Y}"))
    when = local_time(found.issued_at)
    lines.append((_("Issued"), _("{date:%d/%m/%Y %H:%M} by {user}").format(
        date=when, user=found.issued_by)))
    if found.device:
        lines.append((_("Device"), found.device))
    if not found.changed_since:
        since = _("Nothing changed: the document still matches the case book.")
    elif found.case_number:
        since = _("The case changed after this document was issued: printed today it would "
                  "differ. Compare the paper with the copy as issued.")
    else:
        since = _("The team's records for this period changed after this document was issued: "
                  "printed today it would differ. Compare the paper with the copy as issued.")
    lines.append((_("Since then"), since))
    if not found.pdf:
        lines.append((_("Copy as issued"), _(
            "Not in this case book: the team that issued the document keeps it.")))
    if not found.pdf_intact:
        lines.append((_("Warning"), _(
            "The stored copy of this document does not match its fingerprint: it was damaged "
            "or altered.")))
    return lines
