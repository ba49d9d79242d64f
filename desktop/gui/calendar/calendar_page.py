"""The calendar of hearings: a week or a month, by mediator and by place, clashes marked; the
week's agenda printed, and the hearings shown saved as an .ics file for a phone."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QTableWidgetItem, QWidget
from sqlalchemy.orm import Session

from desktop.core.domain.text import clean, fold
from desktop.core.errors import HoagiaiError
from desktop.core.files import atomic_write
from desktop.core.i18n import _, ngettext
from desktop.core.services.calendar.hearings import CalendarHearing, calendar_hearings
from desktop.gui.calendar.grid import case_of, fill_days, fill_list, moved, span_of
from desktop.gui.forms.ui_calendar_page import Ui_CalendarPage
from desktop.gui.kit.changes import EVERYTHING, Area, Changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.form_helpers import error_text
from desktop.gui.kit.signals import emit

ALL = None  # the combos' "all mediators / all places" entry; the others hold text ids


class CalendarPage(QWidget):
    case_requested = Signal(object, str)  # a case to open, on its hearings
    week_count_changed = Signal(int)  # hearings in the current week (the navigation shows it)

    def __init__(self, context: BookContext, dialogs: Dialogs, parent: QWidget | None = None,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self.ui = Ui_CalendarPage()
        self.ui.setupUi(self)
        self.context = context
        self.dialogs = dialogs
        self.clock = clock
        self.anchor = clock().date()
        self.hearings: list[CalendarHearing] = []
        self.loading = False
        self._connect()
        context.data_changed.connect(self.on_data_changed)
        self.loading = True  # until the first read, started once the window is up
        QTimer.singleShot(0, self, self.reload)

    def _connect(self) -> None:
        ui = self.ui
        ui.previousButton.clicked.connect(lambda: self.go(-1))
        ui.nextButton.clicked.connect(lambda: self.go(1))
        ui.todayButton.clicked.connect(self.go_today)
        ui.weekRadio.toggled.connect(lambda _on: self.reload())
        ui.mediatorCombo.currentIndexChanged.connect(lambda _i: self._show_filtered())
        ui.placeCombo.currentIndexChanged.connect(lambda _i: self._show_filtered())
        ui.daysTable.itemDoubleClicked.connect(self._open)
        ui.hearingsTable.itemDoubleClicked.connect(self._open)
        ui.hearingsTable.itemActivated.connect(self._open)
        ui.agendaButton.clicked.connect(self.print_agenda)
        ui.icsButton.clicked.connect(self.export_ics)

    @property
    def month_view(self) -> bool:
        return self.ui.monthRadio.isChecked()

    def span(self) -> tuple[date, date]:
        return span_of(self.anchor, self.month_view)

    def go(self, step: int) -> None:
        self.anchor = moved(self.anchor, self.month_view, step)
        self.reload()

    def go_today(self) -> None:
        self.anchor = self.clock().date()
        self.reload()

    def on_data_changed(self, changed: Changed = EVERYTHING) -> None:
        if changed.touches(Area.CASES, Area.TEAM) or changed.cases:
            self.reload()

    def reload(self) -> None:
        team_id = self.context.team_id
        if team_id is None:  # a ward book: no team's day or calendar
            self.loading = False
            return
        first, last = self.span()
        week = span_of(self.clock().date(), False)
        self.loading = True

        def query(session: Session) -> tuple[list[CalendarHearing], int]:
            shown = calendar_hearings(session, team_id, first, last)
            return shown, len(calendar_hearings(session, team_id, *week))
        self.context.read(self, query, self._loaded, self._failed)

    def _failed(self, error: HoagiaiError) -> None:
        self.loading = False
        self.ui.clashSummaryLabel.setText(error_text(error))

    def _loaded(self, result: tuple[list[CalendarHearing], int]) -> None:
        self.loading = False
        self.hearings, this_week = result
        self._fill_filters()
        self._show_filtered()
        emit(self.week_count_changed, this_week)

    # --- filters -----------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        mediators = {m: name for h in self.hearings for m, name in h.slot.mediators}
        places = {fold(clean(h.slot.place)): clean(h.slot.place) for h in self.hearings}
        self._refill(self.ui.mediatorCombo, _("All mediators"),
                     sorted((name, str(m)) for m, name in mediators.items()))
        self._refill(self.ui.placeCombo, _("All places"),
                     sorted(((text, key) for key, text in places.items() if key)))

    def _refill(self, combo: QComboBox, everyone: str, items: list[tuple[str, object]]) -> None:
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, ALL)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(kept) if kept is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def shown(self) -> list[CalendarHearing]:
        mediator, place = self.ui.mediatorCombo.currentData(), self.ui.placeCombo.currentData()
        return [h for h in self.hearings
                if (mediator is ALL or any(str(m) == mediator for m, _n in h.slot.mediators))
                and (place is ALL or fold(clean(h.slot.place)) == place)]

    def _show_filtered(self) -> None:
        first, last = self.span()
        shown = self.shown()
        fill_days(self.ui.daysTable, first, last, shown, self.clock().date())
        fill_list(self.ui.hearingsTable, shown)
        self.ui.periodLabel.setText(_("{first} – {last}").format(
            first=first.strftime("%d/%m/%Y"), last=last.strftime("%d/%m/%Y")))
        clashes = sum(h.clashes for h in shown)
        self.ui.clashSummaryLabel.setText(ngettext(
            "⚠ {count} hearing shown clashes with another (the same mediator or the same "
            "place at overlapping times).",
            "⚠ {count} hearings shown clash with others (the same mediator or the same place "
            "at overlapping times).", clashes).format(count=clashes) if clashes else
            ngettext("{count} hearing shown.", "{count} hearings shown.", len(shown))
            .format(count=len(shown)))

    def _open(self, item: QTableWidgetItem) -> None:
        case_id = case_of(item)
        if case_id is not None:
            emit(self.case_requested, case_id, "hearings")

    # --- paper and phone ---------------------------------------------------------------------

    def print_agenda(self) -> None:
        # loaded when asked: the agenda's PDF and .ics pull in ReportLab and icalendar (#17)
        from desktop.core.services.calendar import agenda
        from desktop.gui.documents.preview import PdfPreviewDialog

        team_id, day, author = self.context.team_id, self.anchor, self.context.actor.user
        assert team_id is not None
        start, end = agenda.week_starting(day)

        def show(pdf: bytes) -> None:
            title = _("Agenda of the week {start} – {end}").format(
                start=start.strftime("%d/%m/%Y"), end=end.strftime("%d/%m/%Y"))
            name = f"lich-hoa-giai-{start:%Y-%m-%d}.pdf"
            self.dialogs.run(PdfPreviewDialog(pdf, title, name, self.dialogs, self))
        self.context.read(self, lambda s: agenda.agenda_pdf(s, team_id, day, author), show,
                          self._warn)

    def export_ics(self) -> None:
        from desktop.core.services.calendar import agenda  # as in print_agenda

        team_id = self.context.team_id
        assert team_id is not None
        first, last = self.span()
        mediator = self.ui.mediatorCombo.currentData()
        target = self.dialogs.save_file(self, _("Save the hearings for a phone"),
                                        Path(f"lich-hoa-giai-{first:%Y-%m-%d}.ics"),
                                        _("Calendar files (*.ics)"))
        if target is None:
            return
        mediator_id = uuid.UUID(mediator) if isinstance(mediator, str) else None

        def saved(data: bytes) -> None:
            self.context.run(self, lambda: atomic_write(target, data), self._saved(target),
                             self._warn)
        self.context.read(self, lambda s: agenda.calendar_ics(s, team_id, first, last,
                                                              mediator_id), saved, self._warn)

    def _saved(self, target: Path) -> Callable[[None], None]:
        def done(_result: None) -> None:
            self.dialogs.inform(self, _("Saved for a phone"), _(
                "The hearings were saved in {path}. Send the file to the phone (by Zalo, "
                "e-mail or a cable) and open it there: the calendar adds them.").format(
                    path=target))
        return done

    def _warn(self, error: HoagiaiError) -> None:
        self.dialogs.warn(self, _("Not done"), error_text(error))
