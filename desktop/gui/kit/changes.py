"""What a saved unit of work changed, carried by ``BookContext.data_changed``.

Screens reload only when a change touches what they show: a case window when its own case (or
the lists it offers, such as the team's mediators) changed, the case list when any case did.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum


class Area(StrEnum):
    """The parts of a book a screen can show, beyond single cases."""

    CASES = "cases"  # the case list: any case added, changed, closed or erased
    PEOPLE = "people"
    TEAM = "team"  # the team and its mediators (the case window's lists)
    CONVENTIONS = "conventions"
    DOCUMENTS = "documents"  # issued documents and their verification records
    SETTINGS = "settings"
    ACCOUNTS = "accounts"
    EXCHANGE = "exchange"  # packages sent and received, conflicts to review
    STATISTICS = "statistics"  # the ward's figures and submissions
    JOURNAL = "journal"  # every save writes the journal


@dataclass(frozen=True)
class Changed:
    """The cases and areas one save touched; ``everything`` after a restore or a merge."""

    cases: frozenset[uuid.UUID] = field(default_factory=frozenset)
    areas: frozenset[Area] = field(default_factory=frozenset)
    everything: bool = False

    def touches_case(self, case_id: uuid.UUID | None) -> bool:
        return self.everything or (case_id is not None and case_id in self.cases)

    def touches(self, *areas: Area) -> bool:
        return self.everything or any(area in self.areas for area in areas)


EVERYTHING = Changed(everything=True)


def case_changed(case_id: uuid.UUID, *areas: Area) -> Changed:
    """One case changed (the case list shows it too)."""
    return Changed(cases=frozenset({case_id}), areas=frozenset({Area.CASES, Area.JOURNAL,
                                                                  *areas}))


def areas_changed(*areas: Area) -> Changed:
    return Changed(areas=frozenset({Area.JOURNAL, *areas}))
