"""The Settings screen (main window › Tools › Settings…)."""

from desktop.gui.settings.settings_dialog import SettingsDialog, settings_action

__all__ = ["SettingsDialog", "settings_action"]
