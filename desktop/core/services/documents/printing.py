"""Recording that a document was printed or saved (the audit trail of paper that left the book).

The documents' data comes from ``data``; issuing under a verification code journals its own
prints (``issued.record_issue``).
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from desktop.core.db import journal
from desktop.core.db.models import Case
from desktop.core.domain.enums import DocumentKind
from desktop.core.domain.roles import Permission
from desktop.core.policy.access import require
from desktop.core.services.common import fetch


def record_print(session: Session, case_id: uuid.UUID, document: DocumentKind,
                 target: str) -> None:
    """Journal who printed or saved which document of which case (the audit trail)."""
    require(session, Permission.PRINT_DOCUMENTS)
    case = fetch(session, Case, case_id)
    details = {"document": document.value, "target": target, "case_version": case.version}
    journal.record_event(session, "print", "cases", str(case.id), str(case.team_id), details)

