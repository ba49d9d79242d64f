"""Storage: models, engines, migrations, the change journal."""

# Every model module is loaded with the package, so Base.metadata (migrations, mapper
# configuration) always sees all tables.
from desktop.core.db import models_exchange  # noqa: F401
