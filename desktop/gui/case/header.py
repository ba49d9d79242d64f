"""The top of the case window: number, status badge, and the banner of a closed case."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.domain.enums import CaseStatus
from desktop.core.domain.labels import label
from desktop.core.exchange.service import CaseExportState, case_state
from desktop.core.i18n import _
from desktop.gui.case.editing import CaseEditing
from desktop.gui.forms.ui_case_window import Ui_CaseWindow
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.form_helpers import date_text

# (background, text, border): calm colours that stay readable on old, washed-out screens
_BADGE_COLOURS = {
    CaseStatus.IN_PROGRESS: ("#e3effb", "#0b3f73", "#8fb8e3"),
    CaseStatus.SUCCESSFUL: ("#e3f3e5", "#1b5524", "#92c79a"),
    CaseStatus.UNSUCCESSFUL: ("#fcefdc", "#6e4205", "#e2b46e"),
    CaseStatus.NOT_ELIGIBLE: ("#ececec", "#3b3b3b", "#b5b5b5"),
}
_BANNER_STYLE = ("QFrame#closedBanner { background: #fff6d9; border: 1px solid #e5c96b;"
                 " border-radius: 4px; }")


def style_header(ui: Ui_CaseWindow) -> None:
    font = ui.numberLabel.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    ui.numberLabel.setFont(font)
    title_font = ui.titleLabel.font()
    title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
    ui.titleLabel.setFont(title_font)
    ui.closedBanner.setStyleSheet(_BANNER_STYLE)


def show_status(ui: Ui_CaseWindow, status: CaseStatus) -> None:
    background, text, border = _BADGE_COLOURS[status]
    ui.statusBadge.setText(label(status))
    ui.statusBadge.setStyleSheet(
        f"QLabel {{ background: {background}; color: {text}; border: 1px solid {border};"
        f" border-radius: 10px; padding: 3px 12px; font-weight: bold; }}")


def show_banner(ui: Ui_CaseWindow, editing: CaseEditing) -> None:
    detail = editing.detail
    closed = detail is not None and detail.status.is_closed
    ui.closedBanner.setVisible(closed)
    if not closed or detail is None:
        return
    if editing.is_amending:
        text = _("You are amending this closed case. Reason: {reason}\nEvery change you save "
                 "is recorded with this reason.").format(reason=editing.reason)
    else:
        text = _("This case was closed on {day} ({status}). To correct it, choose Amend… and "
                 "write why; to mediate it further, choose Reopen…").format(
            day=date_text(detail.closed_on), status=label(detail.status))
    ui.bannerLabel.setText(text)
    ui.amendButton.setVisible(not editing.is_amending)


class ExportStateLabel(QLabel):
    """A small label after the status badge: whether the case went to the ward (team books
    only), refreshed each time the case loads; the full sentence is its tooltip."""

    def __init__(self, context: BookContext, case_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.setObjectName("exportStateLabel")
        self.setAccessibleName(_("Sent to the ward"))
        self.setStyleSheet("QLabel { color: #4a4a4a; border: 1px solid #c8c8c8;"
                           " border-radius: 9px; padding: 2px 10px; }")
        self.hide()

    def refresh(self) -> None:
        case_id = self.case_id
        self.context.read(self, lambda session: case_state(session, case_id), self.show_state)

    def show_state(self, state: CaseExportState | None) -> None:
        self.setVisible(state is not None)
        if state is not None:
            self.setText(state.short_label)
            self.setToolTip(state.label)
