"""The clash rule: two hearings clash when their times overlap and they share a mediator or a
place (the same hall cannot hold two hearings, nor one mediator sit in two)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.core.domain.text import clean, fold


@dataclass(frozen=True)
class Slot:
    """A hearing as the calendar sees it: when, how long, where, with which mediators."""

    hearing_id: uuid.UUID | None  # None: not saved yet
    case_id: uuid.UUID
    case_number: str
    starts_at: datetime
    minutes: int
    place: str
    mediators: frozenset[tuple[uuid.UUID, str]]  # (id, full name)

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)


@dataclass(frozen=True)
class Clash:
    slot: Slot  # the other hearing
    same_place: bool
    mediator_names: tuple[str, ...]  # the mediators in both


def same_place(left: str, right: str) -> bool:
    """Places written differently ("Nhà văn hóa thôn 3", "nha van hoa  thon 3") are one."""
    a, b = fold(clean(left)), fold(clean(right))
    return bool(a) and a == b


def overlap(a: Slot, b: Slot) -> bool:
    """Half-open intervals: a hearing ending at 9:00 and one starting at 9:00 do not clash."""
    return a.starts_at < b.ends_at and b.starts_at < a.ends_at


def clash_between(a: Slot, b: Slot) -> Clash | None:
    if a.hearing_id is not None and a.hearing_id == b.hearing_id:
        return None
    if not overlap(a, b):
        return None
    shared = {mediator_id for mediator_id, _name in a.mediators} & {
        mediator_id for mediator_id, _name in b.mediators}
    names = tuple(sorted(name for mediator_id, name in b.mediators if mediator_id in shared))
    place = same_place(a.place, b.place)
    return Clash(b, place, names) if place or names else None


def clashes_with(candidate: Slot, others: Iterable[Slot]) -> list[Clash]:
    found = (clash_between(candidate, other) for other in others)
    return sorted((c for c in found if c is not None), key=lambda c: c.slot.starts_at)


def clashing_ids(slots: list[Slot]) -> set[uuid.UUID]:
    """The saved hearings that clash with at least one other (marked in the calendar)."""
    ordered = sorted(slots, key=lambda s: s.starts_at)
    marked: set[uuid.UUID] = set()
    for index, slot in enumerate(ordered):
        for other in ordered[index + 1:]:
            if other.starts_at >= slot.ends_at:
                break
            if clash_between(slot, other) is not None:
                marked.update(i for i in (slot.hearing_id, other.hearing_id) if i is not None)
    return marked
