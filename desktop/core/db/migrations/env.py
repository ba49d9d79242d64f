"""Alembic environment: runs on the connection handed over by ``desktop.core.db.migrate``."""

from __future__ import annotations

from alembic import context

from desktop.core.db import (
    models_accounts,  # noqa: F401  (accounts)
    models_documents,  # noqa: F401  (issued documents, attachments)
    models_exchange,  # noqa: F401  (its tables)
    models_personal,  # noqa: F401  (consent, personal keys, erasures)
    models_remuneration,  # noqa: F401  (remuneration requests, once per case per team)
    models_statistics,  # noqa: F401  (submitted statistics periods)
)
from desktop.core.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
