"""What every printed document says about its team: the heading and the serving leader.

Shared by the document assembly, the convention review and the personal-data export; it sits
at the top of ``services`` so none of those areas has to import another for it.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db.models import Mediator, Team
from desktop.core.documents.data import TeamInfo
from desktop.core.domain.enums import MediatorRole


def team_info(team: Team) -> TeamInfo:
    return TeamInfo(team.name, team.village, team.commune, team.province, team.address,
                    team.district_legacy)


def team_leader(session: Session, team_id: uuid.UUID, day: date) -> str:
    """The name of the team's leader serving on ``day`` ("" if none is recorded)."""
    leaders = session.scalars(select(Mediator).where(
        Mediator.team_id == team_id, Mediator.role == MediatorRole.LEADER)).all()
    serving = [m for m in leaders if m.is_active_on(day)] or list(leaders)
    return serving[0].full_name if serving else ""
