"""Issued documents (paper that can be checked) and the scanned signed copies kept with a case.

Each kind is split in two: a small ``Tracked`` record (journaled, so it travels and is
tamper-evident like the case records) and a plain table with the file's bytes. The bytes stay out
of the journal, whose entries copy every column of a Tracked record as JSON.

Why an issued document keeps its **PDF bytes** rather than the data to render it again: the
wording files, the layout, the fonts and the program itself change (the law is being amended),
so re-rendering old data would not give the paper that was handed out. The bytes are that paper.
ReportLab already Flate-compresses the page streams and embedded font subsets, so compressing the
file again gains little (a few per cent); a document is 30-120 KB and a team issues tens a year.
The parameters it was issued with (hearing, period, court...) are kept too, so the program can
assemble the same document from today's data and say whether the case changed since.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.db.models import Base, TeamOwned, Tracked, enum_column
from desktop.core.domain.enums import DocumentKind


class IssuedDocument(TeamOwned, Base):
    """A document as it was printed or saved, under its verification code."""

    __tablename__ = "issued_documents"

    code: Mapped[str] = mapped_column(String(16), unique=True)  # without separators
    kind: Mapped[DocumentKind] = mapped_column(enum_column(DocumentKind))
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), index=True,
                                                      default=None)  # None: a team document
    case_version: Mapped[int | None] = mapped_column(default=None)
    content_hash: Mapped[str] = mapped_column(String(64))  # SHA-256 of the canonical data
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    issued_at: Mapped[datetime]  # UTC
    issued_by: Mapped[str] = mapped_column(String(80))
    device: Mapped[str] = mapped_column(String(80), default="")
    target: Mapped[str] = mapped_column(Text, default="")  # the first printer or file


class IssuedDocumentFile(Base):
    """The PDF of an issued document, exactly as it was printed."""

    __tablename__ = "issued_document_files"

    issued_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("issued_documents.id"),
                                                 primary_key=True)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))


class Attachment(TeamOwned, Base):
    """A scanned signed copy (or another file) kept with a case."""

    __tablename__ = "case_attachments"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(40))  # sniffed from the bytes
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    issued_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("issued_documents.id"),
                                                        default=None)  # signed copy of
    added_at: Mapped[datetime]  # UTC
    added_by: Mapped[str] = mapped_column(String(80))
    note: Mapped[str] = mapped_column(Text, default="")


class AttachmentContent(Base):
    """The attached file's bytes (inside the database, so an encrypted book encrypts them)."""

    __tablename__ = "case_attachment_contents"

    attachment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_attachments.id"),
                                                     primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


# journaled like the case records (tests/core/test_journal.py lists every Tracked model)
DOCUMENT_MODELS: tuple[type[Tracked], ...] = (IssuedDocument, Attachment)
