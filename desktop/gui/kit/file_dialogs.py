"""The file picker the program shows: Qt's own dialog, never the system's.

The system's dialog (GTK, Windows) speaks the system's language and writes dates its own way,
which on a volunteer's PC is often English and "7 12 2026"; Qt's dialog takes our Vietnamese
catalogue (qt_strings.py), and its date column is shown here as dd/MM/yyyy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QSplitter, QTreeView, QWidget

from desktop.gui.kit.window_fit import available_size

DATE_TIME_FORMAT = "dd/MM/yyyy HH:mm"
MODIFIED_COLUMN = 3  # QFileSystemModel's "Date Modified"


class DayFirstDates(QIdentityProxyModel):
    """The file list as Qt's model gives it, with modification times as dd/MM/yyyy HH:mm."""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        source = self.sourceModel()
        if (index.column() == MODIFIED_COLUMN and role == Qt.ItemDataRole.DisplayRole
                and isinstance(source, QFileSystemModel)):
            modified = source.lastModified(self.mapToSource(index))
            return modified.toString(DATE_TIME_FORMAT) if modified.isValid() else ""
        return super().data(index, role)


class RoomForDates(QObject):
    """Once the dialog is shown (Qt restores its own column widths then): the size, type and
    date columns wide enough for their text, and a window wide enough for them, at any text
    size."""

    def __init__(self, dialog: QFileDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dialog and event.type() is QEvent.Type.Show:
            QTimer.singleShot(0, self.widen)
        return False

    def widen(self) -> None:
        view = self.dialog.findChild(QTreeView, "treeView")
        if view is None:
            return
        metrics = view.fontMetrics()
        for column, sample in ((1, "Dung lượngWW"), (2, "Thư mụcWW"),
                               (MODIFIED_COLUMN, "00/00/0000 00:00WW")):
            view.header().resizeSection(column, metrics.horizontalAdvance(sample))
        lines = metrics.height()
        splitter = self.dialog.findChild(QSplitter, "splitter")
        if splitter is not None:  # the places on the left ("Máy tính", a USB stick) in full
            side = metrics.horizontalAdvance("Máy tính của tôiW") + 2 * lines
            splitter.setSizes([side, max(1, splitter.width() - side)])
        wanted = QSize(max(self.dialog.width(), 48 * lines), max(self.dialog.height(), 24 * lines))
        self.dialog.resize(wanted.boundedTo(available_size(self.dialog)))
        screen = self.dialog.screen().availableGeometry()
        frame = self.dialog.frameGeometry()
        frame.moveCenter(screen.center())
        self.dialog.move(frame.topLeft())


def file_dialog(parent: QWidget | None, title: str, directory: str, file_filter: str,
                saving: bool) -> QFileDialog:
    dialog = QFileDialog(parent, title, directory, file_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setProxyModel(DayFirstDates(dialog))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if saving
                         else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if saving
                       else QFileDialog.FileMode.ExistingFile)
    RoomForDates(dialog)
    return dialog


def folder_dialog(parent: QWidget | None, title: str, directory: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, directory)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setProxyModel(DayFirstDates(dialog))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return dialog


def chosen_path(dialog: QFileDialog) -> Path | None:
    files = dialog.selectedFiles()
    return Path(files[0]) if files else None
