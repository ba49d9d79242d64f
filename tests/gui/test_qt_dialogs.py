"""Qt's own dialogs speak Vietnamese: the file dialog (with dd/MM/yyyy dates), the print dialog,
the message boxes' standard buttons, the input dialog and the calendar popup's month and weekday
names. Each is opened offscreen and every text it shows is read back."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTreeView,
    QWidget,
)

from desktop.gui.kit.file_dialogs import MODIFIED_COLUMN, file_dialog, folder_dialog
from desktop.gui.translation import GettextTranslator, apply_language

# Words of Qt's English texts; none of them is a Vietnamese word these dialogs could show.
ENGLISH = re.compile(
    r"\b(the|of|file|files|name|open|save|cancel|print|page|pages|copies|color|colour|options|"
    r"back|forward|yes|ok|close|directory|folder|look|type|show|details|printer|location|all|"
    r"apply|reset|help|view|enter|value|december|january|mon|tue|sun|sidebar|date|size|"
    r"modified|create|new|choose|discard|retry|ignore|abort|restore|defaults|properties|"
    r"collate|reverse|selection|range|preview|output)\b", re.IGNORECASE)
# Texts that are the user's or the program's, not Qt's: paths, filters, the message itself.
OURS = re.compile(r"^(/|[A-Z]:\\|.*\(\*\.pdf\)|Tài liệu|Câu hỏi|Nội dung)")


@pytest.fixture
def vietnamese_qt(qapp: QApplication) -> Iterator[None]:
    translator = GettextTranslator(qapp)
    qapp.installTranslator(translator)
    apply_language("vi")
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())


def shown_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        if isinstance(child, QComboBox):
            texts += [child.itemText(row) for row in range(child.count())]
        texts.append(child.toolTip())
    return [text.replace("&", "") for text in texts if text.strip()]


def english_in(widget: QWidget) -> list[str]:
    widget.show()
    QApplication.processEvents()
    found = [t for t in shown_texts(widget) if ENGLISH.search(t) and not OURS.match(t)]
    widget.hide()
    return found


def test_the_file_dialogs_speak_vietnamese(qtbot, vietnamese_qt, tmp_path: Path) -> None:
    for dialog in (file_dialog(None, "Lưu tài liệu", str(tmp_path / "van-ban.pdf"),
                               "Tài liệu PDF (*.pdf)", saving=True),
                   file_dialog(None, "Mở tệp", str(tmp_path), "Tài liệu PDF (*.pdf)",
                               saving=False),
                   folder_dialog(None, "Chọn thư mục", str(tmp_path))):
        qtbot.addWidget(dialog)
        assert english_in(dialog) == []
        assert any("Tên tệp" in text or "Thư mục" in text for text in shown_texts(dialog))


def test_the_file_dialog_writes_dates_day_first(qtbot, vietnamese_qt, tmp_path: Path) -> None:
    (tmp_path / "so-hoa-giai.sqlite").write_bytes(b"x")
    dialog = file_dialog(None, "Mở tệp", str(tmp_path), "", saving=False)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QTreeView, "treeView")
    assert view is not None
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 1)
    cell = model.index(0, MODIFIED_COLUMN, view.rootIndex())
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", model.data(cell))
    headers = [model.headerData(c, view.header().orientation()) for c in range(4)]
    assert headers == ["Tên", "Dung lượng", "Loại", "Ngày sửa"]


def test_the_print_dialog_speaks_vietnamese(qtbot, vietnamese_qt) -> None:
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    assert english_in(dialog) == []
    assert "In" in shown_texts(dialog)


@pytest.mark.parametrize("buttons", [
    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
    QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
    | QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Close,
    QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Ignore
    | QMessageBox.StandardButton.Abort | QMessageBox.StandardButton.Help
    | QMessageBox.StandardButton.Apply | QMessageBox.StandardButton.Reset
    | QMessageBox.StandardButton.RestoreDefaults | QMessageBox.StandardButton.Open,
])
def test_message_box_buttons_speak_vietnamese(qtbot, vietnamese_qt, buttons) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Câu hỏi", "Nội dung", buttons)
    box.setDetailedText("chi tiết")
    qtbot.addWidget(box)
    assert english_in(box) == []


def test_the_input_dialog_speaks_vietnamese(qtbot, vietnamese_qt) -> None:
    dialog = QInputDialog()
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    qtbot.addWidget(dialog)
    assert english_in(dialog) == []


def test_the_calendar_names_months_and_days_in_vietnamese(qtbot, vietnamese_qt) -> None:
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    calendar.setSelectedDate(QDate(2026, 12, 7))
    assert english_in(calendar) == []
    texts = shown_texts(calendar)
    assert any(text.lower() == "tháng 12" for text in texts)
    assert calendar.locale().dayName(1, QLocale.FormatType.ShortFormat) == "Thứ 2"


def test_no_dialog_is_left_blocking(qtbot) -> None:
    assert all(not isinstance(w, QDialog) or not w.isVisible()
               for w in QApplication.topLevelWidgets())
