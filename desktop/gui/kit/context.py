"""The one door for database work from a screen (the Anki ``CollectionOp``/``QueryOp`` pattern).

Every screen is handed a ``BookContext``: the open book, who is working, this book's team and the
one ``data_changed`` signal. A screen never opens a session itself:

- ``read(owner, query, on_done)`` runs ``query(session)`` off the UI thread in a read-only
  session that carries the logged-in actor (the services refuse a session without one);
  ``lane=Lane.QUICK`` for a short read (a page of a list), ``Lane.LONG`` for one that takes
  long on a large book (the start page's reminders): each lane is its own worker thread, so
  a page never waits behind a long read or a save, nor a save behind a long read;
- ``write(owner, change, on_done, changed=...)`` runs one unit of work, then announces what it
  changed, so that only the screens showing it reload;
- ``run(owner, work, on_done)`` runs work that needs no session (reading a file the person
  picked) off the UI thread;
- ``read_now(query)`` is a small read on the UI thread for values a dialog needs to open.

``owner`` is the widget the callbacks belong to: once it is deleted (its window closed) its
callbacks are dropped, so no screen checks ``shiboken6.isValid`` for itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from desktop.core.db.engine import Actor
from desktop.core.errors import HoagiaiError
from desktop.core.services.workspace.book import OpenedBook
from desktop.gui.kit.background import BackgroundRunner, Lane
from desktop.gui.kit.changes import EVERYTHING, Changed
from desktop.gui.kit.signals import emit

T = TypeVar("T")
OnError = Callable[[HoagiaiError], None]
WhatChanged = Changed | Callable[[Any], Changed]


class BookContext(QObject):
    data_changed = Signal(object)  # a Changed: screens showing any of it reload

    def __init__(self, book: OpenedBook, actor: Actor, team_id: uuid.UUID | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.actor = actor
        self.team_id = team_id
        self.runner = BackgroundRunner(self)

    def read(self, owner: QObject, query: Callable[[Session], T],
             on_done: Callable[[T], None], on_error: OnError | None = None,
             lane: Lane = Lane.MAIN) -> None:
        """Run a read-only query in the background; ``on_done`` gets its result on the UI.
        ``lane``: which worker runs it (``Lane``)."""
        def work() -> T:
            with self.book.database.reading(self.actor) as session:
                return query(session)
        self.runner.run(owner, work, on_done, on_error, lane=lane)

    def write(self, owner: QObject, change: Callable[[Session], T],
              on_done: Callable[[T], None] | None = None, on_error: OnError | None = None,
              reason: str = "", changed: WhatChanged = EVERYTHING) -> None:
        """Run one unit of work in the background; once it is saved, announce ``changed``
        (or what ``changed(result)`` says) even if ``owner`` has gone meanwhile."""
        def work() -> T:
            with self.book.database.transaction(self.actor, reason) as session:
                return change(session)

        def saved(result: Any) -> None:
            self.announce(changed(result) if callable(changed) else changed)
        self.runner.run(owner, work, on_done, on_error, on_saved=saved)

    def run(self, owner: QObject, work: Callable[[], T], on_done: Callable[[T], None],
            on_error: OnError | None = None) -> None:
        """Work that needs no session (a file to read or check) off the UI thread."""
        self.runner.run(owner, work, on_done, on_error)

    def read_now(self, query: Callable[[Session], T]) -> T:
        """A small read on the UI thread, for values a dialog needs before it can open."""
        with self.book.database.reading(self.actor) as session:
            return query(session)

    def announce(self, changed: Changed = EVERYTHING) -> None:
        """Tell every screen what changed (after work done outside ``write``: a restore)."""
        emit(self.data_changed, changed)
