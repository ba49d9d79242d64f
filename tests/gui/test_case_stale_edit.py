"""Two officers with the same case open (#16): the second save is refused, never a silent
overwrite. Each officer has their own session on the same book (a file, and the test run's
PostgreSQL server); the refusal says who saved, when and what is now on record, and keeps what
the second officer typed."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop.core.domain.enums import Sex
from desktop.core.i18n import _
from desktop.core.services.cases import detail as case_detail
from desktop.core.services.cases import hearings
from desktop.core.services.people import persons as people
from desktop.gui.case.case_window import CaseWindow, open_case_window
from desktop.gui.kit.context import BookContext
from tests.gui.conftest import add_party, wait_idle
from tests.gui.fakes import open_case

BOTH = pytest.mark.parametrize("backend", ["sqlite", "postgresql"], indirect=True)
TEN_DAYS_AGO = date.today() - timedelta(days=10)
IN_FIVE_DAYS = datetime.combine(date.today() + timedelta(days=5), datetime.min.time())
LAN_TITLE = "Tranh chấp lối đi chung (bà Lan đã sửa)"
MY_SUMMARY = "Ông Minh ghi: hai bên đã đo lại ranh giới, chờ hòa giải viên đến."


@pytest.fixture
def case_id(book, actor, team_id):
    return open_case(book, actor, team_id, received_on=TEN_DAYS_AGO)


def show_window(qtbot, context: BookContext, case_id, seam) -> CaseWindow:
    window = open_case_window(context, case_id, seam)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.data is not None)
    wait_idle(qtbot, context)
    return window


def refused_text(qtbot, window: CaseWindow) -> str:
    label = window.general.ui.errorLabel
    qtbot.waitUntil(lambda: bool(label.text()) and window.general.ui.reloadButton.isVisibleTo(
        window.general), timeout=10_000)
    return label.text()


def saved_title(book, case_id) -> str:
    with book.database.reading() as session:
        return case_detail.get_case(session, case_id).title


@BOTH
def test_the_second_save_is_refused_with_who_when_and_what_and_the_typed_text_is_kept(
        qtbot, context, lan_context, case_id, seam, book):
    mine = show_window(qtbot, context, case_id, seam)
    hers = show_window(qtbot, lan_context, case_id, seam)

    hers.general.ui.titleEdit.setText(LAN_TITLE)
    hers.general.save()
    wait_idle(qtbot, lan_context)
    assert saved_title(book, case_id) == LAN_TITLE

    mine.general.ui.summaryEdit.setPlainText(MY_SUMMARY)  # typed before seeing her change
    mine.general.save()
    text = refused_text(qtbot, mine)
    wait_idle(qtbot, context)

    assert "lan" in text and "may-tinh-2" in text  # who, and on which computer
    assert datetime.now().strftime("%d/%m/%Y") in text  # when
    assert LAN_TITLE in text  # what is on record now
    assert "Tranh chấp lối đi chung giữa hai nhà" in text  # what it was before
    assert saved_title(book, case_id) == LAN_TITLE  # her change stands
    with book.database.reading() as session:
        assert case_detail.get_case(session, case_id).summary != MY_SUMMARY
    assert mine.general.ui.summaryEdit.toPlainText() == MY_SUMMARY  # nothing typed is lost
    assert mine.general.ui.titleEdit.text() == "Tranh chấp lối đi chung giữa hai nhà"


@BOTH
def test_after_being_told_saving_again_keeps_mine_and_reload_takes_theirs(
        qtbot, context, lan_context, case_id, seam, book):
    mine = show_window(qtbot, context, case_id, seam)
    hers = show_window(qtbot, lan_context, case_id, seam)
    hers.general.ui.titleEdit.setText(LAN_TITLE)
    hers.general.save()
    wait_idle(qtbot, lan_context)

    mine.general.ui.titleEdit.setText("Tranh chấp lối đi (ông Minh sửa)")
    mine.general.save()
    refused_text(qtbot, mine)
    wait_idle(qtbot, context)
    mine.general.ui.reloadButton.click()  # take hers
    assert mine.general.ui.titleEdit.text() == LAN_TITLE
    assert not mine.general.ui.errorLabel.text()

    mine.general.ui.summaryEdit.setPlainText(MY_SUMMARY)
    hers.general.ui.summaryEdit.setPlainText("Bà Lan ghi tóm tắt khác.")
    hers.general.save()
    wait_idle(qtbot, lan_context)
    mine.general.save()
    refused_text(qtbot, mine)
    wait_idle(qtbot, context)
    mine.general.save()  # told, and chose to keep mine
    wait_idle(qtbot, context)
    with book.database.reading() as session:
        assert case_detail.get_case(session, case_id).summary == MY_SUMMARY


@BOTH
def test_a_stale_hearing_or_participant_change_comes_back_in_its_dialog_with_the_message(
        qtbot, context, lan_context, case_id, seam, book, actor, team_id, other_book, lan):
    add_party(book, actor, team_id, case_id, "Nguyễn Thị Hoa")
    with book.database.transaction(actor) as session:
        hearings.add_hearing(session, case_id, hearings.HearingInput(
            IN_FIVE_DAYS.replace(hour=8), "Nhà văn hóa thôn"))
    mine = show_window(qtbot, context, case_id, seam)
    with other_book.database.transaction(lan) as session:  # she moves it meanwhile
        (hearing,) = case_detail.get_case(session, case_id).hearings
        hearings.update_hearing(session, hearing.id, hearings.HearingInput(
            hearing.held_at, "Trụ sở UBND xã"))
    seen: dict[str, str] = {}

    def move(dialog) -> bool:
        dialog.ui.placeEdit.setText("Nhà ông trưởng thôn")
        return True

    def look(key: str, field: str):
        def script(dialog) -> bool:
            seen[key] = dialog.ui.errorLabel.text()
            seen[key + " typed"] = getattr(dialog.ui, field).text()
            return False
        return script

    mine.hearings.ui.table.selectRow(0)
    seam.expect(move)
    seam.expect(look("hearing", "placeEdit"))
    mine.hearings.ui.editButton.click()
    qtbot.waitUntil(lambda: "hearing" in seen, timeout=10_000)
    assert "lan" in seen["hearing"] and "Trụ sở UBND xã" in seen["hearing"]
    assert seen["hearing typed"] == "Nhà ông trưởng thôn"
    wait_idle(qtbot, context)
    with other_book.database.transaction(lan) as session:  # then she corrects the address
        participant = case_detail.get_case(session, case_id).participants[0]
        people.update_person(session, participant.person.id,
                             people.PersonInput("Nguyễn Thị Hoa", Sex.FEMALE,
                                                address="Xóm Đông"))

    def readdress(dialog) -> bool:
        dialog.ui.addressEdit.setText("Xóm Tây")
        return True

    mine.participants.ui.table.selectRow(0)
    seam.expect(readdress)
    seam.expect(look("participant", "addressEdit"))
    mine.participants.ui.editButton.click()
    qtbot.waitUntil(lambda: "participant" in seen, timeout=10_000)
    assert "lan" in seen["participant"] and "Xóm Đông" in seen["participant"]
    assert seen["participant typed"] == "Xóm Tây"
    wait_idle(qtbot, context)
    with book.database.reading() as session:
        now = case_detail.get_case(session, case_id)
    assert now.hearings[0].place == "Trụ sở UBND xã"
    assert now.participants[0].person.address == "Xóm Đông"


HER_NOTE = "Bà Lan: hai bên thống nhất mở lại lối đi."
MY_NOTE = "Ông Minh: chờ đo đạc lại."


def refused_agreement(qtbot, context, lan_context, case_id, seam) -> CaseWindow:
    """She saves the agreement's note; then I save mine from a tab filled before hers, and am
    refused. My window, once the refusal is shown and the case read again."""
    mine = show_window(qtbot, context, case_id, seam)
    hers = show_window(qtbot, lan_context, case_id, seam)
    hers.outcome.ui.noteEdit.setPlainText(HER_NOTE)
    hers.outcome.save_agreement()
    wait_idle(qtbot, lan_context)
    mine.outcome.ui.noteEdit.setPlainText(MY_NOTE)
    mine.outcome.save_agreement()
    tab = mine.outcome
    qtbot.waitUntil(lambda: bool(tab.ui.agreementErrorLabel.text())
                    and tab.ui.agreementReloadButton.isVisibleTo(tab), timeout=10_000)
    wait_idle(qtbot, context)
    return mine


@BOTH
def test_a_stale_agreement_is_refused_and_the_typed_note_kept(qtbot, context, lan_context,
                                                             case_id, seam, book):
    mine = refused_agreement(qtbot, context, lan_context, case_id, seam)
    label = mine.outcome.ui.agreementErrorLabel
    assert "lan" in label.text() and "mở lại lối đi" in label.text()
    assert mine.outcome.ui.noteEdit.toPlainText() == MY_NOTE
    with book.database.reading() as session:
        agreement = case_detail.get_case(session, case_id).agreement
    assert agreement is not None and agreement.note.startswith("Bà Lan")


@BOTH
def test_after_a_stale_agreement_reload_takes_theirs_and_saving_then_works(
        qtbot, context, lan_context, case_id, seam, book):
    """The agreement tab offers "Tải lại" as the General tab does: the typed agreement is
    dropped, the tab filled from the book, the error cleared; a change made then is saved
    against what was reloaded."""
    mine = refused_agreement(qtbot, context, lan_context, case_id, seam)
    reload_button = mine.outcome.ui.agreementReloadButton
    label = mine.outcome.ui.agreementErrorLabel
    assert _(reload_button.text()).replace("&", "").startswith("Tải lại")  # as the app says it
    assert mine.outcome.has_unsaved_changes
    assert mine.outcome.ui.noteEdit.toPlainText() == MY_NOTE

    reload_button.click()  # take hers
    assert mine.outcome.ui.noteEdit.toPlainText() == HER_NOTE
    assert not label.text() and not reload_button.isVisibleTo(mine.outcome)
    assert not mine.outcome.has_unsaved_changes

    mine.outcome.ui.noteEdit.setPlainText("Bà Lan: mở lại lối đi; ông Minh: đo lại trước.")
    mine.outcome.save_agreement()
    qtbot.waitUntil(lambda: mine.outcome.ui.savedLabel.text() == "Đã lưu.", timeout=10_000)
    wait_idle(qtbot, context)
    assert not label.text()
    with book.database.reading() as session:
        agreement = case_detail.get_case(session, case_id).agreement
    assert agreement is not None and agreement.note.endswith("đo lại trước.")
