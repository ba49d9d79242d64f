"""The Backups window (File › Backups…): the backups of this book, "Back up now", and restoring
one, with a confirmation that says what will happen and an explicit second question when the
restore would take saved changes out of the book.

A restore needs the book closed: the window closes the open case windows, waits for the
background work, lets go of the database, restores on the background thread and opens the book
again, then every screen reloads. A failed restore leaves the book as it was (the core
guarantees it); the window says why.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QWidget,
)

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_, _, ngettext
from desktop.core.services.history.values import local_time
from desktop.core.services.workspace import backup_jobs, backups
from desktop.core.services.workspace import book as workspace
from desktop.gui.backups import adapter
from desktop.gui.backups.adapter import BackupRow
from desktop.gui.backups.to_usb import UsbBackup, back_up_to, choose_usb_folder, done_text
from desktop.gui.backups.usb import removable_drives, size_in_words
from desktop.gui.forms.ui_backups_dialog import Ui_BackupsDialog
from desktop.gui.kit.changes import EVERYTHING
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.rows_model import Column, RowsModel
from desktop.gui.kit.signals import emit

LABELS = {"": N_("Backup"), backups.SAFETY_LABEL: N_("Safety copy made before a restore")}


def _when(row: BackupRow) -> str:
    return when_in_words(row.made_at)


def when_in_words(made_at: datetime) -> str:
    """Today, 10:32 / Yesterday, 18:05 / 01/12/2026, 14:00 (local time)."""
    local = local_time(made_at)
    days = (date.today() - local.date()).days
    day = (_("Today") if days == 0 else _("Yesterday") if days == 1
           else local.strftime("%d/%m/%Y"))
    return _("{day}, {time}").format(day=day, time=local.strftime("%H:%M"))


COLUMNS = (
    Column(N_("Made at"), _when),
    Column(N_("Size"), lambda row: size_in_words(row.size)),
    Column(N_("Journal position"), lambda row: str(row.last_seq)),
    Column(N_("Kind"), lambda row: _(LABELS[row.label]) if row.label in LABELS else row.label),
)


class BackupsDialog(QDialog):
    listed = Signal()  # the list shows the folder as it is now
    restored = Signal(object)  # a RestoreReport: the book was replaced and opened again
    failed = Signal(object)  # a HoagiaiError shown to the user
    usb_written = Signal(object)  # an UsbBackup: a copy went to a stick or a chosen folder

    def __init__(self, context: BookContext, dialogs: Dialogs,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialogs = dialogs
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.folder_label, self.table, self.message = (
            ui.folderLabel, ui.backupsTable, ui.messageLabel)
        self.backup_button, self.restore_button, self.restore_file_button = (
            ui.backupButton, ui.restoreButton, ui.restoreFileButton)
        self.usb_button = ui.usbButton
        self.model = RowsModel(COLUMNS, self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        ui.buttonBox.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.usb_button.clicked.connect(self.back_up_to_usb)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        may_restore = adapter.may_restore(context)
        self.restore_button.setEnabled(may_restore)
        self.restore_file_button.setEnabled(may_restore)
        self.busy = False
        self._explain_folder()
        self.reload()

    # --- the list ----------------------------------------------------------------------------

    def _explain_folder(self) -> None:
        try:
            folder = adapter.book_file(self.context).folder
        except HoagiaiError as error:
            self.folder_label.setText(str(error))
            for button in (self.backup_button, self.usb_button, self.restore_button,
                           self.restore_file_button):
                button.setEnabled(False)
            return
        self.folder_label.setText(_(
            "Copies of the case book on this computer, newest first. A copy is made when the "
            "program starts and every few hours of use; the oldest are removed. To keep one "
            "away from this computer, choose “Back up to a USB stick”."))
        self.folder_label.setToolTip(str(folder))  # for whoever looks after the computer

    def reload(self) -> None:
        if not adapter.is_file_book(self.context):
            emit(self.listed)
            return
        book = adapter.book_file(self.context)
        self.context.run(self, lambda: backup_jobs.list_backups(book), self._on_listed,
                         self._show_error)

    def _on_listed(self, rows: list[BackupRow]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        emit(self.listed)

    def selected(self) -> BackupRow | None:
        chosen = self.table.selectionModel().selectedRows()
        return self.model.row_at(chosen[0].row()) if chosen else None

    def _show_error(self, error: HoagiaiError) -> None:
        self._set_busy(False)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(str(error))
        emit(self.failed, error)

    def _show_news(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        may_restore = adapter.may_restore(self.context)
        self.backup_button.setEnabled(not busy)
        self.usb_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and may_restore)
        self.restore_file_button.setEnabled(not busy and may_restore)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        elif QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()

    # --- backing up --------------------------------------------------------------------------

    def back_up_now(self) -> None:
        self._set_busy(True)
        self._show_news(_("Backing up…"))
        book, actor = adapter.book_file(self.context), self.context.actor
        self.context.run(self, lambda: backup_jobs.back_up(book, actor), self._on_backed_up,
                         self._show_error)

    def _on_backed_up(self, info: backups.BackupInfo) -> None:
        self._set_busy(False)
        self._show_news(_("Backed up: {when}.").format(when=when_in_words(info.made_at)))
        self._tell_auto_backup(info)
        self.reload()

    def _tell_auto_backup(self, info: backups.BackupInfo) -> None:
        from desktop.gui.backups.auto_backup import AutoBackup

        auto = self.context.findChild(AutoBackup, "autoBackup")
        if auto is not None:
            auto.show_made(info.made_at)

    def back_up_to_usb(self) -> None:
        drives = removable_drives()
        encrypted = adapter.book_file(self.context).key is not None
        folder = choose_usb_folder(self.dialogs, self, drives, encrypted)
        if folder is None:
            return
        self._set_busy(True)
        self._show_news(_("Backing up…"))
        book, actor = adapter.book_file(self.context), self.context.actor
        self.context.run(self, lambda: back_up_to(book, actor, folder, drives),
                         self._on_usb_done, self._show_error)

    def _on_usb_done(self, made: UsbBackup) -> None:
        self._set_busy(False)
        text = done_text(made)
        self._show_news(text)
        emit(self.usb_written, made)
        self.dialogs.inform(self, _("Back up to a USB stick"), text)

    # --- restoring ---------------------------------------------------------------------------

    def restore_selected(self) -> None:
        row = self.selected()
        if row is None:
            self.dialogs.inform(self, _("Restore a backup"),
                                _("Choose a backup in the list first."))
            return
        self.restore_from(row.path, _("the backup made at {time} (journal position {seq})")
                          .format(time=_when(row), seq=row.last_seq))

    def restore_from_file(self) -> None:
        path = self.dialogs.open_file(self, _("Restore a backup from a file"),
                                      _("Case book backups (*.sqlite);;All files (*)"))
        if path is not None:
            self.restore_from(path, _("the file “{name}”").format(name=path.name))

    def restore_from(self, backup: Path, described: str) -> None:
        """Ask, then restore: a second, explicit question if saved changes would be lost."""
        if not self.dialogs.confirm(self, _("Restore a backup"), _(
                "The case book will be replaced by {backup}.\n\nBefore that, a copy of the book "
                "as it is now is saved in the backup folder. Open case windows will close, and "
                "the book will open again with the backup's data.\n\nRestore it?")
                .format(backup=described)):
            return
        lost = backup_jobs.entries_lost(adapter.book_file(self.context), backup)
        if lost and not self.dialogs.confirm(self, _("Restore older data?"), ngettext(
                "The case book holds {lost} saved change (journal entry) that this backup "
                "does not have. Restoring takes it out of the book; it stays only in the "
                "safety copy.\n\nRestore the older backup anyway?",
                "The case book holds {lost} saved changes (journal entries) that this backup "
                "does not have. Restoring takes them out of the book; they stay only in the "
                "safety copy.\n\nRestore the older backup anyway?", lost).format(lost=lost)):
            return
        password = None
        if adapter.needs_password(self.context):
            password = self.dialogs.ask_password(self, _("Restore a backup"), _(
                "To restore, type your password (the one you log in with). It is checked "
                "against the backup's key file, so that you can still log in afterwards."))
            if password is None:
                return
        self._restore(backup, allow_older=lost > 0, password=password)

    def _restore(self, backup: Path, allow_older: bool, password: str | None = None) -> None:
        self._set_busy(True)
        self._show_news(_("Restoring…"))
        close_case_windows()
        context = self.context
        book, actor = adapter.book_file(context), context.actor
        database = context.book.database

        def work() -> tuple[backups.RestoreReport | None, HoagiaiError | None,
                            workspace.OpenedBook]:
            # the one worker thread runs jobs in turn: the work queued before this is done,
            # so the book can be let go of here
            database.dispose()
            report, problem = None, None
            try:
                can_open = None if password is None else adapter.opener(context, password)
                report = backup_jobs.restore(book, actor, backup, allow_older, can_open)
            except HoagiaiError as error:
                problem = error  # nothing was changed: open the book as it was
            return report, problem, adapter.reopen(context)
        context.run(self, work, self._on_restored, self._on_reopen_failed)

    def _on_restored(self, outcome: tuple[backups.RestoreReport | None, HoagiaiError | None,
                                          workspace.OpenedBook]) -> None:
        report, problem, book = outcome
        self.context.book = book
        self.context.actor = dataclasses.replace(self.context.actor, device=book.device)
        self._set_busy(False)
        self.context.announce(EVERYTHING)
        self.reload()
        if problem is not None:
            self._show_error(problem)
            self.dialogs.warn(self, _("Not restored"), str(problem))
            return
        assert report is not None
        text = _("The backup was restored and the case book opened again.")
        if report.safety is not None:
            text += "\n\n" + _("The book as it was before is kept among the backups "
                                 "(“Safety copy made before a restore”).")
        self._show_news(text)
        self.dialogs.inform(self, _("Restored"), text)
        emit(self.restored, report)

    def _on_reopen_failed(self, error: HoagiaiError) -> None:
        self._show_error(error)
        self.dialogs.warn(self, _("The case book cannot be opened"), _(
            "The case book could not be opened again after the restore.\n\n{reason}\n\nClose "
            "Sổ hòa giải and start it again.").format(reason=error))


def close_case_windows() -> None:
    """Close every open case window (a restore replaces what they show)."""
    from desktop.gui.case.case_window import CaseWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, CaseWindow):
            widget.close()


def backups_action(window: QMainWindow, context: BookContext, dialogs: Dialogs) -> QAction:
    """File › Backups… for the main window."""
    action = QAction(_("&Backups…"), window)
    action.triggered.connect(lambda: dialogs.run(BackupsDialog(context, dialogs, window)))
    return action
