"""The team and its mediators: first-start setup and later changes."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db.models import Mediator, Team
from desktop.core.domain.enums import MediatorRole, Sex
from desktop.core.domain.identity import normalize_phone, require_name
from desktop.core.domain.roles import Permission
from desktop.core.domain.text import clean, name_sort_key
from desktop.core.errors import HoagiaiError, ValidationError, WorkflowError, raise_if_any
from desktop.core.i18n import N_
from desktop.core.policy import settings
from desktop.core.policy.access import require
from desktop.core.services.common import assign, fetch


@dataclass(frozen=True)
class TeamInput:
    name: str
    village: str
    commune: str
    province: str
    address: str = ""
    district_legacy: str = ""


@dataclass(frozen=True)
class MediatorInput:
    full_name: str
    sex: Sex
    role: MediatorRole = MediatorRole.MEMBER
    birth_year: int | None = None
    ethnicity: str = ""
    recognition_decision_no: str = ""
    recognition_decision_date: date | None = None
    start_date: date | None = None
    end_date: date | None = None
    phone: str = ""
    address: str = ""


@dataclass(frozen=True, kw_only=True)
class MediatorView(MediatorInput):
    id: uuid.UUID

    @property
    def is_leader(self) -> bool:
        return self.role is MediatorRole.LEADER


def _team_values(data: TeamInput) -> dict[str, str]:
    values = {key: clean(value) for key, value in asdict(data).items()}
    labels = {"name": N_("Please enter the team's name."),
              "village": N_("Please enter the village or residential group."),
              "commune": N_("Please enter the commune or ward."),
              "province": N_("Please enter the province or city.")}
    raise_if_any([ValidationError(msg, field=key) for key, msg in labels.items()
                  if not values[key]])
    return values


def _mediator_values(data: MediatorInput) -> dict[str, object]:
    values = asdict(data)
    values.update(full_name=require_name(data.full_name), phone=normalize_phone(data.phone),
                  ethnicity=clean(data.ethnicity), address=clean(data.address),
                  recognition_decision_no=clean(data.recognition_decision_no))
    if data.start_date and data.end_date and data.end_date < data.start_date:
        raise ValidationError(
            N_("The end date of a mediator's term cannot be before its start date."),
            field="end_date")
    return values


def set_up_team(session: Session, team: TeamInput, mediators: list[MediatorInput]) -> uuid.UUID:
    """First start: create this book's team and its mediators."""
    require(session, Permission.SET_UP_TEAM)
    if settings.own_team_id(session) is not None:
        raise WorkflowError(N_("This case book already has its team. Edit the team instead."))
    if not any(m.role is MediatorRole.LEADER for m in mediators):
        raise ValidationError(N_("Choose which mediator is the team leader."), field="role")
    record = Team(**_team_values(team))
    session.add(record)
    session.flush()
    settings.set_setting(session, settings.OWN_TEAM.key, str(record.id))
    for mediator in mediators:
        add_mediator(session, record.id, mediator)
    return record.id


def update_team(session: Session, team_id: uuid.UUID, team: TeamInput) -> None:
    require(session, Permission.SET_UP_TEAM)
    assign(fetch(session, Team, team_id), _team_values(team))


def add_mediator(session: Session, team_id: uuid.UUID, data: MediatorInput) -> uuid.UUID:
    require(session, Permission.SET_UP_TEAM)
    mediator = Mediator(team_id=team_id, **_mediator_values(data))
    session.add(mediator)
    session.flush()
    return mediator.id


def update_mediator(session: Session, mediator_id: uuid.UUID, data: MediatorInput) -> None:
    require(session, Permission.SET_UP_TEAM)
    assign(fetch(session, Mediator, mediator_id), _mediator_values(data))


def get_team(session: Session, team_id: uuid.UUID) -> TeamInput:
    team = fetch(session, Team, team_id)
    return TeamInput(team.name, team.village, team.commune, team.province, team.address,
                     team.district_legacy)


def _view(mediator: Mediator) -> MediatorView:
    fields = {key: getattr(mediator, key) for key in MediatorInput.__dataclass_fields__}
    return MediatorView(id=mediator.id, **fields)


def list_mediators(session: Session, team_id: uuid.UUID,
                   active_on: date | None = None) -> list[MediatorView]:
    mediators = session.scalars(select(Mediator).where(Mediator.team_id == team_id)).all()
    if active_on is not None:
        mediators = [m for m in mediators if m.is_active_on(active_on)]
    ordered = sorted(mediators, key=lambda m: (m.role is not MediatorRole.LEADER,
                                                name_sort_key(m.full_name)))
    return [_view(m) for m in ordered]


def composition_warnings(mediators: list[MediatorInput]) -> list[HoagiaiError]:
    """What the law asks of a team that this list does not meet (warnings, not blocks)."""
    warnings: list[HoagiaiError] = []
    if sum(m.role is MediatorRole.LEADER for m in mediators) != 1:
        warnings.append(WorkflowError(N_("A team has exactly one team leader.")))
    if len(mediators) < 3:
        warnings.append(WorkflowError(N_("A team needs at least 3 mediators.")))
    if not any(m.sex is Sex.FEMALE for m in mediators):
        warnings.append(WorkflowError(N_("A team needs at least one woman mediator.")))
    return warnings
