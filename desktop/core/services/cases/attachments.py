"""Scanned signed copies (and other files) kept with a case, their bytes inside the database.

Why in the database rather than a folder beside it: the book is one file to back up, send and
encrypt (with SQLCipher the scans are encrypted at rest like everything else), and a scan can
never go missing from its case. The real type is read from the file's first bytes, never from
its name: only PDF, JPEG and PNG are kept, up to a size limit set in the settings.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import files
from desktop.core.db.models import Case
from desktop.core.db.models_documents import Attachment, AttachmentContent, IssuedDocument
from desktop.core.domain.roles import Permission
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.files import atomic_write
from desktop.core.i18n import N_
from desktop.core.policy.access import require
from desktop.core.policy.settings import ATTACHMENT_MAX_MB, get_setting
from desktop.core.services.common import fetch

MAX_MB_SETTING = ATTACHMENT_MAX_MB.key
DEFAULT_MAX_MB = ATTACHMENT_MAX_MB.default
MAX_MB_LIMIT = 200  # what the settings screen accepts: larger scans would bloat the book

PDF, JPEG, PNG = "application/pdf", "image/jpeg", "image/png"
_MAGIC = ((b"%PDF-", PDF), (b"\xff\xd8\xff", JPEG), (b"\x89PNG\r\n\x1a\n", PNG))
EXTENSIONS = {PDF: ".pdf", JPEG: ".jpg", PNG: ".png"}
TYPE_NAMES = {PDF: "PDF", JPEG: "JPEG", PNG: "PNG"}


def sniff(data: bytes) -> str | None:
    """The media type from the file's signature (a PDF may start after a little junk, as
    readers allow within the first KB), or None for anything else."""
    for magic, media_type in _MAGIC:
        if data.startswith(magic):
            return media_type
    return PDF if b"%PDF-" in data[:1024] else None


def max_bytes(session: Session) -> int:
    text = get_setting(session, MAX_MB_SETTING, str(DEFAULT_MAX_MB)).strip()
    megabytes = int(text) if text.isdigit() and int(text) > 0 else DEFAULT_MAX_MB
    return megabytes * 1024 * 1024


@dataclass(frozen=True)
class AttachmentRow:
    """One attachment as a list shows it (no bytes)."""

    id: uuid.UUID
    file_name: str
    media_type: str
    size: int
    sha256: str
    issued_code: str  # the code of the issued document it is the signed copy of, or ""
    issued_kind: str
    added_at: datetime
    added_by: str
    note: str


def read_file(path: Path, limit: int = MAX_MB_LIMIT * 1024 * 1024) -> bytes:
    """The file's bytes, or a clear message (nothing is changed). A file larger than ``limit``
    bytes is refused from its size alone, and at most ``limit + 1`` bytes are ever read (a
    device or a file that grows while read cannot fill the memory)."""
    try:
        size = path.stat().st_size
        if size <= limit:
            with path.open("rb") as stream:
                data = stream.read(limit + 1)
            size = len(data)
    except OSError as error:
        raise ValidationError(N_(
            "The file {name} could not be read ({reason}). Check that it is not open in another "
            "program and that you may read it, then try again."),
            field="file", name=path.name, reason=error.strerror or str(error)) from error
    if size > limit:
        raise _too_big(path.name, size, limit)
    return data


def attach_file(session: Session, case_id: uuid.UUID, path: Path,
                issued_id: uuid.UUID | None = None, note: str = "") -> Attachment:
    """Read the file at ``path`` (no more than the book's size limit) and keep it with the
    case, as ``attach`` does."""
    require(session, Permission.EDIT_ASSIGNED_CASES, case=case_id)
    data = read_file(path, max_bytes(session))
    return attach(session, case_id, path.name, data, issued_id=issued_id, note=note)


def attach(session: Session, case_id: uuid.UUID, file_name: str, data: bytes,
           issued_id: uuid.UUID | None = None, note: str = "") -> Attachment:
    """Keep a scanned copy with the case; raises ValidationError (and changes nothing) for an
    empty file, a file too big, or one that is not a PDF, JPEG or PNG."""
    case = fetch(session, Case, case_id)
    require(session, Permission.EDIT_ASSIGNED_CASES, case=case)
    name = Path(file_name).name or "scan"
    if not data:
        raise ValidationError(N_("The file {name} is empty. Scan the document again and attach "
                                 "the new file."), field="file", name=name)
    limit = max_bytes(session)
    if len(data) > limit:
        raise _too_big(name, len(data), limit)
    media_type = sniff(data)
    if media_type is None:
        raise ValidationError(N_(
            "The file {name} is not a PDF, JPEG or PNG file (whatever its name says). Save the "
            "scan as PDF, JPEG or PNG and attach that file."), field="file", name=name)
    if not is_complete(data, media_type):
        raise ValidationError(N_(
            "The scan {name} seems cut off: the file ends before the end of its {kind} "
            "content. Copy it again from the scanner or phone, then attach the new copy."),
            field="file", name=name, kind=TYPE_NAMES[media_type])
    if issued_id is not None:
        document = fetch(session, IssuedDocument, issued_id)
        if document.case_id != case.id:
            raise ValidationError(N_("That document was not issued for this case. Choose one of "
                                     "this case's documents."), field="issued")
    actor = session.info.get("actor")
    attachment = Attachment(
        team_id=case.team_id, case_id=case.id, file_name=name[:255], media_type=media_type,
        size=len(data), sha256=hashlib.sha256(data).hexdigest(), issued_id=issued_id,
        added_at=datetime.now(UTC).replace(tzinfo=None),  # to the microsecond: list order
        added_by=getattr(actor, "user", "system"), note=note.strip())
    session.add(attachment)
    session.flush()
    session.add(AttachmentContent(attachment_id=attachment.id, data=data))
    return attachment


def _too_big(name: str, size: int, limit: int) -> ValidationError:
    return ValidationError(N_(
        "The file {name} is {size} MB, more than the {limit} MB allowed. Scan at a lower "
        "resolution (200 dpi is enough) or in black and white, then attach it again."),
        field="file", name=name, size=_mb(size), limit=limit // (1024 * 1024))


def is_complete(data: bytes, media_type: str) -> bool:
    """Whether the file reaches its format's end mark (a copy cut off halfway does not)."""
    if media_type == PDF:  # readers look for %%EOF within the last KB as well
        return b"%%EOF" in data[-1024:]
    if media_type == PNG:
        return _png_complete(data)
    return _jpeg_complete(data)


def _png_complete(data: bytes) -> bool:
    """Walk the chunks (length, type, data, CRC) from the signature to an IEND chunk."""
    position = 8
    while position + 8 <= len(data):
        length = int.from_bytes(data[position:position + 4], "big")
        kind = data[position + 4:position + 8]
        position += 12 + length
        if kind == b"IEND":
            return position <= len(data)
    return False


def _jpeg_complete(data: bytes) -> bool:
    """Walk the marker segments to the image data, then look for the end marker (FFD9) after
    it; a preview image inside the EXIF segment is skipped whole, so its end marker does not
    count."""
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return False
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker == 0xD9:
            return True
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # markers without a length
            position += 2
            continue
        length = int.from_bytes(data[position + 2:position + 4], "big")
        if marker == 0xDA:  # start of scan: entropy-coded data, where FF is always escaped
            return b"\xff\xd9" in data[position + 2 + length:]
        position += 2 + length
    return data[position:position + 2] == b"\xff\xd9"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",")


def list_attachments(session: Session, case_id: uuid.UUID) -> list[AttachmentRow]:
    """The case's attachments, oldest first."""
    rows = session.execute(
        select(Attachment, IssuedDocument.code, IssuedDocument.kind)
        .outerjoin(IssuedDocument, IssuedDocument.id == Attachment.issued_id)
        .where(Attachment.case_id == case_id).order_by(Attachment.added_at, Attachment.file_name))
    return [AttachmentRow(a.id, a.file_name, a.media_type, a.size, a.sha256, code or "",
                          kind.value if kind else "", a.added_at, a.added_by, a.note)
            for a, code, kind in rows]


def attachment_bytes(session: Session, attachment_id: uuid.UUID) -> tuple[AttachmentRow, bytes]:
    """The attachment and its bytes, checked against the SHA-256 recorded when it was added."""
    from desktop.core.db import journal

    attachment = fetch(session, Attachment, attachment_id)
    content = session.get(AttachmentContent, attachment_id)
    if content is None or hashlib.sha256(content.data).hexdigest() != attachment.sha256:
        raise NotFoundError(N_(
            "The stored copy of {name} is damaged: it no longer matches the file that was "
            "attached. Restore the book from a backup, or attach the scan again."),
            name=attachment.file_name)
    journal.record_event(session, "open_attachment", "case_attachments", str(attachment.id),
                         str(attachment.team_id), {"file_name": attachment.file_name})
    row = next(r for r in list_attachments(session, attachment.case_id) if r.id == attachment.id)
    return row, bytes(content.data)


def save_copy(session: Session, attachment_id: uuid.UUID, target: Path) -> Path:
    """Write the attachment to ``target`` (the right extension added if missing)."""
    row, data = attachment_bytes(session, attachment_id)
    extension = EXTENSIONS.get(row.media_type, "")
    if extension and target.suffix.lower() not in (extension, ".jpeg" if row.media_type == JPEG
                                                   else extension):
        target = target.with_name(target.name + extension)
    try:
        atomic_write(target, data)  # a half-written copy never replaces an older one
    except OSError as error:
        raise ValidationError(N_(
            "The copy could not be saved ({reason}). Choose another folder, for example "
            "Documents, and try again."), reason=error.strerror or str(error)) from error
    return target


def viewer_copy(session: Session, attachment_id: uuid.UUID) -> Path:
    """A private temporary copy for the system's viewer; the program deletes it when it closes
    (and at the next start): the book's encrypted copy stays the only lasting one."""
    row, data = attachment_bytes(session, attachment_id)
    name = Path(row.file_name).name
    extension = EXTENSIONS.get(row.media_type, "")
    if extension and Path(name).suffix.lower() not in (extension, ".jpeg"):
        name += extension
    return files.viewer_copy(name, data)
