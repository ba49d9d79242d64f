"""The import dialog under pytest-qt: choose a file, see the structure (flagged parts in red),
save; unreadable files are explained in the dialog, which stays open."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QTreeWidgetItemIterator

from desktop.core.services.conventions import views as convention_views
from desktop.gui.conventions import ConventionImportDialog
from desktop.gui.conventions.structure_tree import FLAGGED_COLOUR
from tests.conventions.test_parser import SAMPLE
from tests.gui.conftest import (  # noqa: F401  (fixtures)
    FakeDialogs,
    context,
    dialogs,
    preferences,
    true_kept_alive,
    wait_idle,
)


@pytest.fixture
def dialog(qtbot, context, dialogs) -> ConventionImportDialog:  # noqa: F811
    made = ConventionImportDialog(context, dialogs)
    qtbot.addWidget(made)
    return made


def tree_texts(dialog: ConventionImportDialog) -> list[tuple[str, str]]:
    found = []
    iterator = QTreeWidgetItemIterator(dialog.tree)
    while iterator.value():
        item = iterator.value()
        found.append((item.text(0), item.text(1)))
        iterator += 1
    return found


def save_button(dialog: ConventionImportDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_choose_preview_and_save(qtbot, dialog, dialogs, context, book):  # noqa: F811
    dialogs.open_file = lambda *args: SAMPLE
    assert not save_button(dialog).isEnabled()
    dialog.file_button.click()
    texts = tree_texts(dialog)
    chapters = [dialog.tree.topLevelItem(i).text(1)
                for i in range(dialog.tree.topLevelItemCount())]
    assert chapters[1:8] == ["NHỮNG QUY ĐỊNH CHUNG", "QUAN HỆ LÁNG GIỀNG VÀ NẾP SỐNG VĂN MINH",
                             "VỆ SINH MÔI TRƯỜNG, NGÕ ĐI CHUNG VÀ THOÁT NƯỚC",
                             "HÔN NHÂN, GIA ĐÌNH, VIỆC CƯỚI VÀ VIỆC TANG",
                             "AN NINH, TRẬT TỰ VÀ PHÒNG CHÁY, CHỮA CHÁY",
                             "KHEN THƯỞNG VÀ XỬ LÝ VI PHẠM", "TỔ CHỨC THỰC HIỆN"]
    assert sum(1 for _, text in texts if text == "Giữ gìn trật tự và giờ nghỉ ngơi") == 1
    assert "24" in dialog.summary_label.text()
    assert "TỔ DÂN PHỐ SỐ 5" in dialog.title_edit.text()
    dialog.decision_edit.setText("125/QĐ-UBND")
    dialog.decision_date_edit.set_date(date(2024, 12, 2))
    assert save_button(dialog).isEnabled()
    save_button(dialog).click()
    wait_idle(qtbot, context)
    assert dialog.result_ is not None and dialog.result_.new == 24
    with book.database.reading() as s:
        view = convention_views.show_convention(s, dialog.result_.convention_id)
    assert view.shown_version.decision_no == "125/QĐ-UBND" and len(view.articles) == 24


def test_pasted_text_shows_flagged_fragments_in_red(dialog):
    dialog.paste_edit.setPlainText("Điều 1. A\nMột.\nĐiều 3. C\nBa.\nĐiều 2. Lạc chỗ\nHai.")
    dialog.paste_button.click()
    iterator = QTreeWidgetItemIterator(dialog.tree)
    red = []
    while iterator.value():
        item = iterator.value()
        if item.foreground(1).color() == FLAGGED_COLOUR:
            red.append((item.text(1), item.toolTip(1)))
        iterator += 1
    assert len(red) == 1 and red[0][0] == "Điều 2. Lạc chỗ\nHai."
    assert red[0][1]  # the reason, as a tooltip
    assert save_button(dialog).isEnabled()


def test_an_unreadable_file_is_explained(dialog, dialogs, tmp_path: Path):  # noqa: F811
    path = tmp_path / "fake.docx"
    path.write_bytes(b"not a docx")
    dialogs.open_file = lambda *args: path
    dialog.file_button.click()
    assert "fake.docx" in dialog.error_label.text()
    assert not save_button(dialog).isEnabled()
    assert dialog.tree.topLevelItemCount() == 0


def test_the_main_window_menu_opens_the_dialog(qtbot, context, dialogs, preferences):  # noqa: F811
    from desktop.gui.main_window import MainWindow

    window = MainWindow(context, dialogs, preferences)
    qtbot.addWidget(window)
    window.conventions_action.trigger()
    assert isinstance(dialogs.shown[-1], ConventionImportDialog)
    assert isinstance(dialogs, FakeDialogs)
