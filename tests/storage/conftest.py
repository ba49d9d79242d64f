"""Every ``book`` under tests/storage is a PostgreSQL database (SQLite runs in tests/core),
except in tests marked ``both_backends``, which run on each."""

from __future__ import annotations

import pytest


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "postgresql")  # type: ignore[no-any-return]
