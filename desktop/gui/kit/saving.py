"""Saving what a form dialog holds: the dialog comes back with its message until it is saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtWidgets import QDialog

from desktop.core.errors import HoagiaiError
from desktop.gui.kit.dialogs import Dialogs

OnError = Callable[[HoagiaiError], None]
OnDone = Callable[[Any], None]


class FormDialog(Protocol):
    def show_error(self, error: HoagiaiError) -> None: ...


def run_until_saved(dialogs: Dialogs, dialog: QDialog,
                    save: Callable[[OnDone, OnError], None]) -> None:
    """Run a form dialog and save what it holds. When the save fails, the same dialog comes
    back with the message and everything the user typed, until it is saved or cancelled."""
    def attempt() -> None:
        if dialogs.run(dialog):
            save(lambda _result: dialog.deleteLater(), failed)
        else:
            dialog.deleteLater()

    def failed(error: HoagiaiError) -> None:
        dialog.show_error(error)  # type: ignore[attr-defined]
        attempt()

    attempt()
