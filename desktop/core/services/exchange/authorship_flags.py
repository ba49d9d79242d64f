"""The ward's view of what its teams' packages carried that was not signed by the account it
names (kept on each team's enrolment by ``exchange.ward_authorship``): the dashboard lists the
teams to ask about it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.core.domain.roles import Permission
from desktop.core.exchange import book, keys
from desktop.core.exchange.ward_authorship import trusted_leaders


@dataclass(frozen=True)
class FlaggedTeam:
    name: str
    problems: list[str]  # translated, as the import said them
    leaders: list[str]  # the accounts the ward takes as the team's leaders (signed grants)


def flagged_teams(session: Session) -> list[FlaggedTeam]:
    """Teams whose latest package held something not signed by the account it names."""
    book.allowed(session, Permission.MANAGE_WARD_DATA)
    return [FlaggedTeam(peer.name, list(peer.details["authorship_problems"]),
                        trusted_leaders(peer.details))
            for peer in keys.peers(session, "team")
            if (peer.details or {}).get("authorship_problems")]
