"""Starting the desktop program: the application, its language and text size, the error hook,
the case book, then the first-start setup wizard or the main window."""

from __future__ import annotations

import getpass
import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import __version__
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _, set_language
from desktop.core.services import settings, workspace
from desktop.gui.backups import AutoBackup
from desktop.gui.context import BookContext
from desktop.gui.dialogs import Dialogs
from desktop.gui.main_window import MainWindow
from desktop.gui.preferences import Preferences, apply_text_size
from desktop.gui.signals import reserve_true
from desktop.gui.translation import GettextTranslator
from desktop.gui.ward import opens_as_ward

log = logging.getLogger("hoagiai")


def run(database: Path) -> int:
    reserve_true()
    app = make_application()
    preferences = Preferences()
    set_language(preferences.language)
    apply_text_size(app, preferences.large_text)
    dialogs = Dialogs()
    install_exception_hook(dialogs)
    book = open_book_or_explain(database, dialogs)
    if book is None:
        return 1
    context = BookContext(book, user_actor(book), own_team(book))
    auto_backup = AutoBackup(context, dialogs)  # made first: the main window shows its news
    shell = Shell(context, dialogs, preferences)
    shell.start()
    auto_backup.start()
    try:
        return app.exec()
    finally:
        context.runner.wait_for_done()
        context.book.database.dispose()  # the book open now (a restore reopens it)


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("hoagiai")
    app.setOrganizationName("hoagiai")
    app.setApplicationDisplayName("Sổ hòa giải")
    app.setApplicationVersion(__version__)
    app.installTranslator(GettextTranslator(app))
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(message)s")
    return app


def open_book_or_explain(database: Path, dialogs: Dialogs) -> workspace.OpenedBook | None:
    try:
        return workspace.open_book(database)
    except HoagiaiError as error:
        reason = str(error)
    except Exception as error:  # a damaged or unreadable file: say so, log the details
        log.exception("could not open %s", database)
        reason = str(error)
    dialogs.warn(None, _("The case book cannot be opened"),
                 _("Sổ hòa giải could not open the case book {path}.\n\n{reason}")
                 .format(path=database, reason=reason))
    return None


def user_actor(book: workspace.OpenedBook) -> workspace.Actor:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment (seen on some Windows set-ups)
        user = "user"
    return workspace.actor_for(book, user)


def own_team(book: workspace.OpenedBook):  # type: ignore[no-untyped-def]
    with book.database.reading() as session:
        return settings.own_team_id(session)


def build_main_window(context: BookContext, dialogs: Dialogs | None = None,
                      preferences: Preferences | None = None) -> MainWindow:
    """The main window over an open book (tests build it this way, without ``app.exec()``)."""
    return MainWindow(context, dialogs or Dialogs(), preferences or Preferences())


class Shell(QObject):
    """Holds the open window: the setup wizard on first start, then the main window, rebuilt
    when the language or the text size changes so that every string and size is fresh."""

    def __init__(self, context: BookContext, dialogs: Dialogs, preferences: Preferences) -> None:
        super().__init__(context)
        self.context = context
        self.dialogs = dialogs
        self.preferences = preferences
        self.window: MainWindow | None = None
        self.wizard: QWidget | None = None
        context.runner.error_occurred.connect(lambda error: report_error(dialogs, error))

    def start(self) -> None:
        if self.context.team_id is None and not opens_as_ward(self.context):
            self.show_setup_wizard()
        else:
            self.show_main_window()

    def show_setup_wizard(self) -> None:
        from desktop.gui.setup import SetupWizard

        wizard = SetupWizard(self.context, self.dialogs)
        wizard.team_created.connect(self.on_team_created)
        self.wizard = wizard
        wizard.show()

    def on_team_created(self, team_id: object) -> None:
        self.context.team_id = team_id  # type: ignore[assignment]
        self.show_main_window()

    def show_main_window(self) -> None:
        old = self.window
        if old is not None:
            self.preferences.main_window_geometry = old.saveGeometry()
        self.window = build_main_window(self.context, self.dialogs, self.preferences)
        self.window.language_chosen.connect(self.on_language_chosen)
        self.window.large_text_toggled.connect(self.on_large_text_toggled)
        self.window.show()
        if old is not None:
            old.close()
            old.deleteLater()

    def on_language_chosen(self, language: str) -> None:
        self.preferences.language = language
        set_language(language)
        self.show_main_window()

    def on_large_text_toggled(self, large: bool) -> None:
        self.preferences.large_text = large
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_text_size(app, large)
        self.show_main_window()


def install_exception_hook(dialogs: Dialogs) -> None:
    """Any error nobody caught: log it and say so calmly; the windows (and input) stay."""
    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        try:
            report_error(dialogs, error)
        except Exception:  # showing the message failed too: fall back to the plain hook
            sys.__excepthook__(kind, error, trace)
    sys.excepthook = hook


def report_error(dialogs: Dialogs, error: BaseException) -> None:
    if isinstance(error, HoagiaiError):
        dialogs.warn(QApplication.activeWindow(), _("Sổ hòa giải"), str(error))
        return
    details = "".join(traceback.format_exception(error))
    log.error("unexpected error\n%s", details)
    dialogs.run(error_box(details))


def error_box(details: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, _("Something went wrong"),
                      _("Something went wrong inside Sổ hòa giải. What you typed is still "
                        "there, and you can carry on working.\n\nIf it happens again, copy the "
                        "details and send them to the person who helps you with the program."),
                      QMessageBox.StandardButton.Close, QApplication.activeWindow())
    box.setDetailedText(details)
    copy = box.addButton(_("Copy details"), QMessageBox.ButtonRole.ActionRole)
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    return box
