"""Which party asked for mediation (Law 35/2013 Art. 16 cl. 1 a: at a party's request).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


# recreate="never": SQLite adds the column in place; copying case_participants instead would
# break the rows that refer to it (represents_id, hearing attendees).


def upgrade() -> None:
    with op.batch_alter_table('case_participants', recreate='never') as batch:
        # Cases recorded before this was asked keep "not said": nobody is marked afterwards.
        batch.add_column(sa.Column('requested_mediation', sa.Boolean(), nullable=False,
                                   server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('case_participants', recreate='never') as batch:
        batch.drop_column('requested_mediation')
