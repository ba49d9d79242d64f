"""Settings of the case book: the court for the guidance sheet, the remuneration rate, the
attachment size limit, automatic backups and the retention period of personal data.

Loaded and saved through ``desktop.core.services.book_settings`` (which validates every value and
reports every problem at once, marking the inputs); nothing is saved unless all are valid.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.domain.roles import Permission
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.core.policy import access
from desktop.core.services.workspace import book_settings
from desktop.core.services.workspace.book_settings import BookSettings
from desktop.gui.kit.changes import Area, areas_changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.field_errors import FieldErrors


class SettingsDialog(QDialog):
    def __init__(self, context: BookContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved = False
        self.setWindowTitle(_("Settings"))
        self.setMinimumWidth(640)
        self._build()
        self.show_values(context.read_now(book_settings.load))
        self.save_button.setEnabled(may_edit_settings(context))

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.court = QLineEdit(self)
        self.court.setPlaceholderText(_("e.g. Tòa án nhân dân khu vực 1 - Hà Nội"))
        self.rate = QLineEdit(self)
        self.rate.editingFinished.connect(self._group_rate)
        self.attachment_mb = self._spin(1, 200, _(" MB"))
        self.backup_hours = self._spin(1, 168, _(" hours"))
        self.backup_keep = self._spin(1, 100, "")
        self.retention = self._spin(1, 100, _(" years"))
        rows = (
            (_("&Court for court recognition:"), self.court,
             _("Named on the court-recognition guidance sheet. Empty: a general text.")),
            (_("&Remuneration rate (đồng per case):"), self.rate,
             _("The rate the province set for each case that ended, e.g. 200.000.")),
            (_("&Largest attachment:"), self.attachment_mb, ""),
            (_("Automatic &backup every:"), self.backup_hours, ""),
            (_("Backups &kept:"), self.backup_keep, ""),
            (_("Keep personal data &for:"), self.retention,
             _("After every case of a person closed this long ago, their personal data may be "
               "erased.")),
        )
        for text, widget, hint in rows:
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            if hint:
                widget.setToolTip(hint)
                widget.setAccessibleDescription(hint)
            form.addRow(label, widget)
        layout.addLayout(form)
        # the hints under the form, not in it: QFormLayout squeezes wrapped labels
        notes = QLabel("\n".join(f"• {hint}" for _text, _widget, hint in rows if hint), self)
        notes.setWordWrap(True)
        notes.setStyleSheet("color: #555;")
        layout.addWidget(notes)
        self.error_label = QLabel(self)
        self.errors = FieldErrors(self.error_label, {
            "court_name": self.court, "remuneration_rate": self.rate,
            "attachment_max_mb": self.attachment_mb, "backup_every_hours": self.backup_hours,
            "backup_keep": self.backup_keep, "retention_years": self.retention})
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(_("&Save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(_("Cancel"))
        layout.addWidget(self.buttons)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _spin(self, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        return spin

    def _group_rate(self) -> None:
        amount = book_settings.parse_amount(self.rate.text())
        if amount is not None:
            self.rate.setText(book_settings.group_thousands(amount))

    def show_values(self, values: BookSettings) -> None:
        self.court.setText(values.court_name)
        self.rate.setText(values.remuneration_rate)
        self.attachment_mb.setValue(values.attachment_max_mb)
        self.backup_hours.setValue(values.backup_every_hours)
        self.backup_keep.setValue(values.backup_keep)
        self.retention.setValue(values.retention_years)

    def values(self) -> BookSettings:
        return BookSettings(self.court.text(), self.rate.text(), self.attachment_mb.value(),
                            self.backup_hours.value(), self.backup_keep.value(),
                            self.retention.value())

    def save(self) -> None:
        values = self.values()
        self.errors.clear()
        self.save_button.setEnabled(False)
        self.context.write(self, lambda s: book_settings.save(s, values), self._on_saved,
                           self._on_error, changed=areas_changed(Area.SETTINGS))

    def _on_saved(self, _changes: object) -> None:
        self.saved = True
        self.save_button.setEnabled(True)
        self.accept()

    def _on_error(self, error: HoagiaiError) -> None:
        self.save_button.setEnabled(True)
        self.errors.show(error)


def settings_action(window: QWidget, context: BookContext, dialogs: Dialogs) -> QAction:
    """Tools › Settings… for the main window."""
    action = QAction(_("&Settings…"), window)
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda: open_settings(context, dialogs, window))
    if not may_edit_settings(context):
        action.setEnabled(False)
        action.setStatusTip(_("Only the team leader, or the ward administrator in a ward "
                              "book, may change the settings."))
    return action


def may_edit_settings(context: BookContext) -> bool:
    return access.permitted(context.actor, Permission.EDIT_SETTINGS)


def open_settings(context: BookContext, dialogs: Dialogs, parent: QWidget | None = None) -> bool:
    """Show the settings (modal, through the dialog seam); True when they were saved."""
    dialog = SettingsDialog(context, parent)
    try:
        return dialogs.run(dialog) and dialog.saved
    finally:
        dialog.deleteLater()
