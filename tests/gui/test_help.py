"""Help where the person is: F1 opens the guide at the page about the screen in front, Help ›
Getting started opens the checklist, the guide names who to call (the ward's setting), and
every page is plain Vietnamese with its pictures present."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

from desktop.core.policy import settings
from desktop.gui.case.case_window import open_case_window
from desktop.gui.help import HelpWindow, help_actions, open_guide
from desktop.gui.help.topics import START, TOPICS, help_folder, page_path, topic_for
from desktop.gui.main_window import MainWindow
from tests.gui.conftest import wait_idle
from tests.gui.fakes import open_case

ENGLISH = re.compile(r"\b(the|and|click|case|save|open|file|print|password)\b", re.I)


def test_f1_is_in_the_help_menu_with_its_key_shown(qtbot, context, dialogs, preferences):
    window = MainWindow(context, dialogs, preferences)
    qtbot.addWidget(window)
    help_menu = window.menuBar().actions()[-1].menu()
    guide = next(a for a in help_menu.actions() if a.objectName() == "guideAction")
    assert guide.shortcut().toString() == "F1"
    assert any(a.objectName() == "startAction" for a in help_menu.actions())


def test_getting_started_opens_the_checklist(qtbot, context, dialogs, preferences):
    window = MainWindow(context, dialogs, preferences)
    qtbot.addWidget(window)
    start = next(a for a in help_actions(window, context) if a.objectName() == "startAction")
    start.trigger()
    guide = window.findChild(HelpWindow)
    assert guide is not None and guide.isVisible()
    assert guide.current_topic() == "bat-dau"
    assert "Bắt đầu" in guide.page.toPlainText()


def test_f1_in_a_case_window_opens_the_page_of_its_tab(qtbot, context, dialogs, book, actor,
                                                       team_id):
    window = open_case_window(context, open_case(book, actor, team_id), dialogs)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.data is not None)
    window.ui.tabs.setCurrentWidget(window.outcome)
    assert topic_for(window.outcome.ui.addTermButton) == "thoa-thuan"
    window.ui.tabs.setCurrentWidget(window.hearings)
    assert topic_for(window) == "buoi-hoa-giai"
    wait_idle(qtbot, context)


def test_the_guide_names_who_to_call(qtbot, context, dialogs, preferences, book, actor):
    with book.database.transaction(actor) as session:
        settings.set_setting(session, settings.HELP_CONTACT.key, "Chị Lan, tư pháp: 0912 345 678")
    owner = MainWindow(context, dialogs, preferences)
    qtbot.addWidget(owner)
    guide = open_guide(owner, context, "quen-mat-khau")
    assert "0912 345 678" in guide.contact_label.text()
    assert "Quên mật khẩu" in guide.page.toPlainText()
    assert open_guide(owner, context, "gui-xa") is guide  # one guide per window


def test_without_a_contact_the_guide_says_whom_to_ask(qtbot):
    guide = HelpWindow("")
    qtbot.addWidget(guide)
    assert "công chức tư pháp" in guide.contact_label.text()


@pytest.mark.parametrize("topic", [topic for topic, _title in TOPICS])
def test_every_page_is_vietnamese_and_its_pictures_exist(topic):
    path = page_path(topic)
    assert path.name == f"{topic}.html"
    html = path.read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", " ", html)
    assert ENGLISH.findall(text) == []
    for picture in re.findall(r'src="([^"]+)"', html):
        assert (path.parent / picture).resolve().is_file(), picture
    assert (help_folder() / "images").is_dir()


def test_the_guide_follows_its_links(qtbot):
    guide = HelpWindow("")
    qtbot.addWidget(guide)
    guide.show_topic("bat-dau")
    guide.page.setSource(guide.page.source().resolved(QUrl("ghi-vu-viec.html")))
    QApplication.processEvents()
    assert guide.current_topic() == "ghi-vu-viec"
    assert guide.topics.currentItem().text() != ""


def test_f1_in_a_modal_dialog_opens_the_page_about_it(qtbot, context, dialogs, preferences):
    from PySide6.QtCore import Qt

    from desktop.gui.cases import NewCaseDialog

    window = MainWindow(context, dialogs, preferences)
    qtbot.addWidget(window)
    dialog = NewCaseDialog(context, window)
    qtbot.addWidget(dialog)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    qtbot.keyClick(dialog.ui.titleEdit, Qt.Key.Key_F1)
    guide = dialog.findChild(HelpWindow)
    assert guide is not None and guide.current_topic() == "ghi-vu-viec"
    assert dialog.ui.titleEdit.text() == ""  # the key went to the guide, nothing was typed


def test_who_to_call_is_set_in_the_settings_and_named_by_the_guide_and_the_error_box(
        qtbot, context, dialogs, preferences, actor):
    from desktop.gui import app as gui_app
    from desktop.gui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.help_contact.text() == "" and dialog.help_contact.accessibleName()
    dialog.help_contact.setText("  Chị Lan,   công chức tư pháp: 0912 345 678 ")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved, timeout=20000)
    assert gui_app.help_contact(context) == "Chị Lan, công chức tư pháp: 0912 345 678"
    owner = MainWindow(context, dialogs, preferences)
    qtbot.addWidget(owner)
    guide = open_guide(owner, context, START)
    assert "Chị Lan, công chức tư pháp: 0912 345 678" in guide.contact_label.text()
    box = gui_app.error_box("RuntimeError: boom", gui_app.help_contact(context))
    qtbot.addWidget(box)
    assert "0912 345 678" in box.text() and "Sổ hòa giải" in box.text()
    plain = gui_app.error_box("RuntimeError: boom")
    qtbot.addWidget(plain)
    assert "0912" not in plain.text()


def test_a_contact_too_long_is_refused_and_nothing_saved(qtbot, context, actor):
    from desktop.gui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.help_contact.setMaxLength(1000)  # as if pasted past the input's own limit
    dialog.help_contact.setText("0912 345 678 " * 20)
    dialog.save()
    qtbot.waitUntil(lambda: "200" in dialog.error_label.text(), timeout=20000)
    assert not dialog.saved
    with context.book.database.reading(actor) as s:
        assert settings.value(s, settings.HELP_CONTACT) == ""
