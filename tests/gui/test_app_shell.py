"""The application shell: main window, opening and creating cases, language, large text,
remembered geometry, the first start, and the calm error message."""

from __future__ import annotations

import gettext
import sys
from datetime import date

import pytest
from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.core import i18n
from desktop.core.errors import WorkflowError
from desktop.core.services.workspace import teams
from desktop.gui import app as gui_app
from desktop.gui.case.case_window import CaseWindow
from desktop.gui.cases import NewCaseDialog
from desktop.gui.kit.signals import emit
from desktop.gui.kit.window_fit import available_size
from desktop.gui.main_window import MainWindow
from desktop.gui.preferences import LARGE_TEXT_SCALE, apply_text_size
from desktop.gui.setup import SetupWizard
from tests.conftest import SAMPLE_MEDIATORS, SAMPLE_TEAM
from tests.gui.conftest import add_cases, wait_idle


def show_window(qtbot, context, dialogs, preferences) -> MainWindow:
    window = gui_app.build_main_window(context, dialogs, preferences)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, context)
    return window


def open_cases(qtbot, window: MainWindow) -> list[tuple]:
    """The case windows the main window has opened (its own, real ones): context and case."""
    wait_idle(qtbot, window.context)
    return [(case.context, case.case_id, case.dialogs, case.parent())
            for case in window.findChildren(CaseWindow)]


def test_main_window_shows_team_and_case_count(qtbot, context, dialogs, preferences, book,
                                               actor, team_id):
    add_cases(book, actor, team_id, 2)
    window = show_window(qtbot, context, dialogs, preferences)
    assert window.windowTitle() == SAMPLE_TEAM.name
    assert window.team_label.text() == SAMPLE_TEAM.name
    assert window.count_label.text().startswith("2")
    # 1100x700 where the screen allows it (the offscreen test screen is 800 pixels wide)
    assert window.size() == QSize(1100, 700).boundedTo(available_size(window))
    assert window.width() <= window.screen().availableGeometry().width()


def test_activating_a_case_opens_its_window(qtbot, context, dialogs, preferences, book, actor,
                                            team_id):
    [case_id] = add_cases(book, actor, team_id, 1)
    window = show_window(qtbot, context, dialogs, preferences)
    emit(window.cases_area.ui.casesTable.activated, window.cases_area.model.index(0, 2))
    assert open_cases(qtbot, window) == [(context, case_id, dialogs, window)]


def test_new_case_is_saved_numbered_and_opened(qtbot, context, dialogs, preferences, book):
    window = show_window(qtbot, context, dialogs, preferences)

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, NewCaseDialog)
        dialog.ui.titleEdit.setText("Tranh chấp tiếng ồn giữa hai nhà")
        dialog.ui.categoryCombo.setCurrentIndex(0)
        emit(dialog.ui.buttonBox.accepted)
        qtbot.waitUntil(lambda: dialog.case_id is not None)
        return dialog.result() == QDialog.DialogCode.Accepted
    dialogs.on_run = fill
    window.new_case_action.trigger()
    [(_context, case_id, _dialogs, _parent)] = open_cases(qtbot, window)
    wait_idle(qtbot, context)
    model = window.cases_area.model
    assert model.index(0, 0).data() == f"01/{date.today().year}"
    assert model.case_id(0) == case_id


@pytest.fixture
def fake_vietnamese(monkeypatch) -> None:
    """A tiny catalogue, so the test sees the switch even before vi.po translates these."""
    class Catalogue(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return {"&File": "&Tệp", "&New case...": "&Vụ việc mới..."}.get(message, message)
    real_load = i18n._load
    monkeypatch.setattr(i18n, "_load", lambda language: Catalogue() if language == "vi"
                        else real_load(language))
    i18n.set_language("vi")


def test_language_switch_rebuilds_the_window_in_english(qtbot, context, dialogs, preferences,
                                                        fake_vietnamese):
    shell = gui_app.Shell(context, dialogs, preferences)
    shell.start()
    first = shell.window
    qtbot.addWidget(first)
    assert first.menuBar().actions()[0].text() == "&Tệp"
    english = next(a for a in first.language_group.actions() if a.data() == "en")
    english.trigger()
    second = shell.window
    qtbot.addWidget(second)
    assert second is not first and not first.isVisible() and second.isVisible()
    assert second.menuBar().actions()[0].text() == "&File"
    assert second.new_case_action.text() == "&New case..."
    assert i18n.current_language() == "en" and preferences.language == "en"
    assert next(a for a in second.language_group.actions() if a.isChecked()).data() == "en"
    wait_idle(qtbot, context)


@pytest.fixture
def large_text(preferences):
    app = QApplication.instance()
    normal = app.font().pointSizeF()
    preferences.large_text = True
    apply_text_size(app, True)
    yield normal
    apply_text_size(app, False)


def test_a_window_under_large_text_still_fits_an_old_screen(qtbot, context, dialogs,
                                                            preferences, large_text):
    window = show_window(qtbot, context, dialogs, preferences)
    assert window.font().pointSizeF() == pytest.approx(large_text * LARGE_TEXT_SCALE)
    assert window.large_text_action.isChecked()
    assert window.minimumSizeHint().width() <= 1280
    dialog = NewCaseDialog(context, window)
    qtbot.addWidget(dialog)
    hint = dialog.sizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800
    assert dialog.ui.titleEdit.font().pointSizeF() == pytest.approx(large_text * 1.25)


def test_large_text_toggle_is_remembered(qtbot, context, dialogs, preferences):
    shell = gui_app.Shell(context, dialogs, preferences)
    shell.start()
    qtbot.addWidget(shell.window)
    shell.window.large_text_action.toggle()
    qtbot.addWidget(shell.window)
    assert preferences.large_text and shell.window.large_text_action.isChecked()
    shell.window.large_text_action.toggle()
    qtbot.addWidget(shell.window)
    assert not preferences.large_text
    wait_idle(qtbot, context)


def test_window_geometry_is_remembered(qtbot, context, dialogs, preferences):
    window = show_window(qtbot, context, dialogs, preferences)
    window.resize(700, 500)  # the offscreen screen is 800x600
    window.close()
    again = show_window(qtbot, context, dialogs, preferences)
    assert again.size() == QSize(700, 500)


def test_first_start_shows_the_wizard_then_the_main_window(qtbot, empty_context, dialogs,
                                                           preferences, book, actor):
    shell = gui_app.Shell(empty_context, dialogs, preferences)
    shell.start()
    assert isinstance(shell.wizard, SetupWizard) and shell.window is None
    qtbot.addWidget(shell.wizard)
    with book.database.transaction(actor) as session:
        team_id = teams.set_up_team(session, SAMPLE_TEAM, SAMPLE_MEDIATORS)
    emit(shell.wizard.team_created, team_id)
    qtbot.addWidget(shell.window)
    assert empty_context.team_id == team_id and shell.window.isVisible()
    wait_idle(qtbot, empty_context)


@pytest.mark.usefixtures("english")
def test_unexpected_error_gives_a_calm_message_with_details_to_copy(qtbot, dialogs):
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        gui_app.report_error(dialogs, error)
    [box] = dialogs.shown
    assert isinstance(box, QMessageBox)
    qtbot.addWidget(box)
    assert "RuntimeError: boom" in box.detailedText()
    copy = next(b for b in box.buttons() if b.text() == "Copy details")
    copy.click()
    assert "RuntimeError: boom" in QApplication.clipboard().text()


@pytest.mark.usefixtures("english")
def test_a_known_error_is_shown_as_its_message(dialogs):
    gui_app.report_error(dialogs, WorkflowError("A team has exactly one team leader."))
    assert dialogs.messages[0][1] == "A team has exactly one team leader."
    assert dialogs.shown == []


def test_an_unopenable_book_says_so(tmp_path, dialogs):
    not_a_database = tmp_path / "notes.sqlite"
    not_a_database.write_text("this is not a database", encoding="utf-8")
    assert gui_app.open_book_or_explain(not_a_database, dialogs) is None
    assert str(not_a_database) in dialogs.messages[0][1]


def test_emitting_through_the_helper_keeps_true_alive(qtbot):
    class Probe(QObject):
        fired = Signal(int)

    probe = Probe()
    received: list[int] = []
    probe.fired.connect(received.append)
    before = sys.getrefcount(True)
    for n in range(2000):
        emit(probe.fired, n)
    assert len(received) == 2000
    assert abs(sys.getrefcount(True) - before) <= 1
