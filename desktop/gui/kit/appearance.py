"""How the program looks to a person who sees less well: the text size (100 to 200 %), with
icons, tick boxes and table rows growing with it, and a high-contrast theme.

Qt scales widgets that follow the application font; pixel sizes of the style (icons, the tick
box, a table's row height) do not follow it, so a proxy style scales those too. The theme is a
palette (black on white, a dark blue selection) and a thick focus frame; nothing is said by
colour alone, so the theme changes no meaning.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from desktop.core.i18n import _
from desktop.gui.kit.signals import emit
from desktop.gui.preferences import TEXT_SIZES, Preferences, apply_text_size

_SCALED = {
    QStyle.PixelMetric.PM_SmallIconSize, QStyle.PixelMetric.PM_ToolBarIconSize,
    QStyle.PixelMetric.PM_ButtonIconSize, QStyle.PixelMetric.PM_ListViewIconSize,
    QStyle.PixelMetric.PM_TabBarIconSize, QStyle.PixelMetric.PM_IconViewIconSize,
    QStyle.PixelMetric.PM_MessageBoxIconSize, QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight, QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
    QStyle.PixelMetric.PM_HeaderDefaultSectionSizeVertical,
    QStyle.PixelMetric.PM_ScrollBarExtent,
}
_FOCUS_FRAME = ("QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus,"
                " QAbstractSpinBox:focus, QListView:focus, QTableView:focus, QTreeView:focus"
                " { border: 3px solid #000000; }"
                " QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus"
                " { outline: 3px solid #000000; }")
_STYLE_NAME = "hoagiai_style_name"


class ScaledStyle(QProxyStyle):
    """The platform's style with its icon, tick-box and row sizes times ``factor``."""

    def __init__(self, base: str, factor: float) -> None:
        super().__init__(QStyleFactory.create(base))
        self.factor = factor

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        size = super().pixelMetric(metric, option, widget)
        return round(size * self.factor) if metric in _SCALED else size


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    black, white = QColor("#000000"), QColor("#ffffff")
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                 QPalette.ColorRole.Button, QPalette.ColorRole.AlternateBase,
                 QPalette.ColorRole.ToolTipBase):
        palette.setColor(role, white)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText, QPalette.ColorRole.ToolTipText,
                 QPalette.ColorRole.PlaceholderText):
        palette.setColor(role, black)
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#00307a"))
    palette.setColor(QPalette.ColorRole.HighlightedText, white)
    palette.setColor(QPalette.ColorRole.Link, QColor("#0000b0"))
    palette.setColor(QPalette.ColorRole.Mid, black)
    palette.setColor(QPalette.ColorRole.Dark, black)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#505050"))
    return palette


def apply_appearance(app: QApplication, text_size: int, high_contrast: bool) -> None:
    """The text size and theme for every window made from now on (and the open ones)."""
    base = app.property(_STYLE_NAME)
    if not isinstance(base, str):
        base = app.style().name()
        app.setProperty(_STYLE_NAME, base)
    apply_text_size(app, text_size)
    style_name = "Fusion" if high_contrast else base  # Fusion follows a palette fully
    app.setStyle(ScaledStyle(style_name, text_size / 100))
    app.setPalette(high_contrast_palette() if high_contrast else app.style().standardPalette())
    app.setStyleSheet(_FOCUS_FRAME if high_contrast else "")


class AppearanceMenu(QMenu):
    """View › Text size (100 % … 200 %) and View › High contrast; the choice is remembered
    and announced, and the program rebuilds its windows with it."""

    appearance_changed = Signal()

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(_("&Text size"), parent)
        self.setObjectName("textSizeMenu")
        self.preferences = preferences
        self.sizes = QActionGroup(self)
        for size in TEXT_SIZES:
            action = QAction(f"{size} %", self.sizes, checkable=True)
            action.setData(size)
            action.setChecked(size == preferences.text_size)
            self.addAction(action)
        self.sizes.triggered.connect(self.on_size_triggered)
        self.contrast_action = QAction(_("&High contrast"), self, checkable=True)
        self.contrast_action.setChecked(preferences.high_contrast)
        self.contrast_action.toggled.connect(self.on_contrast_toggled)

    def on_size_triggered(self, action: QAction) -> None:
        size = int(action.data())
        if size != self.preferences.text_size:
            self.preferences.text_size = size
            emit(self.appearance_changed)

    def on_contrast_toggled(self, high: bool) -> None:
        self.preferences.high_contrast = high
        emit(self.appearance_changed)


def add_appearance_menu(view_menu: QMenu, preferences: Preferences,
                        on_changed: Callable[[], None] | None = None) -> AppearanceMenu:
    menu = AppearanceMenu(preferences, view_menu)
    view_menu.addMenu(menu)
    view_menu.addAction(menu.contrast_action)
    if on_changed is not None:
        menu.appearance_changed.connect(on_changed)
    return menu
