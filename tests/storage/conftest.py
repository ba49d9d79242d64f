"""Every ``book`` under tests/storage is a PostgreSQL database (SQLite runs in tests/core)."""

from __future__ import annotations

import pytest


@pytest.fixture
def backend() -> str:
    return "postgresql"
