"""Full-text index over the folded words of each case (SQLite FTS5).

The folded text itself lives in ``case_search_text`` (written by the services, since folding đ
needs Python); this external-content FTS5 table indexes it and triggers keep the two in step.
Other databases search the folded column directly.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_STATEMENTS = [
    """CREATE VIRTUAL TABLE case_search USING fts5(
           folded, content='case_search_text', content_rowid='rowid',
           tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER case_search_text_ai AFTER INSERT ON case_search_text BEGIN
           INSERT INTO case_search(rowid, folded) VALUES (new.rowid, new.folded); END""",
    """CREATE TRIGGER case_search_text_ad AFTER DELETE ON case_search_text BEGIN
           INSERT INTO case_search(case_search, rowid, folded)
           VALUES ('delete', old.rowid, old.folded); END""",
    """CREATE TRIGGER case_search_text_au AFTER UPDATE ON case_search_text BEGIN
           INSERT INTO case_search(case_search, rowid, folded)
           VALUES ('delete', old.rowid, old.folded);
           INSERT INTO case_search(rowid, folded) VALUES (new.rowid, new.folded); END""",
    "INSERT INTO case_search(case_search) VALUES ('rebuild')",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in _STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("case_search_text_ai", "case_search_text_ad", "case_search_text_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS case_search")
