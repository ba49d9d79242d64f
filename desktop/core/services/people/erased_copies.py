"""Erasure reaches the copies of issued documents kept in the book.

Every printed or saved document is kept as issued (``issued_document_files``) so that ``verify
CODE -o`` can hand back the very paper. Those PDFs print a party's name, citizen ID and address,
and a PDF cannot be scrubbed like a database field. So when a person is erased, the stored PDF
of every document that can name them goes: the documents of their cases, and the team's
documents (the logbook, the remuneration requests), which list every case's parties. What stays
is the verification record (code, kind, date, who issued it, the SHA-256 of the content): the
code still proves that the team issued a document of that kind on that day, and ``verify``
says that the copy was removed by an erasure.

The file or printer a copy went to (``target``) can carry the name too (a file named after the
person); where it names them, it is cleared.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from desktop.core.db.models_documents import IssuedDocument, IssuedDocumentFile
from desktop.core.domain.text import fold


def drop_issued_copies(session: Session, team_id: uuid.UUID, case_ids: Iterable[uuid.UUID],
                       names: Iterable[str]) -> int:
    """Delete the stored PDFs that can name the erased person; how many went."""
    cases = list(case_ids)
    documents = list(session.scalars(select(IssuedDocument).where(
        IssuedDocument.team_id == team_id,
        or_(IssuedDocument.case_id.is_(None), IssuedDocument.case_id.in_(cases)))))
    _clear_targets(documents, names)
    ids = [d.id for d in documents]
    if not ids:
        return 0
    kept = set(session.scalars(select(IssuedDocumentFile.issued_id).where(
        IssuedDocumentFile.issued_id.in_(ids))))
    session.execute(delete(IssuedDocumentFile).where(IssuedDocumentFile.issued_id.in_(ids)))
    return len(kept)


def _clear_targets(documents: list[IssuedDocument], names: Iterable[str]) -> None:
    folded = [fold(n) for n in names if n.strip()]
    words = [re.compile(r"[\s_.-]+").sub("", f) for f in folded]
    for document in documents:
        target = fold(document.target)
        squeezed = re.compile(r"[\s_.-]+").sub("", target)
        if any(f in target for f in folded) or any(w and w in squeezed for w in words):
            document.target = ""
