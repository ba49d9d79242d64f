"""Tables of the exchange with the ward office (issue #4, docs/exchange-format.md).

None of them travels as records: they describe the exchange itself (keys, peers, packages sent
and received, what the ward last received of each record, the review queue), so they are not
``Tracked``; what they cause to change in case records is journaled by the usual hook.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.db.models import Base


class ExchangeKey(Base):
    """This book's own key pair, kept as the 32-byte seed both keys derive from."""

    __tablename__ = "exchange_keys"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    key_id: Mapped[str] = mapped_column(String(32), unique=True)
    seed_hex: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    retired_at: Mapped[datetime | None] = mapped_column(default=None)


class ExchangePeer(Base):
    """The public keys of the other side: the enrolled teams (ward book) or the ward (team
    book). A replaced key stays as a retired row, for the record."""

    __tablename__ = "exchange_peers"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    peer_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # "team" or "ward"
    name: Mapped[str] = mapped_column(String(300))
    sign_public: Mapped[str] = mapped_column(String(64))
    box_public: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(String(32), index=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    enrolled_at: Mapped[datetime]
    retired_at: Mapped[datetime | None] = mapped_column(default=None)


class ExchangePackage(Base):
    """A package this book wrote or accepted. (direction, kind, peer, sequence) is unique:
    that is how a replay is recognised."""

    __tablename__ = "exchange_packages"
    __table_args__ = (
        UniqueConstraint("direction", "kind", "peer_id", "sequence",
                         name="uq_exchange_packages_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    direction: Mapped[str] = mapped_column(String(10))  # "sent" or "received"
    kind: Mapped[str] = mapped_column(String(30))
    peer_id: Mapped[str] = mapped_column(String(36))
    sequence: Mapped[int]
    file_sha256: Mapped[str] = mapped_column(String(64))
    journal_from: Mapped[int | None] = mapped_column(default=None)
    journal_to: Mapped[int | None] = mapped_column(default=None)
    created_at: Mapped[datetime]
    processed_at: Mapped[datetime]
    processed_by: Mapped[str] = mapped_column(String(80), default="")
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ExchangeRecordState(Base):
    """Ward book: the team's version and values of a record as last applied (the base of the
    three-way comparison that finds conflicts), or its deletion."""

    __tablename__ = "exchange_record_state"

    entity: Mapped[str] = mapped_column(String(60), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    team_id: Mapped[str] = mapped_column(String(36), index=True)
    team_version: Mapped[int]
    base: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    deleted: Mapped[bool] = mapped_column(default=False)
    package_sequence: Mapped[int]


class ExchangeCaseState(Base):
    """Team book: the package that last carried a case, and the ward's acknowledgment."""

    __tablename__ = "exchange_case_state"

    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sent_sequence: Mapped[int]
    sent_journal_seq: Mapped[int]
    acknowledged_sequence: Mapped[int | None] = mapped_column(default=None)
    acknowledged_on: Mapped[date | None] = mapped_column(default=None)


class ExchangeReviewItem(Base):
    """Ward book: a field changed on both sides from the same base; never resolved silently."""

    __tablename__ = "exchange_review_queue"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    team_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    values: Mapped[dict[str, Any]] = mapped_column(JSON)  # {"base", "ward", "team"}
    package_sequence: Mapped[int]
    opened_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(12), default="open")  # open / resolved
    chosen: Mapped[str] = mapped_column(String(10), default="")  # team / ward
    reason: Mapped[str] = mapped_column(Text, default="")
    resolved_by: Mapped[str] = mapped_column(String(80), default="")
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)


class ExchangeTransfer(Base):
    """Ward book: a case handed from one team to another, explicitly, with a reason."""

    __tablename__ = "exchange_transfers"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    from_team_id: Mapped[str] = mapped_column(String(36))
    to_team_id: Mapped[str] = mapped_column(String(36))
    transferred_at: Mapped[datetime]
    transferred_by: Mapped[str] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(Text)


class WithheldField(Base):
    """A field that stays with the team: ``always``, or only for cases marked sensitive
    (``sensitive``) unless the ward is entitled to narrative text (DOMAIN.md §6)."""

    __tablename__ = "exchange_withheld_fields"

    entity: Mapped[str] = mapped_column(String(60), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    scope: Mapped[str] = mapped_column(String(12))


# Not Tracked: listed for the exchange's own tests, and so the migration tests see them loaded.
EXCHANGE_TABLES = (ExchangeKey, ExchangePeer, ExchangePackage, ExchangeRecordState,
                   ExchangeCaseState, ExchangeReviewItem, ExchangeTransfer, WithheldField)


class JournalAnchor(Base):
    """A journal head (sequence number and hash) that was seen outside this book: sent in a
    package, echoed by the ward's acknowledgment, or (in a ward book) received from a team
    (``team_id``). ``audit verify`` and ``restore`` check the chain against every one of them;
    see ``desktop.core.db.journal_anchors``."""

    __tablename__ = "journal_anchors"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    team_id: Mapped[str] = mapped_column(String(36), default="", index=True)  # "": this book
    seq: Mapped[int]
    hash: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(40))  # package-sent, acknowledgment, package
    reference: Mapped[str] = mapped_column(String(120), default="")  # e.g. the package number
    recorded_at: Mapped[datetime]
