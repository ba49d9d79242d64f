"""The start page's groups: one heading per kind of reminder, in the order of the day's work."""

from __future__ import annotations

from desktop.core.i18n import N_, _
from desktop.core.services.reminders import Kind

HEADINGS: dict[Kind, str] = {
    Kind.HEARING_TODAY: N_("Hearings today"),
    Kind.HEARING_TO_RECORD: N_("Hearings to record"),
    Kind.START_HEARING: N_("Mediation to start"),
    Kind.UNASSIGNED: N_("Cases waiting for a mediator"),
    Kind.FOLLOW_UP: N_("Agreement terms to follow up"),
    Kind.HEARING_THIS_WEEK: N_("Hearings later this week"),
    Kind.COURT_RECOGNITION: N_("Court recognition: the window is closing"),
    Kind.REMUNERATION: N_("Remuneration to request"),
    Kind.STATISTICS_PERIOD: N_("The statistics period"),
    Kind.WARD_PACKAGE: N_("Package to the ward office"),
    Kind.BACKUP: N_("Backups"),
}
ORDER = tuple(HEADINGS)

WEEKDAYS = (N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"),
            N_("Saturday"), N_("Sunday"))


def heading(kind: Kind) -> str:
    return _(HEADINGS[kind])


def weekday(index: int) -> str:
    return _(WEEKDAYS[index])
