"""Journal anchors: journal heads seen outside the book (packages sent, the ward's
acknowledgments; at a ward, each team's heads), checked by ``audit verify`` and ``restore``.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('journal_anchors',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('team_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('source', sa.String(length=40), nullable=False),
    sa.Column('reference', sa.String(length=120), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_anchors'))
    )
    with op.batch_alter_table('journal_anchors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journal_anchors_team_id'), ['team_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('journal_anchors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journal_anchors_team_id'))
    op.drop_table('journal_anchors')
