"""Automatic backups: one when the book opens, then one every N hours of use.

The copy runs on the background helper's thread, so the window never waits for it. The status
bar says when the last backup was made; a failure is shown once, in words, and then only in
the status bar until a backup succeeds again (no crash dialog, no message every few hours).
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from desktop.core.errors import HoagiaiError
from desktop.core.files import FILE_PROBLEM, FileProblem
from desktop.core.i18n import _
from desktop.core.services.history.values import local_time
from desktop.core.services.workspace import backup_jobs
from desktop.core.services.workspace.backups import BackupInfo
from desktop.gui.backups import adapter
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.signals import emit

log = logging.getLogger("hoagiai")
_HOUR_MS = 3_600_000


class AutoBackup(QObject):
    """Owned by the book context (it outlives a main window rebuilt on a language change)."""

    status_changed = Signal(str)
    finished = Signal()  # one automatic attempt ended (made, skipped or failed)

    def __init__(self, context: BookContext, dialogs: Dialogs) -> None:
        super().__init__(context)
        self.setObjectName("autoBackup")
        self.context = context
        self.dialogs = dialogs
        self.status = ""
        self.running = False
        self._failure_shown = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.run_now)
        context.data_changed.connect(self.follow_setting)

    def start(self) -> None:
        """A backup now if the book changed since the last one, then every N hours of use."""
        if not adapter.is_file_book(self.context):
            return  # a server database: backed up on the server
        hours = adapter.every_hours(self.context)
        self.timer.start(int(hours * _HOUR_MS))
        self.run_now()

    def follow_setting(self) -> None:
        """After a save (perhaps in Tools › Settings), keep the timer to the book's setting."""
        if not self.timer.isActive():
            return
        wanted = int(adapter.every_hours(self.context) * _HOUR_MS)
        if wanted != self.timer.interval():
            self.timer.start(wanted)

    def stop(self) -> None:
        self.timer.stop()

    def run_now(self) -> None:
        if self.running:
            return
        self.running = True
        book = adapter.book_file(self.context)

        def work() -> tuple[BackupInfo | None, datetime | None]:
            try:
                made = backup_jobs.back_up_if_due(book, 0)
                found = [] if made else backup_jobs.list_backups(book)
            except HoagiaiError:
                raise
            except Exception as error:  # whatever it was, a backup is no reason to crash
                log.exception("automatic backup")
                raise FileProblem(FILE_PROBLEM, path=book.folder, problem=str(error)) from error
            return made, found[0].made_at if found else None
        self.context.run(self, work, self._on_done, self._on_failed)

    def _on_done(self, outcome: tuple[BackupInfo | None, datetime | None]) -> None:
        made, latest = outcome
        self.running = False
        self._failure_shown = False
        if made is not None:
            self.show_made(made.made_at)
        elif latest is not None:  # nothing saved since the last backup
            self.show_made(latest)
        elif not self.status:
            self._set_status(_("Backups: nothing changed since the last one"))
        emit(self.finished)

    def show_made(self, made_at: datetime) -> None:
        """"Backed up at 14:05" (with the date when it was not today)."""
        local = local_time(made_at)
        when = local.strftime("%H:%M") if local.date() == datetime.now().date() \
            else local.strftime("%d/%m/%Y %H:%M")
        self._set_status(_("Backed up at {time}").format(time=when))

    def _on_failed(self, error: HoagiaiError) -> None:
        self.running = False
        log.warning("automatic backup failed: %s", error)
        self._set_status(_("The automatic backup failed"))
        if not self._failure_shown:
            self._failure_shown = True
            self.dialogs.warn(None, _("Automatic backup"), _(
                "The automatic backup of the case book failed. Your work is saved in the book "
                "itself; only its copy is missing.\n\n{reason}").format(reason=error))
        emit(self.finished)

    def _set_status(self, text: str) -> None:
        self.status = text
        emit(self.status_changed, text)


def add_backup_status(window: QMainWindow, context: BookContext) -> QLabel:
    """A permanent status-bar label showing the automatic backups' news (empty until the
    first attempt, and when the program runs without them, as in tests)."""
    status = QLabel(window)
    status.setObjectName("backupStatus")
    window.statusBar().addPermanentWidget(status)
    auto = context.findChild(AutoBackup, "autoBackup")
    if auto is not None:
        status.setText(auto.status)
        auto.status_changed.connect(status.setText)
    return status
