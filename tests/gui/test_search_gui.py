"""The search box of the main window: Ctrl+F puts the cursor in it, Enter shows the cases found
with the fields named and the words marked, and a result opens its case on the tab where it
matched."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel

from desktop.core.services.cases import hearings
from desktop.gui import app as gui_app
from desktop.gui.case.case_window import CaseWindow
from tests.core.helpers import build_case
from tests.gui.conftest import wait_idle


def main_window(qtbot, context, dialogs, preferences):
    window = gui_app.build_main_window(context, dialogs, preferences)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_idle(qtbot, context)
    return window


def type_text(widget, text: str) -> None:
    """Vietnamese arrives as an input method's commit (keyClicks would abort on it)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def a_case_heard(book, actor, team_id):
    with book.database.transaction(actor) as s:
        parts = build_case(s, team_id, title="Tranh chấp tường rào")
        hearings.add_hearing(s, parts.case_id, hearings.HearingInput(
            datetime(2026, 3, 5, 9, 0), "Nhà văn hóa", course="Bà Đặng Thị Bình nói về cây bưởi",
            participant_ids=frozenset(parts.parties),
            mediator_ids=frozenset({parts.mediator_id})))
    return parts.case_id


def test_ctrl_f_then_unaccented_words_find_the_case_and_mark_them(
        qtbot, context, dialogs, preferences, book, actor, team_id):
    case_id = a_case_heard(book, actor, team_id)
    window = main_window(qtbot, context, dialogs, preferences)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = window.search_box
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, "cay buoi")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    results = box.results
    assert results is not None
    qtbot.waitUntil(lambda: len(results.hits()) == 1)
    hit = results.hits()[0]
    assert hit.case_id == case_id and hit.matches[0].field == "hearing"
    shown = results.ui.resultsList.itemWidget(results.ui.resultsList.item(0))
    assert isinstance(shown, QLabel)
    assert "#ffe58f" in shown.text() and ">cây</span>" in shown.text()
    assert "bưởi" in shown.text()


def test_a_result_opens_its_case_on_the_tab_where_it_matched(
        qtbot, context, dialogs, preferences, book, actor, team_id):
    case_id = a_case_heard(book, actor, team_id)
    window = main_window(qtbot, context, dialogs, preferences)
    box = window.search_box
    type_text(box, "Đặng Thị Bình")
    box.show_results()
    results = box.results
    qtbot.waitUntil(lambda: len(results.hits()) == 1)
    results.ui.resultsList.setCurrentRow(0)
    results.open_selected()
    case_windows = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, CaseWindow) and w.case_id == case_id]
    assert len(case_windows) == 1
    opened = case_windows[0]
    qtbot.addWidget(opened)
    assert opened.ui.tabs.currentWidget() is opened.participants
    wait_idle(qtbot, context)


def test_nothing_found_and_odd_input_say_so_calmly(qtbot, context, dialogs, preferences, book,
                                                    actor, team_id, english):
    a_case_heard(book, actor, team_id)
    window = main_window(qtbot, context, dialogs, preferences)
    box = window.search_box
    for query in ('"NOT" */-', "zzzz"):
        box.setText(query)
        box.show_results()
        with qtbot.waitSignal(box.results.results_shown):
            pass
        wait_idle(qtbot, context)
        assert box.results.hits() == []
        assert box.results.ui.summaryLabel.text().startswith("No case matches")
