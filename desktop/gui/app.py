"""Starting the desktop program: the application, its language and text size, the error hook,
logging in to the case book (or making it, encrypted, with the team leader's account and its
recovery key; or encrypting an old plain one), then the first-start setup wizard or the main
window, with the idle lock."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from desktop import __version__
from desktop.core.db.engine import Actor
from desktop.core.domain.roles import Permission
from desktop.core.errors import HoagiaiError
from desktop.core.files import sweep_viewer_copies
from desktop.core.i18n import _
from desktop.core.policy import settings
from desktop.core.policy.access import permitted
from desktop.core.services.workspace import book as workspace
from desktop.gui.backups import AutoBackup
from desktop.gui.help.help_window import contact_text
from desktop.gui.input_method import choose_input_method
from desktop.gui.kit.appearance import apply_appearance
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.date_typing import install_date_typing
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.signals import reserve_true
from desktop.gui.main_window import MainWindow
from desktop.gui.preferences import Preferences
from desktop.gui.server import ServerConnectDialog, connections
from desktop.gui.translation import GettextTranslator, apply_language
from desktop.gui.ward import opens_as_ward

log = logging.getLogger("hoagiai")


def run(database: Path | str) -> int:
    """Start on the book at ``database``: a file, or a server's address (``postgresql://``)."""
    reserve_true()
    app = make_application()
    preferences = Preferences()
    apply_language(preferences.language)
    apply_appearance(app, preferences.text_size, preferences.high_contrast)
    dialogs = Dialogs()
    install_exception_hook(dialogs)
    sweep_viewer_copies()  # a crash or power cut may have left an attachment's copy behind
    app.aboutToQuit.connect(sweep_viewer_copies)  # the copies opened for the viewer
    connections().book_opened.connect(
        lambda book: open_another_book(book, dialogs, preferences))
    while True:
        book = open_book_or_explain(database, dialogs)
        if book is None:
            return 1
        context = book_context(book)
        install_exception_hook(dialogs, partial(help_contact, context))
        auto_backup = AutoBackup(context, dialogs)  # made first: the main window shows its news
        shell = Shell(context, dialogs, preferences)
        shell.start()
        auto_backup.start()
        try:
            code = app.exec()
        finally:
            context.runner.wait_for_done()
            context.book.database.dispose()  # the book open now (a restore reopens it)
        if not shell.switching_user:
            return code
        shell.close_windows()


def make_application() -> QApplication:
    choose_input_method()  # before Qt reads QT_IM_MODULE: Fcitx through its IBus frontend
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("hoagiai")
    app.setOrganizationName("hoagiai")
    app.setApplicationDisplayName("Sổ hòa giải")
    app.setApplicationVersion(__version__)
    app.installTranslator(GettextTranslator(app))
    install_date_typing(app)  # a typed date starts at its day, wherever the cursor was
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(message)s")
    return app


def open_book_or_explain(database: Path | str, dialogs: Dialogs) -> workspace.OpenedBook | None:
    """The book logged in to (made or encrypted first when needed), or None after saying why
    it cannot be opened (or when the person cancelled)."""
    try:
        return _log_in(database, dialogs)
    except HoagiaiError as error:
        log.warning("could not open %s: %s", database, error)
        reason = str(error)
    except Exception as error:  # a damaged or unreadable file: say so, log the details
        log.exception("could not open %s", database)
        reason = str(error)
    dialogs.warn(None, _("The case book cannot be opened"),
                 _("Sổ hòa giải could not open the case book.\n\n{reason}")
                 .format(reason=reason))  # no file path for a volunteer: the log has it
    return None


def _log_in(database: Path | str, dialogs: Dialogs) -> workspace.OpenedBook | None:
    from desktop.gui.login import LoginDialog, NewBookDialog

    if isinstance(database, str):
        return _connect_to_server(database, dialogs)
    username = ""
    if not database.exists() or database.stat().st_size == 0:
        from desktop.gui.welcome import WelcomeDialog

        welcome = WelcomeDialog(database, dialogs)
        accepted = dialogs.run(welcome)
        if accepted and welcome.server:
            return _connect_to_server("", dialogs)
        if not accepted or welcome.chosen is None:
            return None
        if welcome.new_book:
            made = NewBookDialog(database)
            return _with_recovery(made, dialogs) if dialogs.run(made) else None
        database, username = welcome.chosen, welcome.username
    if workspace.is_plain_book(database):
        if not dialogs.confirm(None, _("Encrypt the case book?"), _(
                "The case book is not encrypted (it was made by an older version). "
                "Encrypt it now? You will create the team leader's account and receive a "
                "recovery key.")):
            return None
        encrypting = NewBookDialog(database, encrypting=True)
        return _with_recovery(encrypting, dialogs) if dialogs.run(encrypting) else None
    workspace.key_file(database)  # a foreign file or a missing key file: said before asking
    login = LoginDialog(database, username=username)
    return login.book if dialogs.run(login) else None


def _connect_to_server(address: str, dialogs: Dialogs) -> workspace.OpenedBook | None:
    """The connect dialog (``address`` filled in, without its password): the server checked,
    then the officer's own account; every refusal is shown in the dialog, which stays open."""
    dialog = ServerConnectDialog(address, dialogs)
    return dialog.book if dialogs.run(dialog) else None


_other_books: list[Shell] = []  # books opened from File > Connect, alive until the program ends


def open_another_book(book: workspace.OpenedBook, dialogs: Dialogs,
                      preferences: Preferences) -> None:
    """A server's book opened from a running program: its own window beside the first."""
    context = book_context(book)
    shell = Shell(context, dialogs, preferences)
    _other_books.append(shell)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(context.runner.wait_for_done)
        app.aboutToQuit.connect(book.database.dispose)
    shell.start()


def _with_recovery(made: QWidget, dialogs: Dialogs) -> workspace.OpenedBook | None:
    from desktop.gui.login import NewBookDialog, RecoveryDialog

    assert isinstance(made, NewBookDialog)
    dialogs.run(RecoveryDialog(made.path, made.recovery_key, dialogs))
    return made.book


def logged_in_actor(book: workspace.OpenedBook) -> Actor:
    """The person who logged in (a book opened without a login acts as the program)."""
    return book.actor or workspace.actor_for(book, "gui")


def book_context(book: workspace.OpenedBook) -> BookContext:
    """The door to ``book`` for the logged-in person, knowing the book's own team."""
    context = BookContext(book, logged_in_actor(book), None)
    context.team_id = context.read_now(settings.own_team_id)
    return context


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
        self.switching_user = False
        self.idle_lock: QObject | None = None
        context.runner.error_occurred.connect(
            lambda error: report_error(dialogs, error, help_contact(context)))

    def start(self) -> None:
        if self.context.team_id is None and not opens_as_ward(self.context):
            self.show_setup_wizard()
        else:
            self.show_main_window()
        self.start_idle_lock()

    def start_idle_lock(self) -> None:
        from desktop.gui.login import IdleLock

        path, actor = self.context.book.database.path, self.context.book.actor
        if path is None or actor is None:
            return  # a book on a server, or opened without a login (tests)
        minutes = self.context.read_now(
            lambda session: settings.value(session, settings.IDLE_LOCK_MINUTES))
        lock = IdleLock(path, actor.user, minutes,
                        self.dialogs, [w for w in (self.window, self.wizard) if w], self)
        lock.switch_user_requested.connect(self.on_switch_user)
        self.idle_lock = lock

    def on_switch_user(self) -> None:
        """Close this person's session; ``run`` then asks for a login again."""
        self.switching_user = True
        self.close_windows()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def close_windows(self) -> None:
        for window in (self.window, self.wizard):
            if window is not None:
                window.close()

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
        show_who_and_what(self.window, self.context)
        if self.idle_lock is not None:
            self.idle_lock.windows[:] = [self.window]  # type: ignore[attr-defined]
        self.window.language_chosen.connect(self.on_language_chosen)
        self.window.large_text_toggled.connect(self.on_large_text_toggled)
        self.window.appearance_menu.appearance_changed.connect(self.on_appearance_changed)
        self.window.show()
        if old is not None:
            old.close()
            old.deleteLater()

    def on_language_chosen(self, language: str) -> None:
        self.preferences.language = language
        apply_language(language)
        self.show_main_window()

    def on_large_text_toggled(self, large: bool) -> None:
        self.preferences.large_text = large
        self.on_appearance_changed()

    def on_appearance_changed(self) -> None:
        """A new text size or theme: applied, then the window rebuilt with every size fresh."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_appearance(app, self.preferences.text_size, self.preferences.high_contrast)
        self.show_main_window()


def show_who_and_what(window: MainWindow, context: BookContext) -> None:
    """Who is logged in, in the status bar; the actions the role may not use, disabled (the
    services refuse them anyway)."""
    actor = context.actor
    if actor.role is not None:
        who = QLabel(_("Logged in: {user} ({role})").format(user=actor.user,
                                                            role=actor.role.label))
        who.setObjectName("loggedInLabel")
        window.statusBar().addPermanentWidget(who)
    window.new_case_action.setEnabled(permitted(actor, Permission.INTAKE_CASES))
    window.conventions_action.setEnabled(permitted(actor, Permission.MANAGE_CONVENTIONS))


def help_contact(context: BookContext) -> str:
    """Who to call (the help.contact setting), for an error message; "" when the book cannot
    say (the error may be the book's own)."""
    try:
        return context.read_now(lambda session: settings.value(session, settings.HELP_CONTACT))
    except Exception:  # an error message must never fail for want of a contact
        return ""


def install_exception_hook(dialogs: Dialogs, contact: Callable[[], str] = lambda: "") -> None:
    """Any error nobody caught: log it and say so calmly, with who to call when the book names
    someone; the windows (and input) stay."""
    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        try:
            report_error(dialogs, error, contact())
        except Exception:  # showing the message failed too: fall back to the plain hook
            sys.__excepthook__(kind, error, trace)
    sys.excepthook = hook


def report_error(dialogs: Dialogs, error: BaseException, contact: str = "") -> None:
    if isinstance(error, HoagiaiError):
        dialogs.warn(QApplication.activeWindow(), _("Sổ hòa giải"), str(error))
        return
    details = "".join(traceback.format_exception(error))
    log.error("unexpected error\n%s", details)
    dialogs.run(error_box(details, contact))


def error_box(details: str, contact: str = "") -> QMessageBox:
    text = _("Something went wrong inside Sổ hòa giải. What you typed is still there, and you "
             "can carry on working.\n\nIf it happens again, copy the details and send them to "
             "the person who helps you with the program.")
    box = QMessageBox(QMessageBox.Icon.Warning, _("Something went wrong"),
                      f"{text}\n\n{contact_text(contact)}" if contact.strip() else text,
                      QMessageBox.StandardButton.Close, QApplication.activeWindow())
    box.setDetailedText(details)
    copy = box.addButton(_("Copy details"), QMessageBox.ButtonRole.ActionRole)
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    return box
