"""The closing dialog asks which party or parties asked to stop (Law 35/2013 Art. 23(2)):
nobody ticked comes back with the translated message and everything typed; ticked, it is
saved and shown on the Outcome tab."""

from __future__ import annotations

from datetime import date

from desktop.core.domain.enums import CaseStatus, OutcomeKind
from desktop.core.i18n import _
from desktop.core.services.cases import stop_requests
from desktop.gui.case.close_dialog import CloseDialog
from tests.gui.test_case_window import (  # the case window's own builders
    add_party,
    assign_leader,
    case_id,  # noqa: F401  (fixture)
    detail,
    saved,
    window,  # noqa: F401  (fixture)
)


def test_the_tick_boxes_show_only_for_a_partys_stop(qtbot) -> None:
    dialog = CloseDialog(date(2026, 1, 5), parties=[("Nguyễn Văn An", object()),  # type: ignore[list-item]
                                                    ("Trần Thị Bình", object())])  # type: ignore[list-item]
    qtbot.addWidget(dialog)
    assert [c.text() for c in dialog.stop_checks.values()] == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert not dialog.ui.stopByBox.isVisibleTo(dialog)
    dialog.ui.stoppedRadio.setChecked(True)
    assert dialog.ui.stopByBox.isVisibleTo(dialog) and dialog.ui.stopByLabel.isVisibleTo(dialog)
    dialog.ui.endedRadio.setChecked(True)
    next(iter(dialog.stop_checks.values())).setChecked(True)
    assert dialog.closing().stop_requested_by == ()  # the mediator ended it: nobody asked


def test_nobody_ticked_is_refused_then_saved_when_ticked(qtbot, window, seam, book,  # noqa: F811
                                                         actor, team_id, case_id):  # noqa: F811
    an = add_party(book, actor, team_id, case_id, "Nguyễn Văn An")
    binh = add_party(book, actor, team_id, case_id, "Trần Văn Bình")
    assign_leader(book, actor, team_id, case_id)
    with saved(qtbot, window):
        window.reload()
    seen: dict[str, object] = {}

    def stopped_without_tick(dialog) -> bool:
        dialog.ui.stoppedRadio.setChecked(True)
        dialog.ui.guidanceEdit.setPlainText("Hướng dẫn đến UBND phường")
        return True

    def tick_both(dialog) -> bool:
        seen["error"] = dialog.ui.errorLabel.text()
        seen["guidance"] = dialog.ui.guidanceEdit.toPlainText()
        for check in dialog.stop_checks.values():
            check.setChecked(True)
        return True

    seam.expect(stopped_without_tick)
    seam.expect(tick_both)
    with saved(qtbot, window):
        window.outcome.ui.closeCaseButton.click()
    assert seen["error"] == _(stop_requests.NONE_TICKED)
    assert "khoản 2 Điều 23" in str(seen["error"])  # in Vietnamese
    assert seen["guidance"] == "Hướng dẫn đến UBND phường"  # kept while the message showed
    closed = detail(book, case_id)
    assert closed.status is CaseStatus.UNSUCCESSFUL
    assert closed.outcome.stop_requested_by == ("Nguyễn Văn An", "Trần Văn Bình")
    assert {an, binh}  # both were parties of the case
    assert "Nguyễn Văn An, Trần Văn Bình" in window.outcome.ui.kindValue.text()

    def amend_keeps_the_ticks(dialog) -> bool:
        seen["ticked"] = [c.isChecked() for c in dialog.stop_checks.values()]
        seen["kind"] = dialog.kind()
        return False

    seam.expect(amend_keeps_the_ticks)
    window.outcome.close_case()
    qtbot.waitUntil(lambda: "ticked" in seen)
    assert seen["ticked"] == [True, True] and seen["kind"] is OutcomeKind.PARTY_ASKED_TO_STOP
