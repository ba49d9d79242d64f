"""The program's own actors: each names its job and holds only the permissions that job needs.

Permission checks fail closed (``access``): a session without an actor is refused, and so is a
role-less actor without grants. So the program's own work acts as one of these, never as
"everything".
"""

from __future__ import annotations

from desktop.core.db.engine import Actor
from desktop.core.domain.roles import ROLE_PERMISSIONS, Permission, Role

ACCOUNT_PERMISSIONS = frozenset({Permission.MANAGE_TEAM_ACCOUNTS,
                                 Permission.MANAGE_WARD_ACCOUNTS})

# Opening a book: migrations, the device id and the reference categories (nothing checked).
OPENING = Actor.system("system")
# A new book's (or a newly encrypted book's) first account, and a password recovery.
FIRST_ACCOUNT = Actor.system("system", ACCOUNT_PERMISSIONS)
RECOVERY = Actor.system("recovery", ACCOUNT_PERMISSIONS)
# An unencrypted book has no accounts: whoever holds the file acts as its team leader (tests,
# the demo team, the command line on a plain book), never with the ward's permissions.
PLAIN_BOOK_PERMISSIONS = ROLE_PERMISSIONS[Role.TEAM_LEADER]
# The demo generators: a team's book is seeded as its leader would have written it; the demo
# ward also records its teams' work (as if enrolled) and the ward's own settings and accounts.
DEMO_TEAM_PERMISSIONS = ROLE_PERMISSIONS[Role.TEAM_LEADER]
DEMO_WARD_PERMISSIONS = ROLE_PERMISSIONS[Role.TEAM_LEADER] | ROLE_PERMISSIONS[Role.WARD_ADMIN]


def plain_book_actor(user: str, device: str = "",
                     permissions: frozenset[Permission] = PLAIN_BOOK_PERMISSIONS) -> Actor:
    return Actor.system(user, permissions, device)


def demo_actor(device: str, permissions: frozenset[Permission] = DEMO_TEAM_PERMISSIONS) -> Actor:
    """The demo generator seeding a book (journaled as ``demo``)."""
    return Actor.system("demo", permissions, device)
