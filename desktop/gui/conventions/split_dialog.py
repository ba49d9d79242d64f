"""Choosing where a new article starts inside an article the parser read as one: a line of
its text (as in the file), with the new article's number and title read from that line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from desktop.core.conventions.editing import guess_heading
from desktop.core.conventions.parser import Line
from desktop.core.i18n import _
from desktop.gui.forms.ui_convention_split import Ui_ConventionSplitDialog

_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1


class SplitDialog(QDialog):
    def __init__(self, number: int, lines: list[Line], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConventionSplitDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(_("Split Article {number}").format(number=number))
        self._number = number
        self.ui.introLabel.setText(_("Choose the line where the new article starts (its "
                                     "heading). The lines before it stay in Article "
                                     "{number}.").format(number=number))
        for line in lines:
            item = QListWidgetItem(_("Line {line}: {text}").format(line=line.number,
                                                                  text=line.text))
            item.setData(Qt.ItemDataRole.UserRole, line.number)
            item.setData(_TEXT_ROLE, line.text)
            self.ui.lineList.addItem(item)
        self.ui.lineList.currentRowChanged.connect(self._guess)
        if lines:
            self.ui.lineList.setCurrentRow(0)

    def _guess(self, row: int) -> None:
        item = self.ui.lineList.item(row)
        if item is None:
            return
        text = str(item.data(_TEXT_ROLE))
        guessed = guess_heading(text)
        self.ui.numberSpin.setValue(guessed[0] if guessed else self._number + 1)
        self.ui.titleEdit.setText(guessed[1] if guessed else text)

    def choose_line(self, line: int) -> None:
        for row in range(self.ui.lineList.count()):
            if self.ui.lineList.item(row).data(Qt.ItemDataRole.UserRole) == line:
                self.ui.lineList.setCurrentRow(row)

    def chosen(self) -> tuple[int, int, str] | None:
        """The source line, the new article's number and title."""
        item = self.ui.lineList.currentItem()
        if item is None:
            return None
        line = int(item.data(Qt.ItemDataRole.UserRole))
        return line, self.ui.numberSpin.value(), self.ui.titleEdit.text().strip()
