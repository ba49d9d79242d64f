"""Every window and dialog of the case work, at 100 %, 150 %, 175 % and 200 % text, on a
1366x768 screen: none needs more room than the screen gives, and no label, button or tab is cut
off (its size hint larger than the room it got)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)

from desktop.gui.case.case_window import CaseWindow, open_case_window
from desktop.gui.case.close_dialog import CloseDialog
from desktop.gui.case.term_dialog import TermDialog
from desktop.gui.cases import NewCaseDialog
from desktop.gui.kit import window_fit
from desktop.gui.kit.appearance import apply_appearance
from desktop.gui.kit.window_fit import FRAME_ALLOWANCE, fit_dialog
from desktop.gui.main_window import MainWindow
from tests.gui.conftest import add_party, wait_idle
from tests.gui.fakes import open_case
from tests.gui.test_ward_area import ward_book_file, ward_context, ward_dialogs  # noqa: F401
from tests.statistics.conftest import ward_template  # noqa: F401  (fixtures)

SCREEN = QSize(1366, 768)
ROOM = SCREEN - FRAME_ALLOWANCE


@pytest.fixture(params=[100, 150, 175, 200], ids=["100%", "150%", "175%", "200%"])
def text_size(request, qapp: QApplication, monkeypatch) -> Iterator[int]:
    """The text size, on a 1366x768 screen (the offscreen one is 800x800): windows open to fit
    this one."""
    monkeypatch.setattr(window_fit, "available_size", lambda _window: ROOM)
    apply_appearance(qapp, request.param, high_contrast=False)
    yield request.param
    apply_appearance(qapp, 100, high_contrast=False)


def laid_out(window: QWidget) -> QWidget:
    """As the program opens it: a window at the size it chose, a dialog as ``Dialogs.run``
    prepares it."""
    if isinstance(window, QDialog):
        fit_dialog(window)
    window.show()
    QApplication.processEvents()
    return window


def cut_off(window: QWidget) -> list[str]:
    """What does not get the room it needs, each as 'kind "text": needs WxH, has WxH'."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() == 0:
            continue
        need = needed(widget)
        if need is not None and (need.width() > widget.width() + 1
                                 or need.height() > widget.height() + 1):
            text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
            found.append(f"{type(widget).__name__} {widget.objectName()} {text!r}: needs "
                         f"{need.width()}x{need.height()}, has {widget.width()}x"
                         f"{widget.height()}")
    return found


def needed(widget: QWidget) -> QSize | None:
    if isinstance(widget, QLabel) and widget.text():
        if widget.wordWrap():
            return QSize(0, widget.heightForWidth(widget.width()))
        return widget.minimumSizeHint()
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.minimumSizeHint()
    if isinstance(widget, QTabBar):  # tabs hidden behind scroll arrows
        return QSize(widget.sizeHint().width(), 0)
    return None


def check(window: QWidget) -> None:
    laid_out(window)
    minimum = window.minimumSizeHint()
    assert minimum.width() <= ROOM.width() and minimum.height() <= ROOM.height(), (
        f"{type(window).__name__} needs {minimum.width()}x{minimum.height()}")
    assert window.width() <= ROOM.width() and window.height() <= ROOM.height(), (
        f"{type(window).__name__} opens at {window.width()}x{window.height()}")
    assert cut_off(window) == []


def test_the_main_window(qtbot, context, dialogs, preferences, text_size):
    window = MainWindow(context, dialogs, preferences)
    qtbot.addWidget(window)
    wait_idle(qtbot, context)
    check(window)


def test_the_new_case_dialog(qtbot, context, text_size):
    dialog = NewCaseDialog(context)
    qtbot.addWidget(dialog)
    check(dialog)


def case_window(qtbot, context, dialogs, book, actor, team_id) -> CaseWindow:
    case_id = open_case(book, actor, team_id)
    for name in ("Nguyễn Văn An", "Đặng Thị Bình"):
        add_party(book, actor, team_id, case_id, name)
    window = open_case_window(context, case_id, dialogs)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.data is not None)
    wait_idle(qtbot, context)
    return window


def test_every_tab_of_the_case_window(qtbot, context, dialogs, book, actor, team_id, text_size):
    window = case_window(qtbot, context, dialogs, book, actor, team_id)
    for index in range(window.ui.tabs.count()):
        window.ui.tabs.setCurrentIndex(index)
        wait_idle(qtbot, context)
        check(window)
    outcome = window.ui.tabs.indexOf(window.outcome)
    if text_size >= 175:  # shorter titles, so that no tab hides behind a scroll arrow
        assert window.ui.tabs.tabText(outcome) == "Kết &quả"
        assert window.ui.tabs.tabToolTip(outcome) == "Kết quả và thỏa thuận"
    else:
        assert window.ui.tabs.tabText(outcome) == "Kết &quả và thỏa thuận"


def dialog_of(window: CaseWindow, dialogs, press: Callable[[], None]) -> QDialog:
    shown: list[QDialog] = []
    dialogs.on_run = lambda dialog: shown.append(dialog) or False
    press()
    assert shown, "no dialog opened"
    return shown[0]


@pytest.mark.parametrize("button", ["participants.ui.addButton", "mediators.ui.assignButton",
                                    "hearings.ui.addButton", "outcome.ui.addTermButton",
                                    "outcome.ui.closeCaseButton"])
def test_the_case_dialogs(qtbot, context, dialogs, book, actor, team_id, text_size, button):
    window = case_window(qtbot, context, dialogs, book, actor, team_id)
    tab, _ui, name = button.split(".")
    page = getattr(window, tab)
    window.ui.tabs.setCurrentWidget(page)
    dialog = dialog_of(window, dialogs, getattr(page.ui, name).click)
    qtbot.addWidget(dialog)
    check(dialog)


def test_term_and_close_dialogs_alone(qtbot, text_size):
    import uuid
    from datetime import date

    term = TermDialog([("Nguyễn Văn An", uuid.uuid4())], date(2026, 1, 5))
    close = CloseDialog(date(2026, 1, 5))
    for dialog in (term, close):
        qtbot.addWidget(dialog)
        check(dialog)


def test_the_check_finds_a_cut_off_label(qtbot):
    window = QMainWindow()
    label = QLabel("Tranh chấp ranh giới đất giữa hai nhà", window)
    label.setObjectName("tooNarrowLabel")
    qtbot.addWidget(window)
    window.show()
    label.setGeometry(0, 0, 40, 10)
    assert cut_off(window) != []


def test_text_size_scales_icons_tick_boxes_and_rows(qapp):
    from PySide6.QtWidgets import QStyle

    metrics = (QStyle.PixelMetric.PM_SmallIconSize, QStyle.PixelMetric.PM_IndicatorWidth,
               QStyle.PixelMetric.PM_HeaderDefaultSectionSizeVertical)
    apply_appearance(qapp, 100, high_contrast=False)
    base = [qapp.style().pixelMetric(metric) for metric in metrics]
    apply_appearance(qapp, 200, high_contrast=False)
    try:
        assert [qapp.style().pixelMetric(metric) for metric in metrics] == [
            round(size * 2) for size in base]
        assert qapp.font().pointSizeF() == pytest.approx(2 * qapp.property(
            "hoagiai_base_font").pointSizeF())
    finally:
        apply_appearance(qapp, 100, high_contrast=False)


def test_high_contrast_is_black_on_white_with_a_dark_selection(qapp):
    from PySide6.QtGui import QPalette

    apply_appearance(qapp, 100, high_contrast=True)
    try:
        palette = qapp.palette()
        assert palette.color(QPalette.ColorRole.WindowText).name() == "#000000"
        assert palette.color(QPalette.ColorRole.Base).name() == "#ffffff"
        assert palette.color(QPalette.ColorRole.Highlight).lightness() < 80
        assert "border: 3px solid" in qapp.styleSheet()
    finally:
        apply_appearance(qapp, 100, high_contrast=False)
    assert qapp.styleSheet() == ""


def test_the_size_menu_is_remembered(qtbot, context, dialogs, preferences):
    window = MainWindow(context, dialogs, preferences)
    qtbot.addWidget(window)
    sizes = window.appearance_menu.sizes.actions()
    assert [a.text() for a in sizes] == ["100 %", "125 %", "150 %", "175 %", "200 %"]
    with qtbot.waitSignal(window.appearance_menu.appearance_changed):
        sizes[2].trigger()
    assert preferences.text_size == 150 and preferences.large_text


def test_the_main_and_case_windows_fit_an_old_1024x768_screen(qtbot, context, dialogs,
                                                              preferences, book, actor, team_id,
                                                              monkeypatch):
    small = QSize(1024, 768) - FRAME_ALLOWANCE
    monkeypatch.setattr(window_fit, "available_size", lambda _window: small)
    windows = [MainWindow(context, dialogs, preferences),
               case_window(qtbot, context, dialogs, book, actor, team_id)]
    for window in windows:
        qtbot.addWidget(window)
        laid_out(window)
        assert window.width() <= small.width() and window.height() <= small.height()
        assert window.minimumSizeHint().width() <= small.width()
        assert window.minimumSizeHint().height() <= small.height()


def test_the_ward_dashboard_fits(qtbot, ward_context, ward_dialogs,  # noqa: F811
                                preferences, text_size):
    from desktop.gui.app import build_main_window

    window = build_main_window(ward_context, ward_dialogs, preferences)
    qtbot.addWidget(window)
    area = window.ward_tabs.widget(0)
    qtbot.waitUntil(lambda: getattr(area.dashboard, "data", None) is not None
                    or getattr(area.dashboard, "report", None) is not None, timeout=20_000)
    check(window)
