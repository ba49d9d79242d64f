"""Village conventions: conventions, their recognised versions, articles (with a lineage shared
across versions), clauses, and the citations of articles in cases.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('conventions',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('village', sa.String(length=200), nullable=False),
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_conventions_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conventions'))
    )
    with op.batch_alter_table('conventions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conventions_team_id'), ['team_id'], unique=False)

    op.create_table('convention_versions',
    sa.Column('convention_id', sa.Uuid(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('decision_no', sa.String(length=60), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('effective_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('in_force', 'partly_suspended', 'suspended', 'abolished', 'replaced', name='conventionstatus', native_enum=False, length=40), nullable=False),
    sa.Column('status_since', sa.Date(), nullable=True),
    sa.Column('previous_version_id', sa.Uuid(), nullable=True),
    sa.Column('preamble', sa.Text(), nullable=False),
    sa.Column('closing', sa.Text(), nullable=False),
    sa.Column('source_name', sa.String(length=300), nullable=False),
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['convention_id'], ['conventions.id'], name=op.f('fk_convention_versions_convention_id_conventions')),
    sa.ForeignKeyConstraint(['previous_version_id'], ['convention_versions.id'], name=op.f('fk_convention_versions_previous_version_id_convention_versions')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_convention_versions_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_convention_versions')),
    sa.UniqueConstraint('convention_id', 'ordinal', name='uq_convention_versions_convention_ordinal')
    )
    with op.batch_alter_table('convention_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_convention_versions_convention_id'), ['convention_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_convention_versions_team_id'), ['team_id'], unique=False)

    op.create_table('convention_articles',
    sa.Column('convention_version_id', sa.Uuid(), nullable=False),
    sa.Column('lineage_id', sa.Uuid(), nullable=False),
    sa.Column('change', sa.Enum('new', 'amended', 'unchanged', name='articlechange', native_enum=False, length=40), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('chapter_number', sa.Integer(), nullable=False),
    sa.Column('chapter_label', sa.String(length=20), nullable=False),
    sa.Column('chapter_title', sa.String(length=300), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('folded', sa.Text(), nullable=False),
    sa.Column('flagged', sa.JSON(), nullable=False),
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['convention_version_id'], ['convention_versions.id'], name=op.f('fk_convention_articles_convention_version_id_convention_versions')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_convention_articles_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_convention_articles'))
    )
    with op.batch_alter_table('convention_articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_convention_articles_convention_version_id'), ['convention_version_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_convention_articles_lineage_id'), ['lineage_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_convention_articles_team_id'), ['team_id'], unique=False)

    op.create_table('case_citations',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('article_id', sa.Uuid(), nullable=False),
    sa.Column('clause_number', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['convention_articles.id'], name=op.f('fk_case_citations_article_id_convention_articles')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_citations_case_id_cases')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_case_citations_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_citations'))
    )
    with op.batch_alter_table('case_citations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_citations_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_citations_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_citations_team_id'), ['team_id'], unique=False)

    op.create_table('convention_clauses',
    sa.Column('article_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['convention_articles.id'], name=op.f('fk_convention_clauses_article_id_convention_articles')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_convention_clauses_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_convention_clauses'))
    )
    with op.batch_alter_table('convention_clauses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_convention_clauses_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_convention_clauses_team_id'), ['team_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('convention_clauses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_convention_clauses_team_id'))
        batch_op.drop_index(batch_op.f('ix_convention_clauses_article_id'))

    op.drop_table('convention_clauses')
    with op.batch_alter_table('case_citations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_citations_team_id'))
        batch_op.drop_index(batch_op.f('ix_case_citations_case_id'))
        batch_op.drop_index(batch_op.f('ix_case_citations_article_id'))

    op.drop_table('case_citations')
    with op.batch_alter_table('convention_articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_convention_articles_team_id'))
        batch_op.drop_index(batch_op.f('ix_convention_articles_lineage_id'))
        batch_op.drop_index(batch_op.f('ix_convention_articles_convention_version_id'))

    op.drop_table('convention_articles')
    with op.batch_alter_table('convention_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_convention_versions_team_id'))
        batch_op.drop_index(batch_op.f('ix_convention_versions_convention_id'))

    op.drop_table('convention_versions')
    with op.batch_alter_table('conventions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conventions_team_id'))

    op.drop_table('conventions')
