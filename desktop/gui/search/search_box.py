"""The search box of the main window's toolbar: Ctrl+F puts the cursor in it, Enter shows the
results window (one per main window), a result opens its case on the tab where it matched.
The box keeps no Python reference to its window (Qt's parent is enough), so a window rebuilt
for a new language or text size is freed at once."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QMainWindow, QToolBar, QWidget

from desktop.core.i18n import _
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.search.results_window import SearchResultsWindow


class SearchBox(QLineEdit):
    def __init__(self, context: BookContext, dialogs: Dialogs, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("searchEdit")
        self.context = context
        self.dialogs = dialogs
        self.results: SearchResultsWindow | None = None
        self.setPlaceholderText(_("Search the book (Ctrl+F)"))
        self.setAccessibleName(_("Search the book"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(280)
        self.returnPressed.connect(self.show_results)
        shortcut = QShortcut(QKeySequence.StandardKey.Find, window, self.focus_box,
                             context=Qt.ShortcutContext.WindowShortcut)
        shortcut.setObjectName("searchShortcut")

    @classmethod
    def install(cls, window: QMainWindow, toolbar: QToolBar, context: BookContext,
                dialogs: Dialogs) -> SearchBox:
        """Add the box at the right end of ``toolbar``."""
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding,
                             spacer.sizePolicy().Policy.Preferred)
        toolbar.addWidget(spacer)
        box = cls(context, dialogs, window)
        toolbar.addWidget(box)
        return box

    def focus_box(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def show_results(self) -> None:
        if self.results is None:
            self.results = SearchResultsWindow(self.context, self.open_case, self.window())
        self.results.search_for(self.text())

    def open_case(self, case_id: uuid.UUID, tab: str) -> None:
        # the case window (and ReportLab behind it) loads at the first case opened (#17)
        from desktop.gui.case.case_window import open_case_window

        window = open_case_window(self.context, case_id, self.dialogs, self.window())
        page = getattr(window, tab, None)
        if isinstance(page, QWidget) and window.ui.tabs.indexOf(page) >= 0:
            window.ui.tabs.setCurrentWidget(page)
