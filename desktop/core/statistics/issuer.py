"""Who issues a statistics report on paper: a team book prints the team's own report (the team,
its leader, addressed to the commune's People's Committee); a ward book prints the People's
Committee's report to the province's Department of Justice. A team never issues in the
Committee's name (issue #12)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db.models import Mediator, Team
from desktop.core.domain.enums import MediatorRole
from desktop.core.policy import settings


@dataclass(frozen=True)
class ReportIssuer:
    """The issuing body of a printed report."""

    team: str = ""  # the team's name when the team issues it; "" for the ward
    leader: str = ""  # the team leader who signs a team's report
    commune: str = ""
    province: str = ""

    @property
    def is_team(self) -> bool:
        return bool(self.team)


def _leader(session: Session, team: Team, day: date) -> str:
    leaders = session.scalars(select(Mediator).where(
        Mediator.team_id == team.id, Mediator.role == MediatorRole.LEADER)).all()
    serving = [m for m in leaders if m.is_active_on(day)] or list(leaders)
    return serving[0].full_name if serving else ""


def report_issuer(session: Session, commune: str, day: date) -> ReportIssuer:
    """The issuer of a report whose period ends on ``day``, from the book's kind."""
    if settings.get_setting(session, settings.BOOK_KIND.key, "team") != "ward":
        own = settings.own_team_id(session)
        team = session.get(Team, own) if own else None
        if team is not None:
            return ReportIssuer(team.name, _leader(session, team, day), team.commune,
                                team.province)
    province = settings.get_setting(session, settings.WARD_PROVINCE.key).strip()
    return ReportIssuer("", "", commune, province)
