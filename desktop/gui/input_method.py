"""Vietnamese typing (Unikey-like input with IBus or Fcitx) in the Qt the program carries.

Qt's wheels carry the IBus input-method plugin but not Fcitx's (Fcitx ships its Qt plugin
with the desktop's own Qt, which a bundled Qt cannot load). Fcitx 5 also answers the IBus
protocol (its "ibus frontend"), so when the desktop asks for Fcitx and this Qt has no Fcitx
plugin, the IBus plugin is used: typing still reaches Fcitx and its Vietnamese engine.
Must run before the QApplication is made."""

from __future__ import annotations

import logging
import os
from collections.abc import MutableMapping
from pathlib import Path

from PySide6.QtCore import QLibraryInfo

log = logging.getLogger("hoagiai")
FCITX_NAMES = ("fcitx", "fcitx5")


def has_input_plugin(plugins: Path, name: str) -> bool:
    folder = plugins / "platforminputcontexts"
    return folder.is_dir() and any(name in path.name for path in folder.iterdir())


def choose_input_method(environment: MutableMapping[str, str] | None = None,
                        plugins: Path | None = None) -> str | None:
    """Switch QT_IM_MODULE from Fcitx to IBus when only the IBus plugin is here; returns the
    module now asked for (None when nothing was asked)."""
    environment = os.environ if environment is None else environment
    asked = environment.get("QT_IM_MODULE", "").strip().lower()
    if asked not in FCITX_NAMES:
        return asked or None
    plugins = plugins or Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    if has_input_plugin(plugins, "fcitx") or not has_input_plugin(plugins, "ibus"):
        return asked
    environment["QT_IM_MODULE"] = "ibus"
    log.info("QT_IM_MODULE=%s: no Fcitx plugin in this Qt, using IBus (Fcitx 5 answers it)",
             asked)
    return "ibus"
