"""Exchange with the ward office: keys, packages, acknowledgments, review queue.

Reserved slot for issue #4: empty until that work fills it in (no book has been issued with
this revision yet, so filling it in is safe).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

from __future__ import annotations

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
