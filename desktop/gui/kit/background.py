"""The one background-operation helper (the Anki ``CollectionOp``/``QueryOp`` pattern).

Database work runs on a worker thread with its own session; the result or the error comes back
on the UI thread. Only plain data crosses threads (ids, dataclasses), never ORM objects or
widgets. After a write succeeds, ``BookContext.data_changed`` tells every screen to refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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


class BackgroundRunner(QObject):
    """Runs callables off the UI thread and calls back on it."""

    error_occurred = Signal(object)  # an error nobody handled: the window shows it
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one writer at a time; SQLite likes it that way
        self._relays: set[_Relay] = set()

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[HoagiaiError], None] | None = None) -> None:
        relay = _Relay(self)
        self._relays.add(relay)
        relay.succeeded.connect(lambda result: self._finish(relay, on_done, result))
        relay.failed.connect(lambda error: self._fail(relay, on_error, error))
        emit(self.busy_changed, True)
        self._pool.start(_Job(work, relay))

    def _finish(self, relay: _Relay, on_done: Callable[[Any], None] | None, result: Any) -> None:
        self._release(relay)
        if on_done is not None:
            on_done(result)

    def _fail(self, relay: _Relay, on_error: Callable[[HoagiaiError], None] | None,
              error: Exception) -> None:
        self._release(relay)
        if on_error is not None and isinstance(error, HoagiaiError):
            on_error(error)
        else:
            emit(self.error_occurred, error)

    def _release(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        emit(self.busy_changed, bool(self._relays))

    def wait_for_done(self, msecs: int = 10_000) -> bool:
        """Join the workers (tests and shutdown call this before tearing down)."""
        return self._pool.waitForDone(msecs)
