"""A tree of a parsed convention: chapters, articles, clauses, points, and flagged fragments
(in red, with the reason) so the user sees what the parser did before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QTreeWidgetItemIterator, QWidget

from desktop.core.conventions.structure import Article, Fragment, ParsedConvention, Point
from desktop.core.i18n import _

FLAGGED_COLOUR = QColor("#b00020")
ARTICLE_ROLE = Qt.ItemDataRole.UserRole  # an article's item holds its number


class StructureTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([_("Part"), _("Text")])
        self.setAccessibleName(_("Parsed structure of the convention"))
        self.setColumnWidth(0, 260)

    def show_parsed(self, parsed: ParsedConvention) -> None:
        self.clear()
        if parsed.preamble:
            QTreeWidgetItem(self, [_("Preamble"), first_line(parsed.preamble)])
        for fragment in parsed.preamble_flagged:
            flagged_item(self, fragment)
        for chapter in parsed.chapters:
            parent = self._chapter_item(chapter.number, chapter.label, chapter.title)
            for article in chapter.articles:
                article_item(parent, article)
        if parsed.closing:
            QTreeWidgetItem(self, [_("Signatures"), first_line(parsed.closing)])
        self.expandToDepth(0)

    def selected_article(self) -> int | None:
        """The number of the article selected, or of the article holding the selected part."""
        item = self.currentItem()
        while item is not None:
            number = item.data(0, ARTICLE_ROLE)
            if isinstance(number, int):
                return number
            item = item.parent()
        return None

    def select_article(self, number: int) -> None:
        iterator = QTreeWidgetItemIterator(self)
        while iterator.value():
            item = iterator.value()
            if item.data(0, ARTICLE_ROLE) == number:
                self.setCurrentItem(item)
                self.scrollToItem(item)
                return
            iterator += 1

    def _chapter_item(self, number: int, label: str, title: str) -> QTreeWidget | QTreeWidgetItem:
        if number == 0:
            return self
        return QTreeWidgetItem(self, [_("Chapter {label}").format(label=label), title])


def first_line(text: str) -> str:
    return text.splitlines()[0] if text else ""


def article_item(parent: QTreeWidget | QTreeWidgetItem, article: Article) -> QTreeWidgetItem:
    item = QTreeWidgetItem(parent, [_("Article {number}").format(number=article.number),
                                    article.title])
    item.setData(0, ARTICLE_ROLE, article.number)
    if article.intro:
        QTreeWidgetItem(item, [_("Text"), article.intro])
    point_items(item, article.points)
    for clause in article.clauses:
        clause_item = QTreeWidgetItem(item, [_("Clause {number}").format(number=clause.number),
                                             clause.text])
        point_items(clause_item, clause.points)
    for fragment in article.flagged:
        flagged_item(item, fragment)
    return item


def point_items(parent: QTreeWidgetItem, points: tuple[Point, ...]) -> None:
    for point in points:
        QTreeWidgetItem(parent, [_("Point {letter})").format(letter=point.letter), point.text])


def flagged_item(parent: QTreeWidget | QTreeWidgetItem, fragment: Fragment) -> QTreeWidgetItem:
    item = QTreeWidgetItem(parent, [_("Not placed"), fragment.text])
    item.setToolTip(0, fragment.message)
    item.setToolTip(1, fragment.message)
    for column in (0, 1):
        item.setForeground(column, QBrush(FLAGGED_COLOUR))
    return item
