"""The actors tests act as, in one place. Permission checks fail closed (a session without an
actor, or an actor with neither a role nor grants, is refused), so a test acts either as a
person with a role or as the program's own work with explicit grants."""

from __future__ import annotations

from desktop.core.db.engine import Actor
from desktop.core.domain.roles import ROLE_PERMISSIONS, Permission, Role

# A test book seeded by the program: a team's work and the ward's (plain test books hold both).
SEEDING_PERMISSIONS = ROLE_PERMISSIONS[Role.TEAM_LEADER] | ROLE_PERMISSIONS[Role.WARD_ADMIN]


def leader(user: str, device: str = "") -> Actor:
    """A team leader named ``user``: the tests about a person editing the team's cases."""
    return Actor(user, device, role=Role.TEAM_LEADER)


def seeding(user: str = "test seeding", device: str = "",
            permissions: frozenset[Permission] = SEEDING_PERMISSIONS) -> Actor:
    """The program seeding a test book, journaled as ``user``."""
    return Actor.system(user, permissions, device)
