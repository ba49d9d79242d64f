"""Who a volunteer calls for help with the program (``policy.settings.HELP_CONTACT``: a name and
a phone, one line), changed from the settings window and shown by the guide and the error
message: checked, stored and journaled like the other settings."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.core.db.journal import record_event
from desktop.core.domain.roles import Permission
from desktop.core.domain.text import clean
from desktop.core.errors import ValidationError
from desktop.core.i18n import N_
from desktop.core.policy import settings
from desktop.core.policy.access import require

LONGEST = 200  # a name, a role and a phone number or two
TOO_LONG = N_("Who to call for help is too long: at most {limit} characters (a name and a "
              "phone number).")


def set_help_contact(session: Session, contact: str) -> None:
    require(session, Permission.EDIT_SETTINGS)
    new = " ".join(clean(contact).split())  # one line: it stands in a sentence
    if len(new) > LONGEST:
        raise ValidationError(TOO_LONG, field="help_contact", limit=str(LONGEST))
    key = settings.HELP_CONTACT.key
    old = settings.get_setting(session, key, "")
    if old != new:
        settings.set_setting(session, key, new)
        record_event(session, "settings", "app_settings", "settings", None,
                     {"changes": {key: [old, new]}})
