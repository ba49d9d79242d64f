"""Scanned signed copies kept with a case: the type read from the bytes, a size limit from the
settings, the SHA-256 kept and checked, the issued document it is a copy of; bad files change
nothing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from desktop.core.db.models_documents import Attachment, AttachmentContent
from desktop.core.domain.enums import DocumentKind
from desktop.core.errors import ValidationError
from desktop.core.policy import settings
from desktop.core.services.cases import attachments
from desktop.core.services.documents import issued, verification
from desktop.core.services.documents.issued import IssueRequest
from tests.core.helpers import build_case, close_successfully, journal


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(buffer, "PNG")
    return buffer.getvalue()


def _jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("L", (40, 30), 200).save(buffer, "JPEG")
    return buffer.getvalue()


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def case_id(book, actor, team_id):
    with book.database.transaction(actor) as session:
        parts = build_case(session, team_id)
        close_successfully(session, parts.case_id)
    return parts.case_id


def _count(book) -> tuple[int, int]:
    with book.database.reading() as session:
        return (session.scalar(select(func.count()).select_from(Attachment)) or 0,
                session.scalar(select(func.count()).select_from(AttachmentContent)) or 0)


@pytest.mark.both_backends
def test_the_type_comes_from_the_bytes_not_the_name(book, actor, case_id) -> None:
    files = [("ban-ky.pdf", PDF, "application/pdf"), ("scan.PDF.png", _png(), "image/png"),
             ("anh-chup.pdf", _jpeg(), "image/jpeg")]  # a JPEG named .pdf is a JPEG
    with book.database.transaction(actor) as session:
        for name, data, _type in files:
            attachments.attach(session, case_id, name, data)
    with book.database.transaction(actor) as session:
        rows = attachments.list_attachments(session, case_id)
        assert [(r.file_name, r.media_type) for r in rows] == [(n, t) for n, _d, t in files]
        row, data = attachments.attachment_bytes(session, rows[1].id)
        assert data == files[1][1] and row.size == len(data) and len(row.sha256) == 64
        assert row.added_by == actor.user
    with book.database.reading() as session:
        entries = journal(session)
    assert sum(e.entity == "case_attachments" and e.op == "insert" for e in entries) == 3
    assert entries[-1].op == "open_attachment"
    assert all("data" not in e.changes for e in entries)  # the bytes stay out of the journal


def test_signed_copy_of_an_issued_document(book, actor, case_id, tmp_path: Path) -> None:
    with book.database.transaction(actor) as session:
        document = issued.prepare(session, IssueRequest(DocumentKind.AGREEMENT,
                                                        case_id=case_id), "tester")
        row = issued.record_issue(session, document, "printer")
        attachments.attach(session, case_id, "ban-ky.pdf", PDF, issued_id=row.id)
    with book.database.transaction(actor) as session:
        (listed,) = attachments.list_attachments(session, case_id)
        assert (listed.issued_code, listed.issued_kind) == (document.code, "agreement")
        saved = attachments.save_copy(session, listed.id, tmp_path / "ban-sao")
    assert saved.name == "ban-sao.pdf" and saved.read_bytes() == PDF


@pytest.mark.parametrize(("data", "words"), [
    (b"", "empty"),
    (b"PK\x03\x04 a zip named .pdf", "not a PDF, JPEG or PNG"),
    (b"GIF89a......", "not a PDF, JPEG or PNG"),
    (b"MZ\x90\x00 an .exe", "not a PDF, JPEG or PNG"),
])
def test_wrong_files_are_refused_and_nothing_changes(book, actor, case_id, data: bytes,
                                                     words: str) -> None:
    with pytest.raises(ValidationError) as caught, \
            book.database.transaction(actor) as session:
        attachments.attach(session, case_id, "ban-ky.pdf", data)
    assert words in caught.value.message_id and caught.value.field == "file"
    assert "ban-ky.pdf" in caught.value.message
    assert _count(book) == (0, 0)


def test_the_size_limit_is_a_setting(book, actor, case_id) -> None:
    with book.database.transaction(actor) as session:
        settings.set_setting(session, attachments.MAX_MB_SETTING, "1")
    big = b"%PDF-1.4\n%" + b"0" * (1024 * 1024) + b"\n%%EOF\n"
    with pytest.raises(ValidationError) as caught, \
            book.database.transaction(actor) as session:
        attachments.attach(session, case_id, "lon.pdf", big)
    assert "MB allowed" in caught.value.message_id and caught.value.params["limit"] == 1
    assert _count(book) == (0, 0)
    with book.database.transaction(actor) as session:
        settings.set_setting(session, attachments.MAX_MB_SETTING, "2")
        attachments.attach(session, case_id, "lon.pdf", big)
    assert _count(book) == (1, 1)


def test_an_unreadable_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        attachments.read_file(tmp_path / "khong-co.pdf")
    assert "could not be read" in caught.value.message_id


def test_a_document_of_another_case_is_refused(book, actor, team_id, case_id) -> None:
    with book.database.transaction(actor) as session:
        other = build_case(session, team_id, title="Tranh chấp khác").case_id
        document = issued.prepare(session, IssueRequest(DocumentKind.CASEFILE, case_id=other),
                                  "tester")
        row = issued.record_issue(session, document, "printer")
    with pytest.raises(ValidationError) as caught, \
            book.database.transaction(actor) as session:
        attachments.attach(session, case_id, "ban-ky.pdf", PDF, issued_id=row.id)
    assert caught.value.field == "issued"
    assert _count(book) == (0, 0)


@pytest.mark.both_backends
def test_issue_and_verify_on_both_backends(book, actor, case_id) -> None:
    from desktop.core.db.models_documents import IssuedDocumentFile

    with book.database.transaction(actor) as session:
        document = issued.prepare(session, IssueRequest(DocumentKind.GUIDANCE, case_id=case_id,
                                                        court="Tòa án nhân dân khu vực 2"),
                                  "tester")
        issued.record_issue(session, document, "printer")
        issued.record_issue(session, document, "again.pdf")  # the same data: one row
    with book.database.transaction(actor) as session:
        found = verification.check(session, document.display_code)
        assert found.pdf == document.pdf and found.pdf_intact and not found.changed_since
        assert found.params["court"] == "Tòa án nhân dân khu vực 2"
        # a book holding only the record (as a ward would): no copy, no false alarm
        session.delete(session.get(IssuedDocumentFile, found_id(session, document.code)))
    with book.database.transaction(actor) as session:
        found = verification.check(session, document.code)
        lines = dict(verification.verification_lines(found))
    assert found.pdf == b"" and found.pdf_intact
    assert "Cảnh báo" not in lines and "Bản đã phát hành" in lines


def found_id(session, code: str):
    from desktop.core.db.models_documents import IssuedDocument

    return session.scalar(select(IssuedDocument.id).where(IssuedDocument.code == code))


def _jpeg_with_preview() -> bytes:
    """A photo as phones save it: an EXIF segment holding a small preview JPEG (with its own
    end marker) before the picture itself."""
    exif = Image.Exif()
    exif[0x010F] = "Điện thoại"
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "white").save(buffer, "JPEG", exif=exif.tobytes())
    picture = buffer.getvalue()
    preview = _jpeg()
    segment = b"Exif\x00\x00" + preview
    app1 = b"\xff\xe1" + (len(segment) + 2).to_bytes(2, "big") + segment
    return picture[:2] + app1 + picture[2:]


@pytest.mark.parametrize("name", ["png", "jpeg", "jpeg with preview", "pdf"])
def test_a_scan_cut_off_is_refused_and_a_whole_one_kept(book, actor, case_id, name) -> None:
    whole = {"png": _png, "jpeg": _jpeg, "jpeg with preview": _jpeg_with_preview,
             "pdf": lambda: b"%PDF-1.4\n%" + b"x" * 3000 + b"\n%%EOF\n"}[name]()
    for cut in (len(whole) // 2, len(whole) - 2, 12):
        with pytest.raises(ValidationError) as caught, \
                book.database.transaction(actor) as session:
            attachments.attach(session, case_id, "ban-ky", whole[:cut])
        assert "seems cut off" in caught.value.message_id, cut
    assert _count(book) == (0, 0)
    with book.database.transaction(actor) as session:
        attachments.attach(session, case_id, "ban-ky", whole + b"\x00" * 16)  # padding is fine
    assert _count(book) == (1, 1)


def test_a_file_too_big_is_refused_from_its_size_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "lon.pdf"
    with huge.open("wb") as stream:  # sparse: 8 GiB that take no disk space
        stream.write(PDF)
        stream.truncate(8 * 1024 ** 3)
    with pytest.raises(ValidationError) as caught:
        attachments.read_file(huge, limit=1024 * 1024)
    assert "MB allowed" in caught.value.message_id and caught.value.params["limit"] == 1
    small = tmp_path / "nho.pdf"
    small.write_bytes(PDF)
    assert attachments.read_file(small, limit=1024 * 1024) == PDF
