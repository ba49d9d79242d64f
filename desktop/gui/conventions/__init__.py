"""The village conventions area: import a convention and look at its parsed structure; the
conventions window with versions, their status and the annual review."""

from desktop.gui.conventions.conventions_window import (
    ConventionsWindow,
    conventions_action,
    open_conventions_window,
)
from desktop.gui.conventions.import_dialog import ConventionImportDialog

__all__ = [
    "ConventionImportDialog", "ConventionsWindow", "conventions_action", "open_conventions_window",
]
