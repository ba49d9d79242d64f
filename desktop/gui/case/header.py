"""The top of the case window: number, status badge, and the banner of a closed case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from desktop.core.domain.enums import CaseStatus
from desktop.core.domain.labels import label
from desktop.core.exchange import book
from desktop.core.exchange.service import CaseExportState, case_state
from desktop.core.i18n import _
from desktop.gui.case.editing import CaseEditing
from desktop.gui.forms.ui_case_window import Ui_CaseWindow
from desktop.gui.kit.form_helpers import date_text

if TYPE_CHECKING:
    from desktop.gui.case.case_window import CaseWindow

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


def add_export_state(window: CaseWindow) -> QLabel | None:
    """A small label after the status badge: whether the case went to the ward (team books
    only), refreshed each time the case loads; the full sentence is its tooltip."""
    context, ui = window.context, window.ui
    if context.read_now(book.kind) == book.WARD:
        return None
    state_label = QLabel(ui.central)
    state_label.setObjectName("exportStateLabel")
    state_label.setAccessibleName(_("Sent to the ward"))
    state_label.setStyleSheet("QLabel { color: #4a4a4a; border: 1px solid #c8c8c8;"
                              " border-radius: 9px; padding: 2px 10px; }")
    state_label.hide()
    ui.headerLayout.insertWidget(ui.headerLayout.indexOf(ui.statusBadge) + 1, state_label)

    def show(state: CaseExportState | None) -> None:
        state_label.setVisible(state is not None)
        if state is not None:
            state_label.setText(state.short_label)
            state_label.setToolTip(state.label)

    def refresh() -> None:
        case_id = window.case_id
        context.read(state_label, lambda session: case_state(session, case_id), show)
    window.case_loaded.connect(refresh)
    return state_label
