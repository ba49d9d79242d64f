"""Remuneration requests with their own serial numbers, each case claimed once per team
(Joint Circular 100/2014/TTLT-BTC-BTP: paid per case per team, not per mediator).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def _tracked_columns() -> list[sa.Column[object]]:
    return [sa.Column('team_id', sa.Uuid(), nullable=False),
            sa.Column('id', sa.Uuid(), nullable=False),
            sa.Column('version', sa.Integer(), nullable=False),
            sa.Column('changed_by', sa.String(length=80), nullable=False),
            sa.Column('changed_at', sa.DateTime(), nullable=True)]


def upgrade() -> None:
    op.create_table('remuneration_claims',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('mediator_id', sa.Uuid(), nullable=True),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('rate', sa.Integer(), nullable=False),
    sa.Column('claimed_on', sa.Date(), nullable=False),
    sa.Column('issued_code', sa.String(length=16), nullable=False),
    *_tracked_columns(),
    sa.ForeignKeyConstraint(['mediator_id'], ['mediators.id'], name=op.f('fk_remuneration_claims_mediator_id_mediators')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_remuneration_claims_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_remuneration_claims')),
    sa.UniqueConstraint('team_id', 'year', 'seq', name='uq_remuneration_claims_number')
    )
    with op.batch_alter_table('remuneration_claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_remuneration_claims_team_id'), ['team_id'], unique=False)

    op.create_table('remuneration_claim_cases',
    sa.Column('claim_id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    *_tracked_columns(),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_remuneration_claim_cases_case_id_cases')),
    sa.ForeignKeyConstraint(['claim_id'], ['remuneration_claims.id'], name=op.f('fk_remuneration_claim_cases_claim_id_remuneration_claims')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_remuneration_claim_cases_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_remuneration_claim_cases')),
    sa.UniqueConstraint('team_id', 'case_id', name='uq_remuneration_claim_cases_case')
    )
    with op.batch_alter_table('remuneration_claim_cases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_remuneration_claim_cases_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_remuneration_claim_cases_team_id'), ['team_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('remuneration_claim_cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_remuneration_claim_cases_team_id'))
        batch_op.drop_index(batch_op.f('ix_remuneration_claim_cases_claim_id'))
    op.drop_table('remuneration_claim_cases')
    with op.batch_alter_table('remuneration_claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_remuneration_claims_team_id'))
    op.drop_table('remuneration_claims')
