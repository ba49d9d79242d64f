"""The day's work: what is due in a team's book, for the start page and ``hoagiai today``.

``rules`` holds the day counts (reminders.toml, or the ward's), ``facts`` reads the book, ``due``
holds the pure rules; :func:`todays_reminders` puts them together.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from desktop.core.db.engine import Database
from desktop.core.errors import HoagiaiError
from desktop.core.policy import settings
from desktop.core.services.reminders.due import Kind, PeriodEnd, Reminder, reminders_for, week_of
from desktop.core.services.reminders.facts import BookFacts, Narrowing, book_facts
from desktop.core.services.reminders.rules import ReminderRules, rules_with
from desktop.core.services.workspace import backup_jobs
from desktop.core.statistics.rules import PeriodRule, load_rules

__all__ = ["BookFacts", "Kind", "PeriodEnd", "Reminder", "ReminderRules", "book_rules",
           "last_backup", "period_ends", "reminders_of_book", "todays_reminders"]

_LOOK_BACK_DAYS = 90  # planned hearings not yet recorded are looked for this far back


def book_rules(session: Session) -> ReminderRules:
    return rules_with(settings.value(session, settings.REFERENCE_REMINDERS))


def period_ends() -> tuple[PeriodEnd, ...]:
    """The statistics periods' last days (statistics.toml), each with its name for a year."""
    def name_of(rule: PeriodRule) -> Callable[[int], str]:
        return lambda year: rule.label.text(year=year)

    return tuple(PeriodEnd(name_of(rule), *rule.end) for rule in load_rules().periods.values())


def todays_reminders(session: Session, team_id: uuid.UUID, now: datetime | None = None, *,
                     last_backup_at: datetime | None = None,
                     backups_known: bool = False) -> list[Reminder]:
    now = now or datetime.now()
    rules = book_rules(session)
    since = min(week_of(now.date(), rules)[0], now.date() - timedelta(days=_LOOK_BACK_DAYS))
    # only the cases that can be due today are read (SQL), not the whole book
    facts = book_facts(session, team_id, since, last_backup_at, backups_known,
                       Narrowing(now.date(), rules))
    return reminders_for(facts, now, rules, period_ends())


def last_backup(database: Database) -> tuple[bool, datetime | None]:
    """(known, local time of the newest backup) of a book file; a server book is backed up on
    the server, so nothing is known here."""
    if database.path is None:
        return False, None
    try:
        found = backup_jobs.list_backups(backup_jobs.BookFile.of(database))
    except HoagiaiError:
        return False, None  # an unreadable folder: the backup screen says why
    if not found:
        return True, None
    return True, found[0].made_at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def reminders_of_book(session: Session, database: Database, team_id: uuid.UUID,
                      now: datetime | None = None) -> list[Reminder]:
    """The day's reminders of an open book, its backups included (the start page's read)."""
    known, at = last_backup(database)
    return todays_reminders(session, team_id, now, last_backup_at=at, backups_known=known)
