"""One search over everything a team writes, merges of duplicate persons, conflict decisions.

``search_entries`` holds one row per searchable piece of a case (written by the program, since
folding đ needs Python); SQLite indexes its folded words with an external-content FTS5 table
kept in step by triggers (with prefix indexes, so a short first word is fast), PostgreSQL with a
GIN index over its ``simple`` text-search vector. Existing cases are indexed here.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.core.db import search_index

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

_FTS = [
    """CREATE VIRTUAL TABLE search_fts USING fts5(
           folded, content='search_entries', content_rowid='id',
           tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')""",
    """CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN
           INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded); END""",
    """CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN
           INSERT INTO search_fts(search_fts, rowid, folded)
           VALUES ('delete', old.id, old.folded); END""",
    """CREATE TRIGGER search_entries_au AFTER UPDATE ON search_entries BEGIN
           INSERT INTO search_fts(search_fts, rowid, folded)
           VALUES ('delete', old.id, old.folded);
           INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded); END""",
]
_POSTGRESQL = ["CREATE INDEX ix_search_entries_words ON search_entries "
               "USING gin (to_tsvector('simple'::regconfig, folded))"]


def _tracked(table: str) -> list[sa.Column[object]]:
    """The columns every travelling record has (``models.TeamOwned``)."""
    return [sa.Column('id', sa.Uuid(), nullable=False),
            sa.Column('version', sa.Integer(), nullable=False),
            sa.Column('changed_by', sa.String(length=80), nullable=False),
            sa.Column('changed_at', sa.DateTime(), nullable=True),
            sa.Column('team_id', sa.Uuid(), sa.ForeignKey(
                'teams.id', name=f'fk_{table}_team_id_teams'), nullable=False)]


def upgrade() -> None:
    op.create_table(
        'search_entries',
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column('case_id', sa.Uuid(), sa.ForeignKey(
            'cases.id', name='fk_search_entries_case_id_cases'), nullable=False),
        sa.Column('field', sa.String(length=40), nullable=False),
        sa.Column('source_id', sa.String(length=36), nullable=False),
        sa.Column('text', sa.Text(), nullable=False, server_default=''),  # see 0018
        sa.Column('folded', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_search_entries'))
    op.create_index('ix_search_entries_case_id', 'search_entries', ['case_id'])
    op.create_index('ix_search_entries_source_id', 'search_entries', ['source_id'])
    _create_people_tables()
    bind = op.get_bind()
    for statement in {"sqlite": _FTS, "postgresql": _POSTGRESQL}.get(bind.dialect.name, []):
        op.execute(statement)
    search_index.rebuild_all(bind)


def _create_people_tables() -> None:
    op.create_table(
        'person_merges', *_tracked('person_merges'),
        sa.Column('kept_id', sa.Uuid(), sa.ForeignKey(
            'persons.id', name='fk_person_merges_kept_id_persons'), nullable=False),
        sa.Column('merged_id', sa.Uuid(), sa.ForeignKey(
            'persons.id', name='fk_person_merges_merged_id_persons'), nullable=False),
        sa.Column('participant_ids', sa.JSON(), nullable=False),
        sa.Column('merged_on', sa.Date(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('undone_on', sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint('id', name='pk_person_merges'))
    for column in ('team_id', 'kept_id', 'merged_id'):
        op.create_index(f'ix_person_merges_{column}', 'person_merges', [column])
    op.create_table(
        'conflict_decisions', *_tracked('conflict_decisions'),
        sa.Column('case_id', sa.Uuid(), sa.ForeignKey(
            'cases.id', name='fk_conflict_decisions_case_id_cases'), nullable=False),
        sa.Column('mediator_id', sa.Uuid(), sa.ForeignKey(
            'mediators.id', name='fk_conflict_decisions_mediator_id_mediators'),
            nullable=False),
        sa.Column('findings', sa.JSON(), nullable=False),
        sa.Column('assigned', sa.Boolean(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('decided_on', sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_conflict_decisions'))
    for column in ('team_id', 'case_id', 'mediator_id'):
        op.create_index(f'ix_conflict_decisions_{column}', 'conflict_decisions', [column])


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("search_entries_ai", "search_entries_ad", "search_entries_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_table('conflict_decisions')
    op.drop_table('person_merges')
    op.drop_table('search_entries')
