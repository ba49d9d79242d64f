"""One resource locator that works from a source checkout, an installed wheel and a frozen bundle.

Resources live in the top-level ``resources/`` folder of the repository. An editable install and
the test suite find them next to the package; a PyInstaller bundle puts them under
``sys._MEIPASS/resources``; ``HOAGIAI_RESOURCES`` overrides both (used by packagers).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    override = os.environ.get("HOAGIAI_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """Absolute path of a file below ``resources/``; raises if it is missing."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"missing resource: {path}")
    return path
