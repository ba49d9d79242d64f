"""Verify a document: type the code printed at the foot of a paper, see which document of which
case it is, when and by whom it was issued, whether the case changed since, and the document
exactly as issued (in the usual preview, to print or save a copy).

The look-up is journaled (who checked which document); so is any copy printed or saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.core.services.documents import issued
from desktop.core.services.documents.issued import Verification
from desktop.gui.documents.preview import PdfPreviewDialog
from desktop.gui.kit.changes import Area, areas_changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.field_errors import FieldErrors


class VerifyDialog(QDialog):
    def __init__(self, context: BookContext, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialogs = dialogs
        self.found: Verification | None = None
        self.preview: PdfPreviewDialog | None = None
        self.setWindowTitle(_("Verify a document"))
        self.resize(640, 420)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(_("Type the verification code printed at the foot of the document's "
                         "pages (for example 7K2M-Q9XA-4RT), or scan its QR code."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.code_edit = QLineEdit(self)
        self.code_edit.setAccessibleName(_("Verification code"))
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXX")
        self.code_edit.setMaxLength(40)
        code_label = QLabel(_("&Code:"), self)
        code_label.setBuddy(self.code_edit)
        self.check_button = QPushButton(_("C&heck"), self)
        self.check_button.setDefault(True)
        row.addWidget(code_label)
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        self.error_label = QLabel(self)
        self.errors = FieldErrors(self.error_label, {"code": self.code_edit})
        layout.addWidget(self.error_label)
        self.details = QFormLayout()
        layout.addLayout(self.details)
        layout.addStretch(1)
        buttons = QDialogButtonBox(self)
        self.show_button = buttons.addButton(_("&Show the document as issued…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button.setEnabled(False)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(_("Close"))
        layout.addWidget(buttons)
        self.check_button.clicked.connect(self.check)
        self.code_edit.returnPressed.connect(self.check)
        self.show_button.clicked.connect(self.show_document)
        buttons.rejected.connect(self.reject)

    # --- checking ------------------------------------------------------------------------------

    def check(self) -> None:
        typed = self.code_edit.text()
        self.check_button.setEnabled(False)
        self.context.write(self, lambda s: issued.check(s, typed), self._on_found, self._on_error,
                           changed=areas_changed(Area.DOCUMENTS))

    def _on_found(self, found: Verification) -> None:
        self.errors.clear()
        self.found = found
        self.check_button.setEnabled(True)
        self._clear_details()
        for name, value in issued.verification_lines(found):
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
            document=dict(issued.verification_lines(found))[_("Document")],
            code=found.display_code)
        self.preview = PdfPreviewDialog(found.pdf, title, f"{found.code}.pdf", self.dialogs,
                                        self)
        code = found.code

        def record(target: str) -> None:
            self.context.write(self, lambda s: issued.record_copy(s, code, target),
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
