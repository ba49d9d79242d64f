"""Settings kept inside the database: every key and its default, defined once, and their reading.

A setting is a row of ``app_settings`` (key -> text). Each one the program reads or writes is a
:class:`Setting` below; the rest of the program imports these records instead of spelling the
key (a test scans the source for stray spellings), so a key or a default cannot drift between
the screen that edits it and the code that uses it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from desktop.core.db.models import AppSetting
from desktop.core.errors import WorkflowError
from desktop.core.i18n import N_

T = TypeVar("T")


def whole_number(low: int, high: int) -> Callable[[str], int | None]:
    """A parser for a whole number from ``low`` to ``high``; None for anything else."""
    def parse(text: str) -> int | None:
        text = text.strip()
        return int(text) if text.isdigit() and low <= int(text) <= high else None
    return parse


def _text(text: str) -> str:
    return text


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One stored setting: its key, the value used while none is stored, and how to read it.

    ``parse`` turns the stored text into a value, or None when the text is not one (then the
    default applies)."""

    key: str
    default: T
    parse: Callable[[str], T | None]


OWN_TEAM: Setting[str] = Setting("own_team_id", "", _text)
DEVICE_ID: Setting[str] = Setting("device_id", "", _text)
COURT: Setting[str] = Setting("court_name", "", _text)
# VND per case, the old national ceiling (DOMAIN.md §2.12) while the province's is not set.
REMUNERATION_RATE: Setting[int] = Setting("remuneration_rate_vnd", 200_000,
                                          whole_number(0, 10**15))
ATTACHMENT_MAX_MB: Setting[int] = Setting("attachment_max_mb", 25, whole_number(1, 200))
BACKUP_EVERY_HOURS: Setting[int] = Setting("backup_every_hours", 4, whole_number(1, 168))
BACKUP_KEEP: Setting[int] = Setting("backup_keep", 10, whole_number(1, 100))
RETENTION_YEARS: Setting[int] = Setting("retention_years", 10, whole_number(1, 100))

# Minutes without use before the windows lock; 0 for never.
IDLE_LOCK_MINUTES: Setting[int] = Setting("idle_lock_minutes", 10, whole_number(0, 24 * 60))

# What kind of book this is, and the ward office it exchanges with (exchange.book).
BOOK_KIND: Setting[str] = Setting("book_kind", "team", _text)  # "team" or "ward"
WARD_ID: Setting[str] = Setting("ward_id", "", _text)
WARD_NAME: Setting[str] = Setting("ward_name", "", _text)
WARD_COMMUNE: Setting[str] = Setting("ward_commune", "", _text)
WARD_PROVINCE: Setting[str] = Setting("ward_province", "", _text)
# "1": the ward is entitled to a sensitive case's narrative, which then travels.
ENTITLED_NARRATIVE: Setting[str] = Setting("exchange.ward_entitled_narrative", "", _text)
# The previous key id, until the ward has acknowledged the new key.
KEY_ANNOUNCE: Setting[str] = Setting("exchange.key_announce_pending", "", _text)
REFERENCE_CONVENTIONS: Setting[str] = Setting("reference.conventions", "", _text)  # JSON
# JSON {rule: {key: days}}: the ward's day counts over resources/reference/reminders.toml.
REFERENCE_REMINDERS: Setting[str] = Setting("reference.reminders", "", _text)
# TOML in the form of resources/reference/holidays.toml: the ward's update of the holidays.
REFERENCE_HOLIDAYS: Setting[str] = Setting("reference.holidays", "", _text)
# JSON [[entity, id], ...] the ward rejected: sent again with the next package.
RESEND: Setting[str] = Setting("exchange.resend", "", _text)
# Who a volunteer calls for help with the program (name, phone): filled in by the ward.
HELP_CONTACT: Setting[str] = Setting("help.contact", "", _text)

ALL: tuple[Setting[str] | Setting[int], ...] = (
    OWN_TEAM, DEVICE_ID, COURT, REMUNERATION_RATE, ATTACHMENT_MAX_MB, BACKUP_EVERY_HOURS,
    BACKUP_KEEP, RETENTION_YEARS, IDLE_LOCK_MINUTES, BOOK_KIND, WARD_ID, WARD_NAME,
    WARD_COMMUNE, WARD_PROVINCE, ENTITLED_NARRATIVE, KEY_ANNOUNCE, REFERENCE_CONVENTIONS,
    REFERENCE_HOLIDAYS, RESEND, HELP_CONTACT)


def get_setting(session: Session, key: str, default: str = "") -> str:
    setting = session.get(AppSetting, key)
    return setting.value if setting else default


def set_setting(session: Session, key: str, value: str) -> None:
    setting = session.get(AppSetting, key)
    if setting is None:
        session.add(AppSetting(key=key, value=value))
    elif setting.value != value:
        setting.value = value


def value(session: Session, setting: Setting[T]) -> T:
    """The setting's stored value, or its default when none (or no valid one) is stored."""
    parsed = setting.parse(get_setting(session, setting.key))
    return setting.default if parsed is None else parsed


def own_team_id(session: Session) -> uuid.UUID | None:
    text = get_setting(session, OWN_TEAM.key)
    return uuid.UUID(text) if text else None


def device_id(session: Session) -> str:
    """A random id for this database's device, created on first use."""
    text = get_setting(session, DEVICE_ID.key)
    if not text:
        text = str(uuid.uuid4())
        set_setting(session, DEVICE_ID.key, text)
    return text


def remuneration_rate(session: Session) -> int:
    """The provincial rate per case from the settings; a stored rate that is not a whole number
    of đồng is refused rather than silently replaced by the default."""
    text = get_setting(session, REMUNERATION_RATE.key,
                       str(REMUNERATION_RATE.default)).strip().replace(".", "")
    if not text.isdigit():
        raise WorkflowError(N_("The remuneration rate in the settings is not a whole number of "
                               "đồng: {value}"), value=text)
    return int(text)
