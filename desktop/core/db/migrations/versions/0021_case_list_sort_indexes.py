"""The case list sorted by any column reads its first page along an index (#17).

Each order the list offers ends in the case number (year, seq); an index ending the same way
serves ``ORDER BY ... LIMIT 100`` in both directions without sorting the book first (1.4 s at
100,000 cases by title before this). Status and received date: indexes on ``cases``, with and
without the status filter. Title and parties: their keys live in ``case_sort_keys``, and an
index cannot span two tables, so each key row gets a copy of its case's team, status, year and
seq (kept in step by desktop.core.db.sort_keys with the keys) and the indexes are made there.
On PostgreSQL the key columns take the "C" collation, the byte order the keys are made for, so
the indexes match the list's ORDER BY.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-08
"""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from alembic import op

from desktop.core.db import sort_keys

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None

STATUS = sa.Enum('in_progress', 'successful', 'unsuccessful', 'not_eligible',
                 name='casestatus', native_enum=False, length=40)
CASE_INDEXES = {
    "ix_cases_team_status_number": ["team_id", "status", "year", "seq"],
    "ix_cases_team_received_number": ["team_id", "received_on", "year", "seq"],
    "ix_cases_team_status_received_number": ["team_id", "status", "received_on", "year", "seq"],
}
KEY_INDEXES = {
    "ix_case_sort_keys_team_title": ["team_id", "title_key", "year", "seq"],
    "ix_case_sort_keys_team_status_title": ["team_id", "status", "title_key", "year", "seq"],
    "ix_case_sort_keys_team_parties": ["team_id", "parties_key", "year", "seq"],
    "ix_case_sort_keys_team_status_parties": ["team_id", "status", "parties_key", "year", "seq"],
}
COPIED: dict[str, sa.types.TypeEngine[Any]] = {"team_id": sa.Uuid(), "status": STATUS, "year": sa.Integer(), "seq": sa.Integer()}


def upgrade() -> None:
    op.drop_index("ix_cases_team_status_received", table_name="cases")
    for name, columns in CASE_INDEXES.items():
        op.create_index(name, "cases", columns)
    op.drop_index("ix_case_sort_keys_title_key", table_name="case_sort_keys")
    op.drop_index("ix_case_sort_keys_parties_key", table_name="case_sort_keys")
    with op.batch_alter_table("case_sort_keys", recreate="never") as batch:
        for name, type_ in COPIED.items():
            batch.add_column(sa.Column(name, type_, nullable=True))
    _copy_from_cases()
    # SQLite cannot make a column NOT NULL in place: the table is copied (keys only, quick)
    with op.batch_alter_table("case_sort_keys") as batch:
        for name, type_ in COPIED.items():
            batch.alter_column(name, existing_type=type_, nullable=False)
        batch.create_foreign_key("fk_case_sort_keys_team_id_teams", "teams",
                                 ["team_id"], ["id"])
    if op.get_bind().dialect.name == "postgresql":
        for name in ("title_key", "parties_key"):
            op.alter_column("case_sort_keys", name, type_=sa.String(collation="C"),
                            existing_type=sa.String(), existing_nullable=False)
    for name, columns in KEY_INDEXES.items():
        op.create_index(name, "case_sort_keys", columns)


def _copy_from_cases() -> None:
    """The case's columns into its key row, in one statement; a case that has no key row yet
    (written by an older program's bulk path) gets its keys."""
    op.execute("UPDATE case_sort_keys SET (team_id, status, year, seq) = "
               "(SELECT c.team_id, c.status, c.year, c.seq FROM cases c "
               "WHERE c.id = case_sort_keys.case_id)")
    connection = op.get_bind()
    missing = connection.scalars(sa.text(
        "SELECT id FROM cases WHERE id NOT IN (SELECT case_id FROM case_sort_keys)")).all()
    if missing:
        table = sa.table("case_sort_keys", sa.column("case_id", sa.Uuid()),
                         sa.column("title_key"), sa.column("parties_key"),
                         *(sa.column(name, type_) for name, type_ in COPIED.items()))
        sort_keys.write_keys(connection, [_as_uuid(value) for value in missing], table)


def _as_uuid(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def downgrade() -> None:
    for name in KEY_INDEXES:
        op.drop_index(name, table_name="case_sort_keys")
    if op.get_bind().dialect.name == "postgresql":
        for name in ("title_key", "parties_key"):
            op.alter_column("case_sort_keys", name, type_=sa.String(),
                            existing_type=sa.String(collation="C"), existing_nullable=False)
    with op.batch_alter_table("case_sort_keys") as batch:
        batch.drop_constraint("fk_case_sort_keys_team_id_teams", type_="foreignkey")
        for name in reversed(COPIED):
            batch.drop_column(name)
    op.create_index("ix_case_sort_keys_title_key", "case_sort_keys", ["title_key"])
    op.create_index("ix_case_sort_keys_parties_key", "case_sort_keys", ["parties_key"])
    for name in CASE_INDEXES:
        op.drop_index(name, table_name="cases")
    op.create_index("ix_cases_team_status_received", "cases",
                    ["team_id", "status", "received_on"])
