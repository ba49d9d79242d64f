"""The cases one figure counts, as a sequence of ids whose length is known at once (the figure,
counted in the database) and whose ids are read only when somebody asks for them (a
drill-down, a submission's snapshot): a province's year counts hundreds of thousands of cases,
and a report shows numbers."""

from __future__ import annotations

import gc
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import overload

from sqlalchemy.orm import Session

Loader = Callable[[Session], Sequence[uuid.UUID]]

_paused = {"depth": 0, "was_on": False}  # readers pausing the collector now, and its state
_pause_lock = threading.Lock()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a report is built or a figure's ids are read. They
    make ~100,000 small objects and no cycles, so the collector finds nothing, yet each pass
    walks them all: at 1,000,000 cases 570-630 passes, 0.47-0.60 s of a 3 s report, and 0.42 s
    of the 0.67 s that reading the year's 100,004 received ids takes (gc.callbacks). The
    collector is process-wide and readers run on several threads: the first one in turns it
    off, the last one out puts it back as it was."""
    with _pause_lock:
        if _paused["depth"] == 0:
            _paused["was_on"] = gc.isenabled()
            gc.disable()
        _paused["depth"] += 1
    try:
        yield
    finally:
        with _pause_lock:
            _paused["depth"] -= 1
            if _paused["depth"] == 0 and _paused["was_on"]:
                gc.enable()


class CaseIds(Sequence[uuid.UUID]):
    """``len()`` is the count; iterating reads the ids once (with the session given to
    ``resolve``, else the one the report was counted in: pass your own from another thread)
    and keeps them."""

    __slots__ = ("_count", "_ids", "_load", "_session")

    def __init__(self, count: int, load: Loader | None = None,
                 session: Session | None = None,
                 ids: Sequence[uuid.UUID] | None = None) -> None:
        self._count = count if ids is None else len(ids)
        self._load = load
        self._session = session
        self._ids: tuple[uuid.UUID, ...] | None = None if ids is None else tuple(ids)

    @classmethod
    def joined(cls, parts: Sequence[CaseIds]) -> CaseIds:
        """The cases of several figures, one after the other (read only when asked)."""
        def load(session: Session) -> list[uuid.UUID]:
            return [case_id for part in parts for case_id in part.resolve(session)]
        return cls(sum(len(part) for part in parts), load,
                   next((part._session for part in parts if part._session), None))

    def unread(self) -> CaseIds:
        """The same figure with its ids not read yet (read again at its next use)."""
        return CaseIds(self._count, self._load, self._session) if self._load else self

    @property
    def resolved(self) -> bool:
        return self._ids is not None

    def fill(self, ids: Sequence[uuid.UUID]) -> None:
        """The ids, read by the caller (many figures' ids in one query)."""
        if len(ids) != self._count:
            raise ValueError(f"{len(ids)} ids for a figure of {self._count}")
        self._ids = tuple(ids)

    def resolve(self, session: Session | None = None) -> tuple[uuid.UUID, ...]:
        if self._ids is None:
            reader = session or self._session
            if reader is None or self._load is None:
                raise RuntimeError("the ids of this figure need a session to be read")
            with collector_paused():
                self._ids = tuple(self._load(reader))
        return self._ids

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> uuid.UUID: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[uuid.UUID]: ...

    def __getitem__(self, index: int | slice) -> uuid.UUID | Sequence[uuid.UUID]:
        return self.resolve()[index]

    def __iter__(self) -> Iterator[uuid.UUID]:
        return iter(self.resolve())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (CaseIds, tuple, list)):
            return len(self) == len(other) and tuple(self) == tuple(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = list(self._ids) if self._ids is not None else "not read"
        return f"CaseIds({self._count}, {shown})"


def resolve_ids(session: Session, ids: Sequence[uuid.UUID]) -> list[uuid.UUID]:
    """Plain ids, read with ``session`` if they are a figure's not read yet."""
    if isinstance(ids, CaseIds):
        return list(ids.resolve(session))
    return list(ids)



class LazyFigures(Mapping[str, Sequence[uuid.UUID]]):
    """A scope's figures counted in the database: key -> its cases, each figure's
    ``CaseIds`` made (by ``make(key, count)``) when first asked. A province's report counts
    ~30,000 figures (2,000 teams x 15), of which a dashboard looks at a few a team: made all
    at once they took ~1.7 s of Python at 1,000,000 cases."""

    __slots__ = ("_counts", "_made", "_make")

    def __init__(self, counts: Mapping[str, int],
                 make: Callable[[str, int], CaseIds]) -> None:
        self._counts = {key: count for key, count in counts.items() if count}
        self._make = make
        self._made: dict[str, CaseIds] = {}

    def __getitem__(self, key: str) -> CaseIds:
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = self._make(key, self._counts[key])
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self._counts)

    def __len__(self) -> int:
        return len(self._counts)

    def count(self, key: str) -> int:
        """How many cases figure ``key`` counts, without making its ``CaseIds``."""
        return self._counts.get(key, 0)
