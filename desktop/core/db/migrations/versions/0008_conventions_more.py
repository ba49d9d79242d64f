"""Village conventions, second part (reserved; may stay empty).

Reserved slot for issue #6: empty until that work fills it in (no book has been issued with
this revision yet, so filling it in is safe).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22
"""

from __future__ import annotations

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
