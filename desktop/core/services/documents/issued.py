"""Issuing documents under a verification code (issue #5, item 4): assemble a document's data
(``data``), derive its code (``codes``), render it with the code printed, and record it once it
is printed or saved. Checking a code later is ``verification``'s job.
"""

from __future__ import annotations

import dataclasses
import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db import journal
from desktop.core.db.models import Case
from desktop.core.db.models_documents import IssuedDocument, IssuedDocumentFile
from desktop.core.domain.enums import DocumentKind
from desktop.core.domain.roles import Permission
from desktop.core.errors import HoagiaiError, NotFoundError, ValidationError
from desktop.core.i18n import N_
from desktop.core.policy.access import require
from desktop.core.services.common import fetch
from desktop.core.services.documents import data as assembly
from desktop.core.services.documents.codes import content_hash, derive_code, format_code

TEAM_KINDS = frozenset({DocumentKind.LOGBOOK, DocumentKind.REMUNERATION})


# --- what to issue ----------------------------------------------------------------------------


@dataclass(frozen=True)
class IssueRequest:
    """Which document: a case document (``case_id``) or a team document over a period."""

    kind: DocumentKind
    case_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None
    hearing: int = 1  # minutes, invitation
    court: str = ""  # guidance
    start: date | None = None  # logbook, remuneration
    end: date | None = None
    mediator: str = ""  # remuneration: one mediator, else the team
    volume: str = ""  # logbook cover
    on: date | None = None  # the day it is issued (today when None)

    def params(self) -> dict[str, Any]:
        values = {"hearing": self.hearing, "court": self.court, "start": self.start,
                  "end": self.end, "mediator": self.mediator, "volume": self.volume,
                  "on": self.on}
        return {k: journal.to_plain(v) for k, v in values.items()}

    @classmethod
    def from_params(cls, kind: DocumentKind, case_id: uuid.UUID | None, team_id: uuid.UUID,
                    params: dict[str, Any]) -> IssueRequest:
        def day(key: str) -> date | None:
            return date.fromisoformat(params[key]) if params.get(key) else None

        return cls(kind, case_id, team_id, int(params.get("hearing", 1)),
                   params.get("court", ""), day("start"), day("end"), params.get("mediator", ""),
                   params.get("volume", ""), day("on"))


@dataclass(frozen=True)
class Issued:
    """A rendered document with its code, ready to be recorded when printed or saved."""

    request: IssueRequest  # team_id and on filled in
    pdf: bytes = field(repr=False)
    code: str
    content_hash: str
    case_version: int | None
    case_number: str = ""

    @property
    def display_code(self) -> str:
        return format_code(self.code)


def assemble(session: Session, request: IssueRequest, author: str) -> Any:
    """The document's data, from the one assembly module (``data``) for every kind."""
    kind, case_id, on = request.kind, request.case_id, request.on
    if kind in TEAM_KINDS:
        assert request.team_id and request.start and request.end
        if kind is DocumentKind.LOGBOOK:
            return assembly.logbook_document(session, request.team_id, request.start,
                                             request.end, volume=request.volume, author=author)
        return assembly.remuneration_document(session, request.team_id, request.start,
                                              request.end, mediator_name=request.mediator,
                                              author=author, issued_on=on)
    assert case_id is not None
    builders: dict[DocumentKind, Callable[[], Any]] = {
        DocumentKind.AGREEMENT: lambda: assembly.agreement_document(session, case_id, author),
        DocumentKind.UNSUCCESSFUL: lambda: assembly.unsuccessful_document(session, case_id,
                                                                          author),
        DocumentKind.MINUTES: lambda: assembly.minutes_document(session, case_id,
                                                                request.hearing, author),
        DocumentKind.INVITATION: lambda: assembly.invitation_document(
            session, case_id, request.hearing, author, issued_on=_invitation_day(
                session, case_id, request.hearing, on)),
        DocumentKind.GUIDANCE: lambda: assembly.guidance_document(session, case_id, author,
                                                                  court=request.court,
                                                                  issued_on=on),
        DocumentKind.CASEFILE: lambda: assembly.casefile_document(session, case_id, author,
                                                                  printed_on=on),
    }
    return builders[kind]()


def _invitation_day(session: Session, case_id: uuid.UUID, hearing: int,
                    on: date | None) -> date | None:
    """An invitation is never dated after its hearing (as the assembly does for today)."""
    if on is None:
        return None
    case = fetch(session, Case, case_id)
    return min(on, assembly.case_hearing(case, hearing).held_at.date())


def render(kind: DocumentKind, data: Any) -> bytes:
    from desktop.core.documents import (
        agreement,
        casefile,
        guidance,
        invitation,
        logbook,
        minutes,
        remuneration,
        unsuccessful,
    )

    renderers: dict[DocumentKind, Callable[[Any], bytes]] = {
        DocumentKind.AGREEMENT: agreement.render_agreement,
        DocumentKind.UNSUCCESSFUL: unsuccessful.render_unsuccessful,
        DocumentKind.MINUTES: minutes.render_minutes,
        DocumentKind.INVITATION: invitation.render_invitation,
        DocumentKind.GUIDANCE: guidance.render_guidance,
        DocumentKind.CASEFILE: casefile.render_casefile,
        DocumentKind.LOGBOOK: logbook.render_logbook,
        DocumentKind.REMUNERATION: remuneration.render_remuneration,
    }
    return renderers[kind](data)


def prepare(session: Session, request: IssueRequest, author: str) -> Issued:
    """Assemble and render the document with its code (reads only: nothing is recorded yet;
    :func:`record_issue` does that once it is printed or saved)."""
    from desktop.core.db.journal_anchors import anchor_text
    from desktop.core.documents.layout import verification_code

    case = fetch(session, Case, request.case_id) if request.case_id else None
    team_id = case.team_id if case else request.team_id
    if team_id is None:
        raise NotFoundError(N_("This case book has no team yet."))
    request = dataclasses.replace(request, team_id=team_id, on=request.on or date.today())
    if request.kind in TEAM_KINDS:
        _check_period(request.start, request.end)
    data = assemble(session, request, author)
    digest = content_hash(request.kind, data)
    code = derive_code(team_id, digest)
    with verification_code(format_code(code), anchor_text(session)):
        pdf = render(request.kind, data)
    return Issued(request, pdf, code, digest, case.version if case else None,
                  case.number if case else "")


def _check_period(start: date | None, end: date | None) -> None:
    if start is None or end is None:
        raise ValidationError(N_("Choose the first and the last day of the period."),
                              field="start")
    if start > end:
        raise ValidationError(N_(
            "The period starts on {start:%d/%m/%Y}, after its last day {end:%d/%m/%Y}. Choose a "
            "first day on or before the last day."), field="start", start=start, end=end)


def record_issue(session: Session, issued: Issued, target: str) -> IssuedDocument:
    """Record that the document was printed or saved: the issued row the first time (with its
    PDF), a journal entry every time."""
    require(session, Permission.PRINT_DOCUMENTS)
    request = issued.request
    assert request.team_id is not None
    if request.kind is DocumentKind.REMUNERATION:  # each case claimed once per team
        assert request.start and request.end and request.on
        assembly.record_remuneration_claim(session, request.team_id, request.start,
                                           request.end, request.mediator, request.on,
                                           issued.content_hash, issued.code)
    row = session.scalar(select(IssuedDocument).where(IssuedDocument.code == issued.code))
    if row is not None and row.content_hash != issued.content_hash:
        raise HoagiaiError(N_(  # 50 bits: about one chance in 10^15 per pair of documents
            "Two different documents came out with the same verification code. Change the "
            "issue date and print again."))
    if row is None:
        actor = session.info.get("actor")
        row = IssuedDocument(
            team_id=request.team_id, code=issued.code, kind=request.kind,
            case_id=request.case_id, case_version=issued.case_version,
            content_hash=issued.content_hash, params=request.params(),
            issued_at=journal.utcnow(), issued_by=getattr(actor, "user", "system"),
            device=getattr(actor, "device", ""), target=target)
        session.add(row)
        session.flush()
        session.add(IssuedDocumentFile(issued_id=row.id, pdf=issued.pdf,
                                       sha256=hashlib.sha256(issued.pdf).hexdigest()))
    _journal_print(session, issued, target)
    return row


def _journal_print(session: Session, issued: Issued, target: str) -> None:
    request = issued.request
    details: dict[str, Any] = {"document": request.kind.value, "target": target,
                               "code": issued.code, "content_hash": issued.content_hash}
    if request.case_id is not None:
        details["case_version"] = issued.case_version
        journal.record_event(session, "print", "cases", str(request.case_id),
                             str(request.team_id), details)
    else:
        details |= {"from": journal.to_plain(request.start), "to": journal.to_plain(request.end)}
        journal.record_event(session, "print", "teams", str(request.team_id),
                             str(request.team_id), details)


def issued_for_case(session: Session, case_id: uuid.UUID) -> list[IssuedDocument]:
    """The documents issued for a case, newest first (for choosing what a scan is a copy of)."""
    return list(session.scalars(select(IssuedDocument).where(IssuedDocument.case_id == case_id)
                                .order_by(IssuedDocument.issued_at.desc())))
