"""What kind of book this is (a team's, or the ward office's) and the exchange settings."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.db.models_exchange import ExchangePackage, WithheldField
from desktop.core.domain.roles import Permission
from desktop.core.errors import WorkflowError
from desktop.core.i18n import N_
from desktop.core.policy import access, settings

# The exchange's setting keys, by the names its modules use (defined in policy.settings).
BOOK_KIND = settings.BOOK_KIND.key
WARD_ID = settings.WARD_ID.key
WARD_NAME = settings.WARD_NAME.key
WARD_COMMUNE = settings.WARD_COMMUNE.key
WARD_PROVINCE = settings.WARD_PROVINCE.key
ENTITLED_NARRATIVE = settings.ENTITLED_NARRATIVE.key
KEY_ANNOUNCE = settings.KEY_ANNOUNCE.key
REFERENCE_CONVENTIONS = settings.REFERENCE_CONVENTIONS.key
RESEND = settings.RESEND.key

TEAM, WARD = "team", "ward"

NOT_A_WARD_BOOK = N_(
    "This book is a team's case book, not a ward office book. Open the ward office book (made "
    "with hoagiai ward init).")
NOT_A_TEAM_BOOK = N_(
    "This book is a ward office book; only a team's case book can do this. Open the team's "
    "book.")
NO_TEAM = N_("This case book has no team yet. Set up the team first.")


def allowed(session: Session, permission: Permission) -> None:
    """Refuse unless the logged-in account's role may do this (services.access)."""
    access.require(session, permission)


def kind(session: Session) -> str:
    return settings.get_setting(session, BOOK_KIND, TEAM) or TEAM


def require_ward(session: Session) -> str:
    if kind(session) != WARD:
        raise WorkflowError(NOT_A_WARD_BOOK)
    return settings.get_setting(session, WARD_ID)


def require_team(session: Session) -> uuid.UUID:
    if kind(session) != TEAM:
        raise WorkflowError(NOT_A_TEAM_BOOK)
    team_id = settings.own_team_id(session)
    if team_id is None:
        raise WorkflowError(NO_TEAM)
    return team_id


def withheld(session: Session) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(always withheld, withheld for sensitive cases) fields per table. When the ward is
    entitled to narrative text, the second is empty."""
    always: dict[str, set[str]] = {}
    sensitive: dict[str, set[str]] = {}
    entitled = settings.get_setting(session, ENTITLED_NARRATIVE) == "1"
    for row in session.scalars(select(WithheldField)):
        if row.scope == "always":
            always.setdefault(row.entity, set()).add(row.field)
        elif not entitled:
            sensitive.setdefault(row.entity, set()).add(row.field)
    return always, sensitive


def next_sequence(session: Session, direction: str, package_kind: str, peer_id: str) -> int:
    last = session.scalar(select(func.max(ExchangePackage.sequence)).where(
        ExchangePackage.direction == direction, ExchangePackage.kind == package_kind,
        ExchangePackage.peer_id == peer_id))
    return int(last or 0) + 1
