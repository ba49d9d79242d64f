"""The search index keeps only folded words: ``search_entries.text`` (a second copy of every
name, note and term as written, ~3 KB a case) and the never-queried index on ``source_id`` go.
A search reads the written text again from the records for the one page it shows.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.core.db import search_index

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

_CHUNK = 400  # cases at a time


def upgrade() -> None:
    op.drop_index('ix_search_entries_source_id', table_name='search_entries')
    # Native DROP COLUMN (SQLite >= 3.35, PostgreSQL): a batch copy of the table would drop
    # the triggers that keep the full-text index in step.
    op.execute("ALTER TABLE search_entries DROP COLUMN text")


def downgrade() -> None:
    op.execute("ALTER TABLE search_entries ADD COLUMN text TEXT NOT NULL DEFAULT ''")
    op.create_index('ix_search_entries_source_id', 'search_entries', ['source_id'])
    bind = op.get_bind()
    entries = sa.table('search_entries', sa.column('id', sa.Integer), sa.column('case_id', sa.Uuid),
                       sa.column('field', sa.String), sa.column('source_id', sa.String),
                       sa.column('folded', sa.Text), sa.column('text', sa.Text))
    case_ids = sorted(bind.scalars(sa.select(entries.c.case_id).distinct()))
    for start in range(0, len(case_ids), _CHUNK):  # the older program shows the written text
        chunk = case_ids[start:start + _CHUNK]
        rows = bind.execute(sa.select(
            entries.c.id, entries.c.case_id, entries.c.field, entries.c.source_id,
            entries.c.folded).where(entries.c.case_id.in_(chunk))).all()
        written = search_index.written_texts(bind, [tuple(row[1:]) for row in rows])
        for entry_id, *key in rows:
            value = written.get(tuple(key), "")
            if value:
                bind.execute(entries.update().where(entries.c.id == entry_id)
                             .values(text=value))
