"""The first start of an installed copy (#15): with no book on this computer the program offers
a new book for the team, the demo book to practise, or a book brought on a USB stick."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from desktop.core.demo.book import DEMO_ACCOUNTS, create_demo_book
from desktop.core.i18n import _
from desktop.core.security import keyfile
from desktop.core.services.workspace import book as workspace
from desktop.gui import app as gui_app
from desktop.gui.login import LoginDialog, NewBookDialog
from desktop.gui.translation import GettextTranslator
from desktop.gui.welcome import WelcomeDialog
from desktop.gui.welcome.welcome_dialog import demo_book_path
from tests.gui.conftest import FakeDialogs


class OpeningDialogs(FakeDialogs):
    def __init__(self, chosen: Path | None) -> None:
        super().__init__()
        self.chosen = chosen

    def open_file(self, parent, title, file_filter):  # type: ignore[no-untyped-def]
        return self.chosen


@pytest.fixture(scope="module")
def made_book(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("made") / "to-hoa-giai.sqlite"
    create_demo_book(path)
    return path


@pytest.fixture
def stick(tmp_path: Path, made_book: Path) -> Path:
    """The team's book on a USB stick (made, then closed, like one brought from elsewhere)."""
    path = tmp_path / "usb" / made_book.name
    path.parent.mkdir()
    shutil.copyfile(made_book, path)
    shutil.copyfile(keyfile.path_for(made_book), keyfile.path_for(path))
    return path


def test_the_three_choices_are_offered_in_vietnamese(qtbot, tmp_path):
    translator = GettextTranslator()
    QApplication.instance().installTranslator(translator)  # as the program's start does
    try:
        dialog = WelcomeDialog(tmp_path / "hoagiai.sqlite", FakeDialogs())
    finally:
        QApplication.instance().removeTranslator(translator)
    qtbot.addWidget(dialog)
    texts = [dialog.ui.newBookButton.text(), dialog.ui.demoButton.text(),
             dialog.ui.openButton.text()]
    assert texts == [_("Start a new book for my team"), _("Open the demo book to practise"),
                     _("Open an existing book (from a backup or a USB stick)")]
    assert _("Start a new book for my team") != "Start a new book for my team"  # translated


def test_the_demo_book_is_made_apart_from_the_teams_book(qtbot, tmp_path):
    dialogs = FakeDialogs()
    book_path = tmp_path / "hoagiai.sqlite"
    dialog = WelcomeDialog(book_path, dialogs)
    qtbot.addWidget(dialog)
    dialog.ui.demoButton.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen == demo_book_path(book_path) and dialog.chosen.is_file()
    assert not book_path.exists()  # practice never writes the team's real book
    assert dialog.username == DEMO_ACCOUNTS[0][0]
    assert DEMO_ACCOUNTS[0][0] in dialogs.messages[-1][1]  # how to log in is said


def test_a_book_from_a_usb_stick_is_copied_here_with_its_key_file(qtbot, tmp_path, stick):
    book_path = tmp_path / "data" / "hoagiai.sqlite"
    dialog = WelcomeDialog(book_path, OpeningDialogs(stick))
    qtbot.addWidget(dialog)
    dialog.ui.openButton.click()
    assert dialog.chosen == book_path
    assert book_path.read_bytes() == stick.read_bytes()
    assert keyfile.path_for(book_path).read_bytes() == keyfile.path_for(stick).read_bytes()
    assert workspace.key_file(book_path)  # the copy opens like the original


def test_a_file_that_is_not_a_book_is_refused_and_nothing_is_copied(qtbot, tmp_path):
    stray = tmp_path / "usb" / "ghi-chu.sqlite"
    stray.parent.mkdir()
    stray.write_bytes(b"not a book at all" * 100)
    book_path = tmp_path / "data" / "hoagiai.sqlite"
    dialog = WelcomeDialog(book_path, OpeningDialogs(stray))
    qtbot.addWidget(dialog)
    dialog.ui.openButton.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.errorLabel.text()  # said in the dialog, which stays open
    assert not book_path.exists() and not keyfile.path_for(book_path).exists()


def test_a_book_without_its_key_file_is_refused(qtbot, tmp_path, stick):
    keyfile.path_for(stick).unlink()
    book_path = tmp_path / "data" / "hoagiai.sqlite"
    dialog = WelcomeDialog(book_path, OpeningDialogs(stick))
    qtbot.addWidget(dialog)
    dialog.ui.openButton.click()
    assert dialog.chosen is None and not book_path.exists()
    assert dialog.ui.errorLabel.text()


def test_first_start_leads_from_the_welcome_to_the_login_of_the_demo(qtbot, tmp_path):
    """The app's own start path: no book -> welcome -> demo -> its login, user filled in."""
    dialogs = FakeDialogs()
    seen: list[QDialog] = []

    def script(dialog: QDialog) -> bool:
        seen.append(dialog)
        if isinstance(dialog, WelcomeDialog):
            dialog.ui.demoButton.click()
            return True
        assert isinstance(dialog, LoginDialog)
        assert dialog.ui.userEdit.text() == DEMO_ACCOUNTS[0][0]
        return False  # the person closes the login

    dialogs.on_run = script
    assert gui_app.open_book_or_explain(tmp_path / "hoagiai.sqlite", dialogs) is None
    assert [type(dialog) for dialog in seen] == [WelcomeDialog, LoginDialog]


def test_first_start_new_book_goes_to_the_team_leaders_account(qtbot, tmp_path):
    dialogs = FakeDialogs()
    seen: list[type] = []

    def script(dialog: QDialog) -> bool:
        seen.append(type(dialog))
        if isinstance(dialog, WelcomeDialog):
            dialog.ui.newBookButton.click()
            return True
        return False

    dialogs.on_run = script
    gui_app.open_book_or_explain(tmp_path / "hoagiai.sqlite", dialogs)
    assert seen == [WelcomeDialog, NewBookDialog]
