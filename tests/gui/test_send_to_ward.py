"""File › Send to the ward…: first what will be sent (how many cases, which are sensitive and
what of them stays in the book), then where to put the file, then the next step in words, with
no file path or command line in what the volunteer reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStorageInfo
from PySide6.QtWidgets import QDialog, QMainWindow

from desktop.core.errors import WorkflowError
from desktop.core.services.exchange.send_preview import NO_WARD_YET, preview_send
from desktop.gui.backups.usb import Drive, place_in_words, removable_drives, size_in_words
from desktop.gui.exchange.actions import ExchangeActions
from desktop.gui.exchange.send_dialog import SendPreviewDialog
from tests.core.helpers import open_case
from tests.exchange import sides
from tests.gui.conftest import FakeDialogs, make_context


class SavingDialogs(FakeDialogs):
    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.suggested: Path | None = None

    def save_file(self, parent, title, suggested, file_filter):
        self.suggested = suggested
        return self.path


@pytest.fixture
def team(migrated_template, tmp_path):
    ward_side = sides.make_ward(migrated_template, tmp_path)
    made = sides.make_team(migrated_template, tmp_path, "Thôn Đông")
    sides.connect(made, ward_side)
    yield made
    made.db.dispose()
    ward_side.db.dispose()


def send(qtbot, team, target: Path, answer: bool = True) -> tuple[SavingDialogs, list[QDialog]]:
    window = QMainWindow()
    qtbot.addWidget(window)
    context = make_context(team.book, team.actor, team.team_id)
    dialogs = SavingDialogs(target)
    shown: list[QDialog] = []
    dialogs.on_run = lambda dialog: shown.append(dialog) or answer
    ExchangeActions(window, context, dialogs).on_send_triggered()
    qtbot.waitUntil(lambda: bool(shown) and (not answer or bool(dialogs.messages)),
                    timeout=20000)
    context.runner.wait_for_done()
    return dialogs, shown


def test_what_will_be_sent_is_shown_first_then_the_next_step(qtbot, team, tmp_path):
    with team.tx() as s:
        open_case(s, team.team_id, "Tranh chấp lối đi chung")
        open_case(s, team.team_id, "Mâu thuẫn vợ chồng", sensitive=True)
    target = tmp_path / "usb" / "goi.hgp"
    target.parent.mkdir()
    dialogs, shown = send(qtbot, team, target)
    preview = shown[0]
    assert isinstance(preview, SendPreviewDialog)
    assert [(c.title, c.sensitive) for c in preview.preview.cases] == [
        ("Tranh chấp lối đi chung", False), ("Mâu thuẫn vợ chồng", True)]
    lines = [preview.ui.casesList.item(i).text() for i in range(preview.ui.casesList.count())]
    assert "nhạy cảm" in lines[1] and "nhạy cảm" not in lines[0]  # said in words
    assert "2 vụ việc" in preview.ui.summaryLabel.text()
    assert "1 vụ việc" in preview.ui.withheldLabel.text() and preview.preview.withheld
    assert dialogs.suggested is not None and dialogs.suggested.name == "goi-gui-xa-00001.hgp"
    assert target.exists()
    message = dialogs.messages[-1][1]
    assert "goi.hgp" in message and "tư pháp" in message and "Nhận từ xã, phường" in message
    assert str(tmp_path) not in message and "hoagiai " not in message


def test_declining_the_preview_writes_nothing(qtbot, team, tmp_path):
    target = tmp_path / "goi.hgp"
    dialogs, shown = send(qtbot, team, target, answer=False)
    assert isinstance(shown[0], SendPreviewDialog) and dialogs.suggested is None
    assert not target.exists()
    with team.db.reading(team.actor) as s:
        assert preview_send(s).sequence == 1  # nothing recorded as sent


def test_after_a_package_nothing_new_is_said(qtbot, team, tmp_path):
    send(qtbot, team, tmp_path / "goi-1.hgp")
    _dialogs, shown = send(qtbot, team, tmp_path / "goi-2.hgp", answer=False)
    assert shown[0].preview.sequence == 2 and not shown[0].preview.cases  # type: ignore[attr-defined]
    assert "không có gì thay đổi" in shown[0].ui.summaryLabel.text()  # type: ignore[attr-defined]


def test_a_book_without_its_ward_says_what_to_do_in_words(migrated_template, tmp_path,
                                                           english):
    alone = sides.make_team(migrated_template, tmp_path, "Thôn Tây")
    try:
        with alone.db.reading(alone.actor) as s, pytest.raises(WorkflowError) as refused:
            preview_send(s)
    finally:
        alone.db.dispose()
    assert refused.value.message_id == NO_WARD_YET
    assert "--db" not in str(refused.value) and "Receive from the ward" in str(refused.value)


def test_drives_and_places_in_words(qapp, tmp_path, english):
    assert all(drive.root != tmp_path for drive in removable_drives())
    assert removable_drives([QStorageInfo(str(tmp_path))]) == []  # not a removable place
    stick = Drive(tmp_path / "KINGSTON", "KINGSTON", 3 * 1024 ** 3)
    assert place_in_words(stick.root / "goi.hgp", [stick]) == "on the USB drive “KINGSTON”"
    assert place_in_words(tmp_path / "Tai lieu" / "goi.hgp", [stick]) == (
        "in the folder “Tai lieu”")
    assert size_in_words(1_300_000) == "1,2 MB" and size_in_words(500) == "1 KB"
    assert "3,0 GB" in stick.described()


def test_the_ward_enrols_a_team_and_writes_its_packages_in_the_app(qtbot, migrated_template,
                                                                    tmp_path, english):
    from desktop.core.exchange import keys, team_import
    from desktop.core.services.exchange import packages
    from desktop.gui.exchange.ward_actions import WardExchangeActions

    ward_side = sides.make_ward(migrated_template, tmp_path)
    newcomer = sides.make_team(migrated_template, tmp_path, "Thôn Nam")
    try:
        with newcomer.tx() as s:
            enrolment = tmp_path / "dang-ky-to-hoa-giai.hge"
            enrolment.write_bytes(team_import.enrolment_file(s))
        window = QMainWindow()
        qtbot.addWidget(window)
        context = make_context(ward_side.book, ward_side.actor, None)
        dialogs = FakeDialogs()
        dialogs.open_file = lambda parent, title, file_filter: enrolment
        dialogs.choose_folder = lambda parent, title, start: tmp_path / "usb"
        actions = WardExchangeActions(window, context, dialogs, visible=True)
        actions.on_enrol_triggered()
        assert "Read this key aloud" in dialogs.messages[-1][1]
        qtbot.waitUntil(lambda: "is enrolled" in dialogs.messages[-1][1], timeout=20000)
        with ward_side.db.reading(ward_side.actor) as s:
            assert [p.name for p in keys.peers(s, "team")] == ["Tổ hòa giải Thôn Nam"]
        actions.on_write_triggered()
        qtbot.waitUntil(lambda: "packages for 1 team" in dialogs.messages[-1][1], timeout=20000)
        context.runner.wait_for_done()
        written = sorted(p.name for p in (tmp_path / "usb").iterdir())
        assert written == ["goi-danh-muc-to-hoa-giai-thon-nam-00001.hgp",
                           "goi-thiet-lap-to-hoa-giai-thon-nam-00001.hgp",
                           "goi-xac-nhan-to-hoa-giai-thon-nam-00001.hgp"]
        assert str(tmp_path) not in dialogs.messages[-1][1]
        settings_file = tmp_path / "usb" / written[1]
        packages.receive(newcomer.db, newcomer.actor, settings_file)  # the team takes it
        with newcomer.db.reading(newcomer.actor) as s:
            assert preview_send(s).ward_name == "UBND phường Nghĩa Đô"  # it knows its ward
    finally:
        newcomer.db.dispose()
        ward_side.db.dispose()


def test_the_team_sees_the_key_it_enrols_and_refusals_are_in_the_apps_words(
        qtbot, team, tmp_path, english):
    from desktop.core.exchange import errors
    from desktop.core.exchange.errors import PackageRefused
    from desktop.gui.exchange.actions import in_the_apps_words

    window = QMainWindow()
    qtbot.addWidget(window)
    context = make_context(team.book, team.actor, team.team_id)
    dialogs = SavingDialogs(tmp_path / "dk")
    ExchangeActions(window, context, dialogs).on_enrolment_triggered()
    qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=20000)
    context.runner.wait_for_done()
    assert dialogs.suggested is not None and dialogs.suggested.name == "dang-ky-to-hoa-giai.hge"
    told = dialogs.messages[-1][1]
    assert "dk.hge" in told and "read this key aloud" in told and str(tmp_path) not in told
    key = told.split("The team's key: ")[1].split("\n")[0]
    assert len(key.split()) == 8  # eight groups of four, as the ward sees them
    refused = in_the_apps_words(PackageRefused(errors.NO_KEYS))
    assert "hoagiai" not in refused and "justice officer" in refused
