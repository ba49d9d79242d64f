"""The data of a book's key recovery sheet, and its printing (journaled as an event)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desktop.core.db.journal import record_event
from desktop.core.db.models import Team
from desktop.core.documents.key_sheet import KeySheet, render_key_sheet
from desktop.core.domain.roles import Permission
from desktop.core.exchange import book, keys
from desktop.core.policy import settings


def sheet_data(session: Session, today: date | None = None) -> KeySheet:
    pair = keys.require_own_key(session)
    is_ward = book.kind(session) == book.WARD
    if is_ward:
        holder = settings.get_setting(session, book.WARD_NAME)
        commune = settings.get_setting(session, book.WARD_COMMUNE)
    else:
        team = session.get(Team, book.require_team(session))
        holder, commune = (team.name, team.commune) if team else ("", "")
    return KeySheet(holder=holder, is_ward=is_ward, commune=commune,
                    code=keys.recovery_code(pair), fingerprint=keys.fingerprint(pair.key_id),
                    key_id=pair.key_id, printed_on=today or date.today())


def render_for(session: Session, today: date | None = None) -> bytes:
    """The sheet as PDF bytes; printing it is journaled (who, when, which key), never the code."""
    book.allowed(session, Permission.EDIT_SETTINGS if book.kind(session) == book.TEAM
                 else Permission.MANAGE_WARD_SETTINGS)
    data = sheet_data(session, today)
    pdf = render_key_sheet(data)
    record_event(session, "key_sheet_printed", "exchange_keys", data.key_id, None,
                 {"key_id": data.key_id})
    return pdf
