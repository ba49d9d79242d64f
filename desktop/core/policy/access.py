"""Permission checks, called first thing in every service that writes (and in the reads a role
may not make).

The actor of the unit of work (``session.info["actor"]``) holds the logged-in account's role;
``require`` looks the permission up in ``domain.roles.ROLE_PERMISSIONS``. The checks fail
closed: a session without an actor, or an actor with neither a role nor the explicit grants of a
system actor (``Actor.system``, the program's own work), is refused. Buttons the role may not
use are disabled in the GUI too, but this is where the rule is enforced.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from desktop.core.db.engine import Actor
from desktop.core.db.models import Case
from desktop.core.domain.roles import Permission, Role, allows
from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_

CASE_PERMISSIONS = frozenset({Permission.EDIT_ASSIGNED_CASES, Permission.EDIT_ANY_CASE,
                              Permission.INTAKE_CASES})

NOT_ALLOWED = N_("As {role}, you may not {action}. Ask the person who may (the team leader for "
                 "the team's work, the ward administrator for the ward's) to do it.")
NO_ACTOR = N_("Nobody is logged in: you may not {action}. Log in and try again.")
NOT_ALLOWED_SYSTEM = N_("The program's own task \"{task}\" may not {action}; nothing was "
                        "changed.")
NOT_YOUR_CASE = N_("You may edit only the cases assigned to you and the cases that have no "
                   "mediator yet. Ask the team leader to assign you to case {number}.")


class PermissionDenied(HoagiaiError):
    """The logged-in account's role does not allow this; nothing was changed."""


def current_actor(session: Session) -> Actor | None:
    actor = session.info.get("actor")
    return actor if isinstance(actor, Actor) else None


def require(session: Session, permission: Permission, *,
            case: Case | uuid.UUID | None = None) -> None:
    """Refuse (``PermissionDenied``) unless the session's actor may do ``permission``; for
    the case permissions with ``case`` given, whether they may edit that case. No actor, or a
    system actor without that grant, is refused."""
    actor = current_actor(session)
    if actor is not None and actor.role is not None and case is not None \
            and permission in CASE_PERMISSIONS:
        _require_case(session, actor, actor.role, case)
        return
    check(actor, permission)


def holds(actor: Actor | None, permission: Permission) -> bool:
    """Whether ``actor`` holds ``permission``: by its role, or as a system actor by its grants
    (for a case permission, a grant of ``EDIT_ANY_CASE`` covers them all)."""
    if actor is None:
        return False
    if actor.role is not None:
        return allows(actor.role, permission)
    if permission in CASE_PERMISSIONS and Permission.EDIT_ANY_CASE in actor.grants:
        return True
    return permission in actor.grants


def permitted(actor: Actor | None, permission: Permission) -> bool:
    """Whether ``actor`` holds ``permission`` at all (for enabling menus and buttons)."""
    return holds(actor, permission)


def may_edit_case(actor: Actor, role: Role, case: Case) -> bool:
    if allows(role, Permission.EDIT_ANY_CASE):
        return True
    current = {a.mediator_id for a in case.assignments if a.is_current}
    if not current and allows(role, Permission.INTAKE_CASES):
        return True
    return allows(role, Permission.EDIT_ASSIGNED_CASES) and actor.mediator_id in current


def _require_case(session: Session, actor: Actor, role: Role, case: Case | uuid.UUID) -> None:
    record = case if isinstance(case, Case) else session.get(Case, case)
    if record is None:
        return  # the service's own lookup says the case does not exist
    if may_edit_case(actor, role, record):
        return
    if not allows(role, Permission.INTAKE_CASES):
        raise PermissionDenied(NOT_ALLOWED, role=role.label,
                               action=Permission.EDIT_ASSIGNED_CASES.description)
    raise PermissionDenied(NOT_YOUR_CASE, number=record.number)


def check(actor: Actor | None, permission: Permission) -> None:
    """``require`` for work outside a unit of work (backups, restores: whole files)."""
    if holds(actor, permission):
        return
    if actor is None:
        raise PermissionDenied(NO_ACTOR, action=permission.description)
    if actor.role is None:
        raise PermissionDenied(NOT_ALLOWED_SYSTEM, task=actor.user,
                               action=permission.description)
    raise PermissionDenied(NOT_ALLOWED, role=actor.role.label, action=permission.description)
