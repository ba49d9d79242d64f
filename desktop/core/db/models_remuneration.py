"""Remuneration requests (DOMAIN.md §2.12): each with its own serial number, each case claimed
once per team.

Joint Circular 100/2014/TTLT-BTC-BTP pays a team per case that ended, not each mediator on it,
so the link from a request to a case is unique per team and case: the database itself refuses a
second claim for the same case. Both records are journaled and travel to the ward, which pays.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.db.models import Base, TeamOwned


class RemunerationClaim(TeamOwned, Base):
    """One request for remuneration: numbered ``seq/year`` within its team."""

    __tablename__ = "remuneration_claims"
    __table_args__ = (UniqueConstraint("team_id", "year", "seq",
                                       name="uq_remuneration_claims_number"),)

    year: Mapped[int]
    seq: Mapped[int]
    mediator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("mediators.id"),
                                                          default=None)  # None: the team's
    period_start: Mapped[date]
    period_end: Mapped[date]
    rate: Mapped[int]  # đồng per case, as applied on the request
    claimed_on: Mapped[date]
    issued_code: Mapped[str] = mapped_column(String(16), default="")  # its verification code


class RemunerationClaimCase(TeamOwned, Base):
    """A case paid by a request: at most once per team (the unique key)."""

    __tablename__ = "remuneration_claim_cases"
    __table_args__ = (UniqueConstraint("team_id", "case_id",
                                       name="uq_remuneration_claim_cases_case"),)

    claim_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("remuneration_claims.id"),
                                                index=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"))
