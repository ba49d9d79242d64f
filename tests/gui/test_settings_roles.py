"""Menus and buttons follow the role: Settings… only for those who may change the settings,
"Attach a scanned copy…" only on a case the account may edit (the services refuse anyway)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QMainWindow

from desktop.core.db.engine import Actor
from desktop.core.domain.roles import Role
from desktop.gui.case.case_window import open_case_window
from desktop.gui.settings.settings_dialog import SettingsDialog, settings_action
from tests.gui.conftest import make_context, wait_idle
from tests.gui.test_agreement_preview import successful_case


def _context(qtbot, book, team_id, role: Role):
    context = make_context(book, Actor(f"nguoi.{role.value}", book.device, role, uuid.uuid4(),
                                       uuid.uuid4()), team_id)
    return context


def test_settings_follow_the_role(qtbot, book, team_id, dialogs):
    for role, allowed in ((Role.TEAM_LEADER, True), (Role.MEDIATOR, False),
                          (Role.WARD_OFFICER, False)):
        context = _context(qtbot, book, team_id, role)
        window = QMainWindow()
        qtbot.addWidget(window)
        assert settings_action(window, context, dialogs).isEnabled() is allowed
        dialog = SettingsDialog(context, window)
        assert dialog.save_button.isEnabled() is allowed
        context.runner.wait_for_done()


def test_attach_button_only_on_a_case_the_account_may_edit(qtbot, book, actor, team_id, seam):
    case_id = successful_case(book, actor, team_id)  # assigned to another mediator
    for role, allowed in ((Role.TEAM_LEADER, True), (Role.MEDIATOR, False),
                          (Role.WARD_OFFICER, False)):
        context = _context(qtbot, book, team_id, role)
        window = open_case_window(context, case_id, seam)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda w=window: w.data is not None)
        wait_idle(qtbot, context)
        assert window.attachments.ui.attachButton.isEnabled() is allowed
        context.runner.wait_for_done()


def test_the_idle_lock_minutes_are_a_setting_of_the_window(qtbot, context, actor):
    from sqlalchemy import select

    from desktop.core.db.models import JournalEntry
    from desktop.core.policy import settings

    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.idle_lock.value() == 10  # the default
    assert "0" in dialog.ui.notesLabel.text() and dialog.idle_lock.maximum() == 24 * 60
    dialog.idle_lock.setValue(3)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved, timeout=20000)
    with context.book.database.reading(actor) as s:
        assert settings.value(s, settings.IDLE_LOCK_MINUTES) == 3
        events = [e.changes for e in s.scalars(select(JournalEntry).where(
            JournalEntry.op == "settings"))]
    assert any(settings.IDLE_LOCK_MINUTES.key in e.get("changes", {}) for e in events)
    again = SettingsDialog(context)
    qtbot.addWidget(again)
    assert again.idle_lock.value() == 3


def test_the_idle_lock_setting_is_checked_and_kept_for_the_leader(book, team_id):
    import pytest

    from desktop.core.errors import ValidationError
    from desktop.core.policy.access import PermissionDenied
    from desktop.core.services.workspace.idle_lock_setting import set_idle_lock_minutes

    with book.database.transaction(Actor("may", book.device, Role.MEDIATOR)) as s, \
            pytest.raises(PermissionDenied):
        set_idle_lock_minutes(s, 0)
    with book.database.transaction(Actor("ha", book.device, Role.TEAM_LEADER)) as s, \
            pytest.raises(ValidationError):
        set_idle_lock_minutes(s, 24 * 60 + 1)
