"""The search index's words, once each (``search_words``), filled from the existing entries: a
query's unfinished last word is expanded through it instead of a slow prefix scan.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.core.db import search_index

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'search_words',
        sa.Column('word', sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint('word', name='pk_search_words'))
    search_index.rebuild_words(op.get_bind())


def downgrade() -> None:
    op.drop_table('search_words')
