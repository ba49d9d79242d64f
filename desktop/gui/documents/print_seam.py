"""The print dialog behind the dialog seam, so tests choose a printer without a modal.

``Dialogs`` (desktop/gui/kit/dialogs.py) has no printer method yet; screens that print call
``choose_printer(dialogs, ...)``, which uses ``PrintDialogs.choose_printer`` when the seam has
it (tests replace it there) and otherwise runs Qt's print dialog through ``dialogs.run``.
"""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from desktop.gui.kit.dialogs import Dialogs


def run_print_dialog(dialogs: Dialogs, parent: QWidget | None, printer: QPrinter,
                     page_count: int) -> bool:
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(page_count, 1))
    try:
        return dialogs.run(dialog)
    finally:
        dialog.deleteLater()


class PrintDialogs(Dialogs):
    def choose_printer(self, parent: QWidget | None, printer: QPrinter,
                       page_count: int) -> bool:
        """Let the user pick the printer, pages and copies; True when they chose to print."""
        return run_print_dialog(self, parent, printer, page_count)


def choose_printer(dialogs: Dialogs, parent: QWidget | None, printer: QPrinter,
                   page_count: int) -> bool:
    if isinstance(dialogs, PrintDialogs):
        return dialogs.choose_printer(parent, printer, page_count)
    return run_print_dialog(dialogs, parent, printer, page_count)
