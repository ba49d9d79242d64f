"""The search results window: cases found, each with the fields that matched and the words
marked; Enter or a double click opens the case on the tab where it matched."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QLabel, QListWidgetItem, QWidget

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _
from desktop.core.services.search.query import CaseHit, SearchPage, search
from desktop.gui.forms.ui_search_results import Ui_SearchResultsWindow
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.signals import emit
from desktop.gui.search.results_text import hit_html, hit_text

HIT_ROLE = Qt.ItemDataRole.UserRole
TYPING_PAUSE_MS = 250  # search once the user pauses typing
OpenCase = Callable[[uuid.UUID, str], None]  # case id, tab name


class SearchResultsWindow(QDialog):
    results_shown = Signal()  # a page of results is on screen

    def __init__(self, context: BookContext, open_case: OpenCase,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SearchResultsWindow()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.context = context
        self._open_case = open_case
        self._query = ""
        self._cursor: int | None = None
        self._asked = 0  # the latest search asked for: older answers are dropped
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.ui.queryEdit.textEdited.connect(lambda _text: self._timer.start())
        self.ui.queryEdit.returnPressed.connect(self.run_search)
        self.ui.resultsList.itemActivated.connect(self.open_item)
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.moreButton.clicked.connect(self.show_more)
        self.ui.closeButton.clicked.connect(self.close)
        self.ui.moreButton.setVisible(False)
        # Results wrap at the list's width: a scroll bar that comes and goes would change that
        # width after the rows were fitted, and cut their ends off behind a sideways scroll.
        self.ui.resultsList.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.ui.resultsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def search_for(self, query: str) -> None:
        """Show the window searching ``query`` (from the main window's box)."""
        self.ui.queryEdit.setText(query)
        self.show()
        self.raise_()
        self.activateWindow()
        self.run_search()

    def run_search(self) -> None:
        self._timer.stop()
        self._query = self.ui.queryEdit.text()
        self.ui.resultsList.clear()
        self._cursor = None
        self._ask(None)

    def show_more(self) -> None:
        self._ask(self._cursor)

    def _ask(self, cursor: int | None) -> None:
        self._asked += 1
        asked, query = self._asked, self._query
        self.ui.summaryLabel.setText(_("Searching..."))
        self.context.read(self, lambda s: search(s, query, cursor),
                          lambda page: self._show(asked, page), self._failed)

    def _show(self, asked: int, page: SearchPage) -> None:
        if asked != self._asked:
            return
        for hit in page.hits:
            self._add(hit)
        self._cursor = page.next_cursor
        self.ui.moreButton.setVisible(page.next_cursor is not None)
        count = self.ui.resultsList.count()
        if not self._query.strip():
            self.ui.summaryLabel.setText(_("Type a name, an address or any word of a case."))
        elif count == 0:
            self.ui.summaryLabel.setText(_("No case matches \"{text}\".").format(
                text=self._query))
        else:
            more = _(" More cases match: press Show more.") if page.next_cursor else ""
            self.ui.summaryLabel.setText(_("{count} cases found.").format(count=count) + more)
            if self.ui.resultsList.currentRow() < 0:
                self.ui.resultsList.setCurrentRow(0)
        emit(self.results_shown)

    def _add(self, hit: CaseHit) -> None:
        item = QListWidgetItem(self.ui.resultsList)
        item.setData(HIT_ROLE, hit)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, hit_text(hit))
        label = QLabel(hit_html(hit))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setContentsMargins(6, 4, 6, 4)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.ui.resultsList.setItemWidget(item, label)
        self._fit(item, label)

    def _fit(self, item: QListWidgetItem, label: QLabel) -> None:
        """A wrapped label is as tall as its text at the list's width, no taller."""
        width = max(200, self.ui.resultsList.viewport().width() - 4)
        item.setSizeHint(QSize(width, label.heightForWidth(width)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        results = self.ui.resultsList
        for row in range(results.count()):
            item = results.item(row)
            label = results.itemWidget(item)
            if isinstance(label, QLabel):
                self._fit(item, label)

    def hits(self) -> list[CaseHit]:
        items = (self.ui.resultsList.item(row) for row in range(self.ui.resultsList.count()))
        return [item.data(HIT_ROLE) for item in items if item is not None]

    def open_item(self, item: QListWidgetItem) -> None:
        hit: CaseHit = item.data(HIT_ROLE)
        self._open_case(hit.case_id, hit.tab)

    def open_selected(self) -> None:
        item = self.ui.resultsList.currentItem()
        if item is not None:
            self.open_item(item)

    def _failed(self, error: HoagiaiError) -> None:
        self.ui.summaryLabel.setText(str(error))
