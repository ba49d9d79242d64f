"""Personal-data duties: notice/consent records per person, the per-person keys that seal
identity fields in the change journal (deleted on erasure), and the erasures made.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('consent_records',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=False),
    sa.Column('notice', sa.Text(), nullable=False),
    sa.Column('decision', sa.Enum('given', 'refused', 'withdrawn', name='consentdecision', native_enum=False, length=40), nullable=False),
    sa.Column('recorded_by', sa.String(length=120), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_consent_records_person_id_persons')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_consent_records_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_records'))
    )
    with op.batch_alter_table('consent_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_records_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_records_team_id'), ['team_id'], unique=False)

    op.create_table('personal_keys',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('key', sa.LargeBinary(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('person_id', name=op.f('pk_personal_keys'))
    )
    op.create_table('erasures',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('erased_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_erasures_person_id_persons')),
    sa.PrimaryKeyConstraint('person_id', name=op.f('pk_erasures')),
    sa.UniqueConstraint('number', name=op.f('uq_erasures_number'))
    )


def downgrade() -> None:
    op.drop_table('erasures')
    op.drop_table('personal_keys')
    with op.batch_alter_table('consent_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_records_team_id'))
        batch_op.drop_index(batch_op.f('ix_consent_records_person_id'))
    op.drop_table('consent_records')
