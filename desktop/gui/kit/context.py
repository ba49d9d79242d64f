"""What every screen needs, passed explicitly (no global app state): the open case book, who is
working, this book's team, the background runner, and the one "data changed" signal."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from desktop.core.db.engine import Actor
from desktop.core.errors import HoagiaiError
from desktop.core.services.workspace.book import OpenedBook
from desktop.gui.kit.background import BackgroundRunner
from desktop.gui.kit.signals import emit

T = TypeVar("T")


class BookContext(QObject):
    data_changed = Signal()  # any write succeeded: screens reload what they show

    def __init__(self, book: OpenedBook, actor: Actor, team_id: uuid.UUID | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.actor = actor
        self.team_id = team_id
        self.runner = BackgroundRunner(self)

    def read(self, query: Callable[[Session], T], on_done: Callable[[T], None],
             on_error: Callable[[HoagiaiError], None] | None = None) -> None:
        """Run a read-only query in the background; ``on_done`` gets its result on the UI."""
        def work() -> T:
            with self.book.database.reading() as session:
                return query(session)
        self.runner.run(work, on_done, on_error)

    def write(self, change: Callable[[Session], T], on_done: Callable[[T], None] | None = None,
              on_error: Callable[[HoagiaiError], None] | None = None, reason: str = "") -> None:
        """Run one unit of work in the background; announce ``data_changed`` when it is saved."""
        def work() -> T:
            with self.book.database.transaction(self.actor, reason) as session:
                return change(session)

        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            emit(self.data_changed)
        self.runner.run(work, done, on_error)

    def read_now(self, query: Callable[[Session], T]) -> T:
        """A small read on the UI thread, for values a dialog needs before it can open."""
        with self.book.database.reading() as session:
            return query(session)
