"""Personal-data duties: notice/consent records and retention.

Reserved slot for issue #3 (personal data): empty until that work fills it in (no book has been issued with
this revision yet, so filling it in is safe).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from __future__ import annotations

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
