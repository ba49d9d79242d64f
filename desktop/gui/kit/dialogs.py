"""Every modal dialog, message box and file picker goes through this one seam.

Screens call ``self.dialogs.<method>``; tests replace the ``Dialogs`` instance with one that
answers at once, so no test ever waits on a blocking ``exec()``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop.core.i18n import _
from desktop.gui.kit.file_dialogs import chosen_path, file_dialog, folder_dialog
from desktop.gui.kit.window_fit import fit_dialog


class Dialogs:
    def run(self, dialog: QDialog) -> bool:
        """Show a modal dialog (fitted to the screen); True when the user accepted it."""
        fit_dialog(dialog)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def ask_text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        text, accepted = QInputDialog.getMultiLineText(parent, title, label)
        return text.strip() if accepted and text.strip() else None

    def ask_password(self, parent: QWidget | None, title: str, label: str) -> str | None:
        text, accepted = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        return text if accepted and text else None

    def save_file(self, parent: QWidget | None, title: str, suggested: Path,
                  file_filter: str) -> Path | None:
        dialog = file_dialog(parent, title, str(suggested), file_filter, saving=True)
        return chosen_path(dialog) if dialog.exec() == QDialog.DialogCode.Accepted else None

    def open_file(self, parent: QWidget | None, title: str, file_filter: str) -> Path | None:
        dialog = file_dialog(parent, title, "", file_filter, saving=False)
        return chosen_path(dialog) if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choose_folder(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        dialog = folder_dialog(parent, title, str(start))
        return chosen_path(dialog) if dialog.exec() == QDialog.DialogCode.Accepted else None


def pdf_filter() -> str:
    return _("PDF documents (*.pdf)")
