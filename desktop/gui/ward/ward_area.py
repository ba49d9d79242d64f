"""The "Tổng hợp" (summary) area a ward office book shows beside the case list: the
dashboard and the statistics report."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QTabWidget, QWidget

from desktop.core.i18n import _
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.ward.dashboard import DashboardView
from desktop.gui.ward.report_view import ReportView


class WardArea(QTabWidget):
    def __init__(self, context: BookContext, dialogs: Dialogs, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wardArea")
        self.dashboard = DashboardView(context, dialogs, today, self)
        self.report = ReportView(context, dialogs, today, self)
        self.addTab(self.dashboard, _("&Dashboard"))
        self.addTab(self.report, _("Statistics &report"))
        self.setAccessibleName(_("Summary"))

