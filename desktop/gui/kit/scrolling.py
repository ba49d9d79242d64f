"""A page whose content may be taller or wider than a small screen at a large text size: its
content moves into a scroll area, so the window can still fit the screen (issue 14: nothing
clipped at 150 % on 1366x768). The page and its widgets stay the same objects."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def make_scrollable(page: QWidget) -> QScrollArea | None:
    """Move ``page``'s layout (and with it its widgets) into a scroll area filling the page."""
    layout = page.layout()
    if layout is None:
        return None
    contents = QWidget()
    contents.setObjectName(f"{page.objectName() or 'page'}Contents")
    contents.setLayout(layout)  # Qt takes the layout from the page, with its widgets
    area = QScrollArea(page)
    area.setObjectName(f"{page.objectName() or 'page'}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(contents)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return area
