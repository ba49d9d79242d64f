"""Personal-data duties (DOMAIN.md §6): what each person was told and agreed to, the keys that
seal their identity in the change journal, and the record of people anonymised.

``PersonalKey`` is deliberately not ``Tracked``: it is never journaled and is deleted when a
person is erased, which leaves the journal's sealed copies of their identity unreadable while
the hash chain still verifies (crypto-shredding; see docs/personal-data.md).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.db.models import Base, TeamOwned, Tracked, enum_column
from desktop.core.i18n import N_


class ConsentDecision(StrEnum):
    GIVEN = "given"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


CONSENT_LABELS = {
    ConsentDecision.GIVEN: N_("consent given"),
    ConsentDecision.REFUSED: N_("consent refused"),
    ConsentDecision.WITHDRAWN: N_("consent withdrawn"),
}


class ConsentRecord(TeamOwned, Base):
    """The person was told what is kept and why (``notice``) and answered on ``recorded_on``."""

    __tablename__ = "consent_records"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    recorded_on: Mapped[date]
    notice: Mapped[str] = mapped_column(Text)
    decision: Mapped[ConsentDecision] = mapped_column(enum_column(ConsentDecision))
    recorded_by: Mapped[str] = mapped_column(String(120))
    note: Mapped[str] = mapped_column(Text, default="")


class PersonalKey(Base):
    """The AES-GCM key that seals, in the journal, one person's identity fields or one case's
    free text (``person_id`` then holds the case's id: the subject of the key)."""

    __tablename__ = "personal_keys"

    person_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[datetime]


class Erasure(Base):
    """A person anonymised after the retention period: their number ``#k`` and when."""

    __tablename__ = "erasures"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    erased_on: Mapped[date]
    reason: Mapped[str] = mapped_column(Text, default="")


PERSONAL_MODELS: tuple[type[Tracked], ...] = (ConsentRecord,)
