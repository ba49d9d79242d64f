"""One case from intake to a printed written agreement, driven through the widgets only, as a
mediator would: parties, mediator, hearing, agreement, closing, preview, save, journal."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from desktop.core.db.models import JournalEntry
from desktop.core.domain.enums import CaseStatus, ParticipantRole
from desktop.core.domain.labels import label
from desktop.core.domain.text import nfc
from desktop.gui.case.case_window import CaseWindow, open_case_window
from tests.gui.fakes import ScriptedDialogs, open_case

RECEIVED = date.today() - timedelta(days=10)
HELD = datetime.combine(date.today() - timedelta(days=5), datetime.min.time()).replace(
    hour=8, minute=30)
TERM = "Ông An tháo dỡ hàng rào lấn lối đi chung"


def type_text(widget: QWidget, text: str) -> None:
    """Vietnamese arrives from Unikey/IBus as committed input-method text (PLATFORM-NOTES:
    key clicks with non-ASCII letters abort the test run)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def saved(qtbot, window: CaseWindow):
    return qtbot.waitSignal(window.case_loaded, timeout=10_000)


def add_parties(qtbot, window: CaseWindow, seam: ScriptedDialogs) -> None:
    def an(dialog) -> bool:
        ui = dialog.ui
        type_text(ui.nameEdit, "Nguyễn Văn An")
        ui.sexCombo.setCurrentIndex(1)
        ui.birthYearSpin.setValue(1970)
        ui.citizenIdEdit.setText("001 070 012 345")
        type_text(ui.addressEdit, "Số 3 ngõ 12 Hoàng Quốc Việt")
        ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(ParticipantRole.PARTY))
        type_text(ui.positionEdit, "Đề nghị bà Bình trả lại lối đi")
        return True

    def binh(dialog) -> bool:
        ui = dialog.ui
        type_text(ui.nameEdit, "Đặng Thị Bình")
        ui.sexCombo.setCurrentIndex(2)
        ui.yearOnlyCheck.setChecked(False)
        ui.birthDateEdit.setDate(date(1972, 5, 9))
        type_text(ui.addressEdit, "Số 5 ngõ 12 Hoàng Quốc Việt")
        return True

    window.ui.tabs.setCurrentWidget(window.participants)
    for script in (an, binh):
        seam.expect(script)
        with saved(qtbot, window):
            qtbot.mouseClick(window.participants.ui.addButton, Qt.MouseButton.LeftButton)
    assert window.participants.model.rowCount() == 2


def assign_leader(qtbot, window: CaseWindow, seam: ScriptedDialogs) -> None:
    def assign(dialog) -> bool:
        ui = dialog.ui
        assert ui.mediatorCombo.currentText().startswith("Trần Thị Thu Hà")
        ui.assignedOnEdit.setDate(RECEIVED)
        ui.noConflictCheck.setChecked(True)
        return True

    window.ui.tabs.setCurrentWidget(window.mediators)
    seam.expect(assign)
    with saved(qtbot, window):
        qtbot.mouseClick(window.mediators.ui.assignButton, Qt.MouseButton.LeftButton)


def record_hearing(qtbot, window: CaseWindow, seam: ScriptedDialogs) -> None:
    def hearing(dialog) -> bool:
        ui = dialog.ui
        ui.heldAtEdit.setDateTime(HELD)
        type_text(ui.placeEdit, "Nhà văn hóa tổ dân phố số 7")
        for attendees in (ui.participantsList, ui.mediatorsList):
            for row in range(attendees.count()):
                attendees.item(row).setCheckState(Qt.CheckState.Checked)
        type_text(ui.courseEdit, "Hòa giải viên giải thích quy định về lối đi chung.")
        type_text(ui.resultEdit, "Hai bên thống nhất được phương án")
        return True

    window.ui.tabs.setCurrentWidget(window.hearings)
    seam.expect(hearing)
    with saved(qtbot, window):
        qtbot.mouseClick(window.hearings.ui.addButton, Qt.MouseButton.LeftButton)
    assert window.hearings.model.rowCount() == 1


def enter_agreement(qtbot, window: CaseWindow, seam: ScriptedDialogs) -> None:
    ui = window.outcome.ui
    window.ui.tabs.setCurrentWidget(window.outcome)
    ui.notReachedCheck.setChecked(False)
    ui.reachedEdit.setDate(HELD.date())
    type_text(ui.noteEdit, "Thực hiện trong tháng, tổ hòa giải theo dõi")

    def term(dialog) -> bool:
        assert dialog.ui.obligedCombo.count() == 3  # the two parties, then both of them
        assert dialog.ui.obligedCombo.itemText(2) == "Cả hai bên"
        dialog.ui.obligedCombo.setCurrentIndex(0)
        type_text(dialog.ui.contentEdit, TERM)
        dialog.ui.noDeadlineCheck.setChecked(False)
        dialog.ui.deadlineEdit.setDate(date.today() + timedelta(days=20))
        return True

    seam.expect(term)
    qtbot.mouseClick(ui.addTermButton, Qt.MouseButton.LeftButton)
    assert window.outcome.terms_model.rowCount() == 1
    with saved(qtbot, window):
        qtbot.mouseClick(ui.saveAgreementButton, Qt.MouseButton.LeftButton)
    assert window.data.detail.agreement.terms[0].content == TERM


def close_successful(qtbot, window: CaseWindow, seam: ScriptedDialogs) -> None:
    def close(dialog) -> bool:
        dialog.ui.successfulRadio.setChecked(True)
        dialog.ui.decidedEdit.setDate(HELD.date())
        return True

    seam.expect(close)
    with saved(qtbot, window):
        qtbot.mouseClick(window.outcome.ui.closeCaseButton, Qt.MouseButton.LeftButton)
    assert window.data.detail.status is CaseStatus.SUCCESSFUL
    assert window.ui.statusBadge.text() == label(CaseStatus.SUCCESSFUL)
    assert window.ui.closedBanner.isVisible()


def save_agreement_pdf(qtbot, window: CaseWindow, seam: ScriptedDialogs, context, tmp_path):
    with qtbot.waitSignal(window.document_opened, timeout=20_000) as opened:
        qtbot.mouseClick(window.ui.agreementButton, Qt.MouseButton.LeftButton)
    preview = opened.args[0]
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.ui.saveButton.isEnabled())
    seam.save_paths.append(tmp_path / "VBHGT.pdf")
    with qtbot.waitSignal(context.data_changed, timeout=10_000):
        qtbot.mouseClick(preview.ui.saveButton, Qt.MouseButton.LeftButton)
    return tmp_path / "VBHGT.pdf"


def test_a_case_from_parties_to_a_saved_written_agreement(qtbot, book, actor, team_id,
                                                          context, seam, tmp_path):
    case_id = open_case(book, actor, team_id, received_on=RECEIVED)
    window = open_case_window(context, case_id, seam)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.data is not None)

    add_parties(qtbot, window, seam)
    assign_leader(qtbot, window, seam)
    record_hearing(qtbot, window, seam)
    enter_agreement(qtbot, window, seam)
    close_successful(qtbot, window, seam)
    pdf = save_agreement_pdf(qtbot, window, seam, context, tmp_path)

    text = " ".join(nfc(" ".join(page.extract_text() for page in PdfReader(pdf).pages)).split())
    for expected in ("Nguyễn Văn An", "Đặng Thị Bình", "001070012345",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", TERM, "Trần Thị Thu Hà"):
        assert expected in text
    with book.database.reading() as session:
        (event,) = session.scalars(select(JournalEntry).where(JournalEntry.op == "print"))
        assert (event.entity_id, event.changes["target"]) == (str(case_id), str(pdf))
        assert event.author == actor.user
