"""Leftovers of the documents' audit: who asked to stop an unsuccessful mediation (Law 35/2013
Art. 23 cl. 2-3), a hearing mediated on the spot (Art. 20's exception to the 3-day start).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


# recreate="never": SQLite adds (and, since 3.35, drops) these columns in place; copying the
# tables instead would drop tables that others refer to (hearing_attendees -> hearings), and fail.


def upgrade() -> None:
    with op.batch_alter_table('outcomes', recreate='never') as batch:
        batch.add_column(sa.Column('stop_requested_by', sa.String(length=300), nullable=False,
                                   server_default=''))
    with op.batch_alter_table('hearings', recreate='never') as batch:
        # Existing hearings were not marked: the 3-day rule applies to them as before.
        batch.add_column(sa.Column('on_the_spot', sa.Boolean(), nullable=False,
                                   server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('hearings', recreate='never') as batch:
        batch.drop_column('on_the_spot')
    with op.batch_alter_table('outcomes', recreate='never') as batch:
        batch.drop_column('stop_requested_by')
