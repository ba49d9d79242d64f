"""The audit screen: the whole book's change journal, newest first, with filters by person,
record, action and date, and a check of the journal's hash chain.

For those who may read the journal (``Permission.READ_AUDIT``: the team leader, ward officers
and administrators); the core refuses everyone else, and the menu entry is disabled for them.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QHeaderView,
    QMainWindow,
    QWidget,
)

from desktop.core.domain.roles import Permission
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import _, ngettext
from desktop.core.policy import access
from desktop.core.services.history import journal_browser, labels
from desktop.core.services.history.journal_browser import JournalCheck, JournalFilter
from desktop.core.services.history.values import local_time
from desktop.gui.audit.journal_model import JournalTableModel
from desktop.gui.forms.ui_journal_window import Ui_JournalWindow
from desktop.gui.kit.changes import Area, Changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.signals import emit

COLUMN_WIDTHS = ((JournalTableModel.SEQ, 60), (JournalTableModel.WHEN, 140),
                 (JournalTableModel.WHO, 110), (JournalTableModel.DEVICE, 90),
                 (JournalTableModel.ACTION, 170), (JournalTableModel.ENTITY, 190),
                 (JournalTableModel.DETAILS, 330))
_open: dict[int, JournalWindow] = {}


class JournalWindow(QDialog):
    checked = Signal(object)  # a JournalCheck, once the integrity check has run

    def __init__(self, context: BookContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_JournalWindow()
        self.ui.setupUi(self)
        self.model = JournalTableModel(context, self)
        self._set_up_table()
        self._set_up_filters()
        self.ui.checkButton.clicked.connect(self.check_integrity)
        self.model.reloaded.connect(self._on_reloaded)
        self.model.failed.connect(self._on_failed)
        context.data_changed.connect(self.on_data_changed)  # a save, or a restored book
        self.load_choices()
        self.model.reload()

    def on_data_changed(self, changed: Changed) -> None:
        if changed.touches(Area.JOURNAL):  # every save writes the journal; a restore too
            self.model.reload()

    def _set_up_table(self) -> None:
        table = self.ui.journalTable
        table.setModel(self.model)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        for column, width in COLUMN_WIDTHS:
            table.setColumnWidth(column, width)

    # --- filters -----------------------------------------------------------------------------

    def _set_up_filters(self) -> None:
        ui = self.ui
        ui.fromEdit.setDate(QDate.currentDate().addMonths(-1))
        ui.toEdit.setDate(QDate.currentDate())
        for combo in (ui.authorCombo, ui.entityCombo, ui.opCombo):
            combo.currentIndexChanged.connect(self.apply_filter)
        for check, edit in ((ui.fromCheck, ui.fromEdit), (ui.toCheck, ui.toEdit)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.apply_filter)
            edit.dateChanged.connect(self.apply_filter)

    def load_choices(self) -> None:
        self.context.read(self, journal_browser.journal_choices, self._show_choices,
                          self._on_failed)

    def _show_choices(self, choices: tuple[list[str], list[str], list[str]]) -> None:
        authors, entities, ops = choices
        for combo, pairs in ((self.ui.authorCombo, [(a, a) for a in authors]),
                             (self.ui.entityCombo, labels.labels_of(entities)),
                             (self.ui.opCombo, sorted(((op, labels.operation_label(op))
                                                     for op in ops), key=lambda p: p[1]))):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(_("All"), None)
            for value, text in pairs:
                combo.addItem(text, value)
            combo.blockSignals(False)

    def current_filter(self) -> JournalFilter:
        def day(check: QCheckBox, edit: QDateEdit) -> date | None:
            return edit.date().toPython() if check.isChecked() else None  # type: ignore[return-value]
        return JournalFilter(author=self.ui.authorCombo.currentData(),
                             entity=self.ui.entityCombo.currentData(),
                             op=self.ui.opCombo.currentData(),
                             start=day(self.ui.fromCheck, self.ui.fromEdit),
                             end=day(self.ui.toCheck, self.ui.toEdit))

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def _on_reloaded(self) -> None:
        self.ui.countLabel.setText(ngettext("{count} entry", "{count} entries", self.model.total)
                                 .format(count=self.model.total))

    def _on_failed(self, error: HoagiaiError) -> None:
        self.ui.countLabel.setText(str(error))

    # --- the integrity check -----------------------------------------------------------------

    def check_integrity(self) -> None:
        self.ui.checkButton.setEnabled(False)
        self.ui.checkLabel.setStyleSheet("")
        self.ui.checkLabel.setText(_("Checking every entry of the journal…"))
        self.context.read(self, journal_browser.check_journal, self._show_check,
                          self._check_failed)

    def _show_check(self, found: JournalCheck) -> None:
        self.ui.checkButton.setEnabled(True)
        if found.broken_seq is None:
            self.ui.checkLabel.setStyleSheet("color: #1b5e20;")
            self.ui.checkLabel.setText(ngettext(
                "The journal is intact: {count} entry, each linked to the one before it.",
                "The journal is intact: {count} entries, each linked to the one before it.",
                found.entries).format(count=found.entries))
        else:
            when = local_time(found.broken_at).strftime("%d/%m/%Y %H:%M:%S") \
                if found.broken_at else "?"
            self.ui.checkLabel.setStyleSheet("color: #b00020; font-weight: bold;")
            self.ui.checkLabel.setText(_(
                "The journal is BROKEN at entry {seq} ({entity}, {time}): a saved change was "
                "altered or removed after it was written. Keep this file as evidence and "
                "restore the newest backup whose journal is intact.").format(
                    seq=found.broken_seq, entity=labels.entity_label(found.broken_entity),
                    time=when))
        emit(self.checked, found)

    def _check_failed(self, error: HoagiaiError) -> None:
        self.ui.checkButton.setEnabled(True)
        self.ui.checkLabel.setText(str(error))


def open_journal_window(context: BookContext, dialogs: Dialogs,
                        parent: QWidget | None = None) -> JournalWindow | None:
    """Show the journal (non-modal); an open one comes to the front."""
    if not access.permitted(context.actor, Permission.READ_AUDIT):
        dialogs.warn(parent, _("Change journal"), str(access.PermissionDenied(
            access.NOT_ALLOWED, role=context.actor.role.label if context.actor.role else "",
            action=Permission.READ_AUDIT.description)))
        return None
    window = _open.get(id(context))
    if window is not None:  # its destruction takes it out of _open
        window.show()
        window.raise_()
        window.activateWindow()
        return window
    window = JournalWindow(context, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open[id(context)] = window
    window.destroyed.connect(partial(_open.pop, id(context), None))
    window.show()
    return window


def journal_action(window: QMainWindow, context: BookContext, dialogs: Dialogs) -> QAction:
    """Tools › Journal… for the main window (disabled for a role that may not read it)."""
    action = QAction(_("&Journal…"), window)
    action.setEnabled(access.permitted(context.actor, Permission.READ_AUDIT))
    action.triggered.connect(lambda: open_journal_window(context, dialogs, window))
    return action
