"""Accounts: who may log in to a book, with which role.

An account is ``Tracked`` (its changes are journaled: who created, renamed, deactivated whom).
Its secrets are not: the password verifier and the account's own signing key wrapped by its
password (books on a server; a SQLite book keeps both in its key file's slots instead) and the
failed-login counter live in ``account_secrets``, a plain table that is never journaled nor
exported.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.db.models import Base, Tracked, enum_column
from desktop.core.domain.roles import Role


class Account(Tracked, Base):
    __tablename__ = "accounts"

    username: Mapped[str] = mapped_column(String(60))
    username_key: Mapped[str] = mapped_column(String(60), unique=True)  # case-folded
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(enum_column(Role))
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"), default=None,
                                                      index=True)
    mediator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("mediators.id"),
                                                          default=None)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime | None] = mapped_column(default=None)


class AccountSecret(Base):
    __tablename__ = "account_secrets"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
    verifier: Mapped[str] = mapped_column(String(300), default="")
    failures: Mapped[int] = mapped_column(default=0)
    unreported: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)
    last_login_at: Mapped[datetime | None] = mapped_column(default=None)
    # A server account's signing key, wrapped by a key derived from its password (JSON:
    # ``security.server_slot``), and its public half, which ``audit verify`` compares with the
    # key granted to the account. None: made before server accounts had keys (or a reset by
    # nobody logged in); the account makes or is given one at its next login or reset.
    signing_key: Mapped[str | None] = mapped_column(Text, default=None)
    public_key: Mapped[str | None] = mapped_column(String(64), default=None)



class JournalSignature(Base):
    """A person's signature over a run of their own journal entries (``first_seq`` to
    ``last_seq``, all by ``author``): the Ed25519 signature, by the key granted to the author's
    account, of ``authorship.journal_message`` over the last entry's hash. Kept beside the
    journal (whose rows database triggers keep unchanged), one row per saved unit of work."""

    __tablename__ = "journal_signatures"

    last_seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    first_seq: Mapped[int]
    author: Mapped[str] = mapped_column(String(80))
    public_key: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(100))


ACCOUNT_MODELS: tuple[type[Tracked], ...] = (Account,)
