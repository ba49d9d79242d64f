"""Who asked for mediation, through the widgets: ticked in the New-case dialog, saved, shown in
the Participants tab in words, changed in the participant dialog, printed (issue 14)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.core.documents.casefile import render_casefile
from desktop.core.domain.enums import Grounds, ParticipantRole
from desktop.core.domain.labels import label
from desktop.core.services.cases import detail as case_detail
from desktop.core.services.documents import data as document_data
from desktop.gui.case.case_window import CaseWindow, open_case_window
from desktop.gui.cases import NewCaseDialog
from desktop.gui.kit.signals import emit
from desktop.gui.translation import GettextTranslator
from tests.gui.conftest import wait_idle


@pytest.fixture(autouse=True)
def forms_in_vietnamese(qapp) -> Iterator[None]:
    """The forms' own texts translated, as the program's start does."""
    translator = GettextTranslator(qapp)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _saved_case(qtbot, dialog: NewCaseDialog):
    with qtbot.waitSignal(dialog.case_saved, timeout=10_000) as saved:
        emit(dialog.ui.buttonBox.accepted)
    return saved.args[0]


def _fill(dialog: NewCaseDialog) -> None:
    ui = dialog.ui
    ui.titleEdit.setText("Tranh chấp ranh giới đất giữa hai nhà")
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData("land_boundary"))
    ui.party1NameEdit.setText("Nguyễn Văn An")
    ui.party2NameEdit.setText("Đặng Thị Bình")
    ui.party2SexCombo.setCurrentIndex(ui.party2SexCombo.findData("female"))


def _window(qtbot, context, case_id, seam) -> CaseWindow:
    window = open_case_window(context, case_id, seam)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.data is not None)
    return window


def _pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "ho-so.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True)
    return " ".join(done.stdout.decode("utf-8").split())


def test_ticked_in_the_new_case_dialog_saved_shown_and_printed(qtbot, context, book, seam,
                                                               tmp_path):
    dialog = NewCaseDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog)
    ui = dialog.ui
    assert ui.party1RequestedCheck.focusPolicy() & Qt.FocusPolicy.TabFocus  # by keyboard too
    assert ui.party1RequestedCheck.accessibleName() == "Bên thứ nhất là người yêu cầu hòa giải"
    assert ui.party2RequestedCheck.text() == "Người yêu cầu hòa giải"
    # a party's request is the first grounds: with nobody ticked the dialog says so, in words
    assert ui.requesterWarningLabel.isVisible()
    assert ui.requesterWarningLabel.text().startswith("⚠ ")
    qtbot.keyClick(ui.party2RequestedCheck, Qt.Key.Key_Space)  # ticked from the keyboard
    assert ui.party2RequestedCheck.isChecked()
    assert not ui.requesterWarningLabel.isVisible()
    case_id = _saved_case(qtbot, dialog)

    with book.database.reading() as session:
        detail = case_detail.get_case(session, case_id)
        pdf = render_casefile(document_data.casefile_document(session, case_id))
    assert [p.person.full_name for p in detail.requesters] == ["Đặng Thị Bình"]
    window = _window(qtbot, context, case_id, seam)
    tab = window.participants
    roles = [tab.model.index(row, 1).data() for row in range(tab.model.rowCount())]
    party = label(ParticipantRole.PARTY)
    assert roles == [party, f"{party} (yêu cầu hòa giải)"]
    assert not tab.ui.requesterWarningLabel.isVisibleTo(tab)
    text = _pdf_text(pdf, tmp_path)
    assert "Người yêu cầu hòa giải: Bà Đặng Thị Bình" in text


def test_changed_in_the_participant_dialog_and_warned_when_nobody_is_marked(
        qtbot, context, book, seam):
    dialog = NewCaseDialog(context)
    qtbot.addWidget(dialog)
    _fill(dialog)
    case_id = _saved_case(qtbot, dialog)  # a warning only: saved with nobody ticked
    window = _window(qtbot, context, case_id, seam)
    tab = window.participants
    wait_idle(qtbot, context)
    assert tab.ui.requesterWarningLabel.isVisibleTo(tab)
    assert "Người yêu cầu hòa giải" in tab.ui.requesterWarningLabel.text()

    seen: dict[str, bool] = {}

    def tick(person_dialog) -> bool:
        check = person_dialog.ui.requestedCheck
        seen["offered to a party"] = check.isVisibleTo(person_dialog)
        seen["unticked"] = not check.isChecked()
        check.setChecked(True)
        return True

    seam.expect(tick)
    tab.ui.table.selectRow(0)
    with qtbot.waitSignal(window.case_loaded, timeout=10_000):
        tab.ui.editButton.click()
    assert seen == {"offered to a party": True, "unticked": True}
    assert not tab.ui.requesterWarningLabel.isVisibleTo(tab)
    assert tab.model.index(0, 1).data() == f"{label(ParticipantRole.PARTY)} (yêu cầu hòa giải)"

    def to_related(person_dialog) -> bool:
        ui = person_dialog.ui
        seen["loaded ticked"] = ui.requestedCheck.isChecked()
        ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(ParticipantRole.RELATED))
        seen["hidden for others"] = not ui.requestedCheck.isVisibleTo(person_dialog)
        return True

    seam.expect(to_related)
    tab.ui.table.selectRow(0)
    with qtbot.waitSignal(window.case_loaded, timeout=10_000):
        tab.ui.editButton.click()
    assert seen["loaded ticked"] and seen["hidden for others"]
    with book.database.reading() as session:
        detail = case_detail.get_case(session, case_id)
    assert detail.requesters == () and detail.grounds is Grounds.PARTY_REQUEST
