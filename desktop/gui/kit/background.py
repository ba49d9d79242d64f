"""Runs callables off the UI thread and calls back on it, for ``BookContext``.

Database work runs on a worker thread with its own session; the result or the error comes back
on the UI thread, to the widget that asked (its *owner*), and not at all once the owner has been
deleted. Only plain data crosses threads (ids, dataclasses), never ORM objects or widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.core.errors import HoagiaiError
from desktop.gui.kit.signals import emit


class _Relay(QObject):
    """Lives on the UI thread; queued signals carry the worker's outcome back to it."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the UI thread, which shows or logs it
            emit(self._relay.failed, error)
        else:
            emit(self._relay.succeeded, result)


class _Callbacks:
    """What to call on the UI thread when one job ends, and for whom."""

    def __init__(self, owner: QObject, on_done: Callable[[Any], None] | None,
                 on_error: Callable[[HoagiaiError], None] | None,
                 on_saved: Callable[[Any], None] | None) -> None:
        self.owner = owner
        self.on_done = on_done
        self.on_error = on_error
        self.on_saved = on_saved

    def owner_alive(self) -> bool:
        # The one place that asks: a window closed (and deleted) while its work ran gets nothing.
        return shiboken6.isValid(self.owner)


class Lane(Enum):
    """Which worker thread runs a job: each lane runs its jobs one at a time, in order."""

    MAIN = "main"  # writes (one writer at a time, which SQLite likes) and ordinary reads
    QUICK = "quick"  # short reads only (a page of a list): never behind a long read or a save
    LONG = "long"  # a read known to take long on a large book (the start page's reminders):
    # it holds up neither a save nor a page


class BackgroundRunner(QObject):
    """Three worker threads, one per ``Lane``. Each job opens its own session on its own
    thread (a pooled connection is used by one thread at a time); a WAL book lets the read
    lanes read while the main lane writes."""

    error_occurred = Signal(object)  # an error nobody handled: the window shows it
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools = {lane: self._lane() for lane in Lane}
        self._relays: set[_Relay] = set()

    def _lane(self) -> QThreadPool:
        pool = QThreadPool(self)
        pool.setMaxThreadCount(1)
        return pool

    def run(self, owner: QObject, work: Callable[[], Any],
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[HoagiaiError], None] | None = None,
            on_saved: Callable[[Any], None] | None = None, lane: Lane = Lane.MAIN) -> None:
        """``work`` on ``lane``'s worker thread, its result to ``on_done`` on the UI thread
        (writes always on the main lane)."""
        callbacks = _Callbacks(owner, on_done, on_error, on_saved)
        relay = _Relay(self)
        self._relays.add(relay)
        relay.succeeded.connect(lambda result: self._finish(relay, callbacks, result))
        relay.failed.connect(lambda error: self._fail(relay, callbacks, error))
        emit(self.busy_changed, True)
        self._pools[lane].start(_Job(work, relay))

    def _finish(self, relay: _Relay, callbacks: _Callbacks, result: Any) -> None:
        self._release(relay)
        if callbacks.on_saved is not None:
            callbacks.on_saved(result)
        if callbacks.on_done is not None and callbacks.owner_alive():
            callbacks.on_done(result)

    def _fail(self, relay: _Relay, callbacks: _Callbacks, error: Exception) -> None:
        self._release(relay)
        if not isinstance(error, HoagiaiError):
            emit(self.error_occurred, error)
        elif callbacks.on_error is not None and callbacks.owner_alive():
            callbacks.on_error(error)
        elif callbacks.on_error is None:
            emit(self.error_occurred, error)

    def _release(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        emit(self.busy_changed, bool(self._relays))

    def wait_for_done(self, msecs: int = 10_000) -> bool:
        """Join the workers (tests and shutdown call this before tearing down)."""
        done = [pool.waitForDone(msecs) for pool in self._pools.values()]
        return all(done)
