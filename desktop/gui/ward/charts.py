"""Small bar charts drawn with pyqtgraph (light, pure Python, works with PySide6 6.12): a
titled chart of labelled bars; a click on a bar reports which one, for the drill-down."""

from __future__ import annotations

import os
from collections.abc import Sequence

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # before pyqtgraph picks a binding

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from desktop.gui.kit.signals import emit

PALETTE = ("#2f6db5", "#3a9d5d", "#d9822b", "#8e5ea2", "#c44e52", "#6b8e9f")
STATUS_COLOURS = {"successful": "#3a9d5d", "unsuccessful": "#c44e52",
                  "in_progress": "#2f6db5", "not_eligible": "#8c8c8c"}


class BarChart(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph is untyped
    """Bars with a label each, horizontal (long labels read well on the left) or vertical."""

    bar_clicked = Signal(int)  # the index of the bar clicked

    def __init__(self, title: str, horizontal: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent=parent, background="w")
        self.horizontal = horizontal
        self.count = 0
        self.setTitle(title, color="#222", size="11pt")
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setPen(pg.mkPen("#555"))
            axis.setTextPen(pg.mkPen("#222"))
            axis.setStyle(tickFont=QFont(self.font().family(), 9))
        self.scene().sigMouseClicked.connect(self._on_click)
        self.setAccessibleName(title)

    def show_bars(self, labels: Sequence[str], values: Sequence[float],
                  colours: Sequence[str] = (), value_suffix: str = "") -> None:
        self.clear()
        self.count = len(values)
        positions = list(range(len(values)))
        brushes = [QColor(colours[i % len(colours)] if colours else PALETTE[0])
                   for i in positions]
        if self.horizontal:
            bars = pg.BarGraphItem(x0=0, y=positions, height=0.6, width=list(values),
                                   brushes=brushes, pen=pg.mkPen(None))
            self.getAxis("left").setTicks([list(zip(positions, labels, strict=True))])
            self.getPlotItem().invertY(True)
        else:
            bars = pg.BarGraphItem(x=positions, height=list(values), width=0.6,
                                   brushes=brushes, pen=pg.mkPen(None))
            self.getAxis("bottom").setTicks([list(zip(positions, labels, strict=True))])
        self.addItem(bars)
        self._value_labels(values, value_suffix)
        top = max([*values, 1]) * 1.25
        if self.horizontal:
            self.setXRange(0, top, padding=0)
            self.setYRange(-0.6, max(len(values), 1) - 0.4, padding=0)
        else:
            self.setYRange(0, top, padding=0)
            self.setXRange(-0.6, max(len(values), 1) - 0.4, padding=0)

    def _value_labels(self, values: Sequence[float], suffix: str) -> None:
        for index, value in enumerate(values):
            text = f"{value:.0f}{suffix}" if suffix or float(value).is_integer() else f"{value}"
            anchor = (0, 0.5) if self.horizontal else (0.5, 1)
            label = pg.TextItem(text, color="#222", anchor=anchor)
            label.setPos(*((value, index) if self.horizontal else (index, value)))
            self.addItem(label)

    def _on_click(self, event: object) -> None:
        point = self.getPlotItem().vb.mapSceneToView(event.scenePos())  # type: ignore[attr-defined]
        index = self.bar_at(point)
        if index is not None:
            emit(self.bar_clicked, index)

    def bar_at(self, point: QPointF) -> int | None:
        position = point.y() if self.horizontal else point.x()
        index = round(position)
        return index if 0 <= index < self.count and abs(position - index) <= 0.3 else None
