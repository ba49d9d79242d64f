"""Who may change the open case now, and how every change of it is saved.

A closed case is amended, never silently edited (ARCHITECTURE: Storage): the window asks for a
reason once ("Amend…"), and every unit of work it then saves carries that reason.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from desktop.core.services.cases.detail import CaseDetail
from desktop.gui.kit.changes import case_changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.saving import OnDone, OnError
from desktop.gui.kit.signals import emit


class CaseEditing(QObject):
    """The case as last loaded, the amendment reason, and the one way to save a change."""

    editability_changed = Signal(bool)

    def __init__(self, context: BookContext, case_id: uuid.UUID, dialogs: Dialogs,
                 owner: QWidget) -> None:
        super().__init__(owner)
        self.context = context
        self.case_id = case_id
        self.dialogs = dialogs
        self.owner = owner
        self.detail: CaseDetail | None = None
        self.reason = ""

    @property
    def may_edit(self) -> bool:
        if self.detail is None:
            return False
        return not self.detail.status.is_closed or bool(self.reason)

    @property
    def is_amending(self) -> bool:
        return bool(self.reason) and self.detail is not None and self.detail.status.is_closed

    def set_detail(self, detail: CaseDetail) -> None:
        self.detail = detail
        if not detail.status.is_closed:
            self.reason = ""  # reopened: later changes are ordinary edits again
        emit(self.editability_changed, self.may_edit)

    def start_amending(self, reason: str) -> None:
        self.reason = reason
        emit(self.editability_changed, self.may_edit)

    def write(self, change: Callable[[Session], Any], on_done: OnDone | None = None,
              on_error: OnError | None = None, reason: str | None = None) -> None:
        self.context.write(self.owner, change, on_done, on_error,
                           reason=self.reason if reason is None else reason,
                           changed=case_changed(self.case_id))
