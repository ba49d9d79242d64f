"""Issued documents (verification codes) and attachments (scanned signed copies).

Reserved slot for issue #5: empty until that work fills it in (no book has been issued with
this revision yet, so filling it in is safe).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
