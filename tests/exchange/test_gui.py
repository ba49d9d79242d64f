"""File › Send to the ward… and Receive…: the package is written, and an import is shown as a
dry run in a table before it changes anything."""

from __future__ import annotations

from pathlib import Path

from desktop.core.db.models import Case
from desktop.gui.exchange.actions import ExchangeActions
from desktop.gui.exchange.preview_dialog import ExchangePreviewDialog
from tests.core.helpers import open_case
from tests.exchange import sides
from tests.gui.conftest import FakeDialogs, make_context


class FileDialogs(FakeDialogs):
    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def save_file(self, parent, title, suggested, file_filter):
        self.suggested = suggested
        return self.path

    def open_file(self, parent, title, file_filter):
        return self.path


def test_send_then_receive_with_the_dry_run_shown_first(qtbot, team, ward_side, tmp_path):
    from PySide6.QtWidgets import QMainWindow

    with team.tx() as s:
        case_id = open_case(s, team.team_id, "Tranh chấp lối đi chung")
    target = tmp_path / "usb" / "goi.hgp"
    target.parent.mkdir()
    team_window, ward_window = QMainWindow(), QMainWindow()
    qtbot.addWidget(team_window)
    qtbot.addWidget(ward_window)
    team_context = make_context(team.book, team.actor, team.team_id)
    team_dialogs = FileDialogs(target)
    sending = ExchangeActions(team_window, team_context, team_dialogs)
    assert sending.send_action.isVisible() or not sending.is_ward
    previews: list[object] = []
    team_dialogs.on_run = lambda dialog: previews.append(dialog) or True  # what will be sent
    sending.on_send_triggered()
    qtbot.waitUntil(lambda: bool(team_dialogs.messages), timeout=20000)
    team_context.runner.wait_for_done()
    assert [type(d).__name__ for d in previews] == ["SendPreviewDialog"]
    assert previews[0].preview.cases[0].title == "Tranh chấp lối đi chung"  # type: ignore[attr-defined]
    assert target.exists() and team_dialogs.suggested.name == "goi-gui-xa-00001.hgp"
    assert "1" in team_dialogs.messages[-1][1]

    ward_context = make_context(ward_side.book, ward_side.actor, None)
    ward_dialogs = FileDialogs(target)
    seen: list[list[tuple[str, str]]] = []

    def look(dialog: ExchangePreviewDialog) -> bool:
        model = dialog.model
        seen.append([(model.index(r, 0).data(), model.index(r, 1).data())
                     for r in range(model.rowCount())])
        with ward_side.db.reading() as s:  # still a dry run: nothing there yet
            assert s.get(Case, case_id) is None
        return True

    ward_dialogs.on_run = look
    receiving = ExchangeActions(ward_window, ward_context, ward_dialogs)
    assert receiving.is_ward and not receiving.send_action.isVisible()
    receiving.on_receive_triggered()
    qtbot.waitUntil(lambda: bool(ward_dialogs.messages), timeout=20000)
    ward_context.runner.wait_for_done()
    assert seen and seen[0][0][0] == "Mới" and int(seen[0][0][1]) >= 5
    with ward_side.db.reading() as s:
        assert s.get(Case, case_id).title == "Tranh chấp lối đi chung"
    assert ward_dialogs.messages[-1][0] == "Đã nhập gói dữ liệu"


def test_the_review_queue_side_by_side_and_a_choice_with_a_reason(qtbot, team, ward_side):
    from desktop.core.exchange import ward
    from desktop.gui.exchange.review_dialog import ExchangeReviewDialog

    _number, case_id = sides.a_conflict(ward_side, team)
    context = make_context(ward_side.book, ward_side.actor, None)
    dialogs = FakeDialogs()
    dialogs.ask_text = lambda parent, title, label: "Đã hỏi lại tổ trưởng"
    dialog = ExchangeReviewDialog(context, dialogs)
    qtbot.addWidget(dialog)
    row = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert row[2:] == ["Ban đầu", "Xã sửa", "Tổ sửa"] and "01/2026" in row[0]
    assert row[1] != "title"  # the field in words
    dialog.ui.teamButton.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=20000)
    context.runner.wait_for_done()
    with ward_side.db.reading() as s:
        assert s.get(Case, case_id).title == "Tổ sửa"
        assert ward.list_review(s, include_resolved=True)[0].reason == "Đã hỏi lại tổ trưởng"


def test_enrolment_file_and_recovery_sheet_from_the_menu(qtbot, team, tmp_path):
    from PySide6.QtWidgets import QMainWindow

    from desktop.core.exchange import keys

    window = QMainWindow()
    qtbot.addWidget(window)
    context = make_context(team.book, team.actor, team.team_id)
    dialogs = FileDialogs(tmp_path / "dk.hge")
    ExchangeActions(window, context, dialogs).on_enrolment_triggered()
    qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=20000)
    context.runner.wait_for_done()
    assert keys.read_enrolment((tmp_path / "dk.hge").read_bytes())["team"]["id"] == str(
        team.team_id)
    # the key's recovery sheet opens in the preview, to print or save from there
    sheet_dialogs = FileDialogs(tmp_path / "sheet.pdf")
    actions = ExchangeActions(window, context, sheet_dialogs)
    actions.on_sheet_triggered()
    qtbot.waitUntil(lambda: getattr(actions, "sheet_preview", None) is not None, timeout=20000)
    context.runner.wait_for_done()
    preview = actions.sheet_preview
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.page_count() > 0)
    preview.ui.saveButton.click()
    assert sheet_dialogs.suggested.name == "phieu-khoa-trao-doi.pdf"
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
