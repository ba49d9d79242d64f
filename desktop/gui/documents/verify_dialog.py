"""Verify a document: type the code printed at the foot of a paper, see which document of which
case it is, when and by whom it was issued, whether the case changed since, and the document
exactly as issued (in the usual preview, to print or save a copy).

The look-up is journaled (who checked which document); so is any copy printed or saved.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.gui.documents.preview import PdfPreviewDialog
from desktop.gui.forms.ui_verify_dialog import Ui_VerifyDialog
from desktop.gui.kit.changes import Area, areas_changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.field_errors import FieldErrors

if TYPE_CHECKING:
    from desktop.core.services.documents.verification import Verification


def _verification() -> ModuleType:
    """The verification service, imported at first use: it brings the document builders and
    ReportLab (~0.4 s), which the main window's start-up does not need (#17)."""
    from desktop.core.services.documents import verification

    return verification

class VerifyDialog(QDialog):
    def __init__(self, context: BookContext, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialogs = dialogs
        self.found: Verification | None = None
        self.preview: PdfPreviewDialog | None = None
        self.ui = Ui_VerifyDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.code_edit, self.check_button, self.show_button = (
            ui.codeEdit, ui.checkButton, ui.showButton)
        self.error_label, self.details = ui.errorLabel, ui.detailsLayout
        self.errors = FieldErrors(self.error_label, {"code": self.code_edit})
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        self.check_button.clicked.connect(self.check)
        self.code_edit.returnPressed.connect(self.check)
        self.show_button.clicked.connect(self.show_document)
        ui.buttonBox.rejected.connect(self.reject)

    # --- checking ------------------------------------------------------------------------------

    def check(self) -> None:
        typed = self.code_edit.text()
        self.check_button.setEnabled(False)
        self.context.write(self, lambda s: _verification().check(s, typed), self._on_found,
                           self._on_error, changed=areas_changed(Area.DOCUMENTS))

    def _on_found(self, found: Verification) -> None:
        self.errors.clear()
        self.found = found
        self.check_button.setEnabled(True)
        self._clear_details()
        for name, value in _verification().verification_lines(found):
            label = QLabel(value, self)
            label.setWordWrap(True)
            label.setAccessibleName(name)
            self.details.addRow(QLabel(f"<b>{name}:</b>", self), label)
        self.show_button.setEnabled(bool(found.pdf))

    def _on_error(self, error: HoagiaiError) -> None:
        self.found = None
        self.check_button.setEnabled(True)
        self.show_button.setEnabled(False)
        self._clear_details()
        self.errors.show(error)

    def _clear_details(self) -> None:
        while self.details.rowCount():
            self.details.removeRow(0)

    def detail_texts(self) -> dict[str, str]:
        """What the details show, label to value (for tests and accessibility checks)."""
        texts = {}
        for row in range(self.details.rowCount()):
            item = self.details.itemAt(row, QFormLayout.ItemRole.FieldRole)
            name = item.widget() if item is not None else None
            if isinstance(name, QLabel):
                texts[name.accessibleName()] = name.text()
        return texts

    # --- the document as issued --------------------------------------------------------------

    def show_document(self) -> None:
        found = self.found
        if found is None:
            return
        title = _("{document} as issued — code {code}").format(
            document=dict(_verification().verification_lines(found))[_("Document")],
            code=found.display_code)
        self.preview = PdfPreviewDialog(found.pdf, title, f"{found.code}.pdf", self.dialogs,
                                        self)
        code = found.code

        def record(target: str) -> None:
            self.context.write(self, lambda s: _verification().record_copy(s, code, target),
                               changed=areas_changed(Area.DOCUMENTS))
        self.preview.document_printed.connect(record)
        self.preview.document_saved.connect(record)
        self.preview.show()


def verify_action(window: QWidget, context: BookContext, dialogs: Dialogs) -> QAction:
    """Tools › Verify a document… for the main window."""
    action = QAction(_("&Verify a document…"), window)
    action.triggered.connect(lambda: open_verify_dialog(context, dialogs, window))
    return action


def open_verify_dialog(context: BookContext, dialogs: Dialogs,
                       parent: QWidget | None = None) -> VerifyDialog:
    dialog = VerifyDialog(context, dialogs, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
