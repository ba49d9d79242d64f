"""Who may do what: the four roles of an account and the permissions each one holds.

The rules are data (``ROLE_PERMISSIONS``), not ``if`` statements scattered over the services;
``desktop.core.services.access.require`` reads this table. In short:

- the **team leader** runs the team: assigns mediators, manages the team's accounts and set-up,
  approves remuneration (prints the request), edits every case of the team, backs up and
  restores;
- a **mediator** takes in new cases and edits only the cases assigned to them, plus cases that
  have no mediator yet (intake);
- a **ward officer** reads the teams' data and manages the ward's own (statistics, reference
  data such as recognised village conventions);
- the **ward administrator** manages the ward's accounts and settings, on top of what an
  officer does.
"""

from __future__ import annotations

from enum import Enum, StrEnum

from desktop.core.i18n import N_, _


class Role(StrEnum):
    TEAM_LEADER = "team_leader"
    MEDIATOR = "mediator"
    WARD_OFFICER = "ward_officer"
    WARD_ADMIN = "ward_admin"

    @property
    def label(self) -> str:
        return _(ROLE_LABELS[self])

    @property
    def is_ward(self) -> bool:
        return self in (Role.WARD_OFFICER, Role.WARD_ADMIN)


class Permission(Enum):
    """One thing a role may do; ``description`` says it in words for a refusal message."""

    READ_TEAM_DATA = N_("read the team's cases")
    INTAKE_CASES = N_("take in new cases")
    EDIT_ASSIGNED_CASES = N_("edit the cases assigned to you")
    EDIT_ANY_CASE = N_("edit any case of the team")
    ASSIGN_MEDIATORS = N_("assign mediators to cases")
    APPROVE_REMUNERATION = N_("approve remuneration")
    SET_UP_TEAM = N_("set up the team and its mediators")
    MANAGE_TEAM_ACCOUNTS = N_("manage the team's accounts")
    MANAGE_CONVENTIONS = N_("manage village conventions")
    EDIT_SETTINGS = N_("change the settings")
    PRINT_DOCUMENTS = N_("print documents")
    MAKE_BACKUPS = N_("make backups")
    RESTORE_BACKUPS = N_("restore a backup")
    READ_AUDIT = N_("read the change journal")
    MANAGE_PERSONAL_DATA = N_("export or erase a person's personal data")
    MANAGE_WARD_DATA = N_("manage the ward's data")
    MANAGE_WARD_ACCOUNTS = N_("manage the ward's accounts")
    MANAGE_WARD_SETTINGS = N_("change the ward's settings")

    @property
    def description(self) -> str:
        return _(self.value)


# Editing a case is the one permission with a scope: see access.require(..., case=...).
EDIT_CASE = Permission.EDIT_ASSIGNED_CASES

_READER = frozenset({Permission.READ_TEAM_DATA, Permission.PRINT_DOCUMENTS,
                     Permission.MAKE_BACKUPS})
_WARD_OFFICER = _READER | {Permission.MANAGE_WARD_DATA, Permission.MANAGE_CONVENTIONS,
                           Permission.READ_AUDIT}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.TEAM_LEADER: frozenset(Permission) - {
        Permission.MANAGE_WARD_DATA, Permission.MANAGE_WARD_ACCOUNTS,
        Permission.MANAGE_WARD_SETTINGS},
    Role.MEDIATOR: _READER | {Permission.INTAKE_CASES, Permission.EDIT_ASSIGNED_CASES},
    Role.WARD_OFFICER: _WARD_OFFICER,
    Role.WARD_ADMIN: _WARD_OFFICER | {
        Permission.MANAGE_WARD_ACCOUNTS, Permission.MANAGE_WARD_SETTINGS,
        Permission.EDIT_SETTINGS, Permission.RESTORE_BACKUPS},
}

ROLE_LABELS: dict[Role, str] = {
    Role.TEAM_LEADER: N_("Team leader"),
    Role.MEDIATOR: N_("Mediator"),
    Role.WARD_OFFICER: N_("Ward officer"),
    Role.WARD_ADMIN: N_("Ward administrator"),
}

# Who manages whose accounts: a team leader the team's, a ward administrator the ward's.
ACCOUNT_MANAGERS: dict[Role, frozenset[Role]] = {
    Role.TEAM_LEADER: frozenset({Role.TEAM_LEADER, Role.MEDIATOR}),
    Role.WARD_ADMIN: frozenset({Role.WARD_OFFICER, Role.WARD_ADMIN}),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


def may_manage(manager: Role, account_role: Role) -> bool:
    return account_role in ACCOUNT_MANAGERS.get(manager, frozenset())
