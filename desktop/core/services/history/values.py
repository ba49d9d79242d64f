"""Journal values in words: names instead of ids, enum values by their labels, dates as
dd/mm/yyyy, times in local time, long texts shortened, and sealed personal data opened (or
shown as erased).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.db import journal
from desktop.core.db.models import JournalEntry
from desktop.core.domain.enums import (
    AssignmentMethod,
    CaseStatus,
    DocumentKind,
    Eligibility,
    FollowUpStatus,
    Grounds,
    MediatorRole,
    OutcomeKind,
    ParticipantRole,
    Sex,
)
from desktop.core.domain.labels import label
from desktop.core.domain.roles import Role
from desktop.core.i18n import _
from desktop.core.services.history.labels import HIDDEN_FIELDS, field_label

EMPTY = "—"
_LONG = 300  # characters of a long text shown in one cell
_ENUMS: dict[str, type[Enum]] = {
    "grounds": Grounds, "eligibility": Eligibility, "status": CaseStatus,
    "method": AssignmentMethod, "kind": OutcomeKind, "follow_up_status": FollowUpStatus,
    "sex": Sex, "document": DocumentKind,
}
_ENTITY_ENUMS: dict[tuple[str, str], type[Enum]] = {
    ("case_participants", "role"): ParticipantRole,
    ("mediators", "role"): MediatorRole,
    ("accounts", "role"): Role,
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def local_time(at: datetime) -> datetime:
    """A UTC journal time as the computer's local time (naive)."""
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


@dataclass(frozen=True)
class FieldChange:
    label: str  # translated
    old: str
    new: str


@dataclass
class Names:
    """Names for the ids a journal's records point at, filled once per history or page."""

    people: dict[str, str] = field(default_factory=dict)  # person id -> name
    participants: dict[str, str] = field(default_factory=dict)  # participant id -> name
    mediators: dict[str, str] = field(default_factory=dict)
    articles: dict[str, str] = field(default_factory=dict)
    categories: dict[str, str] = field(default_factory=dict)

    def for_field(self, name: str) -> dict[str, str] | None:
        return {
            "person_id": self.people, "participant_id": self.participants,
            "represents_id": self.participants, "obliged_participant_id": self.participants,
            "mediator_id": self.mediators, "article_id": self.articles,
            "category_code": self.categories,
        }.get(name)


def shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _LONG else text[:_LONG - 1] + "…"


def latest_value(changes: dict[str, Any], name: str) -> Any:
    value = changes.get(name)
    if isinstance(value, list) and len(value) == 2:
        return value[1] if value[1] is not None else value[0]
    return None


def show_value(entity: str, name: str, value: Any, names: Names | None = None) -> str:
    """A journal value in words."""
    if value is None or value == "":
        return EMPTY
    if value == journal.ERASED:
        return _("(erased)")
    if journal.is_sealed(value):
        return _("(encrypted)")
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    kind = _ENTITY_ENUMS.get((entity, name)) or _ENUMS.get(name)
    if kind is not None:
        try:
            member = kind(value)
        except ValueError:
            return str(value)
        try:
            return label(member)
        except KeyError:  # an enum that names itself (roles)
            return str(getattr(member, "label", value))
    lookup = names.for_field(name) if names is not None else None
    if lookup is not None and str(value) in lookup:
        return lookup[str(value)]
    if isinstance(value, str) and _DATE.match(value):
        return date.fromisoformat(value).strftime("%d/%m/%Y")
    if isinstance(value, str) and _DATETIME.match(value):
        return datetime.fromisoformat(value).strftime("%d/%m/%Y %H:%M")
    if isinstance(value, list | dict):
        return shorten(str(value))
    return shorten(str(value))


def field_changes(session: Session, entry: JournalEntry,
                  names: Names | None) -> tuple[FieldChange, ...]:
    """The entry's fields in words, always read through ``journal.open_changes``: sealed
    personal data shows as the value it was (or as erased), never as ciphertext."""
    changes = journal.open_changes(session, entry)
    shown = []
    for name, value in changes.items():
        if name in HIDDEN_FIELDS:
            continue
        if entry.op in ("insert", "update", "delete") and isinstance(value, list) \
                and len(value) == 2:
            old, new = value
            kept = {"insert": new, "delete": old}.get(entry.op, True)
            if kept is None or kept == "" or kept is False:
                continue  # an empty field of a new or removed record says nothing
        else:  # an event's details: one value each
            old, new = None, value
        shown.append(FieldChange(field_label(entry.entity, name),
                                 show_value(entry.entity, name, old, names),
                                 show_value(entry.entity, name, new, names)))
    return tuple(shown)
