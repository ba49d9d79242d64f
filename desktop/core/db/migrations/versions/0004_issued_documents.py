"""Issued documents (verification codes, with the PDF as issued) and attachments (scanned
signed copies of a case's documents, their bytes in the database).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_KINDS = ('agreement', 'unsuccessful', 'minutes', 'invitation', 'casefile', 'logbook',
          'remuneration', 'guidance')


def _tracked_columns() -> list[sa.Column[object]]:
    return [sa.Column('team_id', sa.Uuid(), nullable=False),
            sa.Column('id', sa.Uuid(), nullable=False),
            sa.Column('version', sa.Integer(), nullable=False),
            sa.Column('changed_by', sa.String(length=80), nullable=False),
            sa.Column('changed_at', sa.DateTime(), nullable=True)]


def upgrade() -> None:
    op.create_table('issued_documents',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.Enum(*_KINDS, name='documentkind', native_enum=False, length=40),
              nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('case_version', sa.Integer(), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('params', sa.JSON(), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('issued_by', sa.String(length=80), nullable=False),
    sa.Column('device', sa.String(length=80), nullable=False),
    sa.Column('target', sa.Text(), nullable=False),
    *_tracked_columns(),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_issued_documents_case_id_cases')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_issued_documents_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_documents')),
    sa.UniqueConstraint('code', name=op.f('uq_issued_documents_code'))
    )
    with op.batch_alter_table('issued_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issued_documents_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_issued_documents_team_id'), ['team_id'], unique=False)

    op.create_table('case_attachments',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=40), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('issued_id', sa.Uuid(), nullable=True),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('added_by', sa.String(length=80), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    *_tracked_columns(),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_attachments_case_id_cases')),
    sa.ForeignKeyConstraint(['issued_id'], ['issued_documents.id'], name=op.f('fk_case_attachments_issued_id_issued_documents')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_case_attachments_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_attachments'))
    )
    with op.batch_alter_table('case_attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_attachments_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_attachments_team_id'), ['team_id'], unique=False)

    op.create_table('issued_document_files',
    sa.Column('issued_id', sa.Uuid(), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['issued_id'], ['issued_documents.id'], name=op.f('fk_issued_document_files_issued_id_issued_documents')),
    sa.PrimaryKeyConstraint('issued_id', name=op.f('pk_issued_document_files'))
    )
    op.create_table('case_attachment_contents',
    sa.Column('attachment_id', sa.Uuid(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['attachment_id'], ['case_attachments.id'], name=op.f('fk_case_attachment_contents_attachment_id_case_attachments')),
    sa.PrimaryKeyConstraint('attachment_id', name=op.f('pk_case_attachment_contents'))
    )


def downgrade() -> None:
    op.drop_table('case_attachment_contents')
    op.drop_table('issued_document_files')
    with op.batch_alter_table('case_attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_attachments_team_id'))
        batch_op.drop_index(batch_op.f('ix_case_attachments_case_id'))
    op.drop_table('case_attachments')
    with op.batch_alter_table('issued_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issued_documents_team_id'))
        batch_op.drop_index(batch_op.f('ix_issued_documents_case_id'))
    op.drop_table('issued_documents')
