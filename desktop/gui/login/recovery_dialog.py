"""The recovery key, shown once after a book is made or encrypted, with a button that saves
the recovery sheet (PDF) to print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import _
from desktop.gui.kit.dialogs import Dialogs, pdf_filter


class RecoveryDialog(QDialog):
    def __init__(self, book_path: Path, recovery_key: str, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book_path = book_path
        self.recovery_key = recovery_key
        self.dialogs = dialogs
        self.saved_to: Path | None = None
        self.setWindowTitle(_("The recovery key of this book"))
        intro = QLabel(_("If every password is forgotten, this key opens the book. Print the "
                         "recovery sheet (or write the key down) now and keep it locked away "
                         "from the computer: it is shown only this once."))
        intro.setWordWrap(True)
        self.key_label = QLabel(recovery_key)
        font = QFont("monospace")
        font.setPointSize(16)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAccessibleName(_("Recovery key"))
        self.save_button = QPushButton(_("Save the recovery sheet (PDF) to print..."))
        self.save_button.clicked.connect(self.save_sheet)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            _("I have printed or written it down"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (intro, self.key_label, self.save_button, buttons):
            layout.addWidget(widget)

    def save_sheet(self) -> None:
        from desktop.core.documents.recovery_sheet import write_recovery_sheet

        suggested = self.book_path.with_name(self.book_path.stem + "-recovery-sheet.pdf")
        target = self.dialogs.save_file(self, _("Save the recovery sheet"), suggested,
                                        pdf_filter())
        if target is None:
            return
        write_recovery_sheet(target, self.book_path, self.recovery_key)
        self.saved_to = target
        self.dialogs.inform(self, _("Recovery sheet"),
                            _("Recovery sheet written to {path}.").format(path=target))
