"""After set-up, in the app: the team leader edits the team and its mediators (Tools › The
team, mediators and accounts…), and manages the other mediators' accounts: add one, set a new
password, stop one. A mediator may not open it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow

from desktop.core.db.engine import Actor
from desktop.core.domain.roles import Role
from desktop.core.errors import HoagiaiError
from desktop.core.services.workspace import accounts, teams
from desktop.core.services.workspace import book as workspace
from desktop.gui.kit.context import BookContext
from desktop.gui.setup.account_dialog import AccountDialog
from desktop.gui.setup.mediator_dialog import MediatorDialog
from desktop.gui.setup.team_dialog import TeamDialog, team_action
from tests.conftest import SAMPLE_MEDIATORS, SAMPLE_TEAM
from tests.gui.conftest import make_context, wait_idle

LEADER = workspace.Credentials("totruong", "mat-khau-to-truong")


@pytest.fixture
def leader_context(qtbot, tmp_path: Path) -> Iterator[BookContext]:
    """An encrypted book logged in as its team leader, the team set up."""
    path = tmp_path / "so-to.sqlite"
    book, _key = workspace.create_book(path, accounts.AccountInput(
        LEADER.username, "Trần Thị Thu Hà", Role.TEAM_LEADER), LEADER.password)
    assert book.actor is not None
    with book.database.transaction(book.actor) as session:
        team_id = teams.set_up_team(session, SAMPLE_TEAM, SAMPLE_MEDIATORS)
        accounts.link_to_team(session, team_id)
    made = make_context(book, book.actor, team_id)
    yield made
    made.runner.wait_for_done()
    book.database.dispose()


def press_ok(dialog: QDialog) -> None:
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]


def test_the_team_and_its_mediators_are_edited_and_saved(qtbot, leader_context, dialogs,
                                                         english):
    dialog = TeamDialog(leader_context, dialogs)
    qtbot.addWidget(dialog)
    assert dialog.team_page.ui.nameEdit.text() == SAMPLE_TEAM.name
    assert not dialog.has_changes()
    dialog.team_page.ui.addressEdit.setText("Nhà văn hóa mới, số 3 ngõ 5")
    names = [m.full_name for m in dialog.mediators_page.model.mediators]
    row = names.index("Nguyễn Văn Đức")
    dialog.mediators_page.ui.mediatorsTable.selectRow(row)

    def edit(mediator: QDialog) -> bool:
        assert isinstance(mediator, MediatorDialog)
        mediator.ui.decisionNoEdit.setText("12/QĐ-UBND")
        mediator.ui.endDateEdit.set_date(mediator.ui.startDateEdit.date() or None)
        mediator.accept()
        return mediator.result() == QDialog.DialogCode.Accepted
    dialogs.on_run = edit
    dialog.mediators_page.on_edit_clicked()
    assert dialog.has_changes()
    dialog.save()
    wait_idle(qtbot, leader_context)
    assert "saved" in dialog.ui.messageLabel.text() and not dialog.has_changes()
    team_id = leader_context.team_id
    with leader_context.book.database.reading(leader_context.actor) as session:
        assert teams.get_team(session, team_id).address == "Nhà văn hóa mới, số 3 ngõ 5"
        duc = next(m for m in teams.list_mediators(session, team_id)
                   if m.full_name == "Nguyễn Văn Đức")
    assert duc.recognition_decision_no == "12/QĐ-UBND"


def test_a_missing_commune_is_marked_and_nothing_is_saved(qtbot, leader_context, dialogs,
                                                          english):
    dialog = TeamDialog(leader_context, dialogs)
    qtbot.addWidget(dialog)
    dialog.team_page.ui.communeEdit.setText("")
    dialog.save()
    wait_idle(qtbot, leader_context)
    assert "commune" in dialog.team_page.ui.errorsLabel.text()
    with leader_context.book.database.reading(leader_context.actor) as session:
        assert teams.get_team(session, leader_context.team_id).commune == SAMPLE_TEAM.commune
    dialog.show()
    dialogs.answer = False  # "Close without saving?" No: the dialog stays, as typed
    dialog.reject()
    assert dialogs.messages[-1][0] == "Close without saving?" and dialog.isVisible()
    dialogs.answer = True
    dialog.reject()
    assert not dialog.isVisible()


def test_accounts_are_added_reset_and_stopped_and_the_mediator_logs_in(
        qtbot, leader_context, dialogs, english):
    dialog = TeamDialog(leader_context, dialogs)
    qtbot.addWidget(dialog)
    tab = dialog.accounts_tab
    dialog.show()
    dialog.ui.tabs.setCurrentWidget(tab)
    assert not dialog.save_button.isVisible()  # accounts are saved one change at a time
    wait_idle(qtbot, leader_context)
    assert [a.username for a in tab.model.rows()] == [LEADER.username]
    path = leader_context.book.database.path
    assert path is not None

    def add(account: QDialog) -> bool:
        assert isinstance(account, AccountDialog)
        account.ui.mediatorCombo.setCurrentIndex(account.ui.mediatorCombo.findText(
            "Lê Thị Ngọc Ánh"))
        assert account.ui.nameEdit.text() == "Lê Thị Ngọc Ánh"
        account.ui.userEdit.setText("anh.le")
        account.ui.passwordEdit.setText("ngan")
        account.ui.againEdit.setText("ngan")
        press_ok(account)
        return account.result() == QDialog.DialogCode.Accepted

    def again(account: QDialog) -> bool:  # the service refused the short password
        assert "at least 8 characters" in account.ui.errorLabel.text()  # type: ignore[attr-defined]
        assert account.ui.userEdit.text() == "anh.le"  # type: ignore[attr-defined]
        return _retype(account, "mat-khau-cua-anh")

    answers = [add, again]
    dialogs.on_run = lambda account: answers.pop(0)(account)
    tab.on_add_clicked()
    qtbot.waitUntil(lambda: not answers)
    wait_idle(qtbot, leader_context)
    assert "anh.le" in [a.username for a in tab.model.rows()]
    assert "anh.le was added" in tab.ui.messageLabel.text()
    workspace.unlock(path, workspace.Credentials("anh.le", "mat-khau-cua-anh"))

    tab.ui.accountsTable.selectRow([a.username for a in tab.model.rows()].index("anh.le"))
    dialogs.on_run = lambda account: _retype(account, "mat-khau-moi-anh")
    tab.on_reset_clicked()
    wait_idle(qtbot, leader_context)
    assert "new password" in tab.ui.messageLabel.text()
    workspace.unlock(path, workspace.Credentials("anh.le", "mat-khau-moi-anh"))

    tab.ui.accountsTable.selectRow([a.username for a in tab.model.rows()].index("anh.le"))
    dialogs.answer = True
    tab.on_deactivate_clicked()
    wait_idle(qtbot, leader_context)
    assert "stopped" in tab.ui.messageLabel.text()
    with pytest.raises(HoagiaiError):
        workspace.unlock(path, workspace.Credentials("anh.le", "mat-khau-moi-anh"))

    tab.ui.accountsTable.selectRow([a.username for a in tab.model.rows()].index(
        LEADER.username))
    tab.on_deactivate_clicked()  # the last leader: refused, said in words
    wait_idle(qtbot, leader_context)
    assert "last active" in tab.ui.messageLabel.text()


def _retype(account: QDialog, password: str) -> bool:
    account.ui.passwordEdit.setText(password)  # type: ignore[attr-defined]
    account.ui.againEdit.setText(password)  # type: ignore[attr-defined]
    press_ok(account)
    return account.result() == QDialog.DialogCode.Accepted


def test_only_the_team_leader_may_open_it(qtbot, context, dialogs, english):
    window = QMainWindow()
    qtbot.addWidget(window)
    assert team_action(window, context, dialogs).isEnabled()
    context.actor = Actor("hoagiaivien", "may", Role.MEDIATOR)
    action = team_action(window, context, dialogs)
    assert not action.isEnabled() and "Only the team leader" in action.statusTip()


def test_a_ward_book_has_no_team_to_edit(qtbot, context, dialogs):
    window = QMainWindow()
    qtbot.addWidget(window)
    context.team_id = None
    assert not team_action(window, context, dialogs).isVisible()


def test_mediators_who_left_are_shown_and_not_counted(qtbot, leader_context, dialogs, english):
    import dataclasses
    from datetime import date

    dialog = TeamDialog(leader_context, dialogs)
    qtbot.addWidget(dialog)
    page = dialog.mediators_page
    assert "✓" in page.ui.warningsLabel.text()
    for name in ("Nguyễn Văn Đức", "Đặng Quốc Bảo"):
        row = [m.full_name for m in page.model.mediators].index(name)
        page.model.replace(row, dataclasses.replace(page.model.mediator(row),
                                                    end_date=date(2025, 12, 31)))
    assert "at least 3 mediators" in page.ui.warningsLabel.text()
    ended = page.model.index(row, page.model.columnCount() - 1).data()
    assert ended == "31/12/2025"
    dialog.save()
    wait_idle(qtbot, leader_context)
    with leader_context.book.database.reading(leader_context.actor) as session:
        serving = teams.list_mediators(session, leader_context.team_id, date(2026, 6, 1))
    assert len(serving) == 2  # kept in the book, no longer serving
