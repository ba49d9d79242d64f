"""The read-only account of how a case ended, on the Outcome & agreement tab."""

from __future__ import annotations

from desktop.core.domain.labels import label
from desktop.core.i18n import _
from desktop.core.services.cases.detail import CaseDetail
from desktop.gui.forms.ui_case_outcome import Ui_CaseOutcomeTab
from desktop.gui.kit.form_helpers import date_text


def show_outcome(ui: Ui_CaseOutcomeTab, detail: CaseDetail) -> None:
    outcome = detail.outcome
    kind = label(outcome.kind) if outcome else label(detail.status)
    if outcome and outcome.stop_requested_by:  # Art. 23(2): who asked to stop, by name
        kind = _("{outcome} (asked by {names})").format(
            outcome=kind, names=", ".join(outcome.stop_requested_by))
    ui.kindValue.setText(kind)
    rows = [
        (ui.decidedLabel, ui.decidedValue, date_text(outcome.decided_on) if outcome else ""),
        (ui.referredLabel, ui.referredValue, outcome.referred_to if outcome else ""),
        (ui.guidanceLabel, ui.guidanceValue, outcome.guidance if outcome else ""),
        (ui.outcomeNoteLabel, ui.outcomeNoteValue, outcome.note if outcome else ""),
    ]
    for caption, value, text in rows:
        value.setText(text)
        caption.setVisible(bool(text))
        value.setVisible(bool(text))
