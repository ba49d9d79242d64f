"""The village conventions area: import a convention and look at its parsed structure."""

from desktop.gui.conventions.import_dialog import ConventionImportDialog

__all__ = ["ConventionImportDialog"]
