"""The recovery key, shown once after a book is made or encrypted, with the recovery sheet to
print (through the preview, which prints and also saves), to open in the computer's PDF viewer,
or to save where the person chooses (Documents by default, never silently beside the book)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.core.errors import HoagiaiError
from desktop.core.files import viewer_copy, write_out
from desktop.core.i18n import _
from desktop.gui.backups.usb import documents_folder
from desktop.gui.forms.ui_recovery_dialog import Ui_RecoveryDialog
from desktop.gui.kit.dialogs import Dialogs, pdf_filter

SHEET_NAME = "phieu-khoi-phuc.pdf"


class RecoveryDialog(QDialog):
    def __init__(self, book_path: Path, recovery_key: str, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book_path = book_path
        self.recovery_key = recovery_key
        self.dialogs = dialogs
        self.saved_to: Path | None = None
        self.printed = False
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)
        self.key_label, self.save_button = self.ui.keyLabel, self.ui.saveButton
        self.key_label.setText(recovery_key)
        self.ui.printButton.clicked.connect(self.print_sheet)
        self.ui.openButton.clicked.connect(self.open_sheet)
        self.save_button.clicked.connect(self.save_sheet)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(
            _("I have printed or written it down"))
        self.ui.buttonBox.accepted.connect(self.accept)

    def sheet(self) -> bytes:
        from desktop.core.documents.recovery_sheet import RecoverySheet, render_recovery_sheet

        return render_recovery_sheet(RecoverySheet(self.book_path.name, "", "",
                                                   self.recovery_key, date.today()))

    def print_sheet(self) -> None:
        """The sheet in the preview: Print there (or save a copy)."""
        from desktop.gui.documents.preview import PdfPreviewDialog

        preview = PdfPreviewDialog(self.sheet(), _("Recovery sheet"), SHEET_NAME, self.dialogs,
                                   self)
        preview.document_printed.connect(self._on_printed)
        preview.document_saved.connect(lambda path: self._on_saved(Path(path)))
        self.dialogs.run(preview)
        preview.deleteLater()

    def _on_printed(self, _printer: str) -> None:
        self.printed = True
        self.ui.statusLabel.setText(_("The recovery sheet was sent to the printer. Keep it "
                                      "locked away, not beside the computer."))

    def open_sheet(self) -> None:
        # The private viewer folder (owner-only), emptied at exit and at the next start: the
        # key must not stay on the disk.
        path = viewer_copy(SHEET_NAME, self.sheet())
        self.ui.statusLabel.setText(_("The sheet opens in the PDF viewer: print it from there. "
                                      "The file is deleted when Sổ hòa giải closes."))
        self.open_externally(path)

    def open_externally(self, path: Path) -> None:
        """Hand the file to the system's PDF viewer (tests replace this)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_sheet(self) -> None:
        target = self.dialogs.save_file(self, _("Save the recovery sheet"),
                                        documents_folder() / SHEET_NAME, pdf_filter())
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_out(target, self.sheet())  # whole or not at all, readable by its owner only
        except HoagiaiError as error:
            self.ui.statusLabel.setText(str(error))
            return
        self._on_saved(target)

    def _on_saved(self, target: Path) -> None:
        self.saved_to = target
        self.ui.statusLabel.setText(_(
            "The recovery sheet was saved as “{file}”. Print it, keep the paper locked away, "
            "and delete the file: whoever has it and the book can read everything.").format(
            file=target.name))
