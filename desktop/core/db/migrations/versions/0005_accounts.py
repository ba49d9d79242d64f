"""Accounts, roles and login records.

Reserved slot for issue #3 (accounts and encryption): empty until that work fills it in (no book has been issued with
this revision yet, so filling it in is safe).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
