"""The first-start setup wizard: the team and its mediators."""

from desktop.gui.setup.wizard import SetupWizard

__all__ = ["SetupWizard"]
