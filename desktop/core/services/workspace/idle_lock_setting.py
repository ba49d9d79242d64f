"""The idle lock's minutes (``policy.settings.IDLE_LOCK_MINUTES``: 0 for never, at most a day),
changed from the settings window: checked, stored and journaled like the other settings."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.core.db.journal import record_event
from desktop.core.domain.roles import Permission
from desktop.core.errors import ValidationError
from desktop.core.i18n import N_
from desktop.core.policy import settings
from desktop.core.policy.access import require

BAD_MINUTES = N_("The idle lock takes a whole number of minutes from 0 (never) to 1440.")


def set_idle_lock_minutes(session: Session, minutes: int) -> None:
    require(session, Permission.EDIT_SETTINGS)
    key, new = settings.IDLE_LOCK_MINUTES.key, str(minutes)
    if settings.IDLE_LOCK_MINUTES.parse(new) is None:
        raise ValidationError(BAD_MINUTES, field="idle_lock_minutes")
    old = settings.get_setting(session, key, "")
    if old != new:
        settings.set_setting(session, key, new)
        record_event(session, "settings", "app_settings", "settings", None,
                     {"changes": {key: [old, new]}})
