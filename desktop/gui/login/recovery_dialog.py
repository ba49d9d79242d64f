"""The recovery key, shown once after a book is made or encrypted, with a button that saves
the recovery sheet (PDF) to print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.core.i18n import _
from desktop.gui.forms.ui_recovery_dialog import Ui_RecoveryDialog
from desktop.gui.kit.dialogs import Dialogs, pdf_filter


class RecoveryDialog(QDialog):
    def __init__(self, book_path: Path, recovery_key: str, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book_path = book_path
        self.recovery_key = recovery_key
        self.dialogs = dialogs
        self.saved_to: Path | None = None
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)
        self.key_label, self.save_button = self.ui.keyLabel, self.ui.saveButton
        self.key_label.setText(recovery_key)
        self.save_button.clicked.connect(self.save_sheet)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(
            _("I have printed or written it down"))
        self.ui.buttonBox.accepted.connect(self.accept)

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
