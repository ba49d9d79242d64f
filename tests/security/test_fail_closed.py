"""The permission checks fail closed: a unit of work without an actor, or with an actor that has
neither a role nor a system actor's explicit grants, may do nothing a service checks; a system
actor may do only what it was granted. Each refusal leaves the book as it was."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.core.db.engine import Actor
from desktop.core.db.models import Team
from desktop.core.domain.roles import Permission
from desktop.core.i18n import _
from desktop.core.policy import access, system_actors
from desktop.core.policy.access import NO_ACTOR, PermissionDenied
from desktop.core.services.workspace import teams
from tests.conftest import SAMPLE_MEDIATORS, SAMPLE_TEAM
from tests.core.test_journal import last_seq


def _teams(book) -> int:
    with book.database.reading() as session:
        return session.scalar(select(func.count()).select_from(Team)) or 0


def _set_up(session) -> None:
    teams.set_up_team(session, SAMPLE_TEAM, SAMPLE_MEDIATORS)


def test_a_session_without_an_actor_is_refused_with_nobody_logged_in(book):
    with book.database.reading() as session, pytest.raises(PermissionDenied) as denied:
        access.require(session, Permission.SET_UP_TEAM)
    expected = _(NO_ACTOR).format(action=Permission.SET_UP_TEAM.description)
    assert str(denied.value) == expected
    assert "Nobody is logged in" not in expected  # translated: the default language is Vietnamese
    assert _teams(book) == 0


@pytest.mark.parametrize("actor", [Actor("tester"), Actor.system("nothing granted")],
                         ids=["role-less", "system-without-grants"])
def test_an_actor_without_role_or_grants_may_not_set_up_a_team(book, actor):
    before = last_seq(book)
    with pytest.raises(PermissionDenied) as denied, book.database.transaction(actor) as session:
        _set_up(session)
    assert actor.user in str(denied.value)
    assert Permission.SET_UP_TEAM.description in str(denied.value)
    assert last_seq(book) == before and _teams(book) == 0


def test_a_system_actor_may_do_only_what_it_was_granted(book):
    granted = Actor.system("seeding", {Permission.SET_UP_TEAM}, book.device)
    with book.database.transaction(granted) as session:
        _set_up(session)
    assert _teams(book) == 1
    assert not access.permitted(granted, Permission.MANAGE_WARD_SETTINGS)
    with pytest.raises(PermissionDenied):
        access.check(system_actors.OPENING, Permission.RESTORE_BACKUPS)
    with pytest.raises(PermissionDenied):
        access.check(None, Permission.MAKE_BACKUPS)
