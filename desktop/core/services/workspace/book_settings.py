"""The settings a team (or ward) changes on the Settings screen, validated in one place.

The values live in ``app_settings`` under the keys the rest of the program reads: the court
named on the guidance sheet, the provincial remuneration rate, the attachment size limit, the
automatic backups' interval and how many are kept, and the retention period after which people's
personal data are erased. Every value is checked before any is saved (all problems reported at
once), and a save journals which settings changed, from what to what.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy.orm import Session

from desktop.core.db import journal
from desktop.core.domain.roles import Permission
from desktop.core.errors import HoagiaiError, RuleViolations, ValidationError
from desktop.core.i18n import N_
from desktop.core.policy import settings
from desktop.core.policy.access import require
from desktop.core.policy.settings import get_setting, set_setting

COURT = settings.COURT.key
RATE = settings.REMUNERATION_RATE.key
ATTACHMENT_MB = settings.ATTACHMENT_MAX_MB.key
BACKUP_HOURS = settings.BACKUP_EVERY_HOURS.key
BACKUP_KEEP = settings.BACKUP_KEEP.key
RETENTION = settings.RETENTION_YEARS.key

DEFAULTS: dict[str, int] = {s.key: s.default for s in (
    settings.REMUNERATION_RATE, settings.ATTACHMENT_MAX_MB, settings.BACKUP_EVERY_HOURS,
    settings.BACKUP_KEEP, settings.RETENTION_YEARS)}
MAX_RATE = 10_000_000  # VND per case: far above any provincial rate, catches a typo
RANGES = {ATTACHMENT_MB: (1, 200), BACKUP_HOURS: (1, 168), BACKUP_KEEP: (1, 100),
          RETENTION: (1, 100)}
MAX_COURT_LENGTH = 200


@dataclass(frozen=True)
class BookSettings:
    court_name: str
    remuneration_rate: str  # as typed, e.g. "200.000"
    attachment_max_mb: int
    backup_every_hours: int
    backup_keep: int
    retention_years: int


# BookSettings field -> setting key, in field order (the fields after the rate are the numbers).
_KEYS = dict(zip((f.name for f in fields(BookSettings)),
                 (COURT, RATE, ATTACHMENT_MB, BACKUP_HOURS, BACKUP_KEEP, RETENTION), strict=True))
_NUMBER_FIELDS = tuple(_KEYS)[2:]


def group_thousands(amount: int) -> str:
    """``200000`` -> ``200.000`` (Vietnamese groups thousands with dots)."""
    return f"{amount:,}".replace(",", ".")


def parse_amount(text: str) -> int | None:
    """``200.000``, ``200 000`` or ``200000`` -> 200000; None if it is not a whole number."""
    digits = "".join(text.split()).replace(".", "")
    return int(digits) if digits.isdigit() else None


def _number(session: Session, key: str) -> int:
    text = get_setting(session, key, "").strip()
    try:
        value = int(float(text))
    except ValueError:
        return DEFAULTS[key]
    low, high = RANGES[key]
    return value if low <= value <= high else DEFAULTS[key]


def load(session: Session) -> BookSettings:
    rate = parse_amount(get_setting(session, RATE, ""))
    return BookSettings(
        court_name=get_setting(session, COURT, ""),
        remuneration_rate=group_thousands(rate if rate is not None else DEFAULTS[RATE]),
        attachment_max_mb=_number(session, ATTACHMENT_MB),
        backup_every_hours=_number(session, BACKUP_HOURS),
        backup_keep=_number(session, BACKUP_KEEP),
        retention_years=_number(session, RETENTION))


_RANGE_MESSAGES = {
    ATTACHMENT_MB: N_("The attachment size limit must be a whole number of MB from {low} to "
                      "{high}."),
    BACKUP_HOURS: N_("The time between automatic backups must be a whole number of hours from "
                     "{low} to {high}."),
    BACKUP_KEEP: N_("The number of backups kept must be a whole number from {low} to {high}."),
    RETENTION: N_("The retention period must be a whole number of years from {low} to {high}."),
}


def validate(values: BookSettings) -> dict[str, str]:
    """The values to store, by setting key; raises RuleViolations listing every problem."""
    errors: list[HoagiaiError] = []
    court = " ".join(values.court_name.split())
    if len(court) > MAX_COURT_LENGTH:
        errors.append(ValidationError(N_("The court's name is too long (at most {limit} "
                                         "characters)."), field="court_name",
                                      limit=MAX_COURT_LENGTH))
    rate = parse_amount(values.remuneration_rate)
    if rate is None or not 0 < rate <= MAX_RATE:
        errors.append(ValidationError(N_(
            "The remuneration rate must be a whole number of đồng per case, more than 0 and at "
            "most {limit}, for example 200.000."), field="remuneration_rate",
            limit=group_thousands(MAX_RATE)))
    stored = {COURT: court, RATE: str(rate)}
    for name in _NUMBER_FIELDS:
        key, value = _KEYS[name], getattr(values, name)
        low, high = RANGES[key]
        if not isinstance(value, int) or not low <= value <= high:
            errors.append(ValidationError(_RANGE_MESSAGES[key], field=name, low=low, high=high))
        stored[key] = str(value)
    if errors:
        raise RuleViolations(errors)
    return stored


def save(session: Session, values: BookSettings) -> dict[str, list[str]]:
    """Validate and store every setting; returns (and journals) what changed: key -> [old, new]."""
    require(session, Permission.EDIT_SETTINGS)
    stored = validate(values)
    changes = {key: [get_setting(session, key, ""), value] for key, value in stored.items()
               if get_setting(session, key, "") != value}
    for key, (_old, new) in changes.items():
        set_setting(session, key, new)
    if changes:
        journal.record_event(session, "settings", "app_settings", "settings", None,
                             {"changes": changes})
    return changes

