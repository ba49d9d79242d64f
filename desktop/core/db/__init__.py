"""Storage: models, engines, migrations, the change journal."""

# Every model module is loaded with the package, so Base.metadata (migrations, mapper
# configuration) and the exchange's list of travelling (Tracked) tables always see all tables,
# whichever service happened to be imported first.
from desktop.core.db import (  # noqa: F401
    models_accounts,
    models_documents,
    models_exchange,
    models_people,
    models_remuneration,
    models_statistics,
    search_index,
    sort_keys,
)
