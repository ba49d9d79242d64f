"""Records named for people in import reports: "case 12/2026 (title)" instead of a table name
and a UUID."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from desktop.core.db.models import Case, Mediator, Person, Team
from desktop.core.i18n import N_, _

ENTITY_LABELS = {
    "teams": N_("team"), "mediators": N_("mediator"), "persons": N_("person"),
    "cases": N_("case"), "case_participants": N_("participant of a case"),
    "conflict_declarations": N_("conflict-of-interest declaration"),
    "mediator_assignments": N_("mediator assignment"), "hearings": N_("hearing"),
    "hearing_attendees": N_("hearing attendee"), "outcomes": N_("outcome of a case"),
    "agreements": N_("written agreement"), "agreement_terms": N_("term of an agreement"),
    "conventions": N_("village convention"), "convention_versions": N_("convention version"),
    "convention_articles": N_("convention article"), "convention_clauses": N_("convention clause"),
    "case_citations": N_("citation of a convention"), "case_attachments": N_("attachment"),
    "issued_documents": N_("issued document"),
    "remuneration_claims": N_("remuneration request"),
    "remuneration_claim_cases": N_("case of a remuneration request"),
}


def describe(session: Session, entity: str, record_id: str) -> str:
    """The record as the officer knows it, or its kind and a short id."""
    label = _(ENTITY_LABELS.get(entity, entity))
    try:
        key = uuid.UUID(record_id)
    except ValueError:
        return label
    named = {"cases": lambda: _case(session, key), "persons": lambda: _name(session, Person, key),
             "mediators": lambda: _name(session, Mediator, key),
             "teams": lambda: _name(session, Team, key)}.get(entity)
    detail = named() if named else None
    return f"{label} {detail}" if detail else f"{label} {record_id[:8]}"


def _case(session: Session, key: uuid.UUID) -> str | None:
    case = session.get(Case, key)
    return f"{case.number} ({case.title})" if case else None


def _name(session: Session, model: type[Person] | type[Mediator] | type[Team],
          key: uuid.UUID) -> str | None:
    record = session.get(model, key)
    if record is None:
        return None
    return str(getattr(record, "name", None) or getattr(record, "full_name", ""))
