"""What a case tab offers after a save refused as stale (another officer saved first).

The refusal says who, when and what; the typed text stays, and saving again keeps it over
theirs, knowingly. The tab's "Reload" button takes theirs instead: the typed text is dropped,
the error cleared, and the form filled from the case as just read again. The General and the
Outcome & agreement tabs share this, so both behave alike.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPushButton

from desktop.gui.case.case_data import CaseData
from desktop.gui.kit.form_helpers import clear_error


class StaleReload:
    """``forget`` drops the tab's typed changes; ``show`` fills the tab from a case read."""

    def __init__(self, button: QPushButton, error_label: QLabel, saved_label: QLabel,
                 forget: Callable[[], None], show: Callable[[CaseData], None]) -> None:
        self.button = button
        self._error_label = error_label
        self._saved_label = saved_label
        self._forget, self._show = forget, show
        self._latest: CaseData | None = None
        self._refused = False
        button.setVisible(False)
        button.clicked.connect(self.reload)

    def offer(self) -> None:
        """A save was refused as stale: the case is being read again; offer to take it."""
        self._refused = True
        self.button.setVisible(True)

    def withdraw(self) -> None:
        """Saved after all (the typed text kept over theirs): nothing to reload any more."""
        self.button.setVisible(False)

    def took(self, data: CaseData) -> bool:
        """The case as just read (what Reload shows). True once after a refusal: this case
        is then the form's new base, so that saving again is checked against what the
        officer was just shown."""
        self._latest = data
        refused, self._refused = self._refused, False
        return refused

    def reload(self) -> None:
        self.button.setVisible(False)
        clear_error(self._error_label)
        self._saved_label.setText("")
        self._forget()
        if self._latest is not None:
            self._show(self._latest)
