"""A case opened from the ward's statistics: the case window, read only.

The ward office reads the teams' cases; changing them is the team's work (a change made here
would also clash with the team's next package). Every tab sees an editing state that never
allows a change, and the amend and reopen buttons are gone.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from desktop.core.i18n import _
from desktop.gui.case.case_window import CaseWindow
from desktop.gui.case.editing import CaseEditing
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.saving import OnDone, OnError

_open: dict[tuple[int, uuid.UUID], ReadOnlyCaseWindow] = {}


class ReadOnlyEditing(CaseEditing):
    @property
    def may_edit(self) -> bool:
        return False

    @property
    def is_amending(self) -> bool:
        return False

    def start_amending(self, reason: str) -> None:
        """Never: the ward does not amend a team's case."""

    def write(self, change: Callable[[Session], Any], on_done: OnDone | None = None,
              on_error: OnError | None = None, reason: str | None = None) -> None:
        """Never: nothing is saved from a read-only window."""


class ReadOnlyCaseWindow(CaseWindow):
    def _add_tabs(self) -> None:
        self.editing = ReadOnlyEditing(self.context, self.case_id, self.dialogs, self)
        super()._add_tabs()

    def _show_banner(self) -> None:
        self.ui.closedBanner.setVisible(True)
        self.ui.bannerLabel.setText(_("Read only: this case is shown from the ward's "
                                      "statistics. Changes are made by the team."))
        self.ui.amendButton.setVisible(False)
        self.ui.reopenButton.setVisible(False)

    def _show(self, data: Any) -> None:
        super()._show(data)
        self._show_banner()


def open_read_only(context: BookContext, case_id: uuid.UUID, dialogs: Dialogs,
                   parent: QWidget | None = None) -> ReadOnlyCaseWindow:
    """Show the case read only (non-modal); an open one comes to the front."""
    key = (id(context), case_id)
    window = _open.get(key)
    if window is not None:  # a closed window leaves the dict as it is destroyed
        window.show()
        window.raise_()
        window.activateWindow()
        return window
    window = ReadOnlyCaseWindow(context, case_id, dialogs, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open[key] = window
    window.destroyed.connect(partial(_open.pop, key, None))
    window.show()
    window.reload()
    return window
