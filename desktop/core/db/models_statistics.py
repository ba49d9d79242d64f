"""Submitted statistics periods (DOMAIN.md §4): the figures as sent upward, frozen.

A submission stores the report as it was (``snapshot``: every figure with its case ids), where
each case stood (``cases``: case id -> [team id, matter group, intake, result]), and the
amendments to earlier submitted periods that this report carried (``amended``: submission id ->
case id -> the new standing). It is journaled like every Tracked record, and never changed.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.db.models import Base, Tracked


class StatisticsSubmission(Tracked, Base):
    __tablename__ = "statistics_submissions"
    __table_args__ = (UniqueConstraint("period_start", "period_end",
                                       name="uq_statistics_submissions_period"),)

    period_start: Mapped[date]
    period_end: Mapped[date]
    period_kind: Mapped[str] = mapped_column(String(20))
    submitted_at: Mapped[datetime]
    submitted_by: Mapped[str] = mapped_column(String(80))
    snapshot: Mapped[dict[str, Any]]
    cases: Mapped[dict[str, Any]]
    amended: Mapped[dict[str, Any]]

    @property
    def owning_team_id(self) -> uuid.UUID | None:  # type: ignore[override]
        return None  # the ward's own record: it belongs to no team


STATISTICS_MODELS: tuple[type[Tracked], ...] = (StatisticsSubmission,)
