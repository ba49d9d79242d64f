"""Connecting to the ward's server: the PostgreSQL address (host, port, database, the server's
login, TLS), a check of what is there, then the person's own account in the book.

Two logins meet here and the dialog says so: the server's (PostgreSQL's role, from the IT
person; its password typed here or kept in ~/.pgpass) and the officer's account inside the book
(checked by ``workspace.login_url``). No password is ever stored: the recent servers are kept in
QSettings as addresses without one.

The check is a short synchronous probe under the wait cursor: no book is open yet (so there is
no BookContext), and the probe gives up after ``server.CONNECT_SECONDS``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget
from sqlalchemy import URL

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.core.services.workspace import book as workspace
from desktop.core.services.workspace import server, server_tls
from desktop.gui.forms.ui_server_connect_dialog import Ui_ServerConnectDialog
from desktop.gui.kit.dialogs import Dialogs

RECENT_LIMIT = 6


class RecentServers:
    """The servers this computer's user connected to, newest first, without passwords."""

    KEY = "server/recent"

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings()

    def addresses(self) -> list[server.ServerAddress]:
        stored = self.settings.value(self.KEY, [])
        found: list[server.ServerAddress] = []
        for text in stored if isinstance(stored, list) else [stored]:
            try:
                found.append(server.ServerAddress.parse(str(text)))
            except (HoagiaiError, ValueError):
                continue  # an address edited by hand into nonsense is dropped, not fatal
        return found

    def remember(self, address: server.ServerAddress) -> None:
        kept = [a.remembered() for a in self.addresses() if a != address]
        self.settings.setValue(self.KEY, [address.remembered(), *kept][:RECENT_LIMIT])
        self.settings.sync()


@contextmanager
def _waiting() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class ServerConnectDialog(QDialog):
    """Once accepted, ``book`` is the server's book with the officer logged in."""

    def __init__(self, address: str = "", dialogs: Dialogs | None = None,
                 recent: RecentServers | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ServerConnectDialog()
        self.ui.setupUi(self)
        self.dialogs = dialogs or Dialogs()
        self.recent = recent or RecentServers()
        self.book: workspace.OpenedBook | None = None
        self._fill_choices()
        self._connect_signals()
        self._start_from(address)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self._fit_to_screen()

    def _fill_choices(self) -> None:
        modes = {"prefer": _("Encrypted when the server offers it (prefer)"),
                 "require": _("Always encrypted (require)"),
                 "verify-full": _("Encrypted, server's certificate checked (verify-full)")}
        for mode, label in modes.items():
            self.ui.sslModeCombo.addItem(label, mode)
        self.ui.recentCombo.addItem(_("(a new server)"), "")
        for address in self.recent.addresses():
            self.ui.recentCombo.addItem(server.shown(address.url()), address.remembered())
        buttons = self.ui.buttons
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Connect and log in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))

    def _connect_signals(self) -> None:
        self.ui.buttons.accepted.connect(self.log_in)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.testButton.clicked.connect(self.test_connection)
        self.ui.caFileButton.clicked.connect(self.on_ca_file_clicked)
        self.ui.sslModeCombo.currentIndexChanged.connect(self._show_ca_file)
        self.ui.recentCombo.activated.connect(self.on_recent_chosen)

    def _start_from(self, address: str) -> None:
        recent = self.recent.addresses()
        if address:
            try:
                self.show_address(server.ServerAddress.parse(address))
            except HoagiaiError as error:
                self.ui.errorLabel.setText(str(error))
        elif recent:
            self.ui.recentCombo.setCurrentIndex(1)
            self.show_address(recent[0])
        self._show_ca_file()
        empty = next((edit for edit in (self.ui.hostEdit, self.ui.serverUserEdit,
                                        self.ui.userEdit) if not edit.text()), None)
        (empty or self.ui.passwordEdit).setFocus()

    def show_address(self, address: server.ServerAddress) -> None:
        self.ui.hostEdit.setText(address.host)
        self.ui.portSpin.setValue(address.port)
        self.ui.databaseEdit.setText(address.database)
        self.ui.serverUserEdit.setText(address.user)
        index = self.ui.sslModeCombo.findData(address.sslmode)
        if index < 0:  # a mode from a typed address, kept as it is (never weakened)
            self.ui.sslModeCombo.addItem(address.sslmode, address.sslmode)
            index = self.ui.sslModeCombo.count() - 1
        self.ui.sslModeCombo.setCurrentIndex(index)
        self.ui.caFileEdit.setText(address.ca_file)

    def address(self) -> server.ServerAddress:
        return server.ServerAddress(
            self.ui.hostEdit.text().strip(), self.ui.databaseEdit.text().strip(),
            self.ui.serverUserEdit.text().strip(), self.ui.portSpin.value(),
            str(self.ui.sslModeCombo.currentData()), self.ui.caFileEdit.text().strip())

    def url(self) -> URL:
        return self.address().url(self.ui.serverPasswordEdit.text())

    def _show_ca_file(self) -> None:
        checked = str(self.ui.sslModeCombo.currentData()).startswith("verify")
        for widget in (self.ui.caFileLabel, self.ui.caFileEdit, self.ui.caFileButton):
            widget.setEnabled(checked)

    def on_recent_chosen(self, index: int) -> None:
        remembered = str(self.ui.recentCombo.itemData(index) or "")
        if remembered:
            self.show_address(server.ServerAddress.parse(remembered))
            self.ui.passwordEdit.setFocus()

    def on_ca_file_clicked(self) -> None:
        chosen = self.dialogs.open_file(self, _("Choose the server's CA certificate"),
                                        _("Certificates (*.crt *.pem);;All files (*)"))
        if chosen is not None:
            self.ui.caFileEdit.setText(str(chosen))

    def missing(self) -> str | None:
        """What must be filled in before anything is tried, in the person's words."""
        address = self.address()
        if not address.host or not address.database or not address.user:
            return _("Fill in the server's address, the database and the server login.")
        if address.sslmode.startswith("verify") and not address.ca_file:
            return _("Checking the server's certificate needs its CA file: choose it, or ask "
                     "the office's IT person for it.")
        return None

    def test_connection(self) -> bool:
        """Probe the server and say what is there; True when the book can be opened."""
        self.ui.errorLabel.clear()
        self.ui.tlsStatusLabel.clear()
        problem = self.missing()
        if problem:
            self.ui.probeLabel.setText(problem)
            return False
        url = self.url()
        try:
            with _waiting():
                found = server.require_current(server.probe(url), url)
        except HoagiaiError as error:
            self.ui.probeLabel.setText(str(error))
            self._fit_height()
            return False
        self.ui.probeLabel.setText(_("Connected: the book on the server is ready. Log in "
                                     "below with your own account."))
        self.show_encryption(found.encryption)
        self._fit_height()
        return True

    def _fit_height(self) -> None:
        """Grow to show a long message whole, as far as the screen allows (the form scrolls
        beyond that: at 150 % a 1366x768 screen is 512 points high). Measured once the
        labels' new text is laid out (a window's size does not follow its wrapped labels'
        height for its width by itself)."""
        QTimer.singleShot(0, self._grow)

    def _grow(self) -> None:
        contents = self.ui.scrollContents.layout()
        viewport = self.ui.scrollArea.viewport()
        if contents is None or not contents.hasHeightForWidth():
            return
        around = self.height() - viewport.height()  # the error, the buttons, the margins
        needed = min(contents.totalHeightForWidth(viewport.width()) + around,
                     self._screen_height())
        if needed > self.height():
            self.resize(self.width(), needed)
        shown = self.ui.tlsStatusLabel if self.ui.tlsStatusLabel.text() else self.ui.probeLabel
        # what the test found, in view once the scroll area has taken its new size
        QTimer.singleShot(0, lambda: self.ui.scrollArea.ensureWidgetVisible(shown))

    def _screen_height(self) -> int:
        screen = self.screen() or QApplication.primaryScreen()
        frame = self.fontMetrics().height() * 3  # the title bar, and a margin for a panel
        return screen.availableGeometry().height() - frame if screen else self.height()

    def _fit_to_screen(self) -> None:
        """Open no taller than the screen: the form scrolls instead of falling off it."""
        self.resize(self.width(), min(self.height(), self._screen_height()))

    def show_encryption(self, encryption: server_tls.Encryption | None) -> None:
        """The status line: the mode in use and what the server gave (TLS version, cipher)."""
        self.ui.tlsStatusLabel.setText(encryption.described() if encryption else "")

    def log_in(self) -> None:
        """Check the server, then the officer's account; a refusal stays in the dialog."""
        if not self.test_connection():
            self.ui.errorLabel.setText(self.ui.probeLabel.text())
            self.ui.probeLabel.clear()  # said once, above the buttons
            self._fit_height()
            return
        credentials = workspace.Credentials(self.ui.userEdit.text().strip(),
                                            self.ui.passwordEdit.text())
        try:
            with _waiting():
                self.book = workspace.login_url(self.url(), credentials)
        except HoagiaiError as error:
            self.ui.errorLabel.setText(str(error))
            self._fit_height()
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        self.recent.remember(self.address())
        self.accept()
