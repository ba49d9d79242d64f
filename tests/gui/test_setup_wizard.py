"""The first-start wizard: team, mediators (with live composition warnings), summary, save."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from desktop.core.domain.enums import MediatorRole, Sex
from desktop.core.policy import settings
from desktop.core.services.workspace import teams
from desktop.gui.setup import SetupWizard
from desktop.gui.setup.mediator_dialog import MediatorDialog, select_data
from desktop.gui.setup.wizard import MEDIATORS_PAGE, SUMMARY_PAGE, TEAM_PAGE

pytestmark = pytest.mark.usefixtures("english")  # messages are read in English here

TEAM = {"nameEdit": "Tổ hòa giải thôn Đông", "villageEdit": "Thôn Đông",
        "communeEdit": "Xã Đông Hưng", "provinceEdit": "Tỉnh Thái Bình",
        "addressEdit": "Nhà văn hóa thôn Đông"}
MEDIATORS = [("Trần Thị Thu Hà", Sex.FEMALE, MediatorRole.LEADER, "1962"),
             ("Nguyễn Văn Đức", Sex.MALE, MediatorRole.MEMBER, "1958"),
             ("Đặng Quốc Bảo", Sex.MALE, MediatorRole.MEMBER, "")]


def make_wizard(qtbot, context, dialogs) -> SetupWizard:
    wizard = SetupWizard(context, dialogs)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def fill_team(wizard: SetupWizard) -> None:
    for name, text in TEAM.items():
        getattr(wizard.team_page.ui, name).setText(text)


def mediator_script(name: str, sex: Sex, role: MediatorRole, year: str):
    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, MediatorDialog)
        dialog.ui.nameEdit.setText(name)
        select_data(dialog.ui.sexCombo, sex)
        select_data(dialog.ui.roleCombo, role)
        dialog.ui.birthYearEdit.setText(year)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted
    return fill


def add_mediator(wizard: SetupWizard, dialogs, *details) -> None:
    dialogs.on_run = mediator_script(*details)
    wizard.mediators_page.ui.addButton.click()


def test_wizard_creates_the_team_and_its_mediators(qtbot, empty_context, dialogs, book):
    wizard = make_wizard(qtbot, empty_context, dialogs)
    fill_team(wizard)
    wizard.next()
    assert wizard.currentId() == MEDIATORS_PAGE
    warnings = wizard.mediators_page.ui.warningsLabel
    assert "3 mediators" in warnings.text()
    for details in MEDIATORS:
        add_mediator(wizard, dialogs, *details)
    assert "✓" in warnings.text()
    wizard.next()
    assert wizard.currentId() == SUMMARY_PAGE
    assert "Nguyễn Văn Đức" in wizard.summary_page.summary_label.text()
    with qtbot.waitSignal(wizard.team_created) as created:
        wizard.accept()
    assert wizard.result() == QDialog.DialogCode.Accepted
    with book.database.reading() as session:
        assert settings.own_team_id(session) == created.args[0]
        assert teams.get_team(session, created.args[0]).commune == "Xã Đông Hưng"
        saved = teams.list_mediators(session, created.args[0])
    assert saved[0].full_name == "Trần Thị Thu Hà" and saved[0].is_leader  # leader first
    assert {m.birth_year for m in saved} == {1962, 1958, None}


def test_team_page_names_what_is_missing_and_keeps_the_rest(qtbot, empty_context, dialogs):
    wizard = make_wizard(qtbot, empty_context, dialogs)
    wizard.team_page.ui.nameEdit.setText("Tổ hòa giải thôn Đông")
    wizard.next()
    assert wizard.currentId() == TEAM_PAGE
    errors = wizard.team_page.errors.text
    assert "commune" in errors and "province" in errors and "name" not in errors
    assert wizard.team_page.ui.nameEdit.text() == "Tổ hòa giải thôn Đông"


def test_mediators_page_needs_a_leader_and_warns_about_composition(qtbot, empty_context,
                                                                    dialogs):
    wizard = make_wizard(qtbot, empty_context, dialogs)
    fill_team(wizard)
    wizard.next()
    add_mediator(wizard, dialogs, "Nguyễn Văn Đức", Sex.MALE, MediatorRole.MEMBER, "")
    text = wizard.mediators_page.ui.warningsLabel.text()
    assert "woman" in text and "leader" in text
    wizard.next()
    assert wizard.currentId() == MEDIATORS_PAGE
    assert "team leader" in wizard.mediators_page.errors.text


def test_mediator_dialog_suggests_the_first_leader_and_checks_the_name(qtbot):
    dialog = MediatorDialog(suggest_leader=True)
    qtbot.addWidget(dialog)
    assert dialog.ui.roleCombo.currentData() == MediatorRole.LEADER.value
    select_data(dialog.ui.sexCombo, Sex.FEMALE)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.nameEdit.styleSheet() and "full name" in dialog._errors.text


def test_edit_and_remove_a_mediator(qtbot, empty_context, dialogs):
    wizard = make_wizard(qtbot, empty_context, dialogs)
    fill_team(wizard)
    wizard.next()
    add_mediator(wizard, dialogs, "Lê Thị Ánh", Sex.FEMALE, MediatorRole.LEADER, "1975")
    page = wizard.mediators_page
    dialogs.on_run = mediator_script("Lê Thị Ngọc Ánh", Sex.FEMALE, MediatorRole.LEADER, "1975")
    page.ui.editButton.click()
    assert page.model.mediator(0).full_name == "Lê Thị Ngọc Ánh"
    page.ui.removeButton.click()
    assert page.model.rowCount() == 0 and not page.ui.removeButton.isEnabled()


def test_cancel_asks_first(qtbot, empty_context, dialogs):
    wizard = make_wizard(qtbot, empty_context, dialogs)
    dialogs.answer = False
    wizard.reject()
    assert wizard.isVisible()
    dialogs.answer = True
    wizard.reject()
    assert not wizard.isVisible()
