"""GUI-only fixtures: a dialog seam that answers at once, preferences on a temporary file,
a book context whose worker thread is joined before teardown."""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWidget

from desktop.core.db.engine import Actor
from desktop.core.domain.enums import Grounds, ParticipantRole, Sex
from desktop.core.domain.roles import Role
from desktop.core.services.cases import participants
from desktop.core.services.cases import records as cases
from desktop.core.services.people import persons as people
from desktop.core.services.workspace import book as workspace
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.signals import EMIT_DROPS_TRUE, give_back_true
from desktop.gui.preferences import Preferences
from tests.conftest import open_test_book
from tests.gui.fakes import ScriptedDialogs


class FakeDialogs(Dialogs):
    """Never blocks: ``run`` hands the dialog to ``on_run`` (a test's script) and returns what
    it returns; questions are answered with ``answer``; every message is recorded."""

    def __init__(self) -> None:
        self.on_run: Callable[[QDialog], bool] = lambda dialog: False
        self.answer = True
        self.shown: list[QDialog] = []
        self.messages: list[tuple[str, str]] = []

    def run(self, dialog: QDialog) -> bool:
        self.shown.append(dialog)
        return self.on_run(dialog)

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append((title, text))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append((title, text))

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.messages.append((title, text))
        return self.answer


@pytest.fixture(autouse=True)
def true_kept_alive() -> Iterator[None]:
    """PySide6 6.12.0 drops a reference to ``True`` on every emit from Python (see
    desktop/gui/kit/signals.py); code that still calls ``.emit`` directly (the background runner,
    the book context) would make the test process abort when it exits. Give back what a test
    dropped."""
    before = sys.getrefcount(True)
    yield
    dropped = before - sys.getrefcount(True)
    if EMIT_DROPS_TRUE and dropped > 0:
        give_back_true(dropped)


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat))


def make_context(book: workspace.OpenedBook, actor: Actor,
                 team_id: uuid.UUID | None) -> BookContext:
    made = BookContext(book, actor, team_id)
    made.busy = False  # type: ignore[attr-defined]
    made.runner.busy_changed.connect(lambda busy: setattr(made, "busy", busy))
    return made


def wait_idle(qtbot, context: BookContext) -> None:
    """Until every background read or write has delivered its result on the UI thread."""
    qtbot.waitUntil(lambda: not context.busy, timeout=20_000)  # type: ignore[attr-defined]


@pytest.fixture
def other_book(request: pytest.FixtureRequest, backend: str,
               book: workspace.OpenedBook) -> Iterator[workspace.OpenedBook]:
    """A second officer's own connection to the same book (another engine, another session)."""
    opened = open_test_book(request, backend)
    yield opened
    opened.database.dispose()


@pytest.fixture
def lan() -> Actor:
    """The second officer, on another computer."""
    return Actor("lan", "may-tinh-2", role=Role.TEAM_LEADER)


@contextmanager
def joined_context(book: workspace.OpenedBook, actor: Actor,
                   team_id: uuid.UUID | None) -> Iterator[BookContext]:
    """A book context whose worker thread is joined before the test's teardown goes on."""
    made = make_context(book, actor, team_id)
    try:
        yield made
    finally:
        made.runner.wait_for_done()


@pytest.fixture
def lan_context(qtbot, other_book: workspace.OpenedBook, lan: Actor,
                team_id: uuid.UUID) -> Iterator[BookContext]:
    with joined_context(other_book, lan, team_id) as made:
        yield made


@pytest.fixture
def context(qtbot, book: workspace.OpenedBook, actor: Actor,
            team_id: uuid.UUID) -> Iterator[BookContext]:
    with joined_context(book, actor, team_id) as made:
        yield made


@pytest.fixture
def seam() -> ScriptedDialogs:
    """The case window's dialog seam, answering from scripts queued by the test."""
    return ScriptedDialogs()


@pytest.fixture
def empty_context(qtbot, book: workspace.OpenedBook, actor: Actor) -> Iterator[BookContext]:
    """A book on its first start: no team yet."""
    made = make_context(book, actor, None)
    yield made
    made.runner.wait_for_done()


def add_cases(book: workspace.OpenedBook, actor: Actor, team_id: uuid.UUID, count: int,
              received_on: date = date(2025, 3, 2)) -> list[uuid.UUID]:
    """``count`` cases through the services, in one transaction."""
    with book.database.transaction(actor) as session:
        return [cases.open_case(session, team_id, cases.CaseInput(
            f"Tranh chấp lối đi số {n}", received_on, Grounds.PARTY_REQUEST,
            "shared_path_utilities"), today=date(2026, 12, 31)) for n in range(count)]


def add_party(book: workspace.OpenedBook, actor: Actor, team_id: uuid.UUID,
              case_id: uuid.UUID, name: str) -> None:
    with book.database.transaction(actor) as session:
        person = people.create_person(session, team_id, people.PersonInput(name, Sex.FEMALE))
        participants.add_participant(session, case_id, person, ParticipantRole.PARTY)


@pytest.fixture
def english() -> None:
    """For tests that read messages by their English wording (Vietnamese is the default and is
    checked by the walkthrough and the translation tests)."""
    from desktop.core.i18n import set_language

    set_language("en")
