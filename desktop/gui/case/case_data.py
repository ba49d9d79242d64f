"""What the case window reads in one background query: the case and its choices."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desktop.core.services.cases import detail as case_detail
from desktop.core.services.cases.detail import CaseDetail
from desktop.core.services.cases.stale_edits import CaseVersions, case_versions
from desktop.core.services.workspace import reference, teams
from desktop.core.services.workspace.reference import CategoryView
from desktop.core.services.workspace.teams import MediatorView


@dataclass(frozen=True)
class CaseData:
    detail: CaseDetail
    categories: tuple[CategoryView, ...]  # kinds of matter still in use
    mediators: tuple[MediatorView, ...]  # every mediator of the team, leader first
    active_mediators: tuple[MediatorView, ...]  # those recognised today: who may be assigned
    versions: CaseVersions  # what a save checks that nobody changed since (stale_edits)


def load_case_data(session: Session, case_id: uuid.UUID) -> CaseData:
    detail = case_detail.get_case(session, case_id)
    return CaseData(
        detail, tuple(reference.list_categories(session)),
        tuple(teams.list_mediators(session, detail.team_id)),
        tuple(teams.list_mediators(session, detail.team_id, active_on=date.today())),
        case_versions(session, case_id))
