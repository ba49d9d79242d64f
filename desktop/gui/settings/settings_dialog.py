"""Settings of the case book: the court for the guidance sheet, the remuneration rate, the
attachment size limit, automatic backups, the retention period of personal data, the
minutes before the idle lock and who to call for help.

Loaded and saved through ``desktop.core.services.book_settings`` (which validates every value and
reports every problem at once, marking the inputs); nothing is saved unless all are valid.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from sqlalchemy.orm import Session

from desktop.core.domain.roles import Permission
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.core.policy import access, settings
from desktop.core.services.workspace import book_settings, help_contact_setting, idle_lock_setting
from desktop.core.services.workspace.book_settings import BookSettings
from desktop.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from desktop.gui.kit.changes import Area, areas_changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.field_errors import FieldErrors


class SettingsDialog(QDialog):
    def __init__(self, context: BookContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.context = context
        self.saved = False
        self._name_inputs()
        self._show_notes()
        self.errors = FieldErrors(self.error_label, {
            "court_name": self.court, "remuneration_rate": self.rate,
            "attachment_max_mb": self.attachment_mb, "backup_every_hours": self.backup_hours,
            "backup_keep": self.backup_keep, "retention_years": self.retention,
            "idle_lock_minutes": self.idle_lock, "help_contact": self.help_contact})
        self._set_up_buttons()
        self.show_values(context.read_now(book_settings.load))
        self.idle_lock.setValue(context.read_now(
            lambda session: settings.value(session, settings.IDLE_LOCK_MINUTES)))
        self.help_contact.setText(context.read_now(
            lambda session: settings.value(session, settings.HELP_CONTACT)))
        self.save_button.setEnabled(may_edit_settings(context))

    def _name_inputs(self) -> None:
        ui = self.ui
        self.court, self.rate = ui.courtEdit, ui.rateEdit
        self.attachment_mb, self.backup_hours = ui.attachmentSpin, ui.backupEverySpin
        self.backup_keep, self.retention = ui.backupKeepSpin, ui.retentionSpin
        self.idle_lock, self.help_contact = ui.idleLockSpin, ui.helpContactEdit
        self.error_label = ui.errorLabel
        self.rate.editingFinished.connect(self._group_rate)

    def _show_notes(self) -> None:
        """The inputs' hints under the form, not in it: QFormLayout squeezes wrapped labels."""
        inputs = (self.court, self.rate, self.attachment_mb, self.backup_hours,
                  self.backup_keep, self.retention, self.idle_lock, self.help_contact)
        self.ui.notesLabel.setText("\n".join(f"• {widget.toolTip()}" for widget in inputs
                                             if widget.toolTip()))

    def _set_up_buttons(self) -> None:
        self.buttons = self.ui.buttonBox
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(_("&Save"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

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
        values, minutes, contact = self.values(), self.idle_lock.value(), self.help_contact.text()
        self.errors.clear()
        self.save_button.setEnabled(False)
        self.context.write(self, lambda s: save_all(s, values, minutes, contact), self._on_saved,
                           self._on_error, changed=areas_changed(Area.SETTINGS))

    def _on_saved(self, _changes: object) -> None:
        self.saved = True
        self.save_button.setEnabled(True)
        self.accept()

    def _on_error(self, error: HoagiaiError) -> None:
        self.save_button.setEnabled(True)
        self.errors.show(error)


def save_all(session: Session, values: BookSettings, idle_minutes: int,
             contact: str) -> object:
    """The book's settings, the idle lock's minutes and who to call, in one unit of work."""
    changes = book_settings.save(session, values)
    idle_lock_setting.set_idle_lock_minutes(session, idle_minutes)
    help_contact_setting.set_help_contact(session, contact)
    return changes


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
