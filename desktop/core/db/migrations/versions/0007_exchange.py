"""Exchange with the ward office: this book's keys, the other side's public keys, packages
sent and received, per-record state of what the ward received, per-case export state, the
review queue of conflicts, transfers, and the fields withheld from the ward (seeded).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# Narrative text of a case marked sensitive stays with the team unless the ward is entitled
# (setting exchange.ward_entitled_narrative = "1"); ID numbers and phones always stay.
WITHHELD = [
    ("cases", "summary", "sensitive"), ("cases", "eligibility_note", "sensitive"),
    ("hearings", "course", "sensitive"), ("hearings", "result", "sensitive"),
    ("case_participants", "position", "sensitive"), ("outcomes", "note", "sensitive"),
    ("outcomes", "guidance", "sensitive"), ("agreements", "note", "sensitive"),
    ("agreement_terms", "content", "sensitive"),
    ("agreement_terms", "follow_up_note", "sensitive"),
    ("conflict_declarations", "reason", "sensitive"),
    ("persons", "citizen_id", "always"), ("persons", "phone", "always"),
]
TABLES = ("exchange_withheld_fields", "exchange_transfers", "exchange_review_queue",
          "exchange_record_state", "exchange_peers", "exchange_packages", "exchange_keys",
          "exchange_case_state")


def upgrade() -> None:
    op.create_table('exchange_case_state',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('sent_sequence', sa.Integer(), nullable=False),
    sa.Column('sent_journal_seq', sa.Integer(), nullable=False),
    sa.Column('acknowledged_sequence', sa.Integer(), nullable=True),
    sa.Column('acknowledged_on', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('case_id', name=op.f('pk_exchange_case_state'))
    )
    op.create_table('exchange_keys',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('key_id', sa.String(length=32), nullable=False),
    sa.Column('seed_hex', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('retired_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_keys')),
    sa.UniqueConstraint('key_id', name=op.f('uq_exchange_keys_key_id'))
    )
    op.create_table('exchange_packages',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('peer_id', sa.String(length=36), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('journal_from', sa.Integer(), nullable=True),
    sa.Column('journal_to', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('processed_at', sa.DateTime(), nullable=False),
    sa.Column('processed_by', sa.String(length=80), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_packages')),
    sa.UniqueConstraint('direction', 'kind', 'peer_id', 'sequence', name='uq_exchange_packages_number')
    )
    op.create_table('exchange_peers',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('peer_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('sign_public', sa.String(length=64), nullable=False),
    sa.Column('box_public', sa.String(length=64), nullable=False),
    sa.Column('key_id', sa.String(length=32), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('retired_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_peers'))
    )
    with op.batch_alter_table('exchange_peers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exchange_peers_key_id'), ['key_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_exchange_peers_peer_id'), ['peer_id'], unique=False)

    op.create_table('exchange_record_state',
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('team_id', sa.String(length=36), nullable=False),
    sa.Column('team_version', sa.Integer(), nullable=False),
    sa.Column('base', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('package_sequence', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('entity', 'entity_id', name=op.f('pk_exchange_record_state'))
    )
    with op.batch_alter_table('exchange_record_state', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exchange_record_state_team_id'), ['team_id'], unique=False)

    op.create_table('exchange_review_queue',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('team_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('values', sa.JSON(), nullable=False),
    sa.Column('package_sequence', sa.Integer(), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('chosen', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('resolved_by', sa.String(length=80), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_review_queue'))
    )
    with op.batch_alter_table('exchange_review_queue', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exchange_review_queue_entity_id'), ['entity_id'], unique=False)

    op.create_table('exchange_transfers',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('from_team_id', sa.String(length=36), nullable=False),
    sa.Column('to_team_id', sa.String(length=36), nullable=False),
    sa.Column('transferred_at', sa.DateTime(), nullable=False),
    sa.Column('transferred_by', sa.String(length=80), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_transfers'))
    )
    with op.batch_alter_table('exchange_transfers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exchange_transfers_case_id'), ['case_id'], unique=False)

    op.create_table('exchange_withheld_fields',
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('scope', sa.String(length=12), nullable=False),
    sa.PrimaryKeyConstraint('entity', 'field', name=op.f('pk_exchange_withheld_fields'))
    )
    withheld = sa.table("exchange_withheld_fields", sa.column("entity"), sa.column("field"),
                        sa.column("scope"))
    op.bulk_insert(withheld, [{"entity": e, "field": f, "scope": s} for e, f, s in WITHHELD])


def downgrade() -> None:
    for name in TABLES:
        op.drop_table(name)
