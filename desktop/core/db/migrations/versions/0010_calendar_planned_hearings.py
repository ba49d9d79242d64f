"""Calendar: planned hearings (recorded afterwards), their length for clashes, and the date an
agreement term was last followed up (Art. 25).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


# recreate="never": SQLite adds (and, since 3.35, drops) these columns in place; copying the
# tables instead would drop ``hearings``, which hearing_attendees refers to, and fail.


def upgrade() -> None:
    with op.batch_alter_table('hearings', recreate='never') as batch:
        # Existing hearings were recorded as held: they stay so (planned = false).
        batch.add_column(sa.Column('planned', sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column('duration_minutes', sa.Integer(), nullable=False,
                                   server_default='60'))
    with op.batch_alter_table('agreement_terms', recreate='never') as batch:
        batch.add_column(sa.Column('followed_up_on', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('agreement_terms', recreate='never') as batch:
        batch.drop_column('followed_up_on')
    with op.batch_alter_table('hearings', recreate='never') as batch:
        batch.drop_column('duration_minutes')
        batch.drop_column('planned')
