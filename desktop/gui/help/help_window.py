"""The illustrated guide: a list of short pages in plain Vietnamese, the screenshots rendered
from the program itself (installer/screenshots.py), and who to call for help at the top."""

from __future__ import annotations

from PySide6.QtCore import QSize, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import _
from desktop.gui.help.topics import TOPICS, page_path
from desktop.gui.kit.window_fit import fit_to_screen


def contact_text(contact: str) -> str:
    if contact.strip():
        return _("Need help with the program? Call: {contact}").format(contact=contact.strip())
    return _("Need help with the program? Ask the justice officer of the commune or ward.")


class HelpWindow(QDialog):
    """Not modal: the person reads and works at the same time."""

    def __init__(self, contact: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(_("Guide"))
        self.contact_label = QLabel(contact_text(contact), self)
        self.contact_label.setObjectName("contactLabel")
        self.contact_label.setWordWrap(True)
        self.topics = QListWidget(self)
        self.topics.setObjectName("topicsList")
        self.topics.setAccessibleName(_("Topics of the guide"))
        for topic, title in TOPICS:
            item = QListWidgetItem(_(title), self.topics)
            item.setData(256, topic)  # Qt.ItemDataRole.UserRole
        self.page = QTextBrowser(self)
        self.page.setObjectName("pageBrowser")
        self.page.setAccessibleName(_("Page of the guide"))
        self.page.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        self._lay_out(buttons)
        self.topics.currentItemChanged.connect(self.on_topic_chosen)
        self.page.sourceChanged.connect(self.on_page_shown)
        self._fit()

    def _fit(self) -> None:
        """The topics never cut off, the page wide enough to read, at any text size."""
        self.topics.setMinimumWidth(self.topics.sizeHintForColumn(0) + 32)
        lines = self.fontMetrics().height()
        fit_to_screen(self, QSize(self.topics.minimumWidth() + 45 * lines, 36 * lines))

    def _lay_out(self, buttons: QDialogButtonBox) -> None:
        middle = QHBoxLayout()
        middle.addWidget(self.topics, 1)
        middle.addWidget(self.page, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.contact_label)
        layout.addLayout(middle, 1)
        layout.addWidget(buttons)

    def show_topic(self, topic: str) -> None:
        self.page.setSource(QUrl.fromLocalFile(str(page_path(topic))))

    def on_topic_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None and self.current_topic() != item.data(256):
            self.show_topic(str(item.data(256)))

    def on_page_shown(self, url: QUrl) -> None:
        """A link followed inside the guide: the list shows where the person is."""
        stem = url.fileName().removesuffix(".html")
        for row in range(self.topics.count()):
            if self.topics.item(row).data(256) == stem:
                self.topics.blockSignals(True)
                self.topics.setCurrentRow(row)
                self.topics.blockSignals(False)

    def current_topic(self) -> str:
        return self.page.source().fileName().removesuffix(".html")
