"""Ward statistics: submitted report periods and their amendments.

Reserved slot for issue #4 (ward statistics): empty until that work fills it in (no book has been issued with
this revision yet, so filling it in is safe).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22
"""

from __future__ import annotations

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
