"""Whether the open book is a ward office book, and the few things the main window and the
application do differently then (kept light: the charts load only in a ward book)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QMainWindow, QTabWidget
from sqlalchemy.orm import Session

from desktop.core.i18n import _
from desktop.core.policy import settings
from desktop.core.services.workspace import teams
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs

WARD = "ward"  # the value of settings.BOOK_KIND in a ward office's book


def is_ward_book(session: Session) -> bool:
    return settings.get_setting(session, settings.BOOK_KIND.key) == WARD


def book_title(session: Session, team_id: uuid.UUID | None) -> str:
    """The window's title: the team's name, or the ward office's for a ward book."""
    if team_id is not None:
        return teams.get_team(session, team_id).name
    return settings.get_setting(session, settings.WARD_NAME.key) or _("Ward office")


def opens_as_ward(context: BookContext) -> bool:
    return context.read_now(is_ward_book)


def install_ward_area(window: QMainWindow, context: BookContext,
                      dialogs: Dialogs) -> QTabWidget | None:
    """In a ward book, the main window shows the case list and the summary as two tabs (the
    summary first); a team's book is left as it is."""
    if not opens_as_ward(context):
        return None
    from desktop.gui.ward.ward_area import WardArea

    cases = window.takeCentralWidget()  # setCentralWidget would delete it
    assert cases is not None, "the main window shows the case list before the ward mode"
    tabs = QTabWidget(window)
    tabs.setObjectName("wardTabs")
    area = WardArea(context, dialogs, parent=tabs)
    tabs.addTab(area, _("Summary"))
    tabs.addTab(cases, _("All cases"))
    window.setCentralWidget(tabs)
    for name in ("new_case_action", "conventions_action"):  # a ward records no cases itself
        action = getattr(window, name, None)
        if action is not None:
            action.setVisible(False)
    return tabs
