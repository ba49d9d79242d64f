"""The cases behind one figure of the ward's statistics, and the teams a report can show."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db.models import Case, CaseParticipant, MatterCategory, Person, Team
from desktop.core.domain.enums import ParticipantRole
from desktop.core.domain.numbering import format_case_number
from desktop.core.domain.text import name_sort_key
from desktop.core.exchange.service import export_states
from desktop.core.i18n import current_language
from desktop.core.services.cases import listing as case_list
from desktop.core.statistics.case_ids import CaseIds, resolve_ids


@dataclass(frozen=True)
class DrilldownRow:
    """One case of a drill-down list: the case list's row and the name of its team."""

    case: case_list.CaseRow
    team: str


PAGE = 200  # rows a drill-down shows before it reads on (a screenful, and some)


def drilldown_page(session: Session, ids: Sequence[uuid.UUID], start: int = 0,
                   count: int = PAGE) -> list[DrilldownRow]:
    """Rows ``start`` to ``start + count`` of the cases ``ids`` (a figure's, its ids read now
    with ``session`` if not read yet), in the figure's order: what a drill-down shows first
    is one page, however many cases the figure counts (a province's year: 100,000)."""
    wanted = ids.resolve(session) if isinstance(ids, CaseIds) else ids
    return _rows(session, list(wanted[start:start + count]))


def drilldown_rows(session: Session, ids: Sequence[uuid.UUID]) -> list[DrilldownRow]:
    """Every case of ``ids`` as the case list shows it, each with its team's name (an export,
    a test); page by page, as the drill-down reads them."""
    wanted = resolve_ids(session, ids)
    rows: list[DrilldownRow] = []
    for start in range(0, len(wanted), CHUNK):
        rows += _rows(session, wanted[start:start + CHUNK])
    return rows


CHUNK = 5_000  # ids per read of a whole list: well inside an IN (...) list's limit of
# parameters (PostgreSQL's driver takes 65,535, SQLite 32,766)


def _rows(session: Session, ids: list[uuid.UUID]) -> list[DrilldownRow]:
    """The case list's row of each case and its team's name, read together; the parties'
    names (several a case) in a second query; in the order of ``ids``."""
    if not ids:
        return []
    name = MatterCategory.name_vi if current_language() == "vi" else MatterCategory.name_en
    found = session.execute(
        select(Case.id, Case.year, Case.seq, Case.received_on, Case.title, name, Case.status,
               Case.sensitive, Team.name)
        .join(MatterCategory, MatterCategory.code == Case.category_code)
        .join(Team, Team.id == Case.team_id).where(Case.id.in_(ids)))
    parties = _party_names(session, ids)
    exported = export_states(session, ids)
    rows = {case_id: DrilldownRow(case_list.CaseRow(
        case_id, format_case_number(seq, year), received, title, category,
        ", ".join(parties.get(case_id, ())), status, sensitive, exported.get(case_id)), team)
        for case_id, year, seq, received, title, category, status, sensitive, team in found}
    return [rows[case_id] for case_id in ids if case_id in rows]


def _party_names(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    names: dict[uuid.UUID, list[str]] = {}
    for case_id, full_name in session.execute(
            select(CaseParticipant.case_id, Person.full_name)
            .join(Person, Person.id == CaseParticipant.person_id)
            .where(CaseParticipant.case_id.in_(ids),
                   CaseParticipant.role == ParticipantRole.PARTY)
            .order_by(CaseParticipant.case_id, CaseParticipant.ordinal)):
        names.setdefault(case_id, []).append(full_name)
    return names


def ward_teams(session: Session) -> list[tuple[uuid.UUID, str]]:
    """Every team of the ward as (id, name), in Vietnamese name order."""
    rows = [(team_id, name) for team_id, name in session.execute(select(Team.id, Team.name))]
    return sorted(rows, key=lambda row: name_sort_key(row[1]))
