"""Save the whole X screen ($DISPLAY) as a PNG: `python installer/grab_screen.py OUT.png`
(installer/check_installed.py, for the installed program's window; any PySide6 will do)."""

import sys

from PySide6.QtGui import QGuiApplication

app = QGuiApplication(sys.argv[:1])
if not app.primaryScreen().grabWindow(0).save(sys.argv[1]):
    raise SystemExit(f"could not save {sys.argv[1]}")
