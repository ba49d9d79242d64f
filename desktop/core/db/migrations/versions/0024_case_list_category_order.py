"""The case list sorted by kind of matter reads its first page along an index (#17).

The kinds of matter sort in the reference data's own order (``matter_categories.sort_order``),
another table than the cases', so the first page of that order sorted the whole book first
(372 ms at 100,000 cases, the one order 0021 left unserved). Each key row of
``case_sort_keys`` now carries its category's place in that order (``category_key``), kept in
step by desktop.core.db.sort_keys (a case's category changed, or a category's order changed by
new reference data, rewrites the keys concerned), with indexes ending in the case number, with
and without the status filter, like the title's and the parties'.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None

INDEXES = {
    "ix_case_sort_keys_team_category": ["team_id", "category_key", "year", "seq"],
    "ix_case_sort_keys_team_status_category": ["team_id", "status", "category_key", "year",
                                               "seq"],
}


def upgrade() -> None:
    with op.batch_alter_table("case_sort_keys", recreate="never") as batch:
        batch.add_column(sa.Column("category_key", sa.Integer(), nullable=False,
                                   server_default="0"))
    op.execute("UPDATE case_sort_keys SET category_key = COALESCE("
               "(SELECT m.sort_order FROM cases c JOIN matter_categories m "
               "ON m.code = c.category_code WHERE c.id = case_sort_keys.case_id), 0)")
    for name, columns in INDEXES.items():
        op.create_index(name, "case_sort_keys", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="case_sort_keys")
    with op.batch_alter_table("case_sort_keys") as batch:
        batch.drop_column("category_key")
