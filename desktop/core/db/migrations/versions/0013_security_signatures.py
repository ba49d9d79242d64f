"""Security (authorship): people's signatures over their own journal entries.

Entries written before this revision stay unsigned: ``audit verify`` reports them as made
before signing, not as forged. From the next login each account gets its own signing key.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('journal_signatures',
    sa.Column('last_seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('first_seq', sa.Integer(), nullable=False),
    sa.Column('author', sa.String(length=80), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('signature', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('last_seq', name=op.f('pk_journal_signatures'))
    )


def downgrade() -> None:
    op.drop_table('journal_signatures')
