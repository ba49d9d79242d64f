"""Following up an agreement term from the case window (Art. 25): kept, partly, not kept.

The buttons sit beside the terms; they act on the selected term once the agreement is saved and
the case ended as successful, and each follow-up is saved and journaled on its own (no
amendment reason: following up the agreement is what comes after the end)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.domain.enums import CaseStatus, FollowUpStatus
from desktop.core.domain.labels import label
from desktop.core.errors import ConcurrentEditError, HoagiaiError, NotFoundError
from desktop.core.i18n import _
from desktop.core.services.cases.detail import CaseDetail, TermView
from desktop.core.services.cases.outcomes import TermInput, record_follow_up
from desktop.gui.kit.changes import case_changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.form_helpers import date_text, error_text

ANSWERS = ((FollowUpStatus.IMPLEMENTED, "termKeptButton"),
           (FollowUpStatus.PARTLY_IMPLEMENTED, "termPartlyButton"),
           (FollowUpStatus.NOT_IMPLEMENTED, "termNotKeptButton"))


def saved_term(detail: CaseDetail | None, term: TermInput) -> TermView | None:
    """The saved term a row of the (editable) terms table shows, if it is saved as shown."""
    terms = detail.agreement.terms if detail and detail.agreement else ()
    return next((t for t in terms if (t.obliged_participant_id, t.content, t.deadline)
                 == (term.obliged_participant_id, term.content.strip(), term.deadline)), None)


def follow_up_text(view: TermView | None) -> str:
    if view is None:
        return ""
    if view.followed_up_on is None:
        return label(view.follow_up_status)
    return _("{status} ({day})").format(status=label(view.follow_up_status),
                                        day=date_text(view.followed_up_on))


class TermFollowUp:
    """The follow-up buttons of the terms table and what they do."""

    def __init__(self, context: BookContext, owner: QWidget, layout: QBoxLayout,
                 on_error: Callable[[str], None],
                 on_stale: Callable[[], None] = lambda: None) -> None:
        self._context = context
        self._owner = owner
        self._on_error = on_error
        self._on_stale = on_stale  # refused as answered by someone else: read the case again
        self._term: TermView | None = None
        self._version: int | None = None  # the term's version as shown, checked at the answer
        self._case_id: uuid.UUID | None = None
        caption = QLabel(_("Follow-up of the selected term:"), owner)
        caption.setWordWrap(True)
        layout.addWidget(caption)
        self.buttons: list[QPushButton] = []
        for status, name in ANSWERS:
            button = QPushButton(label(status), owner)
            button.setObjectName(name)
            button.setAccessibleName(_("Follow-up: {answer}").format(answer=label(status)))
            button.clicked.connect(lambda _checked=False, s=status: self.answer(s))
            layout.addWidget(button)
            self.buttons.append(button)
        self.show_term(None, None)

    def show_term(self, detail: CaseDetail | None, term: TermView | None,
                  version: int | None = None) -> None:
        ready = (detail is not None and detail.status is CaseStatus.SUCCESSFUL
                 and term is not None)
        self._term = term if ready else None
        self._version = version
        self._case_id = detail.id if detail is not None else None
        for button in self.buttons:
            button.setEnabled(ready)

    def answer(self, status: FollowUpStatus) -> None:
        term, case_id, seen = self._term, self._case_id, self._version
        if term is None or case_id is None:
            return
        today = date.today()
        self._context.write(
            self._owner,
            lambda s: record_follow_up(s, term.id, status, today=today, seen_version=seen),
            None, self._failed, changed=case_changed(case_id))

    def _failed(self, error: HoagiaiError) -> None:
        self._on_error(error_text(error))
        if isinstance(error, ConcurrentEditError | NotFoundError):
            self._on_stale()
