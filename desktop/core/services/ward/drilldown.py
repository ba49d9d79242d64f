"""The cases behind one figure of the ward's statistics, and the teams a report can show."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db.models import Case, Team
from desktop.core.domain.text import name_sort_key
from desktop.core.services.cases import listing as case_list
from desktop.core.statistics.case_ids import resolve_ids


@dataclass(frozen=True)
class DrilldownRow:
    """One case of a drill-down list: the case list's row and the name of its team."""

    case: case_list.CaseRow
    team: str


CHUNK = 5_000  # ids per read: a figure of a province's year counts far more cases than one
# IN (...) list may hold (PostgreSQL's driver takes 65,535 parameters, SQLite 32,766)


def drilldown_rows(session: Session, ids: Sequence[uuid.UUID]) -> list[DrilldownRow]:
    """The cases ``ids`` (a figure's, read now with ``session`` if not read yet) as the case
    list shows them, each with its team's name."""
    wanted = resolve_ids(session, ids)
    rows: list[DrilldownRow] = []
    for start in range(0, len(wanted), CHUNK):
        rows += _chunk(session, wanted[start:start + CHUNK])
    return rows


def _chunk(session: Session, ids: list[uuid.UUID]) -> list[DrilldownRow]:
    teams = {case_id: name for case_id, name in session.execute(
        select(Case.id, Team.name).join(Team, Team.id == Case.team_id)
        .where(Case.id.in_(ids)))}
    return [DrilldownRow(row, teams.get(row.id, "")) for row in case_list.case_rows(session, ids)]


def ward_teams(session: Session) -> list[tuple[uuid.UUID, str]]:
    """Every team of the ward as (id, name), in Vietnamese name order."""
    rows = [(team_id, name) for team_id, name in session.execute(select(Team.id, Team.name))]
    return sorted(rows, key=lambda row: name_sort_key(row[1]))
