"""The ward statistics at a province's size read along indexes (#16.4).

Measured with EXPLAIN (ANALYZE, BUFFERS) on a generated province book on PostgreSQL 15
(1,000,000 cases, 2,000 teams over ten years; the year 2026 counted on 7 Dec 2026; one
loaded two-core machine), before (0021, the conditions spelt with NOT) and after (0022, the
conditions spelt as the sets these indexes find: ``counting.open_on``, ``not_closed_before``):

Statement (EXPLAIN ANALYZE, ms)              before    after   what changed in the plan
the standings GROUP BY (counted_in)            852      649   parallel seq scan, cheaper filter
late starts by team                          2,115    2,693   cases found by BitmapOr in 10 ms
                                                              (were 980,776 rows filtered along
                                                              ix_cases_team_id); the time is the
                                                              38,750 open cases' correlated
                                                              hearing/assignment look-ups
late follow-ups by team                      1,397    1,498   terms read index-only (190 -> 84);
                                                              the hash joins with agreements and
                                                              145,683 cases remain
mediators' tally (ended in the period)       1,016      767
dashboard: first 200 late starts             6,160      985   walked in order along the partial
                                                              index, stopped at 200
dashboard: first 200 late follow-ups         1,023       82
a figure's ids (the year's received)           390      258   ix_cases_received_number

* ``ix_cases_open_received_number`` — the open cases (``status = 'in_progress'``, 38,750 of
  1,000,000), partial, in the order cases came in, with the team on PostgreSQL (INCLUDE).
* ``ix_cases_closed_on`` — the cases ended after a day: with the open cases, those a period
  counts (``not_closed_before``) and those open on a day (``open_on``); the mediators' tally
  of the cases ended in the period; the dashboard's months ended.
* ``ix_cases_received_number`` — every case in the order they came in: a figure's ids
  (``figure_ids``), the months received.
* ``ix_agreement_terms_follow_up`` — the terms still to perform whose time is over
  (follow-up status, deadline), INCLUDE (agreement_id) on PostgreSQL: read from the index
  alone. SQLite takes the plain index (it has no INCLUDE).

The machine was loaded (other work on both cores): the figures are of one run each. What is
left and the whole operations' times: tests/perf/README.md (#16.4 rows).

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None

OPEN = sa.text("status = 'in_progress'")


def upgrade() -> None:
    op.create_index("ix_cases_received_number", "cases", ["received_on", "year", "seq"])
    op.create_index("ix_cases_closed_on", "cases", ["closed_on"])
    op.create_index("ix_cases_open_received_number", "cases", ["received_on", "year", "seq"],
                    postgresql_where=OPEN, sqlite_where=OPEN, postgresql_include=["team_id"])
    op.create_index("ix_agreement_terms_follow_up", "agreement_terms",
                    ["follow_up_status", "deadline"], postgresql_include=["agreement_id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ANALYZE cases")  # the planner's counts of the open cases, for the plans
        op.execute("ANALYZE agreement_terms")


def downgrade() -> None:
    op.drop_index("ix_agreement_terms_follow_up", table_name="agreement_terms")
    op.drop_index("ix_cases_open_received_number", table_name="cases")
    op.drop_index("ix_cases_closed_on", table_name="cases")
    op.drop_index("ix_cases_received_number", table_name="cases")
