"""Fakes and helpers for the case window tests: a dialog seam that answers at once from
scripts the test queues, a book context joined at teardown, and a few cases made by services."""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from desktop.core.db.engine import Actor
from desktop.core.domain.enums import Grounds
from desktop.core.services.cases import records as cases
from desktop.core.services.workspace import book as workspace
from desktop.gui.documents.print_seam import PrintDialogs

Script = Callable[[QDialog], bool]


class ScriptedDialogs(PrintDialogs):
    """Never blocks. ``run`` hands each dialog to the next queued script (which fills it in
    like a user and returns True for OK); questions take the next queued answer. A dialog
    nobody scripted fails the test."""

    def __init__(self) -> None:
        self.scripts: deque[Script] = deque()
        self.texts: deque[str | None] = deque()
        self.confirmations: deque[bool] = deque()
        self.passwords: deque[str | None] = deque()
        self.save_paths: deque[Path | None] = deque()
        self.printers: deque[Callable[[QPrinter], bool]] = deque()
        self.shown: list[str] = []
        self.messages: list[tuple[str, str]] = []
        self.suggested: list[Path] = []

    def expect(self, script: Script) -> None:
        self.scripts.append(script)

    def _next(self, queue: deque, what: str) -> Any:
        if not queue:
            raise AssertionError(f"the test did not expect {what}")
        return queue.popleft()

    def run(self, dialog: QDialog) -> bool:
        self.shown.append(type(dialog).__name__)
        return self._next(self.scripts, f"the dialog {type(dialog).__name__}")(dialog)

    def ask_text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        self.messages.append((title, label))
        return self._next(self.texts, f"the question {title!r}")

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.messages.append((title, text))
        return self._next(self.confirmations, f"the question {title!r}")

    def ask_password(self, parent: QWidget | None, title: str, label: str) -> str | None:
        self.messages.append((title, label))
        return self._next(self.passwords, f"the password question {title!r}")

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append((title, text))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append((title, text))

    def save_file(self, parent: QWidget | None, title: str, suggested: Path,
                  file_filter: str) -> Path | None:
        self.suggested.append(suggested)
        return self._next(self.save_paths, f"a file to save ({title!r})")

    def choose_printer(self, parent: QWidget | None, printer: QPrinter,
                       page_count: int) -> bool:
        return self._next(self.printers, "the print dialog")(printer)


def open_case(book: workspace.OpenedBook, actor: Actor, team_id: uuid.UUID,
              title: str = "Tranh chấp lối đi chung giữa hai nhà",
              received_on: date | None = None) -> uuid.UUID:
    """A new case through the services (the new-case dialog belongs to the case list)."""
    with book.database.transaction(actor) as session:
        return cases.open_case(session, team_id, cases.CaseInput(
            title, received_on or date.today(), Grounds.PARTY_REQUEST,
            "shared_path_utilities",
            summary="Hai gia đình tranh chấp lối đi chung phía sau nhà."))
