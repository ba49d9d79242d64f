"""Backups from the program: automatic ones on start and every few hours of use, and the
Backups window (list, back up now, restore)."""

from desktop.gui.backups.auto_backup import AutoBackup, add_backup_status
from desktop.gui.backups.backups_dialog import BackupsDialog, backups_action

__all__ = ["AutoBackup", "BackupsDialog", "add_backup_status", "backups_action"]
