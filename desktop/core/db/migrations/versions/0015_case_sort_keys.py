"""Stored sort keys of the case list (desktop.core.db.sort_keys): title and parties in
Vietnamese order as byte-sortable strings, indexed; filled here for every existing case.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.core.db import sort_keys

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "case_sort_keys",
        sa.Column("case_id", sa.Uuid(), sa.ForeignKey("cases.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("title_key", sa.String(), nullable=False),
        sa.Column("parties_key", sa.String(), nullable=False),
    )
    op.create_index("ix_case_sort_keys_title_key", "case_sort_keys", ["title_key"])
    op.create_index("ix_case_sort_keys_parties_key", "case_sort_keys", ["parties_key"])
    # the table as made here: the columns 0021 copies from the case are not there yet
    sort_keys.write_all(op.get_bind(), table)


def downgrade() -> None:
    op.drop_table("case_sort_keys")
