"""The reminder rules: pure functions of (book facts, today, rules) to what is due, in words.

Each rule reads only its arguments, so it can be tested at its boundary dates (the day itself,
the end of a month, 29 February) without a book. Days are counted as the Civil Code counts them
(Art. 147): the first day is the day after the event.
"""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from desktop.core.domain.deadlines import limit_end, months_later
from desktop.core.domain.enums import CaseStatus, FollowUpStatus
from desktop.core.domain.holidays import Holidays
from desktop.core.i18n import _, ngettext
from desktop.core.services.reminders.facts import (
    BookFacts,
    CaseFact,
    HearingFact,
    RemunerationWaiting,
    TermFact,
)
from desktop.core.services.reminders.rules import ReminderRules

_ENDED = (CaseStatus.SUCCESSFUL, CaseStatus.UNSUCCESSFUL)  # remunerated, either outcome


class Kind(StrEnum):
    """One kind of reminder; its value is the rule's table in reminders.toml."""

    UNASSIGNED = "unassigned"
    START_HEARING = "start_hearing"
    HEARING_TODAY = "hearing_today"
    HEARING_THIS_WEEK = "hearing_this_week"
    HEARING_TO_RECORD = "hearing_to_record"
    FOLLOW_UP = "follow_up"
    COURT_RECOGNITION = "court_recognition"
    REMUNERATION = "remuneration"
    STATISTICS_PERIOD = "statistics_period"
    WARD_PACKAGE = "ward_package"
    BACKUP = "backup"

    @property
    def rule_key(self) -> str:
        return "hearings" if self.value.startswith("hearing_") else self.value


@dataclass(frozen=True)
class Reminder:
    kind: Kind
    text: str  # what to do, in plain words (translated)
    due_on: date | None = None
    overdue: bool = False
    case_id: uuid.UUID | None = None
    term_id: uuid.UUID | None = None  # a follow-up, answered in place
    term_version: int | None = None  # the term as read, so a stale answer is refused
    hearing_id: uuid.UUID | None = None
    at: datetime | None = None  # a hearing's time, for ordering the day


@dataclass(frozen=True)
class PeriodEnd:
    """A statistics period's last day (month, day) and its name with a {year}."""

    name: Callable[[int], str]
    month: int
    day: int


def day_text(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _case_words(case: CaseFact) -> dict[str, str]:
    return {"number": case.number, "title": case.title}


def unassigned(facts: BookFacts, today: date, rules: ReminderRules) -> list[Reminder]:
    return [Reminder(Kind.UNASSIGNED, _("Case {number} “{title}” has no mediator yet: assign "
                                         "one.").format(**_case_words(c)),
                     c.received_on, False, c.id)
            for c in facts.cases
            if c.status is CaseStatus.IN_PROGRESS and c.assigned_on is None
            and today >= c.received_on + timedelta(days=rules.unassigned_after_days)]


def start_due_on(assigned_on: date, rules: ReminderRules, holidays: Holidays) -> date:
    """The last day to start mediating (Art. 20): ``within_days`` after the assignment,
    moved off a weekend or holiday (Civil Code Art. 148)."""
    return limit_end(assigned_on + timedelta(days=rules.start_within_days), holidays)


def _start_reminder(case: CaseFact, today: date, rules: ReminderRules,
                    holidays: Holidays) -> Reminder | None:
    assert case.assigned_on is not None
    if case.on_the_spot or any(day >= case.assigned_on for day in case.hearing_days):
        return None  # held or planned: the time is set (on the spot, or as the parties agreed)
    due = start_due_on(case.assigned_on, rules, holidays)
    words = {**_case_words(case), "day": day_text(due)}
    if today > due:
        text = _("Case {number} “{title}”: mediation should have started by {day}. Plan the "
                 "first hearing, or write down the time the parties agreed.").format(**words)
    else:
        text = _("Case {number} “{title}”: plan the first hearing by {day} (3 days after the "
                 "assignment).").format(**words)
    return Reminder(Kind.START_HEARING, text, due, today > due, case.id)


def start_hearing(facts: BookFacts, today: date, rules: ReminderRules) -> list[Reminder]:
    found = (_start_reminder(c, today, rules, facts.holidays) for c in facts.cases
             if c.status is CaseStatus.IN_PROGRESS and c.assigned_on is not None
             and today >= c.assigned_on)
    return [r for r in found if r is not None]


def week_of(today: date, rules: ReminderRules) -> tuple[date, date]:
    start = today - timedelta(days=(today.weekday() - rules.week_starts_on) % 7)
    return start, start + timedelta(days=6)


def _hearing_words(hearing: HearingFact, case: CaseFact) -> dict[str, str]:
    return {**_case_words(case), "time": hearing.held_at.strftime("%H:%M"),
            "day": day_text(hearing.held_at.date()), "place": hearing.place}


def _hearing_reminder(hearing: HearingFact, case: CaseFact, today: date, now: datetime,
                      rules: ReminderRules) -> Reminder | None:
    day, words = hearing.held_at.date(), _hearing_words(hearing, case)
    ended = hearing.held_at + timedelta(minutes=hearing.duration_minutes)
    if hearing.planned and ended <= now:
        text = _("The hearing of {day} at {time} for case {number} “{title}” is still only "
                 "planned: record who came and what happened.").format(**words)
        return Reminder(Kind.HEARING_TO_RECORD, text, day, day < today, case.id,
                        hearing_id=hearing.id, at=hearing.held_at)
    if day == today:
        text = _("Today at {time}, {place}: hearing of case {number} “{title}”.").format(**words)
        return Reminder(Kind.HEARING_TODAY, text, day, False, case.id, hearing_id=hearing.id,
                        at=hearing.held_at)
    if today < day <= week_of(today, rules)[1]:
        text = _("{day} at {time}, {place}: hearing of case {number} “{title}”.").format(**words)
        return Reminder(Kind.HEARING_THIS_WEEK, text, day, False, case.id,
                        hearing_id=hearing.id, at=hearing.held_at)
    return None


def hearings(facts: BookFacts, today: date, now: datetime,
             rules: ReminderRules) -> list[Reminder]:
    cases = {c.id: c for c in facts.cases}
    found = (_hearing_reminder(h, cases[h.case_id], today, now, rules)
             for h in facts.hearings if h.case_id in cases)
    return sorted((r for r in found if r is not None), key=lambda r: r.at or now)


def follow_up_due_on(term: TermFact, rules: ReminderRules) -> date | None:
    """When a term is next to be followed up (Art. 25); None: not any more, or no date known."""
    if term.status not in rules.follow_up_statuses:
        return None
    if term.status is FollowUpStatus.PARTLY_IMPLEMENTED and term.followed_up_on:
        return term.followed_up_on + timedelta(days=rules.follow_up_again_days)
    if term.deadline is not None:
        return term.deadline
    if term.reached_on is not None:
        return term.reached_on + timedelta(days=rules.follow_up_undated_days)
    return None


def _follow_up_reminder(term: TermFact, case: CaseFact, today: date,
                        rules: ReminderRules) -> Reminder | None:
    due = follow_up_due_on(term, rules)
    if due is None or today < due - timedelta(days=rules.follow_up_before_days):
        return None
    words = {**_case_words(case), "ordinal": str(term.ordinal), "name": term.obliged_name,
             "content": term.content, "day": day_text(due)}
    if today > due:
        text = _("Case {number}, term {ordinal} ({name}: {content}) was due on {day}: was it "
                 "carried out?").format(**words)
    else:
        text = _("Case {number}, term {ordinal} ({name}: {content}) is due on {day}: follow "
                 "it up.").format(**words)
    return Reminder(Kind.FOLLOW_UP, text, due, today > due, case.id, term_id=term.id,
                    term_version=term.version)


def follow_up(facts: BookFacts, today: date, rules: ReminderRules) -> list[Reminder]:
    cases = {c.id: c for c in facts.cases}
    found = (_follow_up_reminder(t, cases[t.case_id], today, rules)
             for t in facts.terms if t.case_id in cases)
    return [r for r in found if r is not None]


def court_window_ends(reached_on: date, rules: ReminderRules, holidays: Holidays) -> date:
    """The last day to ask a court to recognise the agreement (CPC Art. 419): the same day
    ``months`` later or that month's last (Civil Code Art. 147), moved off a weekend or a
    holiday (Art. 148)."""
    return limit_end(months_later(reached_on, rules.court_months), holidays)


def court_recognition(facts: BookFacts, today: date, rules: ReminderRules) -> list[Reminder]:
    found = []
    for case in facts.cases:
        if case.status is not CaseStatus.SUCCESSFUL or case.agreement_reached_on is None:
            continue
        ends = court_window_ends(case.agreement_reached_on, rules, facts.holidays)
        left = (ends - today).days
        if 0 <= left <= rules.court_closing_days:
            text = ngettext(
                "Case {number} “{title}”: the parties may ask the court to recognise the "
                "agreement until {day} ({days} day left).",
                "Case {number} “{title}”: the parties may ask the court to recognise the "
                "agreement until {day} ({days} days left).", left).format(
                    **_case_words(case), day=day_text(ends), days=left)
            found.append(Reminder(Kind.COURT_RECOGNITION, text, ends, False, case.id))
    return found


def _covered(day: date, periods: Iterable[tuple[date, date]]) -> bool:
    return any(start <= day <= end for start, end in periods)


def remuneration_waiting(facts: BookFacts, today: date,
                         rules: ReminderRules) -> RemunerationWaiting | None:
    """The ended cases no request covers yet (counted in SQL when the facts say so)."""
    if facts.remuneration_counted:
        return facts.remuneration_waiting
    waiting = sorted((c for c in facts.cases
                      if c.status in _ENDED and c.closed_on is not None
                      and today >= c.closed_on + timedelta(days=rules.remuneration_after_days)
                      and c.id not in facts.claimed_cases
                      and not _covered(c.closed_on, facts.remuneration_periods)),
                     key=lambda c: c.closed_on or today)
    if not waiting or waiting[-1].closed_on is None:
        return None
    return RemunerationWaiting(len(waiting), waiting[0], waiting[-1].closed_on)


def remuneration(facts: BookFacts, today: date, rules: ReminderRules) -> list[Reminder]:
    """One reminder for every ended case no request covers yet: the request is one paper for
    the team (a period, its cases), so the item opens the case ended first."""
    waiting = remuneration_waiting(facts, today, rules)
    if waiting is None:
        return []
    first = waiting.first
    assert first.closed_on is not None
    if waiting.count == 1:
        text = _("Case {number} “{title}” ended on {day}: no remuneration request covers it "
                 "yet.").format(**_case_words(first), day=day_text(first.closed_on))
    else:
        text = ngettext(
            "{count} case ended from {first} to {last} with no remuneration request yet: "
            "print one (Tools menu, Logbook and remuneration).",
            "{count} cases ended from {first} to {last} with no remuneration request yet: "
            "print one (Tools menu, Logbook and remuneration).", waiting.count).format(
                count=waiting.count, first=day_text(first.closed_on),
                last=day_text(waiting.last_closed_on))
    return [Reminder(Kind.REMUNERATION, text, first.closed_on, False, first.id)]


def _period_end(period: PeriodEnd, year: int) -> date:
    """The period's last day in ``year`` ("02-29" is the 28th in a common year)."""
    return date(year, period.month, min(period.day, calendar.monthrange(year, period.month)[1]))


def statistics_period(today: date, rules: ReminderRules,
                      periods: Sequence[PeriodEnd]) -> list[Reminder]:
    found: dict[date, Reminder] = {}  # two periods ending the same day: one reminder
    for period in periods:
        ends = _period_end(period, today.year)
        if ends < today:
            ends = _period_end(period, today.year + 1)
        if (ends - today).days <= rules.statistics_closing_days and ends not in found:
            text = _("The statistics period “{period}” closes on {day}: bring every case "
                     "up to date before the report.").format(period=period.name(ends.year),
                                                              day=day_text(ends))
            found[ends] = Reminder(Kind.STATISTICS_PERIOD, text, ends)
    return sorted(found.values(), key=lambda r: r.due_on or today)


def ward_package(facts: BookFacts, today: date, rules: ReminderRules) -> list[Reminder]:
    since = facts.last_package_sent_on or facts.first_case_on
    if not facts.exchanges_with_ward or since is None:
        return []
    days = (today - since).days
    if days <= rules.package_every_days:
        return []
    if facts.last_package_sent_on is None:
        text = _("No package has been sent to the ward office yet: send one (File menu).")
    else:
        text = ngettext("No package has been sent to the ward office for {days} day: send one "
                        "(File menu).", "No package has been sent to the ward office for "
                        "{days} days: send one (File menu).", days).format(days=days)
    return [Reminder(Kind.WARD_PACKAGE, text, since + timedelta(days=rules.package_every_days),
                     True)]


def backup(facts: BookFacts, now: datetime, rules: ReminderRules) -> list[Reminder]:
    if not facts.backups_known:
        return []
    allowed = timedelta(hours=facts.backup_every_hours * rules.backup_late_factor)
    last = facts.last_backup_at
    if last is not None and now - last <= allowed:
        return []
    if last is None:
        text = _("There is no backup of this book yet: make one now (File menu, Backups).")
    else:
        text = _("The newest backup is from {when}, older than planned: make one now (File "
                 "menu, Backups).").format(when=last.strftime("%d/%m/%Y %H:%M"))
    return [Reminder(Kind.BACKUP, text, (last + allowed).date() if last else None, True)]


def reminders_for(facts: BookFacts, now: datetime, rules: ReminderRules,
                  periods: Sequence[PeriodEnd] = ()) -> list[Reminder]:
    """Every reminder of the day, in the order the start page shows its groups."""
    today = now.date()
    return [*hearings(facts, today, now, rules), *start_hearing(facts, today, rules),
            *unassigned(facts, today, rules), *follow_up(facts, today, rules),
            *court_recognition(facts, today, rules), *remuneration(facts, today, rules),
            *statistics_period(today, rules, periods), *ward_package(facts, today, rules),
            *backup(facts, now, rules)]
