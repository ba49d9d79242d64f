"""The cycle collector paused while a report is built or a figure's ids are read
(``case_ids.collector_paused``): off inside, back as it was after, however readers nest or
overlap on threads, and after an error."""

from __future__ import annotations

import gc
import threading
import uuid
from collections.abc import Iterator

import pytest

from desktop.core.statistics.case_ids import CaseIds, collector_paused


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    was_on = gc.isenabled()
    yield
    gc.enable() if was_on else gc.disable()


def test_off_inside_and_on_after() -> None:
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer reader is still at work
    assert gc.isenabled()


def test_left_off_when_it_was_off() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_back_on_after_an_error() -> None:
    gc.enable()
    with pytest.raises(ValueError, match="read failed"), collector_paused():
        raise ValueError("read failed")
    assert gc.isenabled()


def test_overlapping_threads_leave_it_on() -> None:
    """The first reader in turns it off, the last one out puts it back, in any order."""
    gc.enable()
    inside, release = threading.Barrier(2), threading.Event()
    seen: list[bool] = []

    def reader() -> None:
        with collector_paused():
            inside.wait()
            seen.append(gc.isenabled())
            release.wait()

    other = threading.Thread(target=reader)
    other.start()
    with collector_paused():
        inside.wait()
        release.set()
        other.join()
        assert gc.isenabled() is False  # the other reader left first: still off for us
    assert gc.isenabled()
    assert seen == [False]


def test_a_figure_reads_its_ids_with_it_paused() -> None:
    gc.enable()
    states: list[bool] = []

    def load(_session: object) -> list[uuid.UUID]:
        states.append(gc.isenabled())
        return []

    assert CaseIds(0, load, object()).resolve() == ()  # type: ignore[arg-type]
    assert states == [False] and gc.isenabled()
