"""Security (authorship) on a server book: each account's own signing key, next to its password
verifier in ``account_secrets``.

A file book keeps an account's Ed25519 signing key in the account's key-file slot, wrapped by
that account's password; a server book has no key file, so the same wrapping (Argon2id and
AES-GCM, the slot's parameters kept with it) goes into ``account_secrets.signing_key``, with
the key's public half in ``public_key`` for ``audit verify`` to compare with the account's
grant. Accounts of a book upgraded through here have no key yet: each makes one at its next
login, and ``audit verify`` says so until then.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None


# recreate="never": SQLite adds the columns in place (account_secrets refers to accounts;
# copying the table is never needed for a nullable column).


def upgrade() -> None:
    with op.batch_alter_table('account_secrets', recreate='never') as batch:
        batch.add_column(sa.Column('signing_key', sa.Text(), nullable=True))
        batch.add_column(sa.Column('public_key', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('account_secrets', recreate='never') as batch:
        batch.drop_column('public_key')
        batch.drop_column('signing_key')
