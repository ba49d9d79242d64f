"""A land-boundary case from the main window to a printed written agreement, as a volunteer
records it, counting every action: a click is one, typing into a field is one, choosing in a
drop-down list is two (open it, pick). Issue 14 asks for at most 45 (it took about 90).

This is also the test of the flow: each step goes through the real widgets and services, and
the document sent to the printer is read back."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QTabWidget,
    QWidget,
)

from desktop.core.domain.enums import CaseStatus
from desktop.core.domain.text import nfc
from desktop.gui.case.case_window import CaseWindow
from desktop.gui.case.term_dialog import BOTH_PARTIES
from desktop.gui.cases import NewCaseDialog
from desktop.gui.kit.date_typing import install_date_typing, remove_date_typing
from desktop.gui.main_window import MainWindow
from tests.gui.fakes import ScriptedDialogs

MOST_ACTIONS = 45
RECEIVED = date.today() - timedelta(days=10)
HELD = datetime.combine(date.today() - timedelta(days=5), datetime.min.time()).replace(hour=8)
TITLE = "Tranh chấp ranh giới đất giữa hai nhà"
TERM = "Hai bên cùng dựng lại cột mốc ranh giới theo sơ đồ địa chính"


class Actions:
    """Does what a person does, and counts it."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.done: list[str] = []

    def click(self, widget: QWidget, what: str) -> None:
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.done.append(f"click {what}")

    def click_tab(self, tabs: QTabWidget, page: QWidget) -> None:
        bar = tabs.tabBar()
        self.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                              pos=bar.tabRect(tabs.indexOf(page)).center())
        assert tabs.currentWidget() is page
        self.done.append(f"tab {tabs.tabText(tabs.indexOf(page))}")

    def type(self, widget: QWidget, text: str) -> None:
        """Vietnamese arrives as committed input-method text (PLATFORM-NOTES)."""
        widget.setFocus()
        event = QInputMethodEvent()
        event.setCommitString(text)
        QCoreApplication.sendEvent(widget, event)
        self.done.append(f"type {widget.objectName()}")

    def type_date(self, widget: QWidget, when: date | datetime) -> None:
        """Digits only, after a click anywhere in the field (the end, here)."""
        line = widget.findChild(QWidget, "qt_spinbox_lineedit") or widget
        self.qtbot.mouseClick(line, Qt.MouseButton.LeftButton,
                              pos=line.rect().center() + line.rect().center() / 2)
        digits = when.strftime("%d%m%Y%H%M" if isinstance(when, datetime) else "%d%m%Y")
        self.qtbot.keyClicks(widget, digits)
        self.done.append(f"type {widget.objectName()}")  # clicking into the field and typing

    def choose(self, combo: QComboBox, data: object) -> None:
        index = next(i for i in range(combo.count()) if combo.itemData(i) == data)
        combo.setCurrentIndex(index)
        self.done += [f"open {combo.objectName()}", f"pick {combo.itemText(index)}"]

    def tick(self, items: QListWidget) -> None:
        for row in range(items.count()):
            if items.item(row).checkState() != Qt.CheckState.Checked:
                items.item(row).setCheckState(Qt.CheckState.Checked)
                self.done.append(f"tick {items.item(row).text()}")

    def ok(self, dialog: QDialog) -> bool:
        """Clicking OK in a dialog the seam runs: the seam's True stands for that click."""
        self.done.append(f"OK {type(dialog).__name__}")
        return True


@pytest.fixture
def typing_dates(qapp: QApplication) -> Iterator[None]:
    install_date_typing(qapp)
    yield
    remove_date_typing(qapp)


def save_button(box: QDialogButtonBox) -> QAbstractButton:
    return box.button(QDialogButtonBox.StandardButton.Save)


def new_case(qtbot, window: MainWindow, seam: ScriptedDialogs, act: Actions) -> CaseWindow:
    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, NewCaseDialog)
        ui = dialog.ui
        act.type(ui.titleEdit, TITLE)
        act.type_date(ui.receivedEdit, RECEIVED)
        act.choose(ui.categoryCombo, "land_boundary")
        act.type(ui.party1NameEdit, "Nguyễn Văn An")
        act.click(ui.party1RequestedCheck, "Requester of mediation")  # he asked (Art. 16)
        act.type(ui.party2NameEdit, "Đặng Thị Bình")
        act.click(save_button(ui.buttonBox), "Save")
        qtbot.waitUntil(lambda: dialog.case_id is not None, timeout=10_000)
        return dialog.result() == QDialog.DialogCode.Accepted

    seam.expect(fill)
    act.click(window.findChild(QWidget, "mainToolbar").widgetForAction(window.new_case_action),
              "New case")
    qtbot.waitUntil(lambda: any(isinstance(w, CaseWindow) for w in QApplication.topLevelWidgets()))
    case_window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CaseWindow))
    qtbot.addWidget(case_window)
    qtbot.waitUntil(lambda: case_window.data is not None)
    return case_window


def saved(qtbot, window: CaseWindow):
    return qtbot.waitSignal(window.case_loaded, timeout=10_000)


def assign_leader(qtbot, window: CaseWindow, seam: ScriptedDialogs, act: Actions) -> None:
    def assign(dialog: QDialog) -> bool:
        act.type_date(dialog.ui.assignedOnEdit, RECEIVED)
        act.click(dialog.ui.noConflictCheck, "no conflict of interest")
        return act.ok(dialog)

    act.click_tab(window.ui.tabs, window.mediators)
    seam.expect(assign)
    with saved(qtbot, window):
        act.click(window.mediators.ui.assignButton, "Assign")


def record_hearing(qtbot, window: CaseWindow, seam: ScriptedDialogs, act: Actions) -> None:
    def hearing(dialog: QDialog) -> bool:
        ui = dialog.ui
        act.type_date(ui.heldAtEdit, HELD)
        act.type(ui.placeEdit, "Nhà văn hóa thôn Đông")
        act.tick(ui.participantsList)
        act.tick(ui.mediatorsList)
        act.type(ui.resultEdit, "Hai bên thống nhất dựng lại cột mốc")
        return act.ok(dialog)

    act.click_tab(window.ui.tabs, window.hearings)
    seam.expect(hearing)
    with saved(qtbot, window):
        act.click(window.hearings.ui.addButton, "Add a hearing")
    assert window.hearings.model.rowCount() == 1


def agree_and_end(qtbot, window: CaseWindow, seam: ScriptedDialogs, act: Actions) -> None:
    outcome = window.outcome

    def term(dialog: QDialog) -> bool:
        act.choose(dialog.ui.obligedCombo, BOTH_PARTIES)
        act.type(dialog.ui.contentEdit, TERM)
        return act.ok(dialog)

    act.click_tab(window.ui.tabs, outcome)
    act.type_date(outcome.ui.reachedEdit, HELD.date())
    assert not outcome.ui.notReachedCheck.isChecked()  # typing the date was enough
    seam.expect(term)
    act.click(outcome.ui.addTermButton, "Add a term")
    assert outcome.terms_model.rowCount() == 2  # one term, for each party
    with saved(qtbot, window):
        act.click(outcome.finish_button, "Save and end the case")
    assert window.data is not None and window.data.detail.status is CaseStatus.SUCCESSFUL


def print_agreement(qtbot, window: CaseWindow, seam: ScriptedDialogs, context, act: Actions,
                    printed: Path) -> str:
    """Prints the written agreement; gives the text of the document that was printed."""
    with qtbot.waitSignal(window.document_opened, timeout=20_000) as opened:
        act.click(window.ui.agreementButton, "Written agreement")
    preview = opened.args[0]
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.ui.printButton.isEnabled(), timeout=20_000)

    def to_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(150)
        act.done.append("OK print dialog")
        return True

    seam.printers.append(to_file)
    with qtbot.waitSignal(context.data_changed, timeout=20_000):
        act.click(preview.ui.printButton, "Print")
    return " ".join(preview.document.getAllText(page).text()
                    for page in range(preview.document.pageCount()))


def test_a_land_boundary_case_in_at_most_45_actions(qtbot, context, preferences, tmp_path,
                                                     typing_dates):
    seam = ScriptedDialogs()
    window = MainWindow(context, seam, preferences)
    qtbot.addWidget(window)
    window.show()
    act = Actions(qtbot)

    case_window = new_case(qtbot, window, seam, act)
    assert case_window.participants.model.rowCount() == 2  # named in the new-case dialog
    assign_leader(qtbot, case_window, seam, act)
    record_hearing(qtbot, case_window, seam, act)
    agree_and_end(qtbot, case_window, seam, act)
    printed = tmp_path / "van-ban-hoa-giai-thanh.pdf"
    shown = " ".join(print_agreement(qtbot, case_window, seam, context, act, printed).split())

    for expected in ("Nguyễn Văn An", "Đặng Thị Bình", TERM, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA",
                     "theo yêu cầu của ông/bà Nguyễn Văn An."):  # the party who asked
        assert expected in nfc(shown)
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True, check=True)
    assert "Pages:" in info.stdout  # the printer got real pages (as images: no text to read)
    print(f"\n{len(act.done)} actions:", "; ".join(act.done))
    assert len(act.done) <= MOST_ACTIONS
