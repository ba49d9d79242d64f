"""Backups > Back up to a USB stick: the same backup as "Back up now" (the book's file and, for
an encrypted book, its key file, both still encrypted), written into a folder of its own on a
removable drive, so a copy survives a broken or stolen computer. With one stick plugged in the
person only confirms; with none or several, a folder is chosen."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.core.db.engine import Actor
from desktop.core.i18n import _
from desktop.core.services.history.values import local_time
from desktop.core.services.workspace import backup_jobs, backups
from desktop.core.services.workspace.backup_jobs import BookFile
from desktop.gui.backups.usb import (
    BACKUP_FOLDER,
    Drive,
    documents_folder,
    place_in_words,
    size_in_words,
)
from desktop.gui.kit.dialogs import Dialogs


@dataclass(frozen=True)
class UsbBackup:
    info: backups.BackupInfo
    size: int
    place: str  # where it went, in words


def choose_usb_folder(dialogs: Dialogs, parent: QWidget, drives: list[Drive],
                      encrypted: bool = True) -> Path | None:
    """The folder to back up into: on the one stick plugged in (after a yes), or chosen."""
    if len(drives) == 1:
        drive = drives[0]
        text = _("A copy of the case book will be written to {drive}, in its folder “{folder}”."
                 ).format(drive=drive.described(), folder=BACKUP_FOLDER)
        if encrypted:
            text += " " + _("It stays encrypted: opening it needs a password of the book or "
                            "the recovery key.")
        if not dialogs.confirm(parent, _("Back up to a USB stick"),
                               text + "\n\n" + _("Back up now?")):
            return None
        return drive.root / BACKUP_FOLDER
    title = (_("Choose the USB stick (or folder) for the backup") if drives else
             _("No USB stick was found: plug one in, or choose a folder for the backup"))
    start = drives[0].root if drives else documents_folder()
    chosen = dialogs.choose_folder(parent, title, start)
    if chosen is None:
        return None
    return chosen if chosen.name == BACKUP_FOLDER else chosen / BACKUP_FOLDER


def back_up_to(book: BookFile, actor: Actor, folder: Path, drives: list[Drive]) -> UsbBackup:
    """Runs off the UI thread: the backup, its size and where it went in words."""
    info = backup_jobs.back_up(replace(book, backup_dir=folder), actor)
    return UsbBackup(info, info.path.stat().st_size, place_in_words(info.path, drives))


def done_text(made: UsbBackup) -> str:
    when = local_time(made.info.made_at)
    return _("A backup made at {time} on {day} ({size}) was written {place}.\n\nNext: remove "
             "the stick safely and keep it away from this computer, for example at another "
             "member's home.").format(time=f"{when:%H:%M}", day=f"{when:%d/%m/%Y}",
                                      size=size_in_words(made.size), place=made.place)
