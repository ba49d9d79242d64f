"""Starting the desktop program from the CLI, or saying in one line why it cannot start.

The core never imports Qt: the GUI package is loaded by name only when it is really started.
"""

from __future__ import annotations

import ctypes.util
import importlib
import os
import sys
from pathlib import Path

from desktop.core.i18n import _


def display_problem() -> str | None:
    """Why a window cannot be shown here, in one translated line; None when it can."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return None
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return _("No display found (DISPLAY is not set): Sổ hòa giải needs a desktop session. "
                 "Without one, use the command line: hoagiai --help")
    if os.environ.get("DISPLAY") and not ctypes.util.find_library("xcb-cursor"):
        return _("Qt needs the system library libxcb-cursor0: install it with "
                 "'sudo apt-get install libxcb-cursor0', or use the command line: hoagiai --help")
    return None


def launch_gui(database: Path | str) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    try:
        app = importlib.import_module("desktop.gui.app")
    except ImportError:
        print(_("The desktop part of Sổ hòa giải is not installed (PySide6 is missing). "
                "Run: python3 installer/bootstrap.py run"), file=sys.stderr)
        return 2
    return int(app.run(database))
