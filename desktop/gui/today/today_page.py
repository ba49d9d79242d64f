"""The start page, "Hôm nay": what to do next, in plain words, grouped by kind.

Each item opens the case it is about; a term due for follow-up is answered in place (kept,
partly, not kept), and that follow-up is saved and journaled like any change. The page reads
the reminders off the UI thread and reloads only when a change touches what reminders look at.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from desktop.core.domain.enums import FollowUpStatus
from desktop.core.errors import ConcurrentEditError, HoagiaiError, NotFoundError
from desktop.core.i18n import _, count_text, ngettext
from desktop.core.services.cases.outcomes import record_follow_up
from desktop.core.services.reminders import Kind, Reminder, book_rules, reminders_of_book
from desktop.gui.forms.ui_today_page import Ui_TodayPage
from desktop.gui.kit.background import Lane
from desktop.gui.kit.changes import EVERYTHING, Area, Changed, case_changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.form_helpers import error_text
from desktop.gui.kit.signals import emit
from desktop.gui.today.groups import ORDER, heading, weekday

# the case window's tab each kind of reminder is about
PART_OF = {Kind.HEARING_TODAY: "hearings", Kind.HEARING_THIS_WEEK: "hearings",
           Kind.HEARING_TO_RECORD: "hearings", Kind.START_HEARING: "hearings",
           Kind.UNASSIGNED: "mediators", Kind.FOLLOW_UP: "outcome",
           Kind.COURT_RECOGNITION: "outcome"}
# Rows shown per group of reminders; the heading still counts them all. The most pressing come
# first in each group (the rules' order), so the first ones are the ones to act on.
SHOWN_PER_GROUP = 50
REFRESH_MS = 15 * 60 * 1000  # time passes: a hearing's hour comes, a day ends
RELEVANT = (Area.CASES, Area.DOCUMENTS, Area.EXCHANGE, Area.SETTINGS, Area.TEAM)
FOLLOW_UPS = ((FollowUpStatus.IMPLEMENTED, "keptButton", "Kept"),
              (FollowUpStatus.PARTLY_IMPLEMENTED, "partlyButton", "Partly"),
              (FollowUpStatus.NOT_IMPLEMENTED, "notKeptButton", "Not kept"))
OVERDUE_STYLE = "QLabel { color: #9a3412; }"
ROW_STYLE = "QFrame#reminderRow { border-bottom: 1px solid #e2e2e2; }"
SOURCE_STYLE = "QLabel { color: #666666; }"


def _follow_up_label(key: str) -> str:
    return {"Kept": _("&Kept"), "Partly": _("&Partly"), "Not kept": _("&Not kept")}[key]


class TodayPage(QWidget):
    case_requested = Signal(object, str)  # a case to open, and its part ("" or PART_OF)
    count_changed = Signal(int)  # how many things are to do

    def __init__(self, context: BookContext, dialogs: Dialogs,
                 parent: QWidget | None = None, clock: Callable[[], datetime] = datetime.now,
                 ) -> None:
        super().__init__(parent)
        self.ui = Ui_TodayPage()
        self.ui.setupUi(self)
        self.context = context
        self.dialogs = dialogs
        self.clock = clock
        self.reminders: list[Reminder] = []
        self._sources: dict[str, str] = {}
        self.loading = False
        self._reading = False  # a read is on its way
        self._again = False  # asked again meanwhile: read once more when it is answered
        title_font = QFont(self.ui.titleLabel.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.ui.titleLabel.setFont(title_font)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.reload)
        self._timer.start()
        context.data_changed.connect(self.on_data_changed)
        self.loading = True  # until the first read, started once the window is up
        QTimer.singleShot(0, self, self.reload)

    def on_data_changed(self, changed: Changed = EVERYTHING) -> None:
        if changed.touches(*RELEVANT) or changed.cases:
            self.reload()

    def reload(self) -> None:
        """Read the day's reminders again. The read runs on the long lane (seconds on a large
        book), so no save and no page of the case list waits for it; asked again while one is
        on its way, it runs once more when that one is answered, not once per change."""
        team_id = self.context.team_id
        if team_id is None:  # a ward book: no team's day or calendar
            self.loading = False
            return
        self.loading = True
        if self._reading:
            self._again = True
            return
        self._reading, self._again = True, False
        now, database = self.clock(), self.context.book.database

        def query(session: Session) -> tuple[list[Reminder], dict[str, str]]:
            return (reminders_of_book(session, database, team_id, now),
                    book_rules(session).sources)
        self.context.read(self, query, self._show, self._failed, lane=Lane.LONG)

    def _answered(self) -> bool:
        """The read is over; False when a newer one was asked for meanwhile (it starts now)."""
        self._reading = False
        if self._again:
            self.reload()
            return False
        self.loading = False
        return True

    def _failed(self, error: HoagiaiError) -> None:
        if self._answered():
            self.ui.summaryLabel.setText(error_text(error))

    def _show(self, result: tuple[list[Reminder], dict[str, str]]) -> None:
        if not self._answered():
            return  # a newer read is on its way: it shows the day as it is now
        self.reminders, self._sources = result
        now = self.clock()
        self.ui.titleLabel.setText(_("Today, {weekday} {day}").format(
            weekday=weekday(now.weekday()), day=now.strftime("%d/%m/%Y")))
        count = len(self.reminders)
        self.ui.summaryLabel.setText(
            ngettext("{count} thing to do. Open a case with its button.",
                     "{count} things to do. Open a case with its button.", count)
            .format(count=count) if count else
            _("Nothing is due today. New cases and hearings will show here."))
        self._fill()
        emit(self.count_changed, count)

    # --- the list ----------------------------------------------------------------------------

    def _clear(self) -> None:
        layout = self.ui.itemsLayout
        while layout.count() > 1:  # the last item is the stretch
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _fill(self) -> None:
        self._clear()
        position = 0
        for kind in ORDER:
            found = [r for r in self.reminders if r.kind is kind]
            if not found:
                continue
            shown = found[:SHOWN_PER_GROUP]
            widgets = [self._heading(kind, len(found)), *(self._row(r) for r in shown)]
            if len(found) > len(shown):
                widgets.append(self._more(len(found) - len(shown), len(shown)))
            for widget in widgets:
                self.ui.itemsLayout.insertWidget(position, widget)
                position += 1

    def _more(self, hidden: int, shown: int) -> QWidget:
        """The line under a group cut short: how many are not shown (a row of widgets per
        reminder, 26,000 of them on the 100,000-case stress book, froze the window)."""
        more = QLabel(ngettext(
            "… and {count} more. Only the first {shown} are shown here; the case list finds "
            "the others (filter by status).",
            "… and {count} more. Only the first {shown} are shown here; the case list finds "
            "the others (filter by status).", hidden).format(count=count_text(hidden), shown=shown),
            self.ui.itemsWidget)
        more.setObjectName("moreReminders")
        more.setWordWrap(True)
        more.setStyleSheet(SOURCE_STYLE)
        return more

    def _heading(self, kind: Kind, count: int) -> QWidget:
        box = QWidget(self.ui.itemsWidget)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 12, 0, 2)
        title = QLabel(f"{heading(kind)} ({count_text(count)})", box)
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        layout.addWidget(title)
        source = self._sources.get(kind.rule_key, "")
        if source:
            caption = QLabel(_("Rule: {source}").format(source=source), box)
            caption.setStyleSheet(SOURCE_STYLE)
            layout.addWidget(caption)
        return box

    def _row(self, reminder: Reminder) -> QWidget:
        row = QFrame(self.ui.itemsWidget)
        row.setObjectName("reminderRow")
        row.setStyleSheet(ROW_STYLE)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(8, 4, 8, 4)
        text = QLabel(("⚠ " if reminder.overdue else "• ") + reminder.text, row)
        text.setObjectName("reminderText")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if reminder.overdue:
            text.setStyleSheet(OVERDUE_STYLE)
        layout.addWidget(text, 1)
        if reminder.term_id is not None and reminder.case_id is not None:
            self._follow_up_buttons(row, layout, reminder)
        if reminder.case_id is not None:
            layout.addWidget(self._open_button(row, reminder.case_id,
                                               PART_OF.get(reminder.kind, "")))
        return row

    def _open_button(self, row: QWidget, case_id: uuid.UUID, part: str) -> QPushButton:
        button = QPushButton(_("Open the case"), row)
        button.setObjectName("openCaseButton")
        button.setAccessibleName(_("Open the case"))
        button.clicked.connect(lambda: emit(self.case_requested, case_id, part))
        return button

    def _follow_up_buttons(self, row: QWidget, layout: QHBoxLayout, reminder: Reminder) -> None:
        for status, name, key in FOLLOW_UPS:
            button = QPushButton(_follow_up_label(key), row)
            button.setObjectName(name)
            button.setAccessibleName(_("Follow-up: {answer}").format(
                answer=_follow_up_label(key).replace("&", "")))
            button.clicked.connect(
                lambda _checked=False, s=status: self.follow_up(reminder, s))
            layout.addWidget(button)

    def follow_up(self, reminder: Reminder, status: FollowUpStatus) -> None:
        term_id, case_id, seen = reminder.term_id, reminder.case_id, reminder.term_version
        assert term_id is not None and case_id is not None
        today = self.clock().date()
        self.context.write(
            self, lambda s: record_follow_up(s, term_id, status, today=today, seen_version=seen),
            None, self._follow_up_failed, changed=case_changed(case_id))

    def _follow_up_failed(self, error: HoagiaiError) -> None:
        if isinstance(error, ConcurrentEditError | NotFoundError):
            self.reload()  # someone else answered first: show the term as it is now
        self.dialogs.warn(self, _("The follow-up was not saved"), error_text(error))
