"""Scans attached to a case (``attachments.attach_file``, as the case window's Attachments tab
does): a signed copy must be a whole PDF, JPEG or PNG within the size limit."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.core.db.models import Case
from desktop.core.services.cases import attachments
from desktop.core.services.workspace import book as workspace
from tests.actors import leader
from tests.hostile.corpus import JPEG, PDF, PNG, _write, generic_cases
from tests.hostile.registry import Case as HostileCase
from tests.hostile.registry import reader


def sample_pdf(_folder: Path, _book: Path) -> bytes:
    return PDF + b"%" + b"x" * 4000 + b"\n%%EOF\n"


def _with(cases: list[HostileCase], expected: dict[str, str]) -> list[HostileCase]:
    return [HostileCase(c.name, c.build, expected.get(c.name, c.expect)) for c in cases]


ATTACHMENT_CASES = [
    *_with(generic_cases(".pdf", sample_pdf), {
        "PDF named .pdf": "either",  # a sound, tiny PDF
        "PNG named .pdf": "either",  # a sound PNG: kept by its bytes, whatever its name
        "JPEG named .pdf": "either",
    }),
    HostileCase("a PNG cut after its signature", _write("cut.png", PNG[:12])),
    HostileCase("a JPEG with only its start marker", _write("cut.jpg", JPEG[:4])),
    HostileCase("a text file named .jpg", _write("notes.jpg", "Biên bản".encode() * 50)),
    HostileCase("an HTML page named .pdf", _write("page.pdf", b"<html><body>%PDF</body></html>")),
]


@reader("attachment", ATTACHMENT_CASES)
def attach_scan(path: Path, book_path: Path, _work: Path) -> object:
    book = workspace.open_book(book_path)
    try:
        with book.database.transaction(leader("hostile", book.device)) as session:
            case_id = session.scalars(select(Case.id).order_by(Case.seq)).first()
            assert case_id is not None
            return attachments.attach_file(session, case_id, path)
    finally:
        book.database.dispose()
