"""Village conventions, second part: the decision that changed a version's status.

A version is suspended (wholly or partly), abolished or restored by a decision of the commune
People's Committee (Decree 61/2023/NĐ-CP); its number and date are kept with the status.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('convention_versions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status_decision_no', sa.String(length=60),
                                      nullable=False, server_default=''))
        batch_op.add_column(sa.Column('status_decision_date', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('convention_versions', schema=None) as batch_op:
        batch_op.drop_column('status_decision_date')
        batch_op.drop_column('status_decision_no')
