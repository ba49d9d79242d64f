"""The mediators' tally at a province's size: the current assignments read from an index (#16.4).

``ix_mediator_assignments_current``: the current assignments (``ended_on IS NULL``), partial,
by case, with the mediator and the day assigned on PostgreSQL (INCLUDE). The tally of each
mediator's cases ended in the period (``counted._tally_query``) hashes the ~90,000 cases ended
in the year against the current assignments: they were a parallel sequential scan of the whole
table (1,234,928 rows and their text columns, ~185 ms per worker); now an index-only scan of
the current ones. The late starts' first current assignment (``counting.late_starts``) is read
from it too (index-only, no faster: ~8 us a look-up either way).

Measured with EXPLAIN (ANALYZE, BUFFERS) on the generated province book on PostgreSQL 15
(1,000,000 cases, 2,000 teams, 10,000 mediators; the year 2026; a two-core machine shared with
other work, load ~3), the index created, measured twice, dropped, measured twice, in one sitting:

Statement (EXPLAIN ANALYZE, ms)                     without (0022)    with (0023)
mediators' tally (ended in the period)                 624 / 592      400 / 408

SQLite has no INCLUDE: it takes the partial index on the case alone (a ward's book is small).

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None

CURRENT = sa.text("ended_on IS NULL")


def upgrade() -> None:
    op.create_index("ix_mediator_assignments_current", "mediator_assignments", ["case_id"],
                    postgresql_where=CURRENT, sqlite_where=CURRENT,
                    postgresql_include=["mediator_id", "assigned_on"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ANALYZE mediator_assignments")


def downgrade() -> None:
    op.drop_index("ix_mediator_assignments_current", table_name="mediator_assignments")
