"""Reporting periods: the six-month and yearly periods with the cut-off dates of the rules, or
any span of days a ward officer asks for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.core.errors import ValidationError
from desktop.core.i18n import N_, _
from desktop.core.statistics.rules import load_rules

CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # included
    kind: str = CUSTOM

    @property
    def label(self) -> str:
        rule = load_rules().periods.get(self.kind)
        if rule is not None:
            return rule.label.text(year=self.end.year)
        return _("{start:%d/%m/%Y} to {end:%d/%m/%Y}").format(start=self.start, end=self.end)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def make_period(start: date, end: date) -> Period:
    """The period from ``start`` to ``end``; named after a standard period when it is one."""
    if end < start:
        raise ValidationError(N_("The end of the period ({end:%d/%m/%Y}) is before its start "
                                 "({start:%d/%m/%Y}). Choose the first day, then the last."),
                              field="end", start=start, end=end)
    for kind in load_rules().periods:
        if standard_period(kind, end.year) == Period(start, end, kind):
            return Period(start, end, kind)
    return Period(start, end)


def standard_period(kind: str, year: int) -> Period:
    """The standard period of this kind (``half_year``, ``year``) that ends in ``year``."""
    rule = load_rules().periods[kind]
    start_year = year if rule.start <= rule.end else year - 1
    return Period(date(start_year, *rule.start), date(year, *rule.end), kind)
