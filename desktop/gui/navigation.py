"""The main window's navigation: "Hôm nay" (the day's work), "Vụ việc" (the case list) and
"Lịch hòa giải" (the calendar) as tabs, each showing its count; the window opens on the first.

Ctrl+1, Ctrl+2 and Ctrl+3 go to each (Ctrl+Tab steps through them); a ward book keeps its own
tabs (desktop/gui/ward) and has no navigation of this kind.
"""

from __future__ import annotations

import uuid

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QWidget

from desktop.core.i18n import _, count_text
from desktop.gui.calendar import CalendarPage
from desktop.gui.cases import CasesArea
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.today import TodayPage


class Navigation(QTabWidget):
    """The three areas as tabs; the counts follow what each area last loaded."""

    def __init__(self, context: BookContext, dialogs: Dialogs, cases: CasesArea,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainTabs")
        self.setDocumentMode(True)
        self.today = TodayPage(context, dialogs, self)
        self.cases = cases
        self.calendar = CalendarPage(context, dialogs, self)
        self._counts: dict[int, int | None] = {0: None, 1: None, 2: None}
        for page in (self.today, cases, self.calendar):
            self.addTab(page, "")
        self.today.count_changed.connect(lambda n: self._set_count(0, n))
        cases.list_reloaded.connect(lambda n: self._set_count(1, n))
        self.calendar.week_count_changed.connect(lambda n: self._set_count(2, n))
        # no reference to the window itself: a replaced window (new language) must be freed
        self._context, self._dialogs = context, dialogs
        self.today.case_requested.connect(self.open_case_part)
        self.calendar.case_requested.connect(self.open_case_part)
        self._name_tabs()
        self.setCurrentIndex(0)

    def open_case_part(self, case_id: uuid.UUID, part: str) -> None:
        """Open the case on the tab an item is about (its hearings, its agreement...)."""
        from desktop.gui.case.case_window import open_case_window  # as MainWindow.open_case

        window = open_case_window(self._context, case_id, self._dialogs, self.window())
        tab = getattr(window, part, None)
        if isinstance(tab, QWidget):
            window.ui.tabs.setCurrentWidget(tab)

    def _name_tabs(self) -> None:
        names = (_("&Today"), _("&Cases"), _("Hearing ca&lendar"))
        tips = (_("What to do next (Ctrl+1)"), _("Every case of the team (Ctrl+2)"),
                _("Hearings by week and month (Ctrl+3); the count is this week's"))
        for index, name in enumerate(names):
            count = self._counts[index]
            self.setTabText(index, name if count is None else f"{name} ({count_text(count)})")
            self.setTabToolTip(index, tips[index])

    def _set_count(self, index: int, count: int) -> None:
        self._counts[index] = count
        self._name_tabs()

    def actions_for(self, window: QMainWindow) -> list[QAction]:
        """View-menu actions going to each tab (Ctrl+1..3)."""
        found = []
        for index, text in enumerate((_("Go to &today's work"), _("Go to the &cases"),
                                      _("Go to the hearing ca&lendar"))):
            action = QAction(text, window)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_area(i))
            found.append(action)
        return found

    def show_area(self, index: int) -> None:
        self.setCurrentIndex(index)
        self.currentWidget().setFocus()


def install_navigation(window: QMainWindow, context: BookContext,
                       dialogs: Dialogs) -> Navigation | None:
    """Put the case list (the window's central widget) into the navigation, after the start
    page; None when the window shows something else (a ward book's tabs)."""
    cases = window.centralWidget()
    if not isinstance(cases, CasesArea) or context.team_id is None:
        return None
    window.takeCentralWidget()  # setCentralWidget would delete it
    navigation = Navigation(context, dialogs, cases, window)
    window.setCentralWidget(navigation)
    view = next((a.menu() for a in window.menuBar().actions() if a.text() == _("&View")), None)
    if isinstance(view, QMenu):
        view.addSeparator()
        view.addActions(navigation.actions_for(window))
    return navigation
