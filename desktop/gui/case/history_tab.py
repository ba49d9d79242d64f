"""The case window's "History" tab, and the journaling of a look at a sensitive case.

The tab lists every journal entry of the case and of its records, newest first: when, who (and
on which device), what was done to which record, each changed field with its old and new value,
and the reason given for amending a closed case; prints and views of the case are there too.
It is loaded from the core (``history.case_history``, which refuses roles that may not read
the team's cases) when it is shown, and again after each save while it is shown.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget
from sqlalchemy.orm import Session

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _, ngettext
from desktop.core.services.history import case_history as history
from desktop.core.services.history.case_history import HistoryEntry
from desktop.core.services.history.values import local_time
from desktop.gui.forms.ui_case_history import Ui_CaseHistoryTab
from desktop.gui.kit.changes import Area, Changed
from desktop.gui.kit.context import BookContext

log = logging.getLogger("hoagiai")
T = TypeVar("T")
WHEN, WHO, WHAT, OLD, NEW = range(5)


def read_as(owner: QObject, context: BookContext, query: Callable[[Session], T],
            on_done: Callable[[T], None], on_error: Callable[[HoagiaiError], None]) -> None:
    """A background read (its session carries the person's actor, as every read does)."""
    context.read(owner, query, on_done, on_error)


class HistoryTab(QWidget):
    def __init__(self, context: BookContext, case_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.entries: list[HistoryEntry] = []
        self.stale = True
        self.ui = Ui_CaseHistoryTab()
        self.ui.setupUi(self)
        header = self.ui.historyTree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((WHEN, 150), (WHO, 110), (WHAT, 360), (OLD, 180)):
            self.ui.historyTree.setColumnWidth(column, width)
        context.data_changed.connect(self.on_data_changed)

    def on_data_changed(self, changed: Changed) -> None:
        if changed.touches_case(self.case_id):  # a save of the case, or a look at it
            self.mark_stale()

    def mark_stale(self) -> None:
        """The case was saved (or viewed): load again now if shown, else when shown."""
        self.stale = True
        if self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.load()

    def load(self) -> None:
        self.stale = False
        case_id = self.case_id
        read_as(self, self.context, lambda s: history.case_history(s, case_id),
                self.show_entries, self.show_error)

    def show_error(self, error: HoagiaiError) -> None:
        self.entries = []
        self.ui.historyTree.clear()
        self.ui.summaryLabel.setText(str(error))

    def show_entries(self, entries: list[HistoryEntry]) -> None:
        self.entries = entries
        self.ui.historyTree.clear()
        self.ui.summaryLabel.setText(ngettext(
            "{count} entry in the change journal, newest first. Each one is signed into the "
            "journal's chain and cannot be changed afterwards.",
            "{count} entries in the change journal, newest first. Each one is signed into the "
            "journal's chain and cannot be changed afterwards.", len(entries))
            .format(count=len(entries)))
        for entry in entries:
            item = self._item(entry)
            self.ui.historyTree.addTopLevelItem(item)
            reason = item.child(0) if entry.reason else None
            if reason is not None:
                reason.setFirstColumnSpanned(True)
        self.ui.historyTree.expandAll()

    def _item(self, entry: HistoryEntry) -> QTreeWidgetItem:
        what = f"{entry.action} — {entry.subject}"
        item = QTreeWidgetItem([local_time(entry.at).strftime("%d/%m/%Y %H:%M"), entry.author,
                                what, "", ""])
        item.setToolTip(WHO, _("Device: {device}").format(device=entry.device or "—"))
        item.setToolTip(WHAT, what)
        font = item.font(WHAT)
        font.setBold(True)
        item.setFont(WHAT, font)
        if entry.reason:  # across the whole row: it is often a sentence
            reason = QTreeWidgetItem([_("Reason for the amendment: {reason}")
                                      .format(reason=entry.reason)])
            reason.setToolTip(WHEN, entry.reason)
            italic = reason.font(WHEN)
            italic.setItalic(True)
            reason.setFont(WHEN, italic)
            item.addChild(reason)  # spanned once the item is in the tree (see show_entries)
        for change in entry.changes:
            child = QTreeWidgetItem(["", "", change.label, change.old, change.new])
            for column in (OLD, NEW):
                child.setToolTip(column, child.text(column))
            item.addChild(child)
        return item


def record_sensitive_view(owner: QObject, context: BookContext, case_id: uuid.UUID) -> None:
    """Journal that the case was opened, if it is marked sensitive (once per opening of the
    window: who, when and the device come from the person's actor). Changes no record, so only
    the case's own History tab reloads, not the case list."""
    def failed(error: HoagiaiError) -> None:
        log.warning("could not journal the view of case %s: %s", case_id, error)

    def changed(recorded: bool) -> Changed:
        if not recorded:
            return Changed()
        return Changed(cases=frozenset({case_id}), areas=frozenset({Area.JOURNAL}))
    context.write(owner, lambda session: history.record_sensitive_view(session, case_id),
                  on_error=failed, changed=changed)
