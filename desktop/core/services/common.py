"""Small helpers shared by the services."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from desktop.core.db.models import Case
from desktop.core.domain import workflow
from desktop.core.errors import NotFoundError
from desktop.core.i18n import N_

T = TypeVar("T")


def fetch(session: Session, model: type[T], record_id: uuid.UUID | str) -> T:
    """The record with this id, or a clear NotFoundError."""
    key = record_id if isinstance(record_id, uuid.UUID) else uuid.UUID(str(record_id))
    record = session.get(model, key)
    if record is None:
        raise NotFoundError(
            N_("The record you asked for no longer exists. Close this window and open the case "
               "again.")
        )
    return record


def editable_case(session: Session, case_id: uuid.UUID) -> Case:
    """The case, if it may be changed in this unit of work (open, or amended with a reason)."""
    case = fetch(session, Case, case_id)
    problem = workflow.editing_problem(case.status, session.info.get("reason", ""))
    if problem:
        raise problem
    return case


def today_or(day: date | None) -> date:
    return day or date.today()


def assign(record: Any, values: dict[str, Any]) -> None:
    """Set only the attributes that differ, so the journal records real changes only."""
    for key, value in values.items():
        if getattr(record, key) != value:
            setattr(record, key, value)
