"""Choosing where a new article starts inside an article the parser read as one: a line of
its text (as in the file), with the new article's number and title read from that line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.conventions.editing import guess_heading
from desktop.core.conventions.parser import Line
from desktop.core.i18n import _

_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1


class SplitDialog(QDialog):
    def __init__(self, number: int, lines: list[Line], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Split Article {number}").format(number=number))
        self.resize(640, 420)
        self._number = number
        layout = QVBoxLayout(self)
        intro = QLabel(_("Choose the line where the new article starts (its heading). The lines "
                         "before it stay in Article {number}.").format(number=number))
        intro.setWordWrap(True)
        self.lineList = QListWidget(self)
        self.lineList.setAccessibleName(_("Lines of the article"))
        for line in lines:
            item = QListWidgetItem(_("Line {line}: {text}").format(line=line.number,
                                                                  text=line.text))
            item.setData(Qt.ItemDataRole.UserRole, line.number)
            item.setData(_TEXT_ROLE, line.text)
            self.lineList.addItem(item)
        self.numberSpin = QSpinBox(self)
        self.numberSpin.setRange(1, 999)
        self.titleEdit = QLineEdit(self)
        form = QFormLayout()
        for text, widget in ((_("New article &number:"), self.numberSpin),
                             (_("New article &title:"), self.titleEdit)):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(intro)
        layout.addWidget(self.lineList)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.lineList.currentRowChanged.connect(self._guess)
        if lines:
            self.lineList.setCurrentRow(0)

    def _guess(self, row: int) -> None:
        item = self.lineList.item(row)
        if item is None:
            return
        text = str(item.data(_TEXT_ROLE))
        guessed = guess_heading(text)
        self.numberSpin.setValue(guessed[0] if guessed else self._number + 1)
        self.titleEdit.setText(guessed[1] if guessed else text)

    def choose_line(self, line: int) -> None:
        for row in range(self.lineList.count()):
            if self.lineList.item(row).data(Qt.ItemDataRole.UserRole) == line:
                self.lineList.setCurrentRow(row)

    def chosen(self) -> tuple[int, int, str] | None:
        """The source line, the new article's number and title."""
        item = self.lineList.currentItem()
        if item is None:
            return None
        line = int(item.data(Qt.ItemDataRole.UserRole))
        return line, self.numberSpin.value(), self.titleEdit.text().strip()
