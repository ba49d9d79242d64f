"""The file picker the program shows: Qt's own dialog, never the system's.

The system's dialog (GTK, Windows) speaks the system's language and writes dates its own way,
which on a volunteer's PC is often English and "7 12 2026"; Qt's dialog takes our Vietnamese
catalogue (qt_strings.py), and its date column is shown here as dd/MM/yyyy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QWidget

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


def file_dialog(parent: QWidget | None, title: str, directory: str, file_filter: str,
                saving: bool) -> QFileDialog:
    dialog = QFileDialog(parent, title, directory, file_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setProxyModel(DayFirstDates(dialog))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if saving
                         else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if saving
                       else QFileDialog.FileMode.ExistingFile)
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
