"""Small bar charts painted with QPainter: a titled chart of labelled bars, each with its value
written beside it (never information by colour alone); a click on a bar, or Enter on the bar
chosen with the arrow keys, reports which one, for the drill-down.

Painted by hand rather than with a plotting library: the dashboard needs five plain bar charts,
and pyqtgraph brought numpy (about 45 MB of the installed bundle) for them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.core.i18n import count_text
from desktop.gui.kit.signals import emit

PALETTE = ("#2f6db5", "#3a9d5d", "#d9822b", "#8e5ea2", "#c44e52", "#6b8e9f")
STATUS_COLOURS = {"successful": "#3a9d5d", "unsuccessful": "#c44e52",
                  "in_progress": "#2f6db5", "not_eligible": "#8c8c8c"}
BAR_SHARE = 0.6  # of each bar's slot; the rest is the gap between bars
MARGIN = 8.0


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value as written beside the bar
    colour: QColor


def value_text(value: float, suffix: str) -> str:
    if suffix:
        return f"{value:.0f}{suffix}"
    if float(value).is_integer():
        return count_text(int(value))  # 76.158 beside a province's bar, not 76158
    return f"{value}"


class BarChart(QWidget):
    """Bars with a label each, horizontal (long labels read well on the left) or vertical."""

    bar_clicked = Signal(int)  # the index of the bar clicked

    def __init__(self, title: str, horizontal: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.horizontal = horizontal
        self.bars: list[Bar] = []
        self.current = -1  # the bar chosen with the keyboard
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def count(self) -> int:
        return len(self.bars)

    def show_bars(self, labels: Sequence[str], values: Sequence[float],
                  colours: Sequence[str] = (), value_suffix: str = "") -> None:
        self.bars = [Bar(label, float(value), value_text(value, value_suffix),
                         QColor(colours[index % len(colours)] if colours else PALETTE[0]))
                     for index, (label, value) in enumerate(zip(labels, values, strict=True))]
        self.current = min(self.current, len(self.bars) - 1)
        self.setAccessibleDescription("; ".join(f"{bar.label}: {bar.text}" for bar in self.bars))
        self.update()

    def minimumSizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(int(line * 12), int(line * 8))

    # --- geometry ---------------------------------------------------------------------------

    def _title_height(self) -> float:
        return QFontMetricsF(self._title_font()).height() + MARGIN

    def _title_font(self) -> QFont:
        font = self.font()
        font.setBold(True)
        return font

    def _plot_area(self) -> QRectF:
        """Where the bars go: below the title, right of the labels (horizontal) or above them."""
        metrics = QFontMetricsF(self.font())
        top = self._title_height()
        if self.horizontal:
            widest = max((metrics.horizontalAdvance(bar.label) for bar in self.bars), default=0)
            left = min(widest + 2 * MARGIN, self.width() * 0.45)
            value_room = max((metrics.horizontalAdvance(bar.text) for bar in self.bars),
                             default=0) + 2 * MARGIN
            return QRectF(left, top, max(self.width() - left - value_room, 1),
                          max(self.height() - top - MARGIN, 1))
        bottom_room = metrics.height() + MARGIN
        value_room = metrics.height() + MARGIN / 2
        return QRectF(MARGIN, top + value_room, max(self.width() - 2 * MARGIN, 1),
                      max(self.height() - top - value_room - bottom_room, 1))

    def _bar_rects(self) -> list[QRectF]:
        area = self._plot_area()
        if not self.bars:
            return []
        top_value = max(max(bar.value for bar in self.bars), 1.0)
        slot = (area.height() if self.horizontal else area.width()) / len(self.bars)
        thickness = slot * BAR_SHARE
        rects = []
        for index, bar in enumerate(self.bars):
            start = index * slot + (slot - thickness) / 2
            if self.horizontal:
                length = area.width() * bar.value / top_value
                rects.append(QRectF(area.left(), area.top() + start, length, thickness))
            else:
                length = area.height() * bar.value / top_value
                rects.append(QRectF(area.left() + start, area.bottom() - length,
                                    thickness, length))
        return rects

    def bar_at(self, point: QPointF) -> int | None:
        """The bar under a point of the widget (its whole slot, bar and label, counts)."""
        area = self._plot_area()
        if not self.bars:
            return None
        if self.horizontal:
            position, start, extent = point.y(), area.top(), area.height()
        else:
            position, start, extent = point.x(), area.left(), area.width()
        index = int((position - start) // (extent / len(self.bars)))
        return index if 0 <= index < len(self.bars) else None

    # --- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text_colour = palette.color(QPalette.ColorRole.Text)
        painter.setPen(text_colour)
        painter.setFont(self._title_font())
        painter.drawText(QRectF(MARGIN, MARGIN / 2, self.width() - 2 * MARGIN,
                                self._title_height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.title)
        painter.setFont(self.font())
        metrics = QFontMetricsF(self.font())
        area = self._plot_area()
        for index, (bar, rect) in enumerate(zip(self.bars, self._bar_rects(), strict=True)):
            painter.fillRect(rect, bar.colour)
            if index == self.current and self.hasFocus():
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2,
                                    Qt.PenStyle.DashLine))
                painter.drawRect(rect.adjusted(-2, -2, 2, 2))
            painter.setPen(text_colour)
            self._paint_texts(painter, metrics, area, bar, rect)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        if self.horizontal:
            painter.drawLine(area.topLeft(), area.bottomLeft())
        else:
            painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.end()

    def _paint_texts(self, painter: QPainter, metrics: QFontMetricsF, area: QRectF, bar: Bar,
                     rect: QRectF) -> None:
        line = metrics.height()
        if self.horizontal:
            label_box = QRectF(0, rect.center().y() - line / 2, area.left() - MARGIN, line)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_box.width())
            painter.drawText(label_box, Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, label)
            painter.drawText(QRectF(rect.right() + MARGIN / 2, label_box.top(),
                                    self.width() - rect.right(), line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bar.text)
            return
        slot = area.width() / len(self.bars)
        label_box = QRectF(rect.center().x() - slot / 2, area.bottom() + MARGIN / 2, slot, line)
        label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, slot)
        painter.drawText(label_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                         label)
        painter.drawText(QRectF(label_box.left(), rect.top() - line, slot, line),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, bar.text)

    # --- mouse and keyboard -----------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and index is not None:
            self.current = index
            emit(self.bar_clicked, index)
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position())
        if index is None:
            QToolTip.hideText()
        else:
            bar = self.bars[index]
            QToolTip.showText(event.globalPosition().toPoint(), f"{bar.label}: {bar.text}", self)
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        forward = (Qt.Key.Key_Down, Qt.Key.Key_Right)
        backward = (Qt.Key.Key_Up, Qt.Key.Key_Left)
        if self.bars and event.key() in forward + backward:
            step = 1 if event.key() in forward else -1
            self.current = max(0, min(len(self.bars) - 1, self.current + step))
            self.update()
        elif self.current >= 0 and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                                   Qt.Key.Key_Space):
            emit(self.bar_clicked, self.current)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.current < 0 and self.bars:
            self.current = 0
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
