"""Settings kept inside the database: its team, its device id, preferences that travel with it."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from desktop.core.db.models import AppSetting

OWN_TEAM = "own_team_id"
DEVICE_ID = "device_id"


def get_setting(session: Session, key: str, default: str = "") -> str:
    setting = session.get(AppSetting, key)
    return setting.value if setting else default


def set_setting(session: Session, key: str, value: str) -> None:
    setting = session.get(AppSetting, key)
    if setting is None:
        session.add(AppSetting(key=key, value=value))
    elif setting.value != value:
        setting.value = value


def own_team_id(session: Session) -> uuid.UUID | None:
    value = get_setting(session, OWN_TEAM)
    return uuid.UUID(value) if value else None


def device_id(session: Session) -> str:
    """A random id for this database's device, created on first use."""
    value = get_setting(session, DEVICE_ID)
    if not value:
        value = str(uuid.uuid4())
        set_setting(session, DEVICE_ID, value)
    return value
