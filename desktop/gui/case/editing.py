"""Who may change the open case now, and how every change of it is saved.

A closed case is amended, never silently edited (ARCHITECTURE: Storage): the window asks for a
reason once ("Amend…"), and every unit of work it then saves carries that reason.

Officers sharing a ward server may have the same case open: a save that changes records goes
through ``write_unchanged`` with the versions its form was filled from, so it is refused (who
saved, when, what is now on record) instead of overwriting a change made since.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from desktop.core.errors import ConcurrentEditError, HoagiaiError
from desktop.core.services.cases.detail import CaseDetail
from desktop.core.services.cases.stale_edits import CaseVersions, Rows, require_unchanged
from desktop.gui.kit.changes import case_changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.saving import OnDone, OnError
from desktop.gui.kit.signals import emit


class CaseEditing(QObject):
    """The case as last loaded, the amendment reason, and the one way to save a change."""

    editability_changed = Signal(bool)
    reload_wanted = Signal()  # a save was refused as stale: read the case as it is now

    def __init__(self, context: BookContext, case_id: uuid.UUID, dialogs: Dialogs,
                 owner: QWidget) -> None:
        super().__init__(owner)
        self.context = context
        self.case_id = case_id
        self.dialogs = dialogs
        self.owner = owner
        self.detail: CaseDetail | None = None
        self.reason = ""
        self.versions = CaseVersions()  # as last loaded; a form keeps its own copy when filled

    @property
    def may_edit(self) -> bool:
        if self.detail is None:
            return False
        return not self.detail.status.is_closed or bool(self.reason)

    @property
    def is_amending(self) -> bool:
        return bool(self.reason) and self.detail is not None and self.detail.status.is_closed

    def set_detail(self, detail: CaseDetail, versions: CaseVersions | None = None) -> None:
        self.detail = detail
        if versions is not None:
            self.versions = versions
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

    def reload(self) -> None:
        emit(self.reload_wanted)

    def write_unchanged(self, loaded: CaseVersions, rows: tuple[Rows, ...],
                        change: Callable[[Session], Any], on_done: OnDone | None = None,
                        on_error: OnError | None = None) -> None:
        """Save ``change`` unless someone saved one of ``rows`` since ``loaded`` was read."""
        case_id = self.case_id

        def checked(session: Session) -> Any:
            require_unchanged(session, case_id, loaded, *rows)
            return change(session)
        self.write(checked, on_done, on_error)

    def dialog_save(self, rows: tuple[Rows, ...], change: Callable[[], Callable[[Session], Any]],
                    ) -> Callable[[OnDone, OnError], None]:
        """The save of a form dialog (``run_until_saved``) over existing records: checked
        against the versions when the dialog opened. Once refused as stale, the dialog comes
        back with who changed what; the case is read again, and saving again from there keeps
        what the user typed over the other change, knowingly."""
        opened = self.versions
        refused = False

        def save(on_done: OnDone, on_error: OnError) -> None:
            def failed(error: HoagiaiError) -> None:
                nonlocal refused
                if isinstance(error, ConcurrentEditError):
                    refused = True
                    self.reload()
                on_error(error)
            self.write_unchanged(self.versions if refused else opened, rows, change(),
                                 on_done, failed)
        return save
