"""The hearing dialog's "Hòa giải ngay tại chỗ" tick (Law 35/2013 Art. 20): offered for a hearing
held, carried into what is saved and read back when the hearing is changed."""

from __future__ import annotations

from datetime import datetime

from desktop.core.i18n import _
from desktop.core.services.cases import detail as case_detail
from desktop.core.services.cases.detail import HearingView
from desktop.gui.case.hearing_dialog import HearingDialog
from tests.gui.fakes import open_case

NOW = datetime(2026, 3, 10, 9, 0)


def _dialog(qtbot, book, actor, team_id) -> HearingDialog:
    case_id = open_case(book, actor, team_id)
    with book.database.reading() as s:
        detail = case_detail.get_case(s, case_id)
    dialog = HearingDialog(detail, now=NOW)
    qtbot.addWidget(dialog)
    return dialog


def test_on_the_spot_is_offered_for_a_hearing_held(qtbot, book, actor, team_id) -> None:
    dialog = _dialog(qtbot, book, actor, team_id)
    check = dialog.ui.onTheSpotCheck
    # the form's text, in Vietnamese (Alt+N free)
    assert _(check.text()) == "Hòa giải &ngay tại chỗ"
    assert dialog.ui.plannedRadio.isChecked() and not check.isEnabled()
    dialog.ui.heldRadio.setChecked(True)
    assert check.isEnabled()
    check.setChecked(True)
    assert dialog.hearing_input().on_the_spot
    check.setChecked(False)
    assert not dialog.hearing_input().on_the_spot


def test_a_hearing_on_the_spot_reads_back(qtbot, book, actor, team_id) -> None:
    dialog = _dialog(qtbot, book, actor, team_id)
    dialog.load(HearingView(id=None, held_at=datetime(2026, 3, 2, 9, 0),  # type: ignore[arg-type]
                            place="Ngõ 42", is_public=False, course="", result="",
                            participant_ids=frozenset(), mediator_ids=frozenset(),
                            on_the_spot=True))
    assert dialog.ui.onTheSpotCheck.isChecked() and dialog.ui.onTheSpotCheck.isEnabled()
    assert dialog.hearing_input().on_the_spot
