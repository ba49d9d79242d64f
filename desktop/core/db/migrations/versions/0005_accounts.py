"""Accounts (username, role, team, mediator link, active) and their secrets (password verifier
for books on a server, failed-login counter, last login).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

ROLES = ('team_leader', 'mediator', 'ward_officer', 'ward_admin')


def upgrade() -> None:
    op.create_table('accounts',
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('username_key', sa.String(length=60), nullable=False),
    sa.Column('display_name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.Enum(*ROLES, name='role', native_enum=False, length=40), nullable=False),
    sa.Column('team_id', sa.Uuid(), nullable=True),
    sa.Column('mediator_id', sa.Uuid(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['mediator_id'], ['mediators.id'], name=op.f('fk_accounts_mediator_id_mediators')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_accounts_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accounts')),
    sa.UniqueConstraint('username_key', name=op.f('uq_accounts_username_key'))
    )
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_accounts_team_id'), ['team_id'], unique=False)

    op.create_table('account_secrets',
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('verifier', sa.String(length=300), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('unreported', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('last_login_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_account_secrets_account_id_accounts')),
    sa.PrimaryKeyConstraint('account_id', name=op.f('pk_account_secrets'))
    )


def downgrade() -> None:
    op.drop_table('account_secrets')
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_accounts_team_id'))
    op.drop_table('accounts')
