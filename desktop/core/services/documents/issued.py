"""Issuing documents under a verification code, and checking a code later (issue #5, item 4).

A document's code comes from the SHA-256 of its **canonical data** (the frozen dataclass a
service assembles, as sorted JSON, without who printed it) and the team's id, never from the PDF
bytes, which embed a creation time. So the same data printed twice gives the same code and one
:class:`IssuedDocument` row; a changed case gives a new code.

The code is 10 Crockford base-32 characters (50 bits of the hash) and a Luhn mod 32 check
character, printed ``XXXX-XXXX-XXX``: short enough to type from paper, and a single mistyped
character or two swapped neighbours are caught before any look-up. The QR on the page holds
``HOAGIAI-VERIFY:<code>`` and nothing personal.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import uuid
from collections.abc import Callable
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
from desktop.core.errors import HoagiaiError, NotFoundError, ValidationError
from desktop.core.i18n import N_
from desktop.core.policy.access import require
from desktop.core.services.common import fetch

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32: no I, L, O, U
CODE_LENGTH = 11  # 10 characters of the hash and a check character
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
TEAM_KINDS = frozenset({DocumentKind.LOGBOOK, DocumentKind.REMUNERATION})


# --- the code ---------------------------------------------------------------------------------


def _luhn_sum(values: list[int], double_first: bool) -> int:
    """Luhn mod N over ``values`` read from the right."""
    total, double = 0, double_first
    for value in reversed(values):
        addend = value * 2 if double else value
        total += addend // 32 + addend % 32
        double = not double
    return total


def check_character(body: str) -> str:
    values = [ALPHABET.index(ch) for ch in body]
    return ALPHABET[(32 - _luhn_sum(values, double_first=True) % 32) % 32]


def derive_code(team_id: uuid.UUID, content_hash: str) -> str:
    """The code (without separators) of a document of ``team_id`` with this content hash."""
    digest = hashlib.sha256(f"hoagiai-verify\n{team_id}\n{content_hash}".encode()).digest()
    number = int.from_bytes(digest[:8], "big") >> 14  # the first 50 bits
    body = "".join(ALPHABET[(number >> shift) & 31] for shift in range(45, -1, -5))
    return body + check_character(body)


def format_code(code: str) -> str:
    """``ABCD-EFGH-JKM``: groups are easier to read out and type."""
    return f"{code[:4]}-{code[4:8]}-{code[8:]}"


def normalise_code(text: str) -> str:
    """The code as typed, made canonical; raises a clear message for a mistyped one."""
    code = "".join(text.split()).upper().removeprefix("HOAGIAI-VERIFY:")  # a QR scanner's
    code = code.replace("-", "").translate(_LOOKALIKES)
    if len(code) != CODE_LENGTH or any(ch not in ALPHABET for ch in code):
        raise ValidationError(N_(
            "This is not a verification code. A code has 11 letters and digits, printed at the "
            "foot of each page as XXXX-XXXX-XXX. Type it again as printed."))
    values = [ALPHABET.index(ch) for ch in code]
    if _luhn_sum(values, double_first=False) % 32 != 0:
        raise ValidationError(N_(
            "The code {code} has a mistyped character: its last character does not match the "
            "others. Compare it with the paper, character by character, and type it again."),
            code=format_code(code))
    return code


# --- canonical data ---------------------------------------------------------------------------

_NOT_CONTENT = frozenset({"author"})  # who printed it: PDF metadata, not the document


def canonical(value: Any) -> Any:
    """A JSON-safe, order-stable form of a document's data (dataclasses, enums, dates)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: canonical(getattr(value, f.name)) for f in dataclasses.fields(value)
                if f.name not in _NOT_CONTENT}
    if isinstance(value, list | tuple):
        return [canonical(item) for item in value]
    if isinstance(value, dict):
        return {str(k): canonical(v) for k, v in value.items()}
    if isinstance(value, str):
        return value
    return journal.to_plain(value)


def content_hash(kind: DocumentKind, data: Any) -> str:
    payload = {"kind": kind.value, "data": canonical(data)}
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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


def _assemble(session: Session, request: IssueRequest, author: str) -> Any:
    """The document's data, from the same service functions the documents always used."""
    from desktop.core.services.documents import data
    from desktop.core.services.documents import printing as documents

    kind, case_id, on = request.kind, request.case_id, request.on
    if kind in TEAM_KINDS:
        assert request.team_id and request.start and request.end
        if kind is DocumentKind.LOGBOOK:
            return data.logbook_document(session, request.team_id, request.start, request.end,
                                         volume=request.volume, author=author)
        return data.remuneration_document(session, request.team_id, request.start,
                                          request.end, mediator_name=request.mediator,
                                          author=author, issued_on=on)
    assert case_id is not None
    builders: dict[DocumentKind, Callable[[], Any]] = {
        DocumentKind.AGREEMENT: lambda: documents.agreement_document(session, case_id, author),
        DocumentKind.UNSUCCESSFUL: lambda: data.unsuccessful_document(session, case_id, author),
        DocumentKind.MINUTES: lambda: data.minutes_document(session, case_id, request.hearing,
                                                            author),
        DocumentKind.INVITATION: lambda: data.invitation_document(
            session, case_id, request.hearing, author, issued_on=_invitation_day(
                session, case_id, request.hearing, on)),
        DocumentKind.GUIDANCE: lambda: data.guidance_document(session, case_id, author,
                                                              court=request.court, issued_on=on),
        DocumentKind.CASEFILE: lambda: data.casefile_document(session, case_id, author,
                                                              printed_on=on),
    }
    return builders[kind]()


def _invitation_day(session: Session, case_id: uuid.UUID, hearing: int,
                    on: date | None) -> date | None:
    """An invitation is never dated after its hearing (as document_data does for today)."""
    from desktop.core.services.documents.data import case_hearing

    if on is None:
        return None
    return min(on, case_hearing(fetch(session, Case, case_id), hearing).held_at.date())


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
    from desktop.core.documents.layout import verification_code

    case = fetch(session, Case, request.case_id) if request.case_id else None
    team_id = case.team_id if case else request.team_id
    if team_id is None:
        raise NotFoundError(N_("This case book has no team yet."))
    request = dataclasses.replace(request, team_id=team_id, on=request.on or date.today())
    if request.kind in TEAM_KINDS:
        _check_period(request.start, request.end)
    data = _assemble(session, request, author)
    digest = content_hash(request.kind, data)
    code = derive_code(team_id, digest)
    with verification_code(format_code(code)):
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


# --- checking a code --------------------------------------------------------------------------


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
        data = _assemble(session, request, "")
    except HoagiaiError:
        return True  # e.g. the case was reopened: the document could not be printed today
    return content_hash(row.kind, data) != row.content_hash


def issued_for_case(session: Session, case_id: uuid.UUID) -> list[IssuedDocument]:
    """The documents issued for a case, newest first (for choosing what a scan is a copy of)."""
    return list(session.scalars(select(IssuedDocument).where(IssuedDocument.case_id == case_id)
                                .order_by(IssuedDocument.issued_at.desc())))


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
