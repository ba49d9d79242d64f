"""What the program shows when this computer has no case book yet (the first start of an
installed copy): four plain choices, each a large button with a line saying what it does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from desktop.core.demo.book import DEMO_ACCOUNTS, DEMO_PASSWORD, create_demo_book
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.core.services.workspace.bring_in import copy_book_here
from desktop.gui.forms.ui_welcome_dialog import Ui_WelcomeDialog
from desktop.gui.kit.dialogs import Dialogs

DEMO_FOLDER = "so-mau"  # beside the team's book, never mixed with it
DEMO_FILE = "so-hoa-giai-mau.sqlite"


def demo_book_path(book_path: Path) -> Path:
    return book_path.parent / DEMO_FOLDER / DEMO_FILE


class WelcomeDialog(QDialog):
    """Once accepted: ``new_book`` (make the team's book at ``book_path``), or ``chosen``, the
    book to log in to (the demo book, or the book just copied to ``book_path``), with
    ``username`` to fill in."""

    def __init__(self, book_path: Path, dialogs: Dialogs | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomeDialog()
        self.ui.setupUi(self)
        self.book_path = book_path
        self.dialogs = dialogs or Dialogs()
        self.new_book = False
        self.chosen: Path | None = None
        self.username = ""
        self.server = False  # connect to the ward's server instead of a book on this computer
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.newBookButton.clicked.connect(self.on_new_book_clicked)
        self.ui.demoButton.clicked.connect(self.on_demo_clicked)
        self.ui.openButton.clicked.connect(self.on_open_clicked)
        self.ui.serverButton.clicked.connect(self.on_server_clicked)
        title = self.ui.titleLabel.font()
        title.setPointSizeF(title.pointSizeF() * 1.5)
        title.setBold(True)
        self.ui.titleLabel.setFont(title)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self.ui.newBookButton.setFocus()

    def on_new_book_clicked(self) -> None:
        self.new_book = True
        self.chosen = self.book_path
        self.accept()

    def on_demo_clicked(self) -> None:
        path = demo_book_path(self.book_path)
        if not path.exists():
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                create_demo_book(path)
            except (HoagiaiError, OSError) as error:
                self.ui.errorLabel.setText(str(error))
                return
            finally:
                QApplication.restoreOverrideCursor()
        self.dialogs.inform(self, _("The demo book"), _(
            "The demo book holds made-up cases of a made-up team, to practise with. Log in as "
            "the team leader: user name \"{user}\", password \"{password}\".").format(
                user=DEMO_ACCOUNTS[0][0], password=DEMO_PASSWORD))
        self.chosen = path
        self.username = DEMO_ACCOUNTS[0][0]
        self.accept()

    def on_server_clicked(self) -> None:
        self.server = True
        self.accept()

    def on_open_clicked(self) -> None:
        source = self.dialogs.open_file(self, _("Choose the team's case book"),
                                        _("Case books (*.sqlite);;All files (*)"))
        if source is None:
            return
        try:
            self.chosen = copy_book_here(source, self.book_path)
        except HoagiaiError as error:
            self.ui.errorLabel.setText(str(error))
            return
        self.accept()
