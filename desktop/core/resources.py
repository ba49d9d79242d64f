"""One resource locator that works from a source checkout, an installed wheel and a frozen bundle.

Resources live in the top-level ``resources/`` folder of the repository. An editable install and
the test suite find them next to the package; a PyInstaller bundle puts them under
``sys._MEIPASS/resources``; ``HOAGIAI_RESOURCES`` overrides both (used by packagers).

The data folder (where the book lives) is the user's own (platformdirs) except in portable mode:
a file named ``portable`` next to the program's executable (a USB stick copy, made by the Windows
installer's portable choice or by hand) keeps everything in ``data/`` beside the program.
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


PORTABLE_MARKER = "portable"


def program_folder() -> Path | None:
    """The folder of the frozen program's executable; None when running from source."""
    return Path(sys.executable).resolve().parent if getattr(sys, "frozen", False) else None


def data_folder() -> Path:
    """Where the program keeps its book: beside itself when portable, else the user's folder."""
    program = program_folder()
    if program is not None and (program / PORTABLE_MARKER).is_file():
        return program / "data"
    from platformdirs import user_data_path

    return user_data_path("hoagiai", appauthor=False)


def resource_path(*parts: str) -> Path:
    """Absolute path of a file below ``resources/``; raises if it is missing."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"missing resource: {path}")
    return path
