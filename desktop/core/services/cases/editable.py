"""Whether the signed-in person may edit one case: what the case window asks before it offers
its editing buttons (attaching a scan is editing the case)."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from desktop.core.db.engine import Actor
from desktop.core.db.models import Case
from desktop.core.policy import access


def may_edit_case(session: Session, actor: Actor, case_id: uuid.UUID) -> bool:
    """A mediator only the cases assigned to them; a missing case or role is left to the
    service that saves, which refuses with its own message."""
    case = session.get(Case, case_id)
    if actor.role is None or case is None:
        return True
    return access.may_edit_case(actor, actor.role, case)
